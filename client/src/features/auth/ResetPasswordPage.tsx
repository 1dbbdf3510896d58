import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { useStartSession } from '../../app/viewer';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { MIN_PASSWORD_LENGTH } from './InvitationPage';

export const PasswordResetValidDocument = graphql(`
  query PasswordResetValid($token: String!) {
    passwordResetValid(token: $token)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      id
      name
      role
      language
    }
  }
`);

/** /reset-password/:token: the link of a "forgot password" mail. Checks the link first, then sets the password and signs in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const t = useT();
  usePageTitle(t('resetPassword.title'));
  const navigate = useNavigate();
  const startSession = useStartSession();
  const { data, loading, error } = useQuery(PasswordResetValidDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [reset, mutation] = useMutation(ResetPasswordDocument);

  if (done || (loading && !data)) return <Loading />;
  if (error && !data) {
    // Used, replaced or expired: say so, and offer a new link.
    return (
      <div className="page page-narrow">
        <h1>{t('resetPassword.title')}</h1>
        <FormError error={error} />
        <p>
          <Link to="/forgot-password">{t('resetPassword.askNew')}</Link>
        </p>
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
      await reset({ variables: { token, password } });
    } catch {
      return; // shown below
    }
    setDone(true);
    try {
      await startSession();
    } catch {
      // the viewer loads again on the next page
    }
    await navigate('/', { replace: true });
  };

  return (
    <div className="page page-narrow">
      <h1>{t('resetPassword.title')}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('resetPassword.password')}
          hint={t('invitation.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          required
        />
        <TextField label={t('resetPassword.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} required />
        <FormError message={clientError} error={clientError ? undefined : mutation.error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={mutation.loading}>
            {mutation.loading ? t('app.saving') : t('resetPassword.submit')}
          </button>
        </div>
      </form>
      {mutation.error ? (
        <p>
          <Link to="/forgot-password">{t('resetPassword.askNew')}</Link>
        </p>
      ) : null}
    </div>
  );
}
