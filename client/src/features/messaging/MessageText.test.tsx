import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageText, parseMessageText, safeHref } from './MessageText';
import styles from './messaging.module.css';

describe('MessageText', () => {
  it('turns web addresses into links that open in a new tab without access to the hub', () => {
    const { container } = render(<MessageText text="See https://fedasil.be/nl/hervestiging, or www.example.org." />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://fedasil.be/nl/hervestiging', 'https://www.example.org/']);
    expect(links.map((a) => a.textContent)).toEqual(['https://fedasil.be/nl/hervestiging', 'www.example.org']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // The comma and the full stop stay text.
    expect(container.textContent).toBe('See https://fedasil.be/nl/hervestiging, or www.example.org.');
  });

  it('keeps line breaks', () => {
    const { container } = render(<MessageText text={'Line one\nLine two\r\n\nLine four'} />);
    expect(container.querySelectorAll('br')).toHaveLength(3);
    expect(container.querySelector('p')!.childNodes[0].textContent).toBe('Line one');
  });

  it('shows HTML as text: no element, no script, no attribute is injected', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b> <a href="javascript:alert(3)">x</a>';
    const { container } = render(<MessageText text={evil} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.textContent).toBe(evil);
  });

  it('never links javascript: or data: addresses, and keeps quotes out of a link', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    const { container } = render(<MessageText text={'go to https://example.org/"onmouseover="alert(1) now'} />);
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/');
    expect(link.getAttribute('onmouseover')).toBeNull();
  });

  it('keeps a closing bracket that belongs to the address', () => {
    const parts = parseMessageText('(see https://en.wikipedia.org/wiki/Fedasil_(agency))');
    expect(parts.find((p) => p.kind === 'link')).toMatchObject({ href: 'https://en.wikipedia.org/wiki/Fedasil_(agency)' });
  });

  it('highlights mentions of participants', () => {
    const { container } = render(<MessageText text="Thanks @Koen Janssens!" mentionNames={['Koen Janssens']} />);
    expect(container.querySelector(`strong.${styles.mention}`)!.textContent).toBe('@Koen Janssens');
  });
});
