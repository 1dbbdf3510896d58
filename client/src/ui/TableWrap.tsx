import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

/**
 * A table that may scroll sideways on a narrow screen. It is a focusable, named region so that
 * keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('app.tableOf', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
