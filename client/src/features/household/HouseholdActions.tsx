import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { errorCodeOf } from '../../app/errors';
import { TextAreaField, TextField } from '../../ui/Fields';
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
  mutation ExtendGuidance($id: ID!, $reason: String) {
    extendGuidance(id: $id, reason: $reason) {
      id
      ...HouseholdPage_household
    }
  }
`);

export const WithdrawExtensionDocument = graphql(`
  mutation WithdrawExtension($id: ID!, $reason: String) {
    withdrawExtension(id: $id, reason: $reason) {
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
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="record-arrival-title">
      <h3 id="record-arrival-title">{t('household.recordArrival')}</h3>
      <div className="grid grid-2">
        <TextField label={t('household.arrivalDate')} type="date" value={arrivalDate} onChange={setArrivalDate} required />
        <TextField label={t('household.guidanceStart')} type="date" optional hint={t('household.guidanceStartHint')} value={guidanceStart} onChange={setGuidanceStart} />
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

/** Codes after which the extension can still go ahead with a reason (a late extension by an admin). */
const NEEDS_REASON = new Set(['REASON_REQUIRED']);

export function ExtendGuidanceAction({ householdId }: { householdId: string }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [extend, { loading, error }] = useMutation(ExtendGuidanceDocument);
  // The reason field appears once the hub asks for one: a late extension, only by an admin.
  const askReason = NEEDS_REASON.has(errorCodeOf(error) ?? '') || reason !== '';
  return (
    <div className="action">
      {askReason && <TextAreaField label={t('household.extensionReason')} hint={t('household.lateExtensionHint')} value={reason} onChange={setReason} required />}
      <ConfirmAction
        triggerLabel={t('household.extendGuidance')}
        question={t('household.extendConfirm')}
        confirmLabel={t('household.extendYes')}
        tone="primary"
        busy={loading}
        onConfirm={() => extend({ variables: reason.trim() ? { id: householdId, reason: reason.trim() } : { id: householdId } }).catch(() => undefined)}
      />
      <FormError error={error} />
    </div>
  );
}

/** Withdraws a second year before it starts; the reason goes to the funding audit. */
export function WithdrawExtensionForm({ householdId, onDone }: { householdId: string; onDone: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [withdraw, { loading, error }] = useMutation(WithdrawExtensionDocument);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await withdraw({ variables: { id: householdId, reason: reason.trim() || null } });
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="withdraw-extension-title">
      <h3 id="withdraw-extension-title">{t('household.withdrawExtension')}</h3>
      <p>{t('household.withdrawExtensionExplain')}</p>
      <TextAreaField label={t('household.withdrawReason')} optional value={reason} onChange={setReason} />
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={loading}>
          {loading ? t('app.saving') : t('household.withdrawExtensionSubmit')}
        </button>
      </div>
    </form>
  );
}
