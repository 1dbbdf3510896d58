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
import { type GraphQLSchema, OperationTypeNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { API_REVISION } from '@partner-hub/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { activeSessionHashes, sessionTokenFromCookieHeader, viewerFromToken } from '../modules/auth/session.service.js';
import { type AppServices, type Context, type CookieJar, createContext } from './context.js';
import { AppError, createErrorFormatter } from './errors.js';
import { errorHandler, requestIds, requestPlugin } from './http-guard.js';
import { limitRules } from './limits.js';
import { createMetrics, type Metrics, metricsPlugin, registerMetricsRoute } from './metrics.js';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents.js';
import { createSocketGuard, type SocketExtra } from './websocket.js';
import { makeDueRounds } from '../modules/feedback/feedback.service.js';
import { householdMilestones } from '../modules/household/household.notify.js';
import { createStorage, registerDocumentRoutes } from '../modules/document/document.routes.js';
import { removeAbandonedAttachments } from '../modules/attachments/index.js';
import type { DocumentStorage } from '../modules/document/storage.js';
import { registerMeetingRoutes } from '../modules/meeting/meeting.routes.js';
import { meetingInviteForMail } from '../modules/meeting/index.js';
import { registerIoRoutes } from '../modules/io/io.routes.js';
import { registerOidcRoutes } from '../modules/auth/oidc.routes.js';
import { registerReportRoutes } from '../modules/report/report.routes.js';
import { makeDigests } from '../modules/mail/mail.digest.js';
import { notifyOverdue } from '../modules/notification/notification.overdue.js';
import { registerMailRoutes } from '../modules/mail/mail.routes.js';
import { deliverDue, smtpTransport, startMailWorker } from '../modules/outbox/delivery.js';
import { registerPrivacyRoutes } from '../modules/privacy/privacy.routes.js';
import { createRetentionJob } from '../modules/privacy/retention.js';
import type { Logger } from './logger.js';
import { createLiveContext, type LiveState, liveState, subscribeShared, useSessionCheck, withSharedTopics } from './live/index.js';
import { registerHealthRoutes } from './health.js';
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
  /** Prometheus metrics (served at /metrics with METRICS_TOKEN). */
  metrics: Metrics;
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
function startJobs(config: Config, orm: MikroORM, services: AppServices, logger: Logger, storage: DocumentStorage, metrics: Metrics): { stop(): Promise<void> } {
  if (!config.jobsIntervalMs) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  let stopped = false;
  // Personal data past its programme's retention period: erased once a day (privacy module).
  const retention = createRetentionJob(storage);
  const job = (name: string, fn: (ctx: Context) => Promise<number>) =>
    fn(createContext({ viewer: null, em: orm.em.fork(), ip: 'scheduler', cookies: null, app: services })).then(
      (count) => {
        metrics.jobRuns.inc({ job: name, outcome: 'ok' });
        logger.debug(`jobs: ${name}`, { count });
      },
      (error: unknown) => {
        metrics.jobRuns.inc({ job: name, outcome: 'failed' });
        logger.error(`jobs: ${name} failed`, { error: String(error) });
      },
    );
  const run = () => {
    if (running || stopped) return;
    running = (async () => {
      await job('feedback rounds due', makeDueRounds);
      await job('household milestones told', householdMilestones);
      await job('overdue feedback rounds and action items reported', (ctx) => notifyOverdue(ctx));
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
  const pubSubHandle = createPubSubHandle(config.redisUrl, logger);
  // One upstream subscription per topic in this process, shared by its subscribers (live/topics.ts).
  const pubSub = withSharedTopics(pubSubHandle.pubSub);
  const schema = await createSchema(pubSub);
  const services: AppServices = { config, logger, pubSub };
  // The live layer knows no module: the auth module hands it the session check.
  useSessionCheck(services, activeSessionHashes);
  const metrics = createMetrics(orm, logger);
  const trustedDocuments = loadTrustedDocuments(config.trustedDocuments.manifestPath, logger, config.trustedDocuments.enforce);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createHttpServer(app);

  // A message larger than the limit closes its socket (1009); a subscribe message is small.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.limits.wsMaxFrameBytes });
  wsServer.on('connection', (socket) =>
    socket.on('error', (error) => {
      if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.socketsDropped.inc({ reason: 'frame_too_large' });
    }),
  );
  // Subscribe messages pass the same limits as HTTP requests, and a socket holds a bounded number of subscriptions.
  const socketGuard = createSocketGuard({ config, docs: trustedDocuments, schema, metrics });
  const maxBuffered = config.limits.wsMaxBufferedBytes;
  const dropSlow = (socket: WebSocket) => {
    if (socket.readyState !== socket.OPEN) return;
    metrics.socketsDropped.inc({ reason: 'slow_consumer' });
    logger.warn('websocket: slow consumer dropped', { buffered: socket.bufferedAmount });
    socket.close(1013, 'Too far behind');
  };
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      connectionInitWaitTimeout: config.limits.wsInitTimeoutMs,
      onSubscribe: socketGuard.onSubscribe,
      onClose: socketGuard.onClose,
      // The session cookie is checked when the socket connects; a socket without one is closed.
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        if (!sameOrigin(request.headers.origin, request.headers.host)) return false;
        const viewer = await viewerFromToken(orm.em.fork(), config.sessionSecret, sessionTokenFromCookieHeader(request.headers.cookie));
        if (!viewer) return false;
        // Only who and where: a context (an EntityManager fork and its loaders) kept per socket would
        // be held for the socket's life and never used; each subscription makes its own.
        ctx.extra.viewer = viewer;
        ctx.extra.ip = request.socket.remoteAddress ?? 'unknown';
        socketGuard.opened(ctx);
        // The acknowledgement tells pages which API revision answers: one built for another reloads.
        return { apiRevision: API_REVISION };
      },
      // Each subscription gets its own context, registered with its document and variables so
      // that subscribers of the same subscription share policy decisions and executions (live/).
      context: (ctx, id, payload) => {
        const { socket, viewer, ip } = ctx.extra;
        return createLiveContext({ viewer: viewer!, em: orm.em.fork(), ip: ip!, cookies: null, app: services }, payload, {
          id,
          // Frames go out without waiting for each write; a socket that stops reading (more than
          // WS_MAX_BUFFERED_MB unsent) is closed: the client reconnects and catches up from what it
          // last saw. Others are not held up: nothing here waits.
          send: (data) => (socket.bufferedAmount > maxBuffered ? dropSlow(socket) : socket.send(data, TEXT_FRAME)),
          isOpen: () => socket.readyState === socket.OPEN,
        });
      },
      subscribe: subscribeShared,
    },
    wsServer,
  );

  // Redis is back after an outage: live events published meanwhile never reached this process's
  // subscribers. Their sockets are closed with 1012 (service restart): clients reconnect at once
  // and catch up from their last sequence (messages(afterSeq:), threadChanges(afterChangeSeq:)).
  pubSubHandle.onResync(() => {
    for (const socket of wsServer.clients) socket.close(1012, 'Live events resumed: catch up');
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Production: for admins only (requestPlugin); the limits run with graphql's own rules.
    introspection: true,
    validationRules: limitRules(config.limits),
    plugins: [
      requestPlugin(config),
      metricsPlugin(metrics, trustedDocuments.operationNames),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      {
        serverWillStart: () =>
          Promise.resolve({
            async drainServer() {
              await wsCleanup.dispose();
            },
          }),
      },
      // A subscription sent over plain HTTP would run its event resolver without an event: refused, coded.
      {
        requestDidStart: () =>
          Promise.resolve({
            didResolveOperation({ operation }) {
              if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
                return Promise.reject(new AppError('SUBSCRIPTION_NEEDS_WEBSOCKET', 'Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP', { http: { status: 400 } }));
              }
              return Promise.resolve();
            },
          }),
      },
    ],
  });
  await apollo.start();

  app.use(requestIds(logger));
  app.use((_req, res, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    next();
  });

  // Set once the server starts stopping: /readyz turns unavailable so a load balancer moves on.
  let stopping = false;
  const storage = createStorage(config);
  registerHealthRoutes(app, { orm, pubSub: pubSubHandle, storage, logger, stopping: () => stopping });

  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    trustedDocumentsMiddleware(config, trustedDocuments, (req) => viewerFromToken(orm.em.fork(), config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie))),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
        return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: cookieJar(res, config.secureCookies), app: services });
      },
    }),
  );

  registerMetricsRoute(app, metrics, config.metricsToken);

  registerDocumentRoutes(app, orm, services, storage);
  registerMeetingRoutes(app, orm, services);
  // One-click unsubscribe links of notification mails (no sign-in).
  registerMailRoutes(app, orm, services);

  // Fedasil staff sign-in with OpenID Connect (redirects only; the same session cookie as signIn).
  registerOidcRoutes(app, orm, services, (res) => cookieJar(res, config.secureCookies));

  // Household import, and the exports of the board, households and funding statement (CSV, XLSX).
  registerIoRoutes(app, orm, services);
  // The yearly report (CSV, XLSX) and meeting minutes as PDF.
  registerReportRoutes(app, orm, services);

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
    app.get(/^(?!\/graphql|\/healthz|\/readyz|\/metrics).*/, (req, res, next) => (req.accepts('html') ? res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } }) : next()));
  } else {
    logger.warn('client not built: serving the API only', { clientDir: config.clientDir });
    app.get('/', (_req, res) => res.type('text').send('Partner Hub API is running at /graphql. Build the client (pnpm build) to serve the web app.'));
  }

  const jobs = startJobs(config, orm, services, logger, storage, metrics);
  // Mail: digests fall due on the minute; delivery only with SMTP_URL (else mail waits in the outbox).
  // Off like the other jobs when they are (tests run them themselves).
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom ?? 'Partner Hub <no-reply@partnerhub.invalid>') : null;
  const mailWorker = startMailWorker({
    pollMs: config.jobsIntervalMs ? (config.mailPollMs ?? 0) : 0,
    logger,
    tick: async () => {
      await makeDigests(createContext({ viewer: null, em: orm.em.fork(), ip: 'scheduler', cookies: null, app: services }));
      if (transport) await deliverDue({ orm, services, transport, renderInvite: meetingInviteForMail });
    },
  });

  // Last: whatever a route passes on is answered as JSON with a code, never an HTML page.
  app.use(errorHandler(logger, metrics));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopping = true;
      await jobs.stop();
      await mailWorker.stop();
      transport?.close();
      await apollo.stop();
      wsServer.close();
      await pubSubHandle.close();
    })());

  return { url, port, httpServer, schema, live: liveState(services), services, metrics, close };
}
