import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { useStartSession } from '../../app/viewer';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';

export const MIN_PASSWORD_LENGTH = 12;

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

const AcceptInvitationDocument = graphql(`
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
  const startSession = useStartSession();
  const [accepted, setAccepted] = useState(false);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setClientError(t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
      return;
    }
    if (password !== repeat) {
      setClientError(t('error.passwordsDiffer'));
      return;
    }
    setClientError(null);
    try {
      await accept({ variables: { token, password } });
    } catch {
      return; // shown below
    }
    setAccepted(true);
    try {
      await startSession();
    } catch {
      // the viewer loads again on the next page
    }
    await navigate('/', { replace: true });
  };

  return (
    <div className="page page-narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.invited', { name: invitation.name, email: invitation.email, role: t(`role.${invitation.role}`) })}</p>
      {invitation.organisationName && <p>{t('invitation.organisation', { name: invitation.organisationName })}</p>}
      <form className="form card" onSubmit={onSubmit} noValidate>
        {/* Lets password managers store the new password with the right account. */}
        <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
        <TextField
          label={t('invitation.password')}
          hint={t('invitation.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          required
        />
        <TextField
          label={t('invitation.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          required
        />
        <FormError message={clientError} error={clientError ? undefined : mutation.error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={mutation.loading}>
            {mutation.loading ? t('app.saving') : t('invitation.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
