import { useT } from '../../app/i18n';
import styles from './messaging.module.css';

/**
 * "X is typing…" under the messages. The live region is always in the page (empty when nobody
 * types) so that assistive technology announces the text when it appears.
 */
export function TypingIndicator({ names }: { names: readonly string[] }) {
  const t = useT();
  const text =
    names.length === 0
      ? ''
      : names.length === 1
        ? t('thread.typingOne', { name: names[0] })
        : names.length === 2
          ? t('thread.typingTwo', { first: names[0], second: names[1] })
          : t('thread.typingMany');
  return (
    <p className={styles.typingIndicator} aria-live="polite" data-testid="typing-indicator">
      {text}
    </p>
  );
}
