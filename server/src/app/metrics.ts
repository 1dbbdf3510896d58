import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { Express } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger.js';

/**
 * Prometheus metrics of one server (its own registry: tests run several servers in a process),
 * served at /metrics to whoever shows the METRICS_TOKEN. Nothing here runs per live event:
 * socket and subscription counts are read when scraped.
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'type'>;
  duration: Histogram<'operation' | 'type'>;
  errors: Counter<'code' | 'transport'>;
  /** Sockets dropped by the server: a slow consumer, a frame too large. */
  socketsDropped: Counter<'reason'>;
  jobRuns: Counter<'job' | 'outcome'>;
  /** Registers what is read at scrape time: open sockets and their subscriptions. */
  observeSockets(read: () => { connections: number; subscriptions: number }): void;
}

export function createMetrics(orm: MikroORM, logger: Logger): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'partner_hub_' });
  let sockets: () => { connections: number; subscriptions: number } = () => ({ connections: 0, subscriptions: 0 });
  new Gauge({
    name: 'partner_hub_websocket_connections',
    help: 'Open GraphQL WebSocket connections (acknowledged)',
    registers: [registry],
    collect() {
      this.set(sockets().connections);
    },
  });
  new Gauge({
    name: 'partner_hub_websocket_subscriptions',
    help: 'Active subscriptions over all open sockets',
    registers: [registry],
    collect() {
      this.set(sockets().subscriptions);
    },
  });
  new Gauge({
    name: 'partner_hub_outbox_queue_depth',
    help: 'Emails waiting in the outbox',
    registers: [registry],
    async collect() {
      try {
        const rows = (await orm.em.fork().getConnection().execute('select count(*) as n from outbox_message')) as { n: number | string }[];
        this.set(Number(rows[0]?.n ?? 0));
      } catch (error) {
        logger.warn('metrics: outbox depth unavailable', { error: String(error) });
      }
    },
  });
  return {
    registry,
    requests: new Counter({ name: 'partner_hub_graphql_requests_total', help: 'GraphQL operations over HTTP, by operation name and type', labelNames: ['operation', 'type'], registers: [registry] }),
    duration: new Histogram({
      name: 'partner_hub_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation over HTTP, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({ name: 'partner_hub_graphql_errors_total', help: 'Errors answered, by extensions.code and transport', labelNames: ['code', 'transport'], registers: [registry] }),
    socketsDropped: new Counter({
      name: 'partner_hub_websocket_dropped_total',
      help: 'Sockets the server closed: slow consumers (too much unsent), frames too large',
      labelNames: ['reason'],
      registers: [registry],
    }),
    jobRuns: new Counter({ name: 'partner_hub_job_runs_total', help: 'Scheduled job runs, by job and outcome', labelNames: ['job', 'outcome'], registers: [registry] }),
    observeSockets(read) {
      sockets = read;
    },
  };
}

/**
 * Operation names used as labels: the trusted documents' names (a bounded set); anything else is
 * `other`, so arbitrary documents cannot blow up the number of series.
 */
export function metricsPlugin(metrics: Metrics, knownOperations: Set<string>): ApolloServerPlugin {
  return {
    // Apollo's hooks return promises; these do their work at once.
    requestDidStart() {
      const start = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ response, operationName, operation }) {
          const name = operationName && knownOperations.has(operationName) ? operationName : 'other';
          const type = operation?.operation ?? 'invalid';
          metrics.requests.inc({ operation: name, type });
          metrics.duration.observe({ operation: name, type }, Number(process.hrtime.bigint() - start) / 1e9);
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const e of errors ?? []) metrics.errors.inc({ code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN', transport: 'http' });
          return Promise.resolve();
        },
      });
    },
  };
}

/** Constant-time comparison of the presented token. */
function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics with `Authorization: Bearer <METRICS_TOKEN>`; without a configured token the route does not exist. */
export function registerMetricsRoute(app: Express, metrics: Metrics, token: string | undefined) {
  app.get('/metrics', async (req, res, next) => {
    if (!token) return next();
    const presented = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!tokenMatches(presented, token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: 'UNAUTHENTICATED' });
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await metrics.registry.metrics());
  });
}
