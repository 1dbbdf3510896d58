import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    react(),
    // Installable app with an offline app shell. The service worker caches the built app only
    // (scripts, styles, icons, the page): never an API answer, a document or an export. What a
    // volunteer saw last is kept by the Apollo cache of their own session (src/app/offline/),
    // removed on sign-out.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icons/apple-touch-icon.png', 'icons/icon.svg'],
      manifest: {
        id: '/',
        name: 'Partner Hub',
        short_name: 'Partner Hub',
        description: 'Fedasil and its partners: guidance, housing, messages, meetings',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d6b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Client routes open offline from the cached page; the server's own routes never do.
        navigateFallback: '/index.html',
        // Tested on path and query: the API, documents, calendar feeds, exports and any file
        // download (a path ending in an extension: .csv, .xlsx, .ics...) go to the server.
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/readyz/, /^\/metrics/, /^\/documents\//, /^\/calendar\//, /^\/unsubscribe\//, /^\/exports?\//, /\/[^/?]+\.[a-z0-9]{2,5}(\?|$)/i],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
