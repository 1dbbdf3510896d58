import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** /forgot-password: asks for a reset link. The answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const t = useT();
  usePageTitle(t('forgotPassword.title'));
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    try {
      await request({ variables: { email } });
      setSentTo(email.trim());
    } catch {
      // shown below
    }
  };

  return (
    <div className="page page-narrow">
      <h1>{t('forgotPassword.title')}</h1>
      <p>{t('forgotPassword.intro')}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label={t('forgotPassword.email')} type="email" name="email" autoComplete="username" value={email} onChange={setEmail} required />
        <FormError error={error} />
        <StatusMessage>{sentTo ? t('forgotPassword.sent', { email: sentTo }) : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading || !email.trim()}>
            {loading ? t('forgotPassword.sending') : t('forgotPassword.submit')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/sign-in">{t('forgotPassword.back')}</Link>
      </p>
    </div>
  );
}
