/** The button that opens a table row's details below it, and closes them again (return files, support trajectories). */
export function RowToggle({ open, label, text, onToggle }: { open: boolean; label: string; text: string; onToggle: () => void }) {
  return (
    <button type="button" className="button button-secondary button-small" aria-expanded={open} aria-label={label} onClick={onToggle}>
      {text}
    </button>
  );
}
