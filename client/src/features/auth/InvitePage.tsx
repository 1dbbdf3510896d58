import { useMutation, useQuery } from '@apollo/client/react';
import { INVITABLE_ROLES, LOCALES, type Locale, type Role } from '@partner-hub/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { addToRootList } from '../../app/cache';
import { useI18n } from '../../app/i18n';
import { useMe } from '../../app/viewer';
import { graphql } from '../../gql';
import { SelectField, TextField } from '../../ui/Fields';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { FormError, StatusMessage } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { InvitationList } from './InvitationList';

export const InvitationsDocument = graphql(`
  query Invitations {
    invitations {
      id
      ...InvitationList_invitations
    }
  }
`);

/**
 * The partnerships of a contact person or coordinator, with their organisations: contact persons
 * invite coordinators of an organisation of one of their partnerships; coordinators invite
 * volunteers of their own organisation or of a welcome group they work with.
 */
export const InvitePartnershipsDocument = graphql(`
  query InvitePartnerships {
    partnerships(first: 100) {
      edges {
        cursor
        node {
          id
          name
          members {
            lead
            organisation {
              id
              name
              kind
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      ...InvitationList_invitations
    }
  }
`);

function InviteForm() {
  const { t, locale } = useI18n();
  const me = useMe();
  const [params] = useSearchParams();
  const roles = INVITABLE_ROLES[me.role];
  const isContactPerson = me.role === 'CONTACT_PERSON';
  const isCoordinator = me.role === 'COORDINATOR';
  const partnershipsQuery = useQuery(InvitePartnershipsDocument, { skip: !isContactPerson && !isCoordinator });
  const partnerships = useMemo(() => partnershipsQuery.data?.partnerships.edges.map((e) => e.node) ?? [], [partnershipsQuery.data]);

  const requestedRole = params.get('role') as Role | null;
  const [role, setRole] = useState<Role>(requestedRole && roles.includes(requestedRole) ? requestedRole : roles[0]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [chosenPartnershipId, setPartnershipId] = useState(params.get('partnershipId') ?? '');
  const [chosenOrganisationId, setOrganisationId] = useState(isCoordinator ? (me.organisation?.id ?? '') : '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading, error }] = useMutation(InviteUserDocument, {
    update: (cache, { data }) => {
      if (data) addToRootList(cache, 'invitations', data.inviteUser, 'start');
    },
  });

  // A contact person with one partnership: that one, while none is chosen.
  const partnershipId = !chosenPartnershipId && isContactPerson && partnerships.length === 1 ? partnerships[0].id : chosenPartnershipId;

  const partnership = partnerships.find((p) => p.id === partnershipId);

  // Contact persons invite a coordinator for an organisation of the partnership: the lead by default.
  const organisationId =
    isContactPerson && partnership && !partnership.members.some((m) => m.organisation.id === chosenOrganisationId)
      ? ((partnership.members.find((m) => m.lead) ?? partnership.members[0])?.organisation.id ?? '')
      : chosenOrganisationId;

  const organisationOptions = useMemo(() => {
    if (isContactPerson) {
      return partnership ? partnership.members.map((m) => ({ value: m.organisation.id, label: m.organisation.name })) : [];
    }
    if (isCoordinator && me.organisation) {
      // Their own organisation, and the welcome groups of their partnerships.
      const options = new Map([[me.organisation.id, me.organisation.name]]);
      for (const p of partnerships) {
        for (const m of p.members) {
          if (m.organisation.kind === 'WELCOME_GROUP') options.set(m.organisation.id, m.organisation.name);
        }
      }
      return [...options].map(([value, label]) => ({ value, label }));
    }
    return [];
  }, [isContactPerson, isCoordinator, partnership, partnerships, me.organisation]);

  if (isContactPerson && partnershipsQuery.loading && !partnershipsQuery.data) return <Loading />;
  if (isContactPerson && partnershipsQuery.error && !partnershipsQuery.data) return <InlineError error={partnershipsQuery.error} />;
  if (isContactPerson && partnerships.length === 0) {
    return (
      <EmptyState>
        <p>{t('invite.noPartnerships')}</p>
      </EmptyState>
    );
  }
  if (isCoordinator && !me.organisation) {
    return (
      <EmptyState>
        <p>{t('invite.noOwnOrganisation')}</p>
      </EmptyState>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: email.trim(),
            name: name.trim(),
            role,
            language,
            ...(organisationId ? { organisationId } : {}),
            ...(isContactPerson && partnershipId ? { partnershipId } : {}),
          },
        },
      });
      if (data) {
        setSentTo(email.trim());
        setEmail('');
        setName('');
      }
    } catch {
      // shown below
    }
  };

  return (
    <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('invite.title')}>
      <p className="muted">{t('invite.intro')}</p>
      <div className="grid grid-2">
        <TextField label={t('invite.name')} value={name} onChange={setName} autoComplete="off" required />
        <TextField label={t('invite.email')} type="email" value={email} onChange={setEmail} autoComplete="off" required />
        <SelectField label={t('invite.role')} value={role} onChange={setRole} options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} required />
        <SelectField label={t('invite.language')} value={language} onChange={setLanguage} options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
        {isContactPerson && (
          <SelectField
            label={t('invite.partnership')}
            value={partnershipId}
            onChange={setPartnershipId}
            placeholder={t('invite.choosePartnership')}
            options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
            required
          />
        )}
        {(isContactPerson || isCoordinator) && (
          <SelectField
            label={t('invite.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={isContactPerson ? t('invite.chooseOrganisation') : undefined}
            options={organisationOptions}
            disabled={isContactPerson && !partnership}
            required
          />
        )}
      </div>
      <FormError error={error} />
      {sentTo && <StatusMessage>{t('invite.sent', { email: sentTo })}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('invite.submit')}
        </button>
      </div>
    </form>
  );
}

function SentInvitations() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(InvitationsDocument);
  return (
    <section className="section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invite.listTitle')}</h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.invitations.length === 0 ? (
        <EmptyState>
          <p>{t('invite.empty')}</p>
        </EmptyState>
      ) : (
        <InvitationList invitations={data.invitations} />
      )}
    </section>
  );
}

/** /invite: invite the people the viewer's role may invite, and see the invitations sent. */
export function InvitePage() {
  const { t } = useI18n();
  const me = useMe();
  usePageTitle(t('invite.title'));
  if (INVITABLE_ROLES[me.role].length === 0) {
    return (
      <div className="page">
        <h1>{t('invite.title')}</h1>
        <p>{t('invite.notAllowed')}</p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t('invite.title')}</h1>
      <InviteForm />
      <SentInvitations />
    </div>
  );
}
