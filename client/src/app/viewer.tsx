import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Role } from '@partner-hub/shared';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { Forbidden, Loading, PageError } from '../ui/Feedback';
import { useI18n } from './i18n';
import { attachOfflineWrites, setDeviceOwner } from './offline/writes';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      language
      organisation {
        id
        name
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

interface ViewerState {
  me: Viewer | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

const ViewerContext = createContext<ViewerState | null>(null);

/** Who is signed in (the `me` query), for the whole app; the user's language becomes the UI language. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  // Writes kept on the device are sent with the app's client.
  const client = useApolloClient();
  useEffect(() => attachOfflineWrites(client), [client]);
  const me = data?.me ?? null;
  const { setLocale } = useI18n();
  const language = me?.language;

  useEffect(() => {
    if (language) setLocale(language);
  }, [language, setLocale]);

  // The writes kept on this device are the signed-in user's own; unknown while offline: keep them.
  const id = me?.id ?? null;
  const signedOut = !me && !loading && !error;
  useEffect(() => {
    if (id) setDeviceOwner(id);
    else if (signedOut) setDeviceOwner(null);
  }, [id, signedOut]);

  const value: ViewerState = {
    me,
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
  };
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer must be used inside <ViewerProvider>');
  return value;
}

/** The signed-in user; only for components under <RequireAuth>. */
export function useMe(): Viewer {
  const { me } = useViewer();
  if (!me) throw new Error('useMe needs a signed-in viewer (use it under <RequireAuth>)');
  return me;
}

/** Route guard: signed-in users pass, others go to /sign-in (and come back afterwards). */
export function RequireAuth() {
  const { me, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error && !me) return <PageError error={error} onRetry={refetch} />;
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

/** Route guard for role-specific pages. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { me } = useViewer();
  if (!me || !roles.includes(me.role)) return <Forbidden />;
  return <Outlet />;
}

/**
 * After signing in (or accepting an invitation): forget whatever was cached for the previous
 * visitor, then load the new viewer before the caller navigates, so guarded routes let them in.
 */
export function useStartSession(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    // Active queries reload; one of them may fail now (e.g. a used invitation): that is fine here.
    await client.resetStore().catch(() => undefined);
    await client.query({ query: ViewerDocument, fetchPolicy: 'network-only' });
  }, [client]);
}
