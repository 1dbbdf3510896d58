import { Fragment, type ReactNode } from 'react';
import styles from './messaging.module.css';

/**
 * A message's text as the sender wrote it: line breaks kept, web addresses made into links that
 * open in a new tab, @mentions of participants highlighted. Everything is rendered as React text
 * nodes, never as HTML: "<b>" in a message shows as "<b>".
 */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string } | { kind: 'mention'; text: string } | { kind: 'break' };

// http(s):// or www. up to the next white space; trailing punctuation is not part of the address.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING = /[.,;:!?'"’”)\]}>]+$/;

/** The address a link opens: only http and https, never javascript: or data:. */
export function safeHref(text: string): string | null {
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Keeps a closing bracket that belongs to the address (https://en.wikipedia.org/wiki/X_(y)). */
function trimTrailing(raw: string): string {
  let url = raw.replace(TRAILING, '');
  const rest = raw.slice(url.length);
  if (rest.startsWith(')') && (url.match(/\(/g)?.length ?? 0) > (url.match(/\)/g)?.length ?? 0)) url += ')';
  return url;
}

function mentionPattern(names: readonly string[]): RegExp | null {
  const usable = names.filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const escaped = usable.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`@(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function splitMentions(text: string, pattern: RegExp | null, into: TextPart[]) {
  if (!pattern || !text.includes('@')) {
    if (text) into.push({ kind: 'text', text });
    return;
  }
  let index = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > index) into.push({ kind: 'text', text: text.slice(index, match.index) });
    into.push({ kind: 'mention', text: match[0] });
    index = match.index + match[0].length;
  }
  if (index < text.length) into.push({ kind: 'text', text: text.slice(index) });
}

/** The parts of a message's text: plain text, links, mentions and line breaks. */
export function parseMessageText(text: string, mentionNames: readonly string[] = []): TextPart[] {
  const parts: TextPart[] = [];
  const mentions = mentionPattern(mentionNames);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) parts.push({ kind: 'break' });
    let index = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      const url = trimTrailing(match[0]);
      const href = url ? safeHref(url) : null;
      if (!href) continue;
      splitMentions(line.slice(index, match.index), mentions, parts);
      parts.push({ kind: 'link', text: url, href });
      index = match.index + url.length;
    }
    splitMentions(line.slice(index), mentions, parts);
  });
  return parts;
}

export function MessageText({ text, mentionNames = [], className = styles.messageText }: { text: string; mentionNames?: readonly string[]; className?: string }) {
  const nodes: ReactNode[] = parseMessageText(text, mentionNames).map((part, index) => {
    switch (part.kind) {
      case 'break':
        return <br key={index} />;
      case 'link':
        return (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        );
      case 'mention':
        return (
          <strong key={index} className={styles.mention}>
            {part.text}
          </strong>
        );
      default:
        return <Fragment key={index}>{part.text}</Fragment>;
    }
  });
  return (
    <p className={className} data-testid="message-text">
      {nodes}
    </p>
  );
}
