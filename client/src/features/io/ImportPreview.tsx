import { isErrorCode } from '@partner-hub/shared';
import { describeUploadError, type UploadFailure } from '../../app/errors';
import { formatFileSize } from '../../app/format';
import { type Translate, useI18n, useT } from '../../app/i18n';
import { TableWrap } from '../../ui/TableWrap';
import type { ImportPreviewRow, ImportProgress, ImportResult, ImportRowError } from './importUpload';

/** At most this many rows are listed: every row with a problem, then rows without, up to this number. */
export const SHOWN_ROWS = 50;

/** One problem of a row, in the viewer's language: "arrival_date: Not a valid date…" (the column as the file names it). */
export function rowErrorText(error: ImportRowError, t: Translate): string {
  const message = isErrorCode(error.code) ? t(`error.${error.code}`) : t('validation.invalid');
  const other = error.otherLine !== undefined ? ` (${t('io.import.otherLine', { line: error.otherLine })})` : '';
  return `${error.column ? `${error.column}: ` : ''}${message}${other}`;
}

/** The translated refusal of a whole file: the code's message with what the API adds (columns, limits). */
export function importFailureText(failure: UploadFailure, t: Translate, locale: Parameters<typeof formatFileSize>[1]): string {
  const described = describeUploadError(failure, t);
  const error = (failure.body as { error?: Record<string, unknown> } | null)?.error ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');
  switch (described.code) {
    case 'IMPORT_MISSING_COLUMNS': {
      const missing = t('error.IMPORT_MISSING_COLUMNS', { columns: list(error.columns) });
      return Array.isArray(error.unknown) && error.unknown.length ? `${missing} ${t('error.IMPORT_UNKNOWN_COLUMNS', { columns: list(error.unknown) })}` : missing;
    }
    case 'IMPORT_UNKNOWN_COLUMNS':
      return t('error.IMPORT_UNKNOWN_COLUMNS', { columns: list(error.columns) });
    case 'IMPORT_TOO_MANY_ROWS':
      return t('error.IMPORT_TOO_MANY_ROWS', { limit: typeof error.limit === 'number' ? error.limit : '' });
    case 'FILE_TOO_LARGE':
      return described.limitBytes ? `${described.message} ${t('documents.limit', { size: formatFileSize(described.limitBytes, locale) })}` : described.message;
    default:
      return described.message;
  }
}

/** The rows to list: those with problems first in file order, then rows without, SHOWN_ROWS in all. */
function shownRows(rows: readonly ImportPreviewRow[]): ImportPreviewRow[] {
  const withErrors = rows.filter((r) => r.errors.length > 0);
  const room = Math.max(0, SHOWN_ROWS - withErrors.length);
  const shown = new Set([...withErrors, ...rows.filter((r) => r.errors.length === 0).slice(0, room)]);
  return rows.filter((r) => shown.has(r));
}

/**
 * What the file holds, row by row, with each row's problems in the viewer's language; nothing of it
 * is saved. Used for the preview and for an import refused because of rows with errors.
 */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { t, formatDate, formatNumber } = useI18n();
  const rows = shownRows(result.rows);
  const hidden = result.rows.length - rows.length;
  return (
    <div className="import-preview" data-testid="import-preview">
      <p>{t('io.import.summary', { rows: formatNumber(result.rowCount), errors: formatNumber(result.errorCount) })}</p>
      {result.encoding === 'windows-1252' && (
        <div className="alert alert-warning">
          <p>{t('io.import.encoding')}</p>
        </div>
      )}
      {result.errorCount > 0 ? (
        <div role="alert" className="alert alert-error">
          <p>{t('io.import.fixHint')}</p>
        </div>
      ) : (
        <p role="status" className="alert alert-success">
          {t('io.import.ready')}
        </p>
      )}
      <TableWrap label={t('io.import.rows')}>
        <table className="responsive-table import-rows">
          <caption className="visually-hidden">{t('io.import.rows')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('io.import.line')}
              </th>
              <th scope="col">{t('col.reference')}</th>
              <th scope="col">{t('col.head')}</th>
              <th scope="col" className="numeric">
                {t('col.persons')}
              </th>
              <th scope="col">{t('col.arrival')}</th>
              <th scope="col">{t('household.arrivalRoute')}</th>
              <th scope="col">{t('col.city')}</th>
              <th scope="col">{t('io.import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} data-testid="import-row" className={r.errors.length ? 'has-errors' : undefined}>
                <th scope="row" className="numeric" data-label={t('io.import.line')}>
                  {r.line}
                </th>
                <td data-label={t('col.reference')}>{r.reference ?? ''}</td>
                <td data-label={t('col.head')}>{r.headName ?? ''}</td>
                <td data-label={t('col.persons')} className="numeric">
                  {r.persons}
                </td>
                <td data-label={t('col.arrival')}>{r.arrivalDate ? formatDate(r.arrivalDate) : ''}</td>
                <td data-label={t('household.arrivalRoute')}>{r.arrivalRoute ? t(`arrivalRoute.${r.arrivalRoute}`) : ''}</td>
                <td data-label={t('col.city')}>{r.city ?? ''}</td>
                <td data-label={t('io.import.problems')}>
                  {r.errors.length === 0 ? (
                    <span className="import-ok">{t('io.import.noProblem')}</span>
                  ) : (
                    <ul className="import-errors">
                      {r.errors.map((e, i) => (
                        <li key={i}>{rowErrorText(e, t)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {hidden > 0 && <p className="muted">{t('io.import.moreRows', { count: hidden })}</p>}
    </div>
  );
}

/**
 * Progress of a preview or an import: the share of the file sent, then the rows gone through on
 * the server (or, until the server tells, a bar without a value). The bar carries the numbers; the
 * live region only says when the phase changes, so a screen reader is not flooded.
 */
export function ImportProgressView({ progress, mode, rowCount }: { progress: ImportProgress | null; mode: 'preview' | 'import'; rowCount: number | null }) {
  const t = useT();
  const { formatNumber } = useI18n();
  let label: string;
  let value: number | undefined;
  let max = 100;
  let phase: string;
  if (progress?.phase === 'upload' && progress.loaded < progress.total) {
    const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.loaded / progress.total) * 100)) : 0;
    label = t('io.import.uploading', { percent });
    value = percent;
    phase = t('io.import.sending');
  } else if (progress?.phase === 'rows') {
    max = Math.max(1, progress.total);
    value = progress.done;
    const n = { done: formatNumber(progress.done), total: formatNumber(progress.total) };
    label = mode === 'preview' ? t('io.import.checkingRows', n) : t('io.import.importingRows', n);
    phase = mode === 'preview' ? t('io.import.checking') : t('io.import.importingCount', { count: progress.total });
  } else {
    // The file has gone; the server reads it before it tells about rows.
    label = mode === 'preview' ? t('io.import.checking') : rowCount !== null ? t('io.import.importingCount', { count: rowCount }) : t('io.import.importing');
    phase = label;
  }
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={max} value={value} aria-label={label} />
      <p aria-hidden="true">{label}</p>
      <p className="visually-hidden" role="status">
        {phase}
      </p>
    </div>
  );
}
