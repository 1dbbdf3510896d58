import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { API_REVISION } from '@partner-hub/shared';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../modules/auth/session.service.js';
import { type AppServices, type Context, type CookieJar, createContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { makeDueRounds } from '../modules/feedback/feedback.service.js';
import { createStorage, registerDocumentRoutes } from '../modules/document/document.routes.js';
import { removeAbandonedAttachments } from '../modules/document/document.service.js';
import type { DocumentStorage } from '../modules/document/storage.js';
import { registerMeetingRoutes } from '../modules/meeting/meeting.routes.js';
import { registerIoRoutes } from '../modules/io/io.routes.js';
import { registerPrivacyRoutes } from '../modules/privacy/privacy.routes.js';
import { createRetentionJob } from '../modules/privacy/retention.js';
import type { Logger } from './logger.js';
import { createLiveContext, type LiveState, liveState, subscribeShared } from './live.js';
import { withSharedTopics } from './live-topics.js';
import { createPubSubHandle } from './pubsub.js';
import { createSchema } from './schema.js';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  schema: GraphQLSchema;
  /** The live layer (its settings and counters, for tests and the benchmark). */
  live: LiveState;
  /** What requests' contexts carry (config, logger, pub/sub): for jobs run outside a request. */
  services: AppServices;
  close(): Promise<void>;
}

/** `next` messages are written as bytes already encoded from JSON: sent as text frames. */
const TEXT_FRAME = { binary: false } as const;

function cookieJar(res: Response, secure: boolean): CookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (name, value, maxAgeSeconds) => res.cookie(name, value, { ...base, maxAge: maxAgeSeconds * 1000 }),
    clear: (name) => res.clearCookie(name, base),
  };
}

/**
 * What falls due without a request, at start and then every `jobsIntervalMs`: feedback rounds
 * and their notifications, and the clean-up of attachments uploaded but never sent. A job that
 * fails is logged and tried again at the next tick; one failing does not hold up the other.
 */
function startJobs(config: Config, orm: MikroORM, services: AppServices, logger: Logger, storage: DocumentStorage): { stop(): Promise<void> } {
  if (!config.jobsIntervalMs) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  let stopped = false;
  // Personal data past its programme's retention period: erased once a day (privacy module).
  const retention = createRetentionJob(storage);
  const job = (name: string, fn: (ctx: Context) => Promise<number>) =>
    fn(createContext({ viewer: null, em: orm.em.fork(), ip: 'scheduler', cookies: null, app: services })).then(
      (count) => logger.debug(`jobs: ${name}`, { count }),
      (error: unknown) => logger.error(`jobs: ${name} failed`, { error: String(error) }),
    );
  const run = () => {
    if (running || stopped) return;
    running = (async () => {
      await job('feedback rounds due', makeDueRounds);
      await job('abandoned attachments removed', (ctx) => removeAbandonedAttachments(ctx, storage));
      await job('retention', retention);
    })().finally(() => {
      running = null;
    });
  };
  const first = setTimeout(run, 1_000).unref();
  const timer = setInterval(run, config.jobsIntervalMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

/** A WebSocket from another site is refused: the browser would send our cookie along. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/**
 * One process, one port: the built client at /, GraphQL over HTTP and WebSocket at /graphql,
 * and /healthz. Returns once listening.
 */
export async function startServer(config: Config, orm: MikroORM, logger: Logger): Promise<RunningServer> {
  const pubSubHandle = createPubSubHandle(config.redisUrl);
  // One upstream subscription per topic in this process, shared by its subscribers (live-topics.ts).
  const pubSub = withSharedTopics(pubSubHandle.pubSub);
  const schema = await createSchema(pubSub);
  const services: AppServices = { config, logger, pubSub };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createHttpServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { viewerContext?: Context }>(
    {
      schema,
      // The session cookie is checked when the socket connects; a socket without one is closed.
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        if (!sameOrigin(request.headers.origin, request.headers.host)) return false;
        const em = orm.em.fork();
        const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(request.headers.cookie));
        if (!viewer) return false;
        ctx.extra.viewerContext = createContext({ viewer, em, ip: request.socket.remoteAddress ?? 'unknown', cookies: null, app: services });
        // The acknowledgement tells pages which API revision answers: one built for another reloads.
        return { apiRevision: API_REVISION };
      },
      // Each subscription gets its own context, registered with its document and variables so
      // that subscribers of the same subscription share policy decisions and executions (live.ts).
      context: (ctx, id, payload) => {
        const base = ctx.extra.viewerContext!;
        const { socket } = ctx.extra;
        return createLiveContext({ viewer: base.viewer!, em: orm.em.fork(), ip: base.ip, cookies: null, app: services }, payload, {
          id,
          // Frames go out without waiting for each write; a socket that stops reading (16 MB
          // unsent) is closed: the client reconnects and catches up from what it last saw.
          send: (data) => (socket.bufferedAmount > 16 * 1024 * 1024 ? socket.close(1013, 'Too far behind') : socket.send(data, TEXT_FRAME)),
          isOpen: () => socket.readyState === socket.OPEN,
        });
      },
      subscribe: subscribeShared,
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use((_req, res, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error('health check failed', { error: String(error) });
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
        return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: cookieJar(res, config.secureCookies), app: services });
      },
    }),
  );

  const storage = createStorage(config);
  registerDocumentRoutes(app, orm, services, storage);
  registerMeetingRoutes(app, orm, services);

  // Household import, and the exports of the board, households and funding statement (CSV, XLSX).
  registerIoRoutes(app, orm, services);

  // Subject access exports (a household, one's own account) as streamed ZIP files.
  registerPrivacyRoutes(app, orm, services, storage);

  const indexHtml = path.join(config.clientDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(
      express.static(config.clientDir, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          // The service worker and the manifest: a new release is picked up at the next visit.
          else if (/(?:sw\.js|workbox-[\w-]+\.js|\.webmanifest)$/.test(file)) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    // Client-side routes: every other GET that wants a page gets the app.
    app.get(/^(?!\/graphql|\/healthz).*/, (req, res, next) => (req.accepts('html') ? res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } }) : next()));
  } else {
    logger.warn('client not built: serving the API only', { clientDir: config.clientDir });
    app.get('/', (_req, res) => res.type('text').send('Partner Hub API is running at /graphql. Build the client (pnpm build) to serve the web app.'));
  }

  const jobs = startJobs(config, orm, services, logger, storage);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await jobs.stop();
      await apollo.stop();
      wsServer.close();
      await pubSubHandle.close();
    })());

  return { url, port, httpServer, schema, live: liveState(services), services, close };
}
