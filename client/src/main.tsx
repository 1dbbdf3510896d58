// The global styles first: the components' own (CSS modules) come after them and build on them.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectLocale, loadMessages } from './app/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The sign-in page opened on its own runs without the API client (most of the JavaScript a page
// needs); every other page with it, and the last-seen pages kept on the device (they open offline).
// Either comes beside the shell's messages in the visitor's language; each page then brings its own
// messages with its route.
const app = /^\/sign-in\/?$/.test(window.location.pathname) ? import('./app/PublicApp').then(({ PublicApp }) => <PublicApp />) : import('./app/App').then(({ startApp }) => startApp());
void Promise.allSettled([loadMessages(detectLocale()), app]).then(async () => {
  const element = await app;
  createRoot(container).render(<StrictMode>{element}</StrictMode>);
});
