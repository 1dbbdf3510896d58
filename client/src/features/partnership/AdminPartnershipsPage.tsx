import { useMutation, useQuery } from '@apollo/client/react';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TRACKS, PROGRAMME_CODES, type PartnershipStatus, type PartnershipTrack, type ProgrammeCode } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { SelectField, TextField } from '../../ui/Fields';
import { InlineError, Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { PartnershipsSection } from './PartnershipsSection';

export const CreatePartnershipOptionsDocument = graphql(`
  query CreatePartnershipOptions {
    organisations {
      id
      name
    }
    users(role: CONTACT_PERSON) {
      id
      name
      email
    }
  }
`);

const CreatePartnershipDocument = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      id
      ...PartnershipPage_partnership
    }
  }
`);

function CreatePartnershipForm() {
  const t = useT();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CreatePartnershipOptionsDocument);
  const [name, setName] = useState('');
  const [programme, setProgramme] = useState<ProgrammeCode>('RESETTLEMENT');
  const [track, setTrack] = useState<PartnershipTrack>('COMMUNITY_SPONSORSHIP');
  const [status, setStatus] = useState<PartnershipStatus>('DRAFT');
  const [leadOrganisationId, setLeadOrganisationId] = useState('');
  const [agreementStart, setAgreementStart] = useState('');
  const [agreementEnd, setAgreementEnd] = useState('');
  const [capacity, setCapacity] = useState('0');
  const [contactPersonId, setContactPersonId] = useState('');
  const [deputyId, setDeputyId] = useState('');
  const [create, mutation] = useMutation(CreatePartnershipDocument, {
    // The new partnership belongs somewhere in the (paginated) lists: load them again.
    update: (cache) => {
      cache.evict({ fieldName: 'partnerships' });
      cache.gc();
    },
  });

  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const organisations = data?.organisations ?? [];
  const contactOptions = (data?.users ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            programme,
            track,
            status,
            leadOrganisationId,
            agreementStart: agreementStart || null,
            agreementEnd: agreementEnd || null,
            capacityPledged: Number.parseInt(capacity, 10) || 0,
            contactPersonId: contactPersonId || null,
            deputyId: deputyId || null,
          },
        },
      });
      if (result.data) await navigate(`/partnerships/${result.data.createPartnership.id}`);
    } catch {
      // shown below
    }
  };

  return (
    <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="create-partnership-title">
      <h2 id="create-partnership-title">{t('partnership.createTitle')}</h2>
      {organisations.length === 0 && (
        <p className="notice">
          {t('partnership.noOrganisations')} <Link to="/admin/organisations">{t('nav.organisations')}</Link>
        </p>
      )}
      <TextField label={t('partnership.name')} value={name} onChange={setName} required autoComplete="off" />
      <div className="grid grid-2">
        <SelectField label={t('partnership.programme')} value={programme} onChange={setProgramme} options={PROGRAMME_CODES.map((c) => ({ value: c, label: t(`programme.${c}`) }))} />
        <SelectField label={t('partnership.track')} value={track} onChange={setTrack} options={PARTNERSHIP_TRACKS.map((v) => ({ value: v, label: t(`track.${v}`) }))} />
        <SelectField label={t('partnership.status')} value={status} onChange={setStatus} options={PARTNERSHIP_STATUSES.map((v) => ({ value: v, label: t(`partnershipStatus.${v}`) }))} />
        <SelectField
          label={t('partnership.leadOrganisation')}
          value={leadOrganisationId}
          onChange={setLeadOrganisationId}
          placeholder={t('partnership.chooseOrganisation')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <TextField label={t('partnership.agreementStart')} type="date" optional value={agreementStart} onChange={setAgreementStart} />
        <TextField label={t('partnership.agreementEnd')} type="date" optional value={agreementEnd} onChange={setAgreementEnd} />
        <TextField label={t('partnership.capacity')} type="number" inputMode="numeric" min={0} value={capacity} onChange={setCapacity} />
        <SelectField label={t('partnership.contactPerson')} value={contactPersonId} onChange={setContactPersonId} placeholder={t('partnership.notAssigned')} options={contactOptions} optional />
        <SelectField
          label={t('partnership.deputy')}
          value={deputyId}
          onChange={setDeputyId}
          placeholder={t('partnership.noDeputy')}
          options={contactOptions.filter((o) => o.value !== contactPersonId)}
          optional
        />
      </div>
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !name.trim() || !leadOrganisationId}>
          {mutation.loading ? t('app.saving') : t('partnership.createSubmit')}
        </button>
      </div>
    </form>
  );
}

/** /admin/partnerships: every partnership, and the form to create one. */
export function AdminPartnershipsPage() {
  const t = useT();
  usePageTitle(t('partnerships.adminTitle'));
  return (
    <div className="page">
      <h1>{t('partnerships.adminTitle')}</h1>
      <CreatePartnershipForm />
      <PartnershipsSection title={t('partnerships.allTitle')} empty={<p>{t('partnerships.emptyAdmin')}</p>} />
    </div>
  );
}
