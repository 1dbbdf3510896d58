import { isErrorCode } from '@partner-hub/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { describeErrorCode } from '../../app/errors';
import { useT } from '../../app/i18n';
import { loadPage } from '../../app/loadPage';
import { runOperation } from '../../app/operation';
import { graphql } from '../../gql';
import type { SignInPageQuery } from '../../gql/graphql';
import { TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      name
      role
      language
    }
  }
`);

/**
 * Whether someone is signed in already (then the page sends them on), and whether Fedasil staff can
 * sign in with their Fedasil account (OpenID Connect) on this hub.
 */
export const SignInPageDocument = graphql(`
  query SignInPage {
    me {
      id
    }
    signInOptions {
      staffAccount
      staffAccountStartPath
    }
  }
`);

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/';
}

/**
 * The sign-in page runs without Apollo Client (app/operation.ts): it is the first page most visitors
 * open, and the app's client is most of the JavaScript a page needs. Once signed in, the page asked
 * for opens with a full page load: the signed-in app starts afresh for the new viewer, with nothing
 * of a previous visitor in memory.
 */
export function SignInPage() {
  const t = useT();
  usePageTitle(t('signIn.title'));
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [page, setPage] = useState<SignInPageQuery | null>(null);
  useEffect(() => {
    let current = true;
    runOperation(SignInPageDocument)
      .then((data) => current && setPage(data))
      // Without the answer the password form still works; the staff sign-in is simply not offered.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  // Set by the hub when a sign-in with a Fedasil account was refused (/auth/oidc/callback).
  const [params] = useSearchParams();
  const refusal = params.get('oidcError');
  const staffStart = page?.signInOptions.staffAccount ? page.signInOptions.staffAccountStartPath : null;

  if (page?.me && !redirecting) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
      await runOperation(SignInDocument, { email: email.trim(), password });
    } catch (refused) {
      setError(refused); // shown below
      return;
    } finally {
      setLoading(false);
    }
    setRedirecting(true);
    loadPage(returnPath(location.state));
  };

  return (
    <div className="page page-narrow">
      <h1>{t('signIn.title')}</h1>
      {refusal && (
        <div role="alert" className="alert alert-error" style={{ marginBottom: '1rem' }}>
          <p>
            <strong>{t('oidc.refusedTitle')}</strong>
          </p>
          <p>{describeErrorCode(isErrorCode(refusal) ? refusal : 'OIDC_FAILED', t)}</p>
        </div>
      )}
      {staffStart && (
        <section className="card" aria-labelledby="sign-in-staff">
          <h2 id="sign-in-staff">{t('oidc.staffTitle')}</h2>
          <p>{t('oidc.staffIntro')}</p>
          <p>
            {/* A full page load: the server sends the browser on to the Fedasil sign-in page. */}
            <a className="button button-primary" style={{ textDecoration: 'none' }} href={`${staffStart}?returnTo=${encodeURIComponent(returnPath(location.state))}`}>
              {t('oidc.signIn')}
            </a>
          </p>
        </section>
      )}
      {staffStart && <h2>{t('oidc.passwordTitle')}</h2>}
      <p>{t('signIn.intro')}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label={t('signIn.email')} type="email" name="email" autoComplete="username" value={email} onChange={setEmail} required />
        <TextField label={t('signIn.password')} type="password" name="password" autoComplete="current-password" value={password} onChange={setPassword} required />
        <FormError error={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading || redirecting}>
            {loading ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/forgot-password">{t('forgotPassword.link')}</Link>
      </p>
      <p className="muted">{t('signIn.noAccount')}</p>
    </div>
  );
}
