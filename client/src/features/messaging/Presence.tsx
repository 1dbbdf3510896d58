import { useT } from '../../app/i18n';
import styles from './messaging.module.css';

/** A dot that says whether someone is online now, with the words for screen readers and a tooltip. */
export function PresenceDot({ name, online }: { name: string; online: boolean }) {
  const t = useT();
  const label = t(online ? 'thread.onlineNamed' : 'thread.offlineNamed', { name });
  return (
    <span className={online ? `${styles.presenceDot} ${styles.isOnline}` : styles.presenceDot} title={label} data-testid="presence" data-online={online}>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
