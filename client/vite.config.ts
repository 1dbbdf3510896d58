import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Consume @partner-hub/shared straight from its TypeScript sources.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      // Funding statements as CSV (a link, with the session cookie).
      '^/partnerships/[^/]+/funding\\.csv$': { target: api },
      // Document uploads (POST /documents?...) and downloads (/documents/:id/download).
      '^/documents(\\?|/)': { target: api },
      // Meeting invites (.ics, with the session cookie) and private calendar feeds.
      '^/meetings/[^/]+/invite\\.ics$': { target: api },
      '^/calendar/': { target: api },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      '^/partnerships/[^/]+/funding\\.csv$': { target: api },
      '^/documents(\\?|/)': { target: api },
      // Meeting invites (.ics, with the session cookie) and private calendar feeds.
      '^/meetings/[^/]+/invite\\.ics$': { target: api },
      '^/calendar/': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
