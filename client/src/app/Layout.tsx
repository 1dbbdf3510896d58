import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Locale, Role } from '@partner-hub/shared';
import { lazy, Suspense, useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { ConnectionBanner } from '../ui/ConnectionBanner';
import { Frame, LanguageSelect } from './Frame';
import type { MessageKey } from './i18n';
import { storeLocale, useI18n } from './i18n';
import { forgetCacheOnDevice } from './offline/persistence';
import { offlineWrites } from './offline/writes';
import { useViewer } from './viewer';
import styles from './Layout.module.css';

// Signed-in parts of the header, loaded with the viewer (not in the entry chunk: the sign-in page needs none of them).
const signedInParts = () => import('./SignedInParts');
const NotificationBell = lazy(() => signedInParts().then((m) => ({ default: m.NotificationBell })));
const UnreadWatcher = lazy(() => signedInParts().then((m) => ({ default: m.UnreadWatcher })));

export const ChangeLanguageDocument = graphql(`
  mutation ChangeLanguage($language: Locale!) {
    changeLanguage(language: $language) {
      id
      language
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

interface NavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
  /** Shows the unread message count. */
  unread?: boolean;
}

const MESSAGES: NavItem = { to: '/messages', label: 'nav.messages', unread: true };

const NAV: Record<Role, NavItem[]> = {
  ADMIN: [
    { to: '/', label: 'nav.home', end: true },
    MESSAGES,
    { to: '/board', label: 'nav.board' },
    { to: '/meetings', label: 'nav.meetings' },
    { to: '/admin/partnerships', label: 'nav.partnerships' },
    { to: '/admin/organisations', label: 'nav.organisations' },
    { to: '/admin/users', label: 'nav.users' },
    { to: '/invite', label: 'nav.invite' },
    { to: '/admin/access-log', label: 'nav.accessLog' },
    { to: '/admin/outbox', label: 'nav.outbox' },
    { to: '/admin/privacy', label: 'nav.privacy' },
  ],
  CONTACT_PERSON: [{ to: '/', label: 'nav.home', end: true }, MESSAGES, { to: '/board', label: 'nav.board' }, { to: '/meetings', label: 'nav.meetings' }, { to: '/invite', label: 'nav.invite' }],
  COORDINATOR: [{ to: '/', label: 'nav.home', end: true }, MESSAGES, { to: '/meetings', label: 'nav.meetings' }, { to: '/invite', label: 'nav.invite' }],
  VOLUNTEER: [{ to: '/', label: 'nav.home', end: true }, MESSAGES, { to: '/meetings', label: 'nav.meetings' }],
};

/** Language switcher: the signed-in user's choice is saved on the account, a visitor's in this browser. */
function LanguageSwitcher() {
  const { setLocale } = useI18n();
  // Until the viewer is known, a choice could not be saved in the right place (account or browser).
  const { me, loading } = useViewer();
  const [changeLanguage] = useMutation(ChangeLanguageDocument);

  const choose = (next: Locale) => {
    setLocale(next);
    if (me) {
      changeLanguage({ variables: { language: next } }).catch(() => {
        // The page already speaks the new language; the account keeps the old one until next time.
      });
    } else {
      storeLocale(next);
    }
  };

  return <LanguageSelect disabled={loading} onChoose={choose} />;
}

function SignOutButton() {
  const { t } = useI18n();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const signOutHere = async () => {
    try {
      await signOut();
    } finally {
      // Messages and changes still waiting to be sent belong to the previous user: drop them.
      (await signedInParts()).resetThreadSenders();
      offlineWrites.clear();
      await navigate('/sign-in', { replace: true });
      // Forget everything the previous user could see, on the device too; the viewer query
      // refetches (now null).
      await forgetCacheOnDevice();
      await client.resetStore().catch(() => undefined);
    }
  };
  return (
    <button type="button" className="button button-header" disabled={loading} onClick={() => void signOutHere()}>
      {t('app.signOut')}
    </button>
  );
}

export function Layout() {
  const { t } = useI18n();
  const { me } = useViewer();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // Close the phone menu after navigating (adjusted while rendering, not in an effect: no extra render).
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  const items = me ? NAV[me.role] : [];
  const [unread, setUnread] = useState(0);

  return (
    <Frame
      banner={me && <ConnectionBanner />}
      header={
        <>
          {me && (
            <Suspense fallback={null}>
              <UnreadWatcher viewerId={me.id} onChange={setUnread} />
              <NotificationBell />
            </Suspense>
          )}
          {me && (
            <button type="button" className={`button button-header ${styles.menuToggle}`} aria-expanded={menuOpen} aria-controls="header-tools" onClick={() => setMenuOpen((o) => !o)}>
              {t('app.menu')}
              {unread > 0 && (
                <span className="count-badge" aria-hidden="true">
                  {unread}
                </span>
              )}
            </button>
          )}
          <div id="header-tools" className={`${styles.headerTools}${me ? ` ${styles.collapsible}` : ''}${menuOpen ? ` ${styles.isOpen}` : ''}`}>
            {me && (
              <nav aria-label={t('app.mainNav')} className={styles.mainNav}>
                <ul>
                  {items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end={item.end}>
                        {t(item.label)}
                        {item.unread && unread > 0 && (
                          <span className="count-badge" data-testid="unread-badge">
                            <span aria-hidden="true">{unread}</span>
                            <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
                          </span>
                        )}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className={styles.headerUser}>
              <LanguageSwitcher />
              {me && (
                <>
                  <span className={styles.userName}>
                    {me.name} <span className={styles.userRole}>({t(`role.${me.role}`)})</span>
                  </span>
                  <SignOutButton />
                </>
              )}
            </div>
          </div>
        </>
      }
    />
  );
}
