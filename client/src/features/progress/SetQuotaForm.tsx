import { useMutation } from '@apollo/client/react';
import type { ProgrammeCode } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

const SetQuotaDocument = graphql(`
  mutation SetQuota($programme: ProgrammeCode!, $year: Int!, $persons: Int!) {
    setQuota(programme: $programme, year: $year, persons: $persons) {
      year
      persons
    }
  }
`);

/** Sets the quota of the programme and year shown (admins); the progress above refetches. */
export function SetQuotaForm({ programme, year, current, refetchQuery }: { programme: ProgrammeCode; year: number; current: number; refetchQuery: string }) {
  const t = useT();
  const [persons, setPersons] = useState(String(current));
  const [saved, setSaved] = useState(false);
  const [setQuota, { loading, error }] = useMutation(SetQuotaDocument, { refetchQueries: [refetchQuery] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await setQuota({ variables: { programme, year, persons: Number.parseInt(persons, 10) } }).catch(() => undefined);
    setSaved(true);
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('quota.setTitle')}>
      <TextField
        label={t('quota.setLabel', { year })}
        type="number"
        inputMode="numeric"
        min={0}
        value={persons}
        onChange={(v) => {
          setPersons(v);
          setSaved(false);
        }}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('app.saving') : t('quota.setButton')}
      </button>
      <FormError error={error} />
      {saved && !error && <p role="status">{t('quota.saved')}</p>}
    </form>
  );
}
