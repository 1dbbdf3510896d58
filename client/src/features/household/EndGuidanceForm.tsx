import { useMutation, useQuery } from '@apollo/client/react';
import { GUIDANCE_END_REASONS, type GuidanceEndReason, type ProgrammeCode } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../app/errors';
import { todayInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

export const EndGuidanceEarlyDocument = graphql(`
  mutation EndGuidanceEarly($input: EndGuidanceInput!) {
    endGuidanceEarly(input: $input) {
      id
      ...HouseholdPage_household
    }
  }
`);

export const TransferHouseholdDocument = graphql(`
  mutation TransferHousehold($input: TransferHouseholdInput!) {
    transferHousehold(input: $input) {
      id
      partnership {
        id
        name
      }
    }
  }
`);

const ReceivingPartnershipsDocument = graphql(`
  query ReceivingPartnerships($programme: ProgrammeCode!) {
    partnerships(first: 100, filter: { programme: $programme, status: ACTIVE }) {
      edges {
        node {
          id
          name
          viewerCan {
            registerHousehold
          }
        }
      }
    }
  }
`);

/**
 * Ends guidance early with its reason and day, or (reason "transferred to another partnership")
 * transfers the household with its history to a partnership the viewer may register households with.
 */
export function EndGuidanceForm({
  householdId,
  partnershipId,
  programme,
  canEnd,
  onDone,
  onTransferred,
}: {
  householdId: string;
  partnershipId: string;
  programme: ProgrammeCode;
  /** Guidance has started (an early end needs it; a transfer does not). */
  canEnd: boolean;
  onDone: () => void;
  onTransferred: (partnership: { id: string; name: string }) => void;
}) {
  const t = useT();
  const reasons = canEnd ? GUIDANCE_END_REASONS : (['TRANSFERRED_PARTNERSHIP'] as const);
  const [reason, setReason] = useState<GuidanceEndReason>(reasons[0]);
  const [date, setDate] = useState(() => todayInBrussels());
  const [note, setNote] = useState('');
  const [to, setTo] = useState('');
  const [override, setOverride] = useState('');
  const transfer = reason === 'TRANSFERRED_PARTNERSHIP';
  const partnerships = useQuery(ReceivingPartnershipsDocument, { variables: { programme }, skip: !transfer });
  const [end, ended] = useMutation(EndGuidanceEarlyDocument);
  const [move, moved] = useMutation(TransferHouseholdDocument);
  const error = transfer ? moved.error : ended.error;
  const loading = ended.loading || moved.loading;
  // The capacity override appears once the hub says the receiving partnership is full.
  const askOverride = transfer && (errorCodeOf(moved.error) === 'CAPACITY_EXCEEDED' || override !== '');
  const options = (partnerships.data?.partnerships.edges ?? []).map((e) => e.node).filter((p) => p.id !== partnershipId && p.viewerCan.registerHousehold);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (transfer) {
        const result = await move({
          variables: { input: { householdId, toPartnershipId: to, transferredOn: date, note: note.trim() || null, ...(override.trim() ? { capacityOverrideReason: override.trim() } : {}) } },
        });
        const p = result.data?.transferHousehold.partnership;
        if (p) onTransferred(p);
      } else {
        await end({ variables: { input: { householdId, reason, endedOn: date, note: note.trim() || null } } });
        onDone();
      }
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="end-guidance-title">
      <h3 id="end-guidance-title">{t('lifecycle.endGuidance')}</h3>
      <p>{transfer ? t('lifecycle.transferExplain') : t('lifecycle.endExplain')}</p>
      <div className="grid grid-2">
        <SelectField label={t('lifecycle.reason')} value={reason} onChange={setReason} options={reasons.map((r) => ({ value: r, label: t(`endReason.${r}`) }))} required />
        <TextField label={transfer ? t('lifecycle.transferredOn') : t('lifecycle.endedOn')} type="date" value={date} onChange={setDate} max={todayInBrussels()} required />
      </div>
      {transfer && (
        <SelectField
          label={t('lifecycle.toPartnership')}
          value={to}
          onChange={setTo}
          placeholder={t('lifecycle.choosePartnership')}
          options={options.map((p) => ({ value: p.id, label: p.name }))}
          required
        />
      )}
      <TextAreaField label={t('lifecycle.note')} hint={t('lifecycle.noteHint')} optional value={note} onChange={setNote} />
      {askOverride && <TextAreaField label={t('lifecycle.capacityOverride')} value={override} onChange={setOverride} required />}
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={loading || !date || (transfer && !to)}>
          {loading ? t('app.saving') : transfer ? t('lifecycle.transferSubmit') : t('lifecycle.endSubmit')}
        </button>
      </div>
    </form>
  );
}
