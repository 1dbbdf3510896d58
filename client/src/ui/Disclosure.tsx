import { useId, useState, type ReactNode } from 'react';

/** A section that opens on demand (forms for actions): a button with aria-expanded controls it. */
export function Disclosure({
  label,
  accessibleLabel,
  children,
  defaultOpen = false,
  small = false,
}: {
  label: string;
  /** A longer name for screen readers when the visible label repeats (e.g. "Change step: Bank account"); it contains the visible label. */
  accessibleLabel?: string;
  children: (close: () => void) => ReactNode;
  defaultOpen?: boolean;
  /** A smaller trigger button (inside lists). */
  small?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className={`button button-secondary${small ? ' button-small' : ''}`}
        aria-label={accessibleLabel}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <div id={id} className="disclosure-panel">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
