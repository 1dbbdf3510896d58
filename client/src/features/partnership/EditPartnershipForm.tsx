import { useMutation } from '@apollo/client/react';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TRACKS, type PartnershipStatus, type PartnershipTrack } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

export const EditPartnershipForm_partnership = graphql(`
  fragment EditPartnershipForm_partnership on Partnership {
    id
    name
    track
    status
    agreementStart
    agreementEnd
    capacityPledged
  }
`);

const UpdatePartnershipDocument = graphql(`
  mutation UpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {
    updatePartnership(id: $id, input: $input) {
      id
      name
      ...EditPartnershipForm_partnership
      ...PartnershipDetails_partnership
      ...PartnershipList_partnerships
    }
  }
`);

export function EditPartnershipForm({ partnership, onDone }: { partnership: FragmentType<typeof EditPartnershipForm_partnership>; onDone: () => void }) {
  const t = useT();
  const p = getFragmentData(EditPartnershipForm_partnership, partnership);
  const [name, setName] = useState(p.name);
  const [track, setTrack] = useState<PartnershipTrack>(p.track);
  const [status, setStatus] = useState<PartnershipStatus>(p.status);
  const [agreementStart, setAgreementStart] = useState(p.agreementStart ?? '');
  const [agreementEnd, setAgreementEnd] = useState(p.agreementEnd ?? '');
  const [capacity, setCapacity] = useState(String(p.capacityPledged));
  const [update, { loading, error }] = useMutation(UpdatePartnershipDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update({
        variables: {
          id: p.id,
          input: {
            name: name.trim(),
            track,
            status,
            agreementStart: agreementStart || null,
            agreementEnd: agreementEnd || null,
            capacityPledged: Number.parseInt(capacity, 10) || 0,
          },
        },
      });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="edit-partnership-title">
      <h3 id="edit-partnership-title">{t('partnership.edit')}</h3>
      <TextField label={t('partnership.name')} value={name} onChange={setName} required />
      <div className="grid grid-2">
        <SelectField label={t('partnership.track')} value={track} onChange={setTrack} options={PARTNERSHIP_TRACKS.map((v) => ({ value: v, label: t(`track.${v}`) }))} />
        <SelectField label={t('partnership.status')} value={status} onChange={setStatus} options={PARTNERSHIP_STATUSES.map((v) => ({ value: v, label: t(`partnershipStatus.${v}`) }))} />
        <TextField label={t('partnership.agreementStart')} type="date" optional value={agreementStart} onChange={setAgreementStart} />
        <TextField label={t('partnership.agreementEnd')} type="date" optional value={agreementEnd} onChange={setAgreementEnd} />
        <TextField label={t('partnership.capacity')} type="number" inputMode="numeric" min={0} value={capacity} onChange={setCapacity} />
      </div>
      <FormError error={error} />
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
