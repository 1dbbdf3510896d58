import { useApolloClient, useQuery } from '@apollo/client/react';
import { HOUSEHOLD_IMPORT_COLUMNS, HOUSEHOLD_IMPORT_MAX_BYTES, HOUSEHOLD_IMPORT_REQUIRED } from '@partner-hub/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import type { UploadFailure } from '../../app/errors';
import { graphql } from '../../gql';
import { Forbidden, Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { ImportPreview, ImportProgressView, importFailureText } from './ImportPreview';
import { type ImportHandle, type ImportMode, type ImportProgress, type ImportResult, startImport } from './importUpload';
import './io.css';

export const HouseholdImportPageDocument = graphql(`
  query HouseholdImportPage($id: ID!) {
    partnership(id: $id) {
      id
      name
      viewerCan {
        registerHousehold
      }
    }
  }
`);

type Step =
  | { kind: 'choose' }
  | { kind: 'sending'; mode: ImportMode; progress: ImportProgress | null; rowCount: number | null }
  | { kind: 'previewed'; result: ImportResult }
  | { kind: 'imported'; result: ImportResult };

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * /partnerships/:id/import: households from a CSV or Excel file. The file is first checked by the
 * server (a preview: every row, nothing written) and shown row by row with its problems; only a
 * file without problems can be imported, all rows at once. Progress is shown while the file is
 * sent and while the server goes through its rows.
 */
export function HouseholdImportPage() {
  const { id = '' } = useParams();
  const { t, locale, formatNumber } = useI18n();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(HouseholdImportPageDocument, { variables: { id } });
  const partnership = data?.partnership;
  usePageTitle(partnership ? t('io.import.title', { name: partnership.name }) : undefined);

  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const handle = useRef<ImportHandle | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A request still running when the page is left is stopped (a preview writes nothing anyway).
  useEffect(() => () => handle.current?.cancel(), []);
  useEffect(() => {
    if (step.kind === 'previewed' || step.kind === 'imported') resultHeading.current?.focus();
  }, [step.kind]);

  if (error && !partnership) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading || !partnership) return <Loading />;
  if (!partnership.viewerCan.registerHousehold) return <Forbidden />;

  const failed = (failure: UploadFailure) => {
    setRefusal(importFailureText(failure, t, locale));
    setStep({ kind: 'choose' });
  };

  const send = async (mode: ImportMode, rowCount: number | null) => {
    if (!file) return;
    setRefusal(null);
    setNotice(null);
    setStep({ kind: 'sending', mode, progress: null, rowCount });
    const started = startImport(partnership.id, mode, file, (progress) => setStep((s) => (s.kind === 'sending' ? { ...s, progress } : s)));
    handle.current = started;
    const outcome = await started.outcome;
    handle.current = null;
    if (outcome.ok) {
      if (mode === 'import') {
        // The partnership page lists its households again (and its totals) when next shown.
        const cacheId = client.cache.identify({ __typename: 'Partnership', id: partnership.id });
        for (const fieldName of ['households', 'personsCount', 'fundingTotalCents']) client.cache.evict({ id: cacheId, fieldName });
        client.cache.gc();
        setStep({ kind: 'imported', result: outcome.result });
      } else setStep({ kind: 'previewed', result: outcome.result });
    } else if (outcome.cancelled) {
      setNotice(t('io.import.cancelled'));
      setStep({ kind: 'choose' });
    } else if ('rowErrors' in outcome) {
      // Rows the preview passed were refused at import (someone used a reference meanwhile).
      setRefusal(t('error.IMPORT_HAS_ERRORS'));
      setStep({ kind: 'previewed', result: outcome.rowErrors });
    } else failed(outcome.failure);
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setRefusal(t('io.import.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    // Refused here at once rather than after sending 50 MB over mobile data (the server refuses it too).
    if (file.size > HOUSEHOLD_IMPORT_MAX_BYTES) {
      failed({ status: 413, body: { error: { code: 'FILE_TOO_LARGE', limitBytes: HOUSEHOLD_IMPORT_MAX_BYTES } } });
      return;
    }
    void send('preview', null);
  };

  const sending = step.kind === 'sending';
  const back = <Link to={`/partnerships/${partnership.id}`}>{t('io.import.back', { name: partnership.name })}</Link>;

  return (
    <article className="page household-import" aria-labelledby="page-title">
      <p className="breadcrumb">{back}</p>
      <h1 id="page-title">{t('io.import.title', { name: partnership.name })}</h1>
      <p>{t('io.import.intro')}</p>
      <details className="import-help">
        <summary>{t('io.import.howTo')}</summary>
        <p>{t('io.import.columns', { columns: HOUSEHOLD_IMPORT_COLUMNS.join(', '), required: HOUSEHOLD_IMPORT_REQUIRED.join(', '), megabytes: HOUSEHOLD_IMPORT_MAX_BYTES / 1024 / 1024 })}</p>
        <p>{t('io.import.membersHint')}</p>
        <p>{t('io.import.datesHint')}</p>
      </details>

      {step.kind !== 'imported' && (
        <form className="form" onSubmit={onCheck} noValidate aria-labelledby="import-file-heading">
          <h2 id="import-file-heading">{t('io.import.step1')}</h2>
          <div className="field">
            <label htmlFor="import-file">{t('io.import.file')}</label>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept={ACCEPT}
              disabled={sending}
              aria-describedby="import-file-hint"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setRefusal(null);
                setNotice(null);
                setStep({ kind: 'choose' });
              }}
            />
            <p id="import-file-hint" className="hint">
              {t('io.import.fileHint', { megabytes: HOUSEHOLD_IMPORT_MAX_BYTES / 1024 / 1024 })}
            </p>
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={sending}>
              {t('io.import.check')}
            </button>
          </div>
        </form>
      )}

      {refusal && (
        <div role="alert" className="alert alert-error" data-testid="import-refusal">
          <p>{refusal}</p>
        </div>
      )}
      {notice && (
        <p role="status" className="alert alert-warning">
          {notice}
        </p>
      )}

      {sending && (
        <section className="section" aria-labelledby="import-progress-heading" aria-busy="true">
          <h2 id="import-progress-heading">{step.mode === 'preview' ? t('io.import.checkingTitle') : t('io.import.importingTitle')}</h2>
          <ImportProgressView progress={step.progress} mode={step.mode} rowCount={step.rowCount} />
          {step.mode === 'preview' && (
            <button type="button" className="button button-secondary" onClick={() => handle.current?.cancel()}>
              {t('app.cancel')}
            </button>
          )}
        </section>
      )}

      {step.kind === 'previewed' && (
        <section className="section" aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading" ref={resultHeading} tabIndex={-1}>
            {t('io.import.previewTitle', { name: file?.name ?? '' })}
          </h2>
          <ImportPreview result={step.result} />
          {step.result.errorCount === 0 && (
            <div className="actions">
              <button type="button" className="button button-primary" onClick={() => void send('import', step.result.rowCount)}>
                {t('io.import.confirm', { rows: formatNumber(step.result.rowCount) })}
              </button>
            </div>
          )}
        </section>
      )}

      {step.kind === 'imported' && (
        <section className="section" aria-labelledby="import-done-heading">
          <h2 id="import-done-heading" ref={resultHeading} tabIndex={-1}>
            {t('io.import.doneTitle')}
          </h2>
          <p role="status" className="alert alert-success" data-testid="import-done">
            {t('io.import.done', { count: step.result.imported })}
          </p>
          <div className="button-row">
            <Link className="button button-primary" to={`/partnerships/${partnership.id}`}>
              {t('io.import.seeHouseholds')}
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setFile(null);
                setStep({ kind: 'choose' });
              }}
            >
              {t('io.import.another')}
            </button>
          </div>
        </section>
      )}
    </article>
  );
}
