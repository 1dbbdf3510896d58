import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { NewPasswordForm, useEnterHub } from './NewPasswordForm';

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
  const enterHub = useEnterHub();
  const { data, loading, error } = useQuery(PasswordResetValidDocument, { variables: { token }, fetchPolicy: 'network-only' });
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

  const onSubmit = async (password: string) => {
    try {
      await reset({ variables: { token, password } });
    } catch {
      return; // shown by the form
    }
    setDone(true);
    await enterHub();
  };

  return (
    <div className="page page-narrow">
      <h1>{t('resetPassword.title')}</h1>
      <NewPasswordForm
        passwordLabel={t('resetPassword.password')}
        repeatLabel={t('resetPassword.repeat')}
        submitLabel={t('resetPassword.submit')}
        saving={mutation.loading}
        error={mutation.error}
        onSubmit={onSubmit}
      />
      {mutation.error ? (
        <p>
          <Link to="/forgot-password">{t('resetPassword.askNew')}</Link>
        </p>
      ) : null}
    </div>
  );
}
