import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The app loads a namespace in one language when a page first needs it; tests render any page in any of
// the three languages, so they load them all (browser-like environments: the node ones render nothing).
if (typeof window !== 'undefined') {
  const { loadAllMessages } = await import('../app/i18n');
  await loadAllMessages();
}

// findBy*/waitFor wait up to 5 s (default 1 s): on a busy two-core CI machine a mocked answer can take
// longer than a second to render; a passing test waits no longer than it did.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  // Writes kept on the "device" belong to one test (browser-like environments only).
  if (typeof window !== 'undefined') (await import('../app/offline/writes')).offlineWrites.clear();
  if (typeof window !== 'undefined') window.localStorage.clear();
});
