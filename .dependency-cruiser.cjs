/**
 * Import rules for the whole repository (`pnpm lint:deps`). What a newcomer needs to know:
 *
 * server/src/core/     Plain types both floors take (the viewer, the facts policies decide on). Imports nothing of ours.
 * server/src/app/      The ground floor: HTTP, websocket, context, errors, the live layer. Never imports modules/,
 *                      except the composition files listed in APP_COMPOSITION (they list every module's parts).
 * server/src/modules/  One folder per feature, each with a public index (modules/<m>/index.ts). A module takes
 *                      another module's parts only through that index, and its entities from <m>.entity.ts (the
 *                      ORM's relations cross modules). When what two indexes export needs each other, that is a
 *                      circle: move the shared piece down (core/, app/, the module below) or hand it in as an argument.
 * client/, shared/     No circles; the client never imports the server, shared imports neither.
 * Circles are refused everywhere, type-only imports included (they knot the design just the same).
 */

/** Files of app/ that put the server together: they import modules by design. */
const APP_COMPOSITION = [
  'server/src/app/server\\.ts$', // routes, jobs and the session check of each module
  'server/src/app/schema\\.ts$', // every module's resolvers
  'server/src/app/orm\\.ts$', // every module's entities
  'server/src/app/loaders\\.ts$', // per-request batched loaders of the entities most fields need
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split the shared part out (to core/, a smaller module, or an argument).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-nothing-of-ours',
      severity: 'error',
      comment: 'core/ is below app/ and modules/: plain types only.',
      from: { path: '^server/src/core/' },
      to: { path: '^server/src/(app|modules|seeders|ops|migrations)/' },
    },
    {
      name: 'app-not-to-modules',
      severity: 'error',
      comment: 'app/ is the ground floor: modules hand their parts in (a registration, an argument), app/ does not import them.',
      from: { path: '^server/src/app/', pathNot: APP_COMPOSITION },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'module-through-its-index',
      severity: 'error',
      comment: 'Take another module\u2019s parts through its public index (modules/<m>/index.ts); add what you need there.',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$', '^server/src/modules/[^/]+/[^/]+\\.entity\\.ts$'],
      },
    },
    {
      name: 'client-not-to-server',
      severity: 'error',
      comment: 'The client talks to the server through GraphQL (client/src/gql), never by import.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ is imported by server and client, and imports neither.',
      from: { path: '^shared/' },
      to: { path: '^(server|client)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|^client/src/gql/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
