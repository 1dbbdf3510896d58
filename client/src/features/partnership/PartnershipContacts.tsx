import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { SelectField } from '../../ui/Fields';
import { InlineError, Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { Disclosure } from '../../ui/Disclosure';

export const PartnershipContacts_partnership = graphql(`
  fragment PartnershipContacts_partnership on Partnership {
    id
    contactPerson {
      id
      name
      email
    }
    deputy {
      id
      name
      email
    }
  }
`);

export const ContactPersonsDocument = graphql(`
  query ContactPersons {
    users(role: CONTACT_PERSON) {
      id
      name
      email
    }
  }
`);

const AssignContactPersonDocument = graphql(`
  mutation AssignContactPerson($partnershipId: ID!, $contactPersonId: ID!, $deputyId: ID) {
    assignContactPerson(partnershipId: $partnershipId, contactPersonId: $contactPersonId, deputyId: $deputyId) {
      id
      ...PartnershipContacts_partnership
      ...PartnershipList_partnerships
    }
  }
`);

function AssignForm({ partnershipId, contactPersonId, deputyId, onDone }: { partnershipId: string; contactPersonId: string; deputyId: string; onDone: () => void }) {
  const t = useT();
  const { data, loading, error } = useQuery(ContactPersonsDocument);
  const [contact, setContact] = useState(contactPersonId);
  const [deputy, setDeputy] = useState(deputyId);
  const [assign, mutation] = useMutation(AssignContactPersonDocument);

  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const options = (data?.users ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!contact) return;
    try {
      await assign({ variables: { partnershipId, contactPersonId: contact, deputyId: deputy || null } });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-2">
        <SelectField label={t('partnership.contactPerson')} value={contact} onChange={setContact} placeholder={t('partnership.chooseContact')} options={options} required />
        <SelectField label={t('partnership.deputy')} value={deputy} onChange={setDeputy} placeholder={t('partnership.noDeputy')} options={options.filter((o) => o.value !== contact)} optional />
      </div>
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !contact}>
          {t('partnership.assignSubmit')}
        </button>
      </div>
    </form>
  );
}

/** The Fedasil contact person and deputy; assign them when the viewer may. */
export function PartnershipContacts({ partnership, canAssign }: { partnership: FragmentType<typeof PartnershipContacts_partnership>; canAssign: boolean }) {
  const t = useT();
  const p = getFragmentData(PartnershipContacts_partnership, partnership);
  const person = (u: { name: string; email: string } | null) =>
    u ? (
      <>
        {u.name} · <a href={`mailto:${u.email}`}>{u.email}</a>
      </>
    ) : (
      <span className="muted">{t('partnership.notAssigned')}</span>
    );
  return (
    <section className="section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('partnership.contacts')}</h2>
      <dl className="details">
        <div>
          <dt>{t('partnership.contactPerson')}</dt>
          <dd>{person(p.contactPerson)}</dd>
        </div>
        <div>
          <dt>{t('partnership.deputy')}</dt>
          <dd>{p.deputy ? person(p.deputy) : <span className="muted">{t('partnership.noDeputy')}</span>}</dd>
        </div>
      </dl>
      {canAssign && (
        <Disclosure label={t('partnership.assignContact')}>
          {(close) => <AssignForm partnershipId={p.id} contactPersonId={p.contactPerson?.id ?? ''} deputyId={p.deputy?.id ?? ''} onDone={close} />}
        </Disclosure>
      )}
    </section>
  );
}
