import { useMutation } from '@apollo/client/react';
import { ARRIVAL_ROUTES, type ArrivalRoute, type SpecificNeed } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { errorCodeOf } from '../../app/errors';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { SpecificNeedsFields } from './SpecificNeedsFields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { MembersEditor, newMemberRow, toMemberInputs, validateMembers, type MemberRow } from './MembersEditor';

export const RegisterHouseholdDocument = graphql(`
  mutation RegisterHousehold($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) {
      id
      reference
      partnership {
        id
        ...PartnershipPage_partnership
      }
    }
  }
`);

/** Registers a household in a partnership; the partnership comes back, so its table updates. */
export function RegisterHouseholdForm({ partnershipId, withSpecificNeeds }: { partnershipId: string; withSpecificNeeds: boolean }) {
  const t = useT();
  const [reference, setReference] = useState('');
  const [arrivalRoute, setArrivalRoute] = useState<ArrivalRoute>('AFTER_RECEPTION');
  const [plannedArrivalDate, setPlannedArrivalDate] = useState('');
  const [rows, setRows] = useState<MemberRow[]>(() => [newMemberRow('HEAD')]);
  const [needs, setNeeds] = useState<SpecificNeed[]>([]);
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [registered, setRegistered] = useState<{ id: string; reference: string } | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [register, { loading, error }] = useMutation(RegisterHouseholdDocument);
  // Beyond the pledged capacity the hub asks for an override: the contact person gives a reason.
  const askOverride = errorCodeOf(error) === 'CAPACITY_EXCEEDED' || overrideReason !== '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setRegistered(null);
    const problem = validateMembers(rows);
    setClientError(problem ? t(problem) : null);
    if (problem) return;
    try {
      const { data } = await register({
        variables: {
          input: {
            partnershipId,
            reference: reference.trim() || undefined,
            arrivalRoute,
            plannedArrivalDate: plannedArrivalDate || undefined,
            members: toMemberInputs(rows),
            ...(withSpecificNeeds ? { specificNeeds: needs, specificNeedsNote: note.trim() || undefined } : {}),
            ...(overrideReason.trim() ? { capacityOverrideReason: overrideReason.trim() } : {}),
          },
        },
      });
      if (data) {
        setRegistered({ id: data.registerHousehold.id, reference: data.registerHousehold.reference });
        setReference('');
        setPlannedArrivalDate('');
        setRows([newMemberRow('HEAD')]);
        setNeeds([]);
        setNote('');
        setOverrideReason('');
      }
    } catch {
      // shown below from the mutation's error
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="register-household-title">
      <h3 id="register-household-title">{t('partnership.registerHousehold')}</h3>
      <div className="grid grid-3">
        <TextField label={t('household.reference')} hint={t('household.referenceHint')} optional value={reference} onChange={setReference} autoComplete="off" />
        <SelectField label={t('household.arrivalRoute')} value={arrivalRoute} onChange={setArrivalRoute} options={ARRIVAL_ROUTES.map((r) => ({ value: r, label: t(`arrivalRoute.${r}`) }))} required />
        <TextField label={t('household.plannedArrival')} type="date" optional value={plannedArrivalDate} onChange={setPlannedArrivalDate} />
      </div>
      <MembersEditor rows={rows} onChange={setRows} />
      {withSpecificNeeds && <SpecificNeedsFields needs={needs} onNeedsChange={setNeeds} note={note} onNoteChange={setNote} />}
      {askOverride && <TextAreaField label={t('household.capacityOverrideReason')} hint={t('household.capacityOverrideHint')} value={overrideReason} onChange={setOverrideReason} required />}
      <FormError message={clientError} error={clientError ? undefined : error} />
      {registered && (
        <StatusMessage>
          {t('household.registered', { reference: registered.reference })} <Link to={`/households/${registered.id}`}>{t('household.open', { reference: registered.reference })}</Link>
        </StatusMessage>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('household.registerSubmit')}
        </button>
      </div>
    </form>
  );
}
