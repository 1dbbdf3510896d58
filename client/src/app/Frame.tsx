import { LOCALES, type Locale } from '@partner-hub/shared';
import type { ReactNode } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { useI18n } from './i18n';
import styles from './Layout.module.css';

/**
 * The page around every route: skip link, header bar, main, footer. Holds nothing that needs the API
 * client, so the sign-in page (app/PublicApp.tsx) shows it without Apollo; the signed-in app's
 * header parts come in as `header` (app/Layout.tsx).
 */
export function Frame({ header, banner }: { header: ReactNode; banner?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.siteHeader}>
        <div className={styles.headerBar}>
          <NavLink to="/" className={styles.appName}>
            {t('app.name')}
          </NavLink>
          {header}
        </div>
      </header>
      {banner}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className={styles.siteFooter}>
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** The language menu; what a choice does (saved on the account or in this browser) is the caller's. */
export function LanguageSelect({ disabled, onChoose }: { disabled?: boolean; onChoose: (locale: Locale) => void }) {
  const { locale, t } = useI18n();
  return (
    <div className={styles.languageSwitcher}>
      <label htmlFor="language-select">{t('app.language')}</label>
      <select id="language-select" value={locale} disabled={disabled} onChange={(e) => onChoose(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
