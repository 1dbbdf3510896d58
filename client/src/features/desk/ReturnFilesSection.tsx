import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { Badge } from '../../ui/Values';

export const ReturnFilesDocument = graphql(`
  query ReturnFiles($partnershipId: ID!) {
    returnFiles(partnershipId: $partnershipId) {
      id
      reference
      country
      stage
      overdue
      hasMedicalNote
      stages {
        stage
        on
      }
      followedBy {
        id
        name
      }
    }
  }
`);

/** A return desk's open return files: stage reached and since when, the partner following up, overdue flags (shown when it has any). */
export function ReturnFilesSection({ partnershipId }: { partnershipId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error } = useQuery(ReturnFilesDocument, { variables: { partnershipId } });
  if (error && !data) return <InlineError error={error} />;
  const files = data?.returnFiles ?? [];
  if (!files.length) return null;
  return (
    <section className="section" aria-labelledby="return-files-heading" data-testid="return-files">
      <h2 id="return-files-heading">{t('returnFiles.title')}</h2>
      <TableWrap label={t('returnFiles.title')}>
        <table className="table" aria-label={t('returnFiles.title')}>
          <thead>
            <tr>
              <th scope="col">{t('returnFiles.reference')}</th>
              <th scope="col">{t('returnFiles.country')}</th>
              <th scope="col">{t('returnFiles.stage')}</th>
              <th scope="col">{t('returnFiles.since')}</th>
              <th scope="col">{t('returnFiles.followedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  {f.reference}
                  {f.hasMedicalNote && <span className="visually-hidden"> · {t('returnFiles.medical')}</span>}
                </th>
                <td>{f.country ?? '—'}</td>
                <td>
                  {t(`returnStage.${f.stage}`)} {f.overdue && <Badge tone="danger">{t('returnFiles.overdue')}</Badge>}
                </td>
                <td>{formatDate(f.stages.at(-1)!.on)}</td>
                <td>{f.followedBy?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
