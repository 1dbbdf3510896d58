/**
 * /healthz (liveness) and /readyz (readiness), for a process supervisor and a load balancer.
 *
 * Both report each dependency: the database, Redis (when configured) and the document store.
 * - /healthz answers 200 while the process can answer at all: `ok`, or `degraded` when a
 *   dependency is down (restarting this process would not bring it back).
 * - /readyz answers 503 `unavailable` when the hub cannot serve requests (database or document
 *   store unreachable, or the server stopping), else 200: `ok`, or `degraded` when only Redis is
 *   down (requests are served; live events between server processes resume when it returns and
 *   subscribers catch up).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { Express } from 'express';
import type { Logger } from './logger.js';
import type { PubSubHandle } from './pubsub.js';

export type CheckState = 'ok' | 'down';
export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  checks: { database: CheckState; redis?: CheckState; storage: CheckState };
}

const CHECK_TIMEOUT_MS = 2_000;

async function probe(name: string, check: () => Promise<unknown>, logger: Logger): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return result === 'down' ? 'down' : 'ok';
  } catch (error) {
    logger.warn('health check failed', { check: name, error: String(error) });
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(app: Express, deps: { orm: MikroORM; pubSub: PubSubHandle; storage: { check(): Promise<void> }; logger: Logger; stopping: () => boolean }) {
  const report = async (): Promise<HealthReport> => {
    const [database, redis, storage] = await Promise.all([
      probe('database', () => deps.orm.em.fork().getConnection().execute('select 1'), deps.logger),
      deps.pubSub.health().then((state) => (state === 'not-configured' ? undefined : state === 'ok' ? ('ok' as const) : ('down' as const))),
      probe('storage', () => deps.storage.check(), deps.logger),
    ]);
    const checks: HealthReport['checks'] = { database, ...(redis ? { redis } : {}), storage };
    const down = Object.values(checks).includes('down');
    const status = database === 'down' || storage === 'down' || deps.stopping() ? 'unavailable' : down ? 'degraded' : 'ok';
    return { status, checks };
  };
  app.get('/healthz', async (_req, res) => {
    const { status, checks } = await report();
    res.setHeader('Cache-Control', 'no-store');
    // Liveness: the process answers; what is down is reported, not failed on.
    res.json({ status: status === 'ok' ? 'ok' : 'degraded', checks });
  });
  app.get('/readyz', async (_req, res) => {
    const result = await report();
    res.setHeader('Cache-Control', 'no-store');
    res.status(result.status === 'unavailable' ? 503 : 200).json(result);
  });
}
