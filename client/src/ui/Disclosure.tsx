import { useId, useState, type ReactNode } from 'react';

/** A section that opens on demand (forms for actions): a button with aria-expanded controls it. */
export function Disclosure({
  label,
  children,
  defaultOpen = false,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="button button-secondary"
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
