import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = 'http://127.0.0.1:4000';

/**
 * Builds only: each graphql(`...`) call becomes an import of that one document, so a page's chunk
 * carries its own documents and the entry only the few the shell needs. The client preset's own Babel
 * plugin turns the call into `import { XDocument } from '.../gql/graphql'`; that import is then
 * pointed at a module holding XDocument alone (read from the generated src/gql/graphql.ts), because
 * the bundler keeps a module whole in one chunk and graphql.ts holds every document of the app.
 */
function documentsPerChunk(): Plugin {
  const artifactDirectory = path.resolve(import.meta.dirname, 'src/gql');
  const prefix = 'virtual:gql-document/';
  let generated: Map<string, string> | null = null;
  const documents = () => {
    if (!generated) {
      generated = new Map();
      const source = readFileSync(path.join(artifactDirectory, 'graphql.ts'), 'utf8');
      for (const m of source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) generated.set(m[1], m[2]);
    }
    return generated;
  };
  return {
    name: 'partner-hub:graphql-documents-per-chunk',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const out = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      if (!out?.code) return null;
      const rewritten = out.code
        .replace(/^import \{ (\w+) \} from "[^"]*\/gql\/graphql";$/gm, (_: string, name: string) => `import { ${name} } from "${prefix}${name}";`)
        // `export const ViewerDocument = graphql(...)` became `export const ViewerDocument = ViewerDocument;`
        // beside the import of that name: keep the import's binding (and export it when the const was).
        .replace(/^(export )?const (\w+) = \2;$/gm, (_: string, exported: string | undefined, name: string) => (exported ? `export { ${name} };` : ''));
      return { code: rewritten, map: out.map };
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const name = id.slice(prefix.length + 1);
      const document = documents().get(name);
      if (!document) throw new Error(`${name} is not in src/gql/graphql.ts: run pnpm codegen`);
      return `export const ${name} = ${document};`;
    },
  };
}

export default defineConfig({
  plugins: [
    documentsPerChunk(),
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
        navigateFallbackDenylist: [
          /^\/auth\//,
          /^\/graphql/,
          /^\/healthz/,
          /^\/readyz/,
          /^\/metrics/,
          /^\/documents\//,
          /^\/calendar\//,
          /^\/unsubscribe\//,
          /^\/exports?\//,
          /\/[^/?]+\.[a-z0-9]{2,5}(\?|$)/i,
        ],
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
      // Staff sign-in with a Fedasil account (OpenID Connect): redirects from and back to the server.
      '/auth/': { target: api },
      // Funding statements as CSV (a link, with the session cookie).
      // Exports (CSV, XLSX) and the household import (a POST with the file).
      '^/partnerships/[^/]+/(funding|households)\\.(csv|xlsx)(\\?|$)': { target: api },
      '^/partnerships/[^/]+/households/import': { target: api },
      '^/board\\.(csv|xlsx)(\\?|$)': { target: api },
      // Document uploads (POST /documents?...) and downloads (/documents/:id/download).
      '^/documents(\\?|/)': { target: api },
      // Meeting invites (.ics, with the session cookie) and private calendar feeds.
      '^/meetings/[^/]+/invite\\.ics$': { target: api },
      '^/calendar/': { target: api },
      // The yearly report (CSV, XLSX) and meeting minutes as PDF.
      '^/reports/[^/]+\\.(csv|xlsx)': { target: api },
      '^/meetings/[^/]+/minutes\\.pdf$': { target: api },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      // Staff sign-in with a Fedasil account (OpenID Connect): redirects from and back to the server.
      '/auth/': { target: api },
      // Exports (CSV, XLSX) and the household import (a POST with the file).
      '^/partnerships/[^/]+/(funding|households)\\.(csv|xlsx)(\\?|$)': { target: api },
      '^/partnerships/[^/]+/households/import': { target: api },
      '^/board\\.(csv|xlsx)(\\?|$)': { target: api },
      '^/documents(\\?|/)': { target: api },
      // Meeting invites (.ics, with the session cookie) and private calendar feeds.
      '^/meetings/[^/]+/invite\\.ics$': { target: api },
      '^/calendar/': { target: api },
      // The yearly report (CSV, XLSX) and meeting minutes as PDF.
      '^/reports/[^/]+\\.(csv|xlsx)': { target: api },
      '^/meetings/[^/]+/minutes\\.pdf$': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/bundle-budget.mjs: which chunks a page needs before it can render.
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page runs whichever app it opens in (main.tsx: the sign-in page's without Apollo
            // Client, or the full one): the page frame, messages, errors, the router and i18n. One chunk,
            // not a handful of small ones each fetched and gzipped on its own.
            {
              name: 'shell',
              test: /\/src\/(app\/(Frame|RouteError|errors|format|i18n|loadPage|operation|publicRoutes)\.tsx?|ui\/(Feedback|FormError|Fields|usePageTitle)\.tsx?|locales\/index\.ts)$|\/shared\/src\/|\/node_modules\/(react-router|i18next|react-i18next|i18next-resources-to-backend|html-parse-stringify|void-elements|cookie|set-cookie-parser)\//,
            },
            // What every page of the full app runs beside it: Apollo Client with its cache kept on the
            // device, the viewer, the header (the live link's client, graphql-ws, still comes when first used).
            {
              name: 'app',
              test: /\/src\/app\/(Layout|apollo|cache|clientId|connection|router|viewer|offline\/\w+)\.tsx?$|\/node_modules\/(@apollo\/client|rxjs|optimism|@wry\/\w+|tslib|apollo3-cache-persist|graphql|@graphql-typed-document-node\/core)\//,
            },
          ],
        },
      },
    },
  },
});
