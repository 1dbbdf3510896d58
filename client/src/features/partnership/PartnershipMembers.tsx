import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CheckboxField, SelectField } from '../../ui/Fields';
import { InlineError, Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { Disclosure } from '../../ui/Disclosure';
import { Badge } from '../../ui/Values';

export const PartnershipMembers_partnership = graphql(`
  fragment PartnershipMembers_partnership on Partnership {
    id
    members {
      lead
      organisation {
        id
        name
        kind
      }
    }
  }
`);

const MemberOrganisationsDocument = graphql(`
  query MemberOrganisations {
    organisations {
      id
      name
    }
  }
`);

const AddPartnershipMemberDocument = graphql(`
  mutation AddPartnershipMember($partnershipId: ID!, $organisationId: ID!, $lead: Boolean!) {
    addPartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId, lead: $lead) {
      id
      ...PartnershipMembers_partnership
      ...PartnershipList_partnerships
      viewerCan {
        manageMembers
        inviteCoordinator
        inviteVolunteer
      }
    }
  }
`);

const RemovePartnershipMemberDocument = graphql(`
  mutation RemovePartnershipMember($partnershipId: ID!, $organisationId: ID!) {
    removePartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId) {
      id
      ...PartnershipMembers_partnership
      ...PartnershipList_partnerships
    }
  }
`);

function AddMemberForm({ partnershipId, memberIds, onDone }: { partnershipId: string; memberIds: string[]; onDone: () => void }) {
  const t = useT();
  const { data, loading, error } = useQuery(MemberOrganisationsDocument);
  const [organisationId, setOrganisationId] = useState('');
  const [lead, setLead] = useState(false);
  const [add, mutation] = useMutation(AddPartnershipMemberDocument);

  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const candidates = (data?.organisations ?? []).filter((o) => !memberIds.includes(o.id));
  if (candidates.length === 0) return <p>{t('partnership.noOtherOrganisations')}</p>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) return;
    try {
      await add({ variables: { partnershipId, organisationId, lead } });
      setOrganisationId('');
      setLead(false);
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <SelectField
        label={t('partnership.memberOrganisation')}
        value={organisationId}
        onChange={setOrganisationId}
        placeholder={t('partnership.chooseOrganisation')}
        options={candidates.map((o) => ({ value: o.id, label: o.name }))}
        required
      />
      <CheckboxField label={t('partnership.asLead')} checked={lead} onChange={setLead} />
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !organisationId}>
          {t('partnership.addMemberSubmit')}
        </button>
      </div>
    </form>
  );
}

/** Member organisations (lead marked); add and remove when the viewer may manage members. */
export function PartnershipMembers({ partnership, canManage }: { partnership: FragmentType<typeof PartnershipMembers_partnership>; canManage: boolean }) {
  const t = useT();
  const p = getFragmentData(PartnershipMembers_partnership, partnership);
  const [remove, removal] = useMutation(RemovePartnershipMemberDocument);

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('partnership.members')}</h2>
      <ul className="member-list">
        {p.members.map((m) => (
          <li key={m.organisation.id}>
            <span>
              {m.organisation.name} <span className="muted">({t(`orgKind.${m.organisation.kind}`)})</span> {m.lead && <Badge tone="info">{t('partnership.leadBadge')}</Badge>}
            </span>
            {canManage && !m.lead && (
              <button
                type="button"
                className="button button-danger-outline button-small"
                disabled={removal.loading}
                onClick={() => void remove({ variables: { partnershipId: p.id, organisationId: m.organisation.id } }).catch(() => undefined)}
              >
                {t('partnership.removeMember', { name: m.organisation.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormError error={removal.error} />
      {canManage && <Disclosure label={t('partnership.addMember')}>{(close) => <AddMemberForm partnershipId={p.id} memberIds={p.members.map((m) => m.organisation.id)} onDone={close} />}</Disclosure>}
    </section>
  );
}
