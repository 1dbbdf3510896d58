import type { ApolloClient } from '@apollo/client';
import type { ReactElement } from 'react';
import { createApolloClient } from './apollo';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from './i18n';
import { keepCacheOnDevice } from './offline/persistence';
import { createRouter } from './router';
import { ViewerProvider } from './viewer';

const router = createRouter();

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </I18nProvider>
    </ApolloProvider>
  );
}

/**
 * The signed-in app (every page but the sign-in page opened on its own, app/PublicApp.tsx): the API
 * client, and the last-seen pages from the device when it starts offline (they open without a connection).
 */
export async function startApp(): Promise<ReactElement> {
  const client = createApolloClient();
  // Writes queued offline before a reload are sent without waiting for the plan view to open: their
  // kinds register as this chunk arrives, fetched beside the first render rather than before it (a
  // write the queue tries before that is simply tried again).
  void import('../features/progress/offlineWrites');
  await keepCacheOnDevice(client.cache).catch(() => undefined);
  return <App client={client} />;
}
