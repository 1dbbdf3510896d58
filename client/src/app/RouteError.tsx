import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFound } from '../ui/Feedback';
import { useT } from './i18n';

/** Last resort for errors thrown while rendering a route: a readable page instead of a blank one. */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <main id="main" className="page page-message">
      <h1>{t('pageError.title')}</h1>
      <div role="alert" className="alert alert-error">
        <p>{t('error.generic')}</p>
      </div>
      <p>
        <Link to="/" reloadDocument>
          {t('notFound.home')}
        </Link>
      </p>
    </main>
  );
}
