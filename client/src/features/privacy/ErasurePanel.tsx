import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ErasureSubject } from '../../gql/graphql';
import type { MessageKey } from '../../app/i18n';
import { TextAreaField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import styles from './privacy.module.css';

export const ErasurePreviewDocument = graphql(`
  query ErasurePreview($subjectType: ErasureSubject!, $id: ID!) {
    erasurePreview(subjectType: $subjectType, id: $id) {
      subjectType
      subjectId
      label
      confirmation
      counts {
        kind
        count
      }
      erasure {
        id
        completedAt
      }
    }
  }
`);

/** An erasure as the privacy page lists it; the erase mutations return the same, so the cache holds the whole record. */
export const ErasureRecord_erasure = graphql(`
  fragment ErasureRecord_erasure on Erasure {
    id
    subjectType
    subjectId
    mode
    reason
    startedAt
    completedAt
    requestedBy {
      id
      name
    }
    removed {
      kind
      count
    }
  }
`);

export const EraseHouseholdDocument = graphql(`
  mutation EraseHousehold($id: ID!, $reason: String!, $confirmation: String!) {
    eraseHousehold(id: $id, reason: $reason, confirmation: $confirmation) {
      ...ErasureRecord_erasure
    }
  }
`);

export const EraseUserDocument = graphql(`
  mutation EraseUser($id: ID!, $reason: String!, $confirmation: String!) {
    eraseUser(id: $id, reason: $reason, confirmation: $confirmation) {
      ...ErasureRecord_erasure
    }
  }
`);

/** The translated name of a kind of record an erasure counts (the kind itself when unknown). */
export function useCountLabel() {
  const { t } = useI18n();
  return (kind: string) => {
    const key = `privacy.count.${kind}` as MessageKey;
    const text = t(key);
    return text === key ? kind : text;
  };
}

/**
 * Erasure on request, in three steps: the dry run (what would be removed, by kind), then the
 * confirmation (type the household reference or the account's email) and a reason, then erase.
 */
export function ErasurePanel({ subjectType, id, onErased }: { subjectType: ErasureSubject; id: string; onErased?: () => void }) {
  const { t, formatDateTime } = useI18n();
  const countLabel = useCountLabel();
  const [loadPreview, preview] = useLazyQuery(ErasurePreviewDocument, { fetchPolicy: 'network-only' });
  const [eraseHousehold, householdState] = useMutation(EraseHouseholdDocument, { refetchQueries: ['PrivacyPage', 'HouseholdPage'] });
  const [eraseUser, userState] = useMutation(EraseUserDocument, { refetchQueries: ['PrivacyPage'] });
  const [confirmation, setConfirmation] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const state = subjectType === 'HOUSEHOLD' ? householdState : userState;
  const p = preview.data?.erasurePreview;
  const remaining = p?.counts.filter((c) => c.count > 0) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!p) return;
    const variables = { id, reason: reason.trim(), confirmation: confirmation.trim() };
    const result = subjectType === 'HOUSEHOLD' ? await eraseHousehold({ variables }).catch(() => null) : await eraseUser({ variables }).catch(() => null);
    if (result?.data) {
      setDone(t('privacy.erase.done', { label: p.label }));
      setConfirmation('');
      setReason('');
      await loadPreview({ variables: { subjectType, id } });
      onErased?.();
    }
  };

  return (
    <div className={styles.erasurePanel}>
      <h3>{t('privacy.erase.title')}</h3>
      <button type="button" className="button button-secondary" onClick={() => void loadPreview({ variables: { subjectType, id } })} disabled={preview.loading}>
        {t('privacy.erase.preview')}
      </button>
      {preview.error && <FormError error={preview.error} />}
      {done && <StatusMessage>{done}</StatusMessage>}
      {p && (
        <>
          {p.erasure?.completedAt && <p>{t('privacy.erase.already', { date: formatDateTime(p.erasure.completedAt) })}</p>}
          {remaining.length ? (
            <>
              <p>{t('privacy.erase.counts')}</p>
              <ul aria-label={t('privacy.erase.counts')} className={styles.erasureCounts}>
                {remaining.map((c) => (
                  <li key={c.kind}>
                    {countLabel(c.kind)}: <strong>{c.count}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('privacy.erase.nothing')}</p>
          )}
          <p className="muted">{t('privacy.erase.kept')}</p>
          {remaining.length > 0 && (
            <form className="form" onSubmit={(e) => void submit(e)}>
              <TextField label={t('privacy.erase.confirmLabel', { confirmation: p.confirmation })} value={confirmation} onChange={setConfirmation} autoComplete="off" required />
              <TextAreaField label={t('privacy.erase.reason')} value={reason} onChange={setReason} required />
              <FormError error={state.error} />
              <button type="submit" className="button button-danger" disabled={state.loading || confirmation.trim().toLowerCase() !== p.confirmation.toLowerCase() || !reason.trim()}>
                {t('privacy.erase.submit', { label: p.label })}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
