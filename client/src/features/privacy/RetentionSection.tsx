import { useMutation } from '@apollo/client/react';
import { RETENTION_LIMITS } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { MessageKey } from '../../app/i18n';
import { TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';

export const RetentionRow_programme = graphql(`
  fragment RetentionRow_programme on Programme {
    id
    code
    retention {
      id
      householdMonthsAfterGuidance
      accessLogMonths
      updatedAt
    }
  }
`);

export const SetRetentionPolicyDocument = graphql(`
  mutation SetRetentionPolicy($programme: ProgrammeCode!, $household: Int!, $accessLog: Int!) {
    setRetentionPolicy(programme: $programme, householdMonthsAfterGuidance: $household, accessLogMonths: $accessLog) {
      id
      householdMonthsAfterGuidance
      accessLogMonths
      updatedAt
    }
  }
`);

function RetentionRow({ programme }: { programme: FragmentType<typeof RetentionRow_programme> }) {
  const { t, formatDateTime } = useI18n();
  const p = getFragmentData(RetentionRow_programme, programme);
  const name = t(`programme.${p.code}` as MessageKey);
  const [household, setHousehold] = useState(String(p.retention.householdMonthsAfterGuidance));
  const [accessLog, setAccessLog] = useState(String(p.retention.accessLogMonths));
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetRetentionPolicyDocument, { refetchQueries: ['PrivacyPage'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save({ variables: { programme: p.code, household: Number(household), accessLog: Number(accessLog) } }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <tr>
      <th scope="row" data-label={t('privacy.retention.title')}>
        {name}
        <div className="muted">{p.retention.updatedAt ? t('privacy.retention.changed', { date: formatDateTime(p.retention.updatedAt) }) : t('privacy.retention.defaults')}</div>
      </th>
      <td colSpan={2}>
        <form className="form inline-form" aria-label={name} onSubmit={(e) => void submit(e)}>
          <TextField
            label={t('privacy.retention.household')}
            type="number"
            min={RETENTION_LIMITS.householdMonths.min}
            max={RETENTION_LIMITS.householdMonths.max}
            value={household}
            onChange={setHousehold}
            required
          />
          <TextField
            label={t('privacy.retention.accessLog')}
            type="number"
            min={RETENTION_LIMITS.accessLogMonths.min}
            max={RETENTION_LIMITS.accessLogMonths.max}
            value={accessLog}
            onChange={setAccessLog}
            required
          />
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('app.save')}
          </button>
          <FormError error={error} />
          {saved && <StatusMessage>{t('privacy.retention.saved', { programme: name })}</StatusMessage>}
        </form>
      </td>
    </tr>
  );
}

/** Retention periods per programme, editable (admins): the daily job erases what passed them. */
export function RetentionSection({ programmes }: { programmes: FragmentType<typeof RetentionRow_programme>[] }) {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('privacy.retention.title')}</h2>
      <p>{t('privacy.retention.intro')}</p>
      <TableWrap label={t('privacy.retention.title')}>
        <table className="responsive-table">
          <tbody>
            {programmes.map((p) => (
              <RetentionRow key={getFragmentData(RetentionRow_programme, p).id} programme={p} />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
