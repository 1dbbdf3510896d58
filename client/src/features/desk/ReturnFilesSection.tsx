import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { InlineError } from '../../ui/Feedback';
import { RowToggle } from '../../ui/RowToggle';
import { StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { Badge } from '../../ui/Values';
import { useDeskPartnership } from './deskPartnership';
import { OpenReturnFileForm } from './OpenReturnFileForm';
import { ReturnFileDetails } from './ReturnFileDetails';
import { ReturnFile_file } from './returnFile';

export const ReturnFilesDocument = graphql(`
  query ReturnFiles($partnershipId: ID!) {
    returnFiles(partnershipId: $partnershipId) {
      id
      ...ReturnFile_file
    }
  }
`);

/**
 * A return desk's open return files: stage reached and since when, the partner following up,
 * overdue flags; a file opens to its stage history, and whoever may moves it on and assigns the
 * partner. Shown when the programme follows return files (its case kind) or there are files.
 */
export function ReturnFilesSection({ partnershipId }: { partnershipId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error } = useQuery(ReturnFilesDocument, { variables: { partnershipId } });
  const { caseKind, members, can } = useDeskPartnership(partnershipId);
  const [opened, setOpened] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <InlineError error={error} />;
  const files = getFragmentData(ReturnFile_file, data?.returnFiles ?? []);
  if (!files.length && caseKind !== 'RETURN_FILE') return null;
  const overdue = files.filter((f) => f.overdue).length;
  return (
    <section className="section" aria-labelledby="return-files-heading" data-testid="return-files">
      <h2 id="return-files-heading">{t('returnFiles.title')}</h2>
      {files.length === 0 ? (
        <p className="muted">{t('returnFiles.empty')}</p>
      ) : (
        <>
          <p data-testid="return-files-summary">{t('returnFiles.summary', { count: files.length, overdue })}</p>
          <TableWrap label={t('returnFiles.title')}>
            <table className="table" aria-label={t('returnFiles.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('returnFiles.reference')}</th>
                  <th scope="col">{t('returnFiles.country')}</th>
                  <th scope="col">{t('returnFiles.stage')}</th>
                  <th scope="col">{t('returnFiles.since')}</th>
                  <th scope="col">{t('returnFiles.followedBy')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('returnFiles.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {files.map((f) => (
                  <Fragment key={f.id}>
                    <tr data-testid="return-file-row" data-reference={f.reference}>
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
                      <td>
                        <RowToggle
                          open={opened === f.id}
                          label={t(opened === f.id ? 'returnFiles.closeFile' : 'returnFiles.openFile', { reference: f.reference })}
                          text={t(opened === f.id ? 'returnFiles.close' : 'returnFiles.open')}
                          onToggle={() => setOpened(opened === f.id ? null : f.id)}
                        />
                      </td>
                    </tr>
                    {opened === f.id && (
                      <tr>
                        <td colSpan={6}>
                          <ReturnFileDetails file={f} members={members} canEdit={can.editReturnFiles} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {can.editReturnFiles && (
        <Disclosure label={t('returnFiles.openNew')}>
          {(close) => (
            <OpenReturnFileForm
              partnershipId={partnershipId}
              members={members}
              onDone={(reference) => {
                close();
                setNotice(t('returnFiles.opened', { reference }));
              }}
            />
          )}
        </Disclosure>
      )}
    </section>
  );
}
