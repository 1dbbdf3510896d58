import type { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Locale } from '@partner-hub/shared';
import { render } from '@testing-library/react';
import type { ComponentProps, ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../app/apollo';
import { I18nProvider } from '../app/i18n';
import { useViewer, ViewerProvider } from '../app/viewer';
import { Loading } from '../ui/Feedback';
import { noDocumentsMocks, noFeedbackMocks, noMeetingsMocks, noMinutesMocks } from './fixtures';

/** Mocked answers, as MockedProvider takes them. */
export type Mocks = NonNullable<ComponentProps<typeof MockedProvider>['mocks']>;

interface Options {
  mocks?: Mocks;
  link?: ApolloLink;
  path?: string;
  route?: string;
  locale?: Locale;
}

/**
 * As in the app, where signed-in pages sit under <RequireAuth>: the page renders once the viewer
 * query has answered, so a test never races the viewer against the page's own queries.
 */
function AfterViewer({ children }: { children: ReactElement }) {
  const { loading } = useViewer();
  return loading ? <Loading /> : children;
}

/** Renders a page as the app does: Apollo (mocked), i18n, the viewer, a router at `route`. */
export function renderPage(element: ReactElement, { mocks = [], link, path = '/', route = '/', locale = 'en' }: Options = {}) {
  const router = createMemoryRouter(
    [
      { path, element: <AfterViewer>{element}</AfterViewer> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [route] },
  );
  const result = render(
    <MockedProvider mocks={[...mocks, ...noDocumentsMocks, ...noFeedbackMocks, ...noMeetingsMocks, ...noMinutesMocks]} link={link} cache={createCache()}>
      <I18nProvider initialLocale={locale}>
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </I18nProvider>
    </MockedProvider>,
  );
  return { ...result, router };
}
