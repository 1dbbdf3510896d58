// The global styles first: the components' own (CSS modules) come after them and build on them.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { detectLocale, loadMessages } from './app/i18n';
import { keepCacheOnDevice } from './app/offline/persistence';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();
// Writes queued offline before a reload are sent without waiting for the plan view to open: their
// kinds register as this chunk arrives, fetched beside the first render rather than before it (a
// write the queue tries before that is simply tried again).
void import('./features/progress/offlineWrites');

// The last-seen pages first (they open without a connection) and the shell's messages in the visitor's
// language, then the app (each page brings its own messages with its route).
void Promise.allSettled([keepCacheOnDevice(client.cache), loadMessages(detectLocale())]).finally(() => {
  createRoot(container).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
