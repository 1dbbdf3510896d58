import { useMutation } from '@apollo/client/react';
import { ARRIVAL_ROUTES, type ArrivalRoute, type SpecificNeed } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { SpecificNeedsFields } from './SpecificNeedsFields';
import { FormError } from '../../ui/FormError';
import { MembersEditor, memberRowsFrom, toMemberInputs, validateMembers, type MemberRow } from './MembersEditor';

export const EditHouseholdForm_household = graphql(`
  fragment EditHouseholdForm_household on Household {
    id
    arrivalRoute
    arrivalDate
    plannedArrivalDate
    members {
      id
      firstName
      lastName
      birthYear
      relationship
      joined
      joinedOn
      leftOn
    }
    specificNeeds {
      needs
      note
    }
  }
`);

const UpdateHouseholdDocument = graphql(`
  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {
    updateHousehold(id: $id, input: $input) {
      id
      ...HouseholdPage_household
    }
  }
`);

/** Edits a household and its members (the full new list); specific needs only for who may update them. */
export function EditHouseholdForm({
  household,
  canUpdateSpecificNeeds,
  canCorrectArrival = false,
  onDone,
}: {
  household: FragmentType<typeof EditHouseholdForm_household>;
  canUpdateSpecificNeeds: boolean;
  /** Fedasil staff: may correct who arrived with the household (with a reason). */
  canCorrectArrival?: boolean;
  onDone: () => void;
}) {
  const t = useT();
  const h = getFragmentData(EditHouseholdForm_household, household);
  const [arrivalRoute, setArrivalRoute] = useState<ArrivalRoute>(h.arrivalRoute);
  const [plannedArrivalDate, setPlannedArrivalDate] = useState(h.plannedArrivalDate ?? '');
  const [rows, setRows] = useState<MemberRow[]>(() => memberRowsFrom(h.members));
  const [needs, setNeeds] = useState<SpecificNeed[]>(() => [...(h.specificNeeds?.needs ?? [])]);
  const [note, setNote] = useState(h.specificNeeds?.note ?? '');
  const [clientError, setClientError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // Once the arrival is recorded the route is a funding figure: Fedasil staff correct it, with a reason.
  const correctingRoute = Boolean(h.arrivalDate) && arrivalRoute !== h.arrivalRoute;
  // So is who arrived with the household: adding or removing such a member is a correction too.
  const keptIds = new Set(rows.map((r) => r.id).filter(Boolean));
  const correctingMembers = Boolean(h.arrivalDate) && (rows.some((r) => !r.id && r.joined === 'WITH_HOUSEHOLD') || h.members.some((m) => m.joined === 'WITH_HOUSEHOLD' && !keptIds.has(m.id)));
  const correcting = correctingRoute || correctingMembers;
  const [update, { loading, error }] = useMutation(UpdateHouseholdDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateMembers(rows);
    setClientError(problem ? t(problem) : null);
    if (problem) return;
    try {
      await update({
        variables: {
          id: h.id,
          input: {
            arrivalRoute,
            plannedArrivalDate: plannedArrivalDate || null,
            members: toMemberInputs(rows),
            ...(canUpdateSpecificNeeds ? { specificNeeds: needs, specificNeedsNote: note.trim() || null } : {}),
            ...(correcting && reason.trim() ? { reason: reason.trim() } : {}),
          },
        },
      });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="edit-household-title">
      <h3 id="edit-household-title">{t('household.edit')}</h3>
      <div className="grid grid-2">
        <SelectField
          label={t('household.arrivalRoute')}
          value={arrivalRoute}
          onChange={setArrivalRoute}
          options={ARRIVAL_ROUTES.map((r) => ({ value: r, label: t(`arrivalRoute.${r}`) }))}
          hint={h.arrivalDate ? t('household.arrivalRouteFixedHint') : undefined}
        />
        <TextField label={t('household.plannedArrival')} type="date" optional value={plannedArrivalDate} onChange={setPlannedArrivalDate} />
      </div>
      {correcting && <TextAreaField label={correctingRoute ? t('household.correctionReason') : t('member.correctionReason')} value={reason} onChange={setReason} required />}
      <MembersEditor rows={rows} onChange={setRows} arrived={Boolean(h.arrivalDate)} canCorrectArrival={canCorrectArrival} />
      {canUpdateSpecificNeeds && <SpecificNeedsFields needs={needs} onNeedsChange={setNeeds} note={note} onNoteChange={setNote} />}
      <FormError message={clientError} error={clientError ? undefined : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('app.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
