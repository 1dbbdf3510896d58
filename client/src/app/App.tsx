import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from './i18n';
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
