import { useMutation, useQuery } from '@apollo/client/react';
import { INVITABLE_ROLES, LOCALES, type Locale, type Role } from '@partner-hub/shared';
import { useEffect, useState, type FormEvent } from 'react';
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

/** The partnerships a contact person or coordinator may invite people for, with their organisations. */
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
  const needsPartnership = me.role === 'CONTACT_PERSON' || me.role === 'COORDINATOR';
  const partnershipsQuery = useQuery(InvitePartnershipsDocument, { skip: !needsPartnership });
  const partnerships = partnershipsQuery.data?.partnerships.edges.map((e) => e.node) ?? [];

  const requestedRole = params.get('role') as Role | null;
  const [role, setRole] = useState<Role>(requestedRole && roles.includes(requestedRole) ? requestedRole : roles[0]!);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [partnershipId, setPartnershipId] = useState(params.get('partnershipId') ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading, error }] = useMutation(InviteUserDocument, {
    update: (cache, { data }) => {
      if (data) addToRootList(cache, 'invitations', data.inviteUser, 'start');
    },
  });

  // Only one partnership: choose it. For coordinators the organisation is their own.
  useEffect(() => {
    if (!partnershipId && partnerships.length === 1) setPartnershipId(partnerships[0]!.id);
  }, [partnershipId, partnerships]);

  const partnership = partnerships.find((p) => p.id === partnershipId);
  const organisationOptions =
    me.role === 'CONTACT_PERSON' && partnership
      ? partnership.members.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))
      : [];

  // Contact persons invite coordinators for an organisation of the partnership: the lead by default.
  useEffect(() => {
    if (me.role !== 'CONTACT_PERSON' || !partnership) return;
    if (!partnership.members.some((m) => m.organisation.id === organisationId)) {
      const lead = partnership.members.find((m) => m.lead) ?? partnership.members[0];
      setOrganisationId(lead?.organisation.id ?? '');
    }
  }, [me.role, partnership, organisationId]);

  if (needsPartnership && partnershipsQuery.loading && !partnershipsQuery.data) return <Loading />;
  if (needsPartnership && partnershipsQuery.error && !partnershipsQuery.data) return <InlineError error={partnershipsQuery.error} />;
  if (needsPartnership && partnerships.length === 0) {
    return (
      <EmptyState>
        <p>{t('invite.noPartnerships')}</p>
      </EmptyState>
    );
  }
  if (me.role === 'COORDINATOR' && !me.organisation) {
    return (
      <EmptyState>
        <p>{t('invite.noOwnOrganisation')}</p>
      </EmptyState>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const organisation = me.role === 'COORDINATOR' ? me.organisation?.id : organisationId || undefined;
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: email.trim(),
            name: name.trim(),
            role,
            language,
            ...(organisation ? { organisationId: organisation } : {}),
            ...(needsPartnership && partnershipId ? { partnershipId } : {}),
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
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={t('invite.title')}>
      <p className="muted">{t('invite.intro')}</p>
      <div className="grid grid-2">
        <TextField label={t('invite.name')} value={name} onChange={setName} autoComplete="off" required />
        <TextField label={t('invite.email')} type="email" value={email} onChange={setEmail} autoComplete="off" required />
        <SelectField
          label={t('invite.role')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          required
        />
        <SelectField
          label={t('invite.language')}
          value={language}
          onChange={setLanguage}
          options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
        />
        {needsPartnership && (
          <SelectField
            label={t('invite.partnership')}
            value={partnershipId}
            onChange={setPartnershipId}
            placeholder={t('invite.choosePartnership')}
            options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
            required
          />
        )}
        {me.role === 'CONTACT_PERSON' && (
          <SelectField
            label={t('invite.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t('invite.chooseOrganisation')}
            options={organisationOptions}
            disabled={!partnership}
            required
          />
        )}
        {me.role === 'COORDINATOR' && me.organisation && (
          <div className="field">
            <span className="label">{t('invite.organisation')}</span>
            <p className="static-value">{me.organisation.name}</p>
          </div>
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
