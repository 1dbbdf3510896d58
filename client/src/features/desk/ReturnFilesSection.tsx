import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { InlineError } from '../../ui/Feedback';
import { CaseTable } from '../../ui/CaseTable';
import { StatusMessage } from '../../ui/FormError';
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
          <CaseTable
            label={t('returnFiles.title')}
            rowTestId="return-file-row"
            referenceHeader={t('returnFiles.reference')}
            rowHeader={(f) => (
              <>
                {f.reference}
                {f.hasMedicalNote && <span className="visually-hidden"> · {t('returnFiles.medical')}</span>}
              </>
            )}
            columns={[
              { header: t('returnFiles.country'), cell: (f) => f.country ?? '—' },
              {
                header: t('returnFiles.stage'),
                cell: (f) => (
                  <>
                    {t(`returnStage.${f.stage}`)} {f.overdue && <Badge tone="danger">{t('returnFiles.overdue')}</Badge>}
                  </>
                ),
              },
              { header: t('returnFiles.since'), cell: (f) => formatDate(f.stages.at(-1)!.on) },
              { header: t('returnFiles.followedBy'), cell: (f) => f.followedBy?.name ?? '—' },
            ]}
            rows={files}
            actionsLabel={t('returnFiles.actions')}
            toggle={(f, open) => ({
              label: t(open ? 'returnFiles.closeFile' : 'returnFiles.openFile', { reference: f.reference }),
              text: t(open ? 'returnFiles.close' : 'returnFiles.open'),
            })}
            details={(f) => <ReturnFileDetails file={f} members={members} canEdit={can.editReturnFiles} />}
          />
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
