import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { NewPasswordForm, useEnterHub } from './NewPasswordForm';

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      name
      role
      organisationName
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      id
      name
      role
      language
    }
  }
`);

/** /invitation/:token: shows who is invited, lets them choose a password, then signs them in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const t = useT();
  usePageTitle(t('invitation.title'));
  const enterHub = useEnterHub();
  const [accepted, setAccepted] = useState(false);
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [accept, mutation] = useMutation(AcceptInvitationDocument);

  // Once accepted, the invitation is used up: show progress, not its (now failing) preview.
  if (accepted || (loading && !data)) return <Loading />;
  if (error && !data) {
    return (
      <div className="page page-narrow">
        <h1>{t('invitation.title')}</h1>
        <FormError error={error} />
        <button type="button" className="button button-secondary" onClick={() => void refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  const invitation = data?.invitation;

  if (!invitation) {
    return (
      <div className="page page-narrow">
        <h1>{t('invitation.title')}</h1>
        <div role="alert" className="alert alert-error">
          <p>{t('invitation.invalid')}</p>
        </div>
      </div>
    );
  }

  const onSubmit = async (password: string) => {
    try {
      await accept({ variables: { token, password } });
    } catch {
      return; // shown by the form
    }
    setAccepted(true);
    await enterHub();
  };

  return (
    <div className="page page-narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.invited', { name: invitation.name, email: invitation.email, role: t(`role.${invitation.role}`) })}</p>
      {invitation.organisationName && <p>{t('invitation.organisation', { name: invitation.organisationName })}</p>}
      <NewPasswordForm
        passwordLabel={t('invitation.password')}
        repeatLabel={t('invitation.passwordRepeat')}
        submitLabel={t('invitation.submit')}
        username={invitation.email}
        saving={mutation.loading}
        error={mutation.error}
        onSubmit={onSubmit}
      />
    </div>
  );
}
