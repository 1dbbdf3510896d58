import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError, isNotFound } from '../app/errors';
import { useT } from '../app/i18n';
import { usePageTitle } from './usePageTitle';

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

/** What to show when a list is empty: says what to do next. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="empty-state">{children}</div>;
}

/** "Not found": shown instead of any data when the API answers NOT_FOUND (or the route is unknown). */
export function NotFound() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page-message" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}

export function Forbidden() {
  const t = useT();
  usePageTitle(t('forbidden.title'));
  return (
    <section className="page-message" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}

/** The error of a page's query: "not found" for NOT_FOUND, else the translated message and a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (isNotFound(error)) return <NotFound />;
  const described = describeError(error, t);
  if (described.code === 'FORBIDDEN') return <Forbidden />;
  return (
    <section className="page-message" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('pageError.title')}</h1>
      <div role="alert" className="alert alert-error">
        <p>{described.message}</p>
      </div>
      {described.code === 'UNAUTHENTICATED' ? (
        <p>
          <Link to="/sign-in">{t('signIn.title')}</Link>
        </p>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )
      )}
    </section>
  );
}

/** A section error (not a whole page): same translations, smaller. */
export function InlineError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div role="alert" className="alert alert-error">
      <p>{describeError(error, t).message}</p>
    </div>
  );
}
