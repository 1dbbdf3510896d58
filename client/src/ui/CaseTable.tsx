import { Fragment, useState, type ReactNode } from 'react';
import { RowToggle } from './RowToggle';
import { TableWrap } from './TableWrap';

export interface CaseColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * The table of a partnership's open cases (return files, support trajectories): a row per case
 * headed by its reference, one column per fact, and a button that opens the case's details in a
 * row below it (one case open at a time).
 */
export function CaseTable<T extends { id: string; reference: string }>({
  label,
  rowTestId,
  referenceHeader,
  rowHeader = (row) => row.reference,
  columns,
  rows,
  actionsLabel,
  toggle,
  details,
}: {
  /** The table's accessible name (and its scroll region's). */
  label: string;
  /** data-testid of each case's row (the row also carries data-reference). */
  rowTestId: string;
  referenceHeader: string;
  /** The row's header cell; default: the reference. */
  rowHeader?: (row: T) => ReactNode;
  columns: CaseColumn<T>[];
  rows: readonly T[];
  /** The visually hidden header of the button column. */
  actionsLabel: string;
  /** The button's accessible label and its visible text, open or closed. */
  toggle: (row: T, open: boolean) => { label: string; text: string };
  details: (row: T) => ReactNode;
}) {
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <TableWrap label={label}>
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{referenceHeader}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = opened === row.id;
            return (
              <Fragment key={row.id}>
                <tr data-testid={rowTestId} data-reference={row.reference}>
                  <th scope="row">{rowHeader(row)}</th>
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(row)}</td>
                  ))}
                  <td>
                    <RowToggle open={open} {...toggle(row, open)} onToggle={() => setOpened(open ? null : row.id)} />
                  </td>
                </tr>
                {open && (
                  <tr>
                    <td colSpan={columns.length + 2}>{details(row)}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
