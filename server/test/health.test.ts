/** /healthz (liveness) and /readyz (readiness): each dependency reported, a degraded state, 503 when the hub cannot serve. */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './harness.js';
import { tempDir } from './ops-helpers.js';

async function health(hub: TestHub, route: '/healthz' | '/readyz') {
  const res = await fetch(`${hub.url}${route}`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
}

describe('health and readiness', () => {
  const hubs: TestHub[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const hub of hubs) await hub.close().catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('answers ok with the database and the document store reachable (no Redis configured: not reported)', async () => {
    const hub = await startTestHub({ demo: false });
    hubs.push(hub);
    for (const route of ['/healthz', '/readyz'] as const) {
      expect(await health(hub, route)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', storage: 'ok' } } });
    }
  });

  it('is unavailable (503) for readiness and degraded for liveness when the document store cannot be written', async () => {
    const dir = tempDir('ph-health-');
    dirs.push(dir);
    // The store's folder is a file: nothing can be written there.
    const blocked = path.join(dir, 'documents');
    writeFileSync(blocked, 'not a folder');
    const hub = await startTestHub({ demo: false, documentStorage: { kind: 'local', root: path.join(blocked, 'store') } });
    hubs.push(hub);
    expect(await health(hub, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'ok', storage: 'down' } } });
    expect(await health(hub, '/healthz')).toEqual({ status: 200, body: { status: 'degraded', checks: { database: 'ok', storage: 'down' } } });
    // The store comes back: ready again, without a restart.
    rmSync(blocked);
    expect(await health(hub, '/readyz')).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', storage: 'ok' } } });
  });

  it('is unavailable (503) when the database cannot be reached', async () => {
    const hub = await startTestHub({ demo: false });
    hubs.push(hub);
    await hub.orm.close(true);
    expect(await health(hub, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'down', storage: 'ok' } } });
    const live = await health(hub, '/healthz');
    expect(live).toEqual({ status: 200, body: { status: 'degraded', checks: { database: 'down', storage: 'ok' } } });
    // Reconnects for the hub's own close.
    await hub.orm.connect();
  });
});
