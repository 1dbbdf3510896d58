import { useState, type ReactNode } from 'react';
import { useT } from '../app/i18n';

/**
 * A destructive or weighty action in two steps, without a browser dialog: the trigger button
 * is replaced by the question with a confirm and a cancel button.
 */
export function ConfirmAction({
  triggerLabel,
  shortLabel,
  small = false,
  question,
  confirmLabel,
  onConfirm,
  busy,
  tone = 'danger',
}: {
  triggerLabel: string;
  /** Visible text of the trigger when the full label is too long to repeat in a list (e.g. "Remove"); the full label stays its name. */
  shortLabel?: string;
  small?: boolean;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  busy?: boolean;
  tone?: 'danger' | 'primary';
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className={`button button-${tone === 'danger' ? 'danger-outline' : 'secondary'}${small ? ' button-small' : ''}`}
        aria-label={shortLabel ? triggerLabel : undefined}
        onClick={() => setAsking(true)}
      >
        {shortLabel ?? triggerLabel}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={triggerLabel}>
      <p>{question}</p>
      <div className="button-row">
        <button
          type="button"
          className={`button button-${tone}`}
          disabled={busy}
          onClick={() =>
            void (async () => {
              try {
                await onConfirm();
              } catch {
                // the caller shows the error (from its mutation's state)
              } finally {
                setAsking(false);
              }
            })()
          }
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}
