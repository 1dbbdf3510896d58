import { useEffect } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../ui/Feedback';
import { Frame, LanguageSelect } from './Frame';
import { I18nProvider, storeLocale, useI18n } from './i18n';
import { reloadPage } from './loadPage';
import { signInRoute } from './publicRoutes';
import { RouteError } from './RouteError';
import styles from './Layout.module.css';

/**
 * The app as a visitor who opens the sign-in page gets it: that page alone, in the frame every page
 * has, without Apollo Client (main.tsx loads this instead of App.tsx for /sign-in). Any other page
 * (the links to "forgot password" or home) opens in the full app, by loading the page anew.
 */
export function PublicApp() {
  return (
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  );
}

/** A visitor's language is kept in this browser (there is no account to save it on). */
function VisitorLayout() {
  const { setLocale } = useI18n();
  return (
    <Frame
      header={
        <div id="header-tools" className={styles.headerTools}>
          <div className={styles.headerUser}>
            <LanguageSelect
              onChoose={(locale) => {
                setLocale(locale);
                storeLocale(locale);
              }}
            />
          </div>
        </div>
      }
    />
  );
}

/** A page of the full app: load it (the address is already the page's). */
function OpenInFullApp() {
  useEffect(reloadPage, []);
  return <Loading />;
}

const router = createBrowserRouter([{ element: <VisitorLayout />, errorElement: <RouteError />, children: [signInRoute, { path: '*', element: <OpenInFullApp /> }] }]);
