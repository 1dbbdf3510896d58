import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

const RecordArrivalDocument = graphql(`
  mutation RecordArrival($id: ID!, $arrivalDate: String!, $guidanceStart: String) {
    recordArrival(id: $id, arrivalDate: $arrivalDate, guidanceStart: $guidanceStart) {
      id
      ...HouseholdPage_household
    }
  }
`);

export const ExtendGuidanceDocument = graphql(`
  mutation ExtendGuidance($id: ID!) {
    extendGuidance(id: $id) {
      id
      ...HouseholdPage_household
    }
  }
`);

export function RecordArrivalForm({ householdId, onDone }: { householdId: string; onDone: () => void }) {
  const t = useT();
  const [arrivalDate, setArrivalDate] = useState(() => todayInBrussels());
  const [guidanceStart, setGuidanceStart] = useState('');
  const [record, { loading, error }] = useMutation(RecordArrivalDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record({ variables: { id: householdId, arrivalDate, guidanceStart: guidanceStart || null } });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="record-arrival-title">
      <h3 id="record-arrival-title">{t('household.recordArrival')}</h3>
      <div className="grid grid-2">
        <TextField label={t('household.arrivalDate')} type="date" value={arrivalDate} onChange={setArrivalDate} required />
        <TextField
          label={t('household.guidanceStart')}
          type="date"
          optional
          hint={t('household.guidanceStartHint')}
          value={guidanceStart}
          onChange={setGuidanceStart}
        />
      </div>
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading || !arrivalDate}>
          {loading ? t('app.saving') : t('household.recordArrivalSubmit')}
        </button>
      </div>
    </form>
  );
}

export function ExtendGuidanceAction({ householdId }: { householdId: string }) {
  const t = useT();
  const [extend, { loading, error }] = useMutation(ExtendGuidanceDocument);
  return (
    <div className="action">
      <ConfirmAction
        triggerLabel={t('household.extendGuidance')}
        question={t('household.extendConfirm')}
        confirmLabel={t('household.extendYes')}
        tone="primary"
        busy={loading}
        onConfirm={() => extend({ variables: { id: householdId } })}
      />
      <FormError error={error} />
    </div>
  );
}
