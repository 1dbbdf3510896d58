import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { CheckboxField } from '../../ui/Fields';
import { InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { Badge } from '../../ui/Values';
import { ReturnFile_file } from './returnFile';

export const ReturnFileBoardDocument = graphql(`
  query ReturnFileBoard($partnershipId: ID, $overdueOnly: Boolean) {
    returnFileBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {
      id
      ...ReturnFile_file
      partnership {
        id
        name
      }
    }
  }
`);

/** Rows shown before "show all": the board stays light with a few hundred files (overdue ones come first). */
export const BOARD_FILES_SHOWN = 50;

/**
 * The board's return files, beside the households: the open files of the viewer's partnerships
 * whose programme follows return files (the server decides by case kind), overdue ones first.
 * Nothing is shown to whoever follows no return files.
 */
export function BoardReturnFiles({ partnershipId }: { partnershipId: string | null }) {
  const { t, formatDate } = useI18n();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [all, setAll] = useState(false);
  const { data, previousData, error } = useQuery(ReturnFileBoardDocument, { variables: { partnershipId, overdueOnly } });
  const shown = data ?? previousData;
  if (error && !shown) return <InlineError error={error} />;
  if (!shown) return overdueOnly ? <Loading /> : null;
  const rows = shown.returnFileBoard.map((row) => ({ file: getFragmentData(ReturnFile_file, row), partnership: row.partnership }));
  if (rows.length === 0 && !overdueOnly) return null;
  const overdue = rows.filter((r) => r.file.overdue).length;
  const shownRows = all ? rows : rows.slice(0, BOARD_FILES_SHOWN);
  return (
    <section className="section" aria-labelledby="board-return-files-heading" data-testid="board-return-files">
      <h2 id="board-return-files-heading">{t('returnFiles.boardTitle')}</h2>
      <p data-testid="board-return-files-summary">{t('returnFiles.summary', { count: rows.length, overdue })}</p>
      <CheckboxField label={t('returnFiles.overdueOnly')} checked={overdueOnly} onChange={setOverdueOnly} />
      <TableWrap label={t('returnFiles.boardTitle')}>
        <table className="responsive-table" aria-label={t('returnFiles.boardTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('returnFiles.reference')}</th>
              <th scope="col">{t('col.partnership')}</th>
              <th scope="col">{t('returnFiles.stage')}</th>
              <th scope="col">{t('returnFiles.since')}</th>
              <th scope="col">{t('returnFiles.followedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map(({ file: f, partnership }) => (
              <tr key={f.id} data-testid="board-return-file-row">
                <th scope="row" data-label={t('returnFiles.reference')}>
                  {f.reference}
                </th>
                <td data-label={t('col.partnership')}>
                  <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
                </td>
                <td data-label={t('returnFiles.stage')}>
                  {t(`returnStage.${f.stage}`)} {f.overdue && <Badge tone="danger">{t('returnFiles.overdue')}</Badge>}
                </td>
                <td data-label={t('returnFiles.since')}>{formatDate(f.stages.at(-1)!.on)}</td>
                <td data-label={t('returnFiles.followedBy')}>{f.followedBy?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {shownRows.length < rows.length && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setAll(true)}>
            {t('returnFiles.showAll', { count: rows.length })}
          </button>
        </p>
      )}
    </section>
  );
}
