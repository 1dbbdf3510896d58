import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';
import { S3Storage } from './storage.js';

/** The S3 path, against s3rver: a local S3-compatible server from the npm registry, on loopback. */
let s3: InstanceType<typeof S3rver>;
let endpoint: string;
beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(path.join(os.tmpdir(), 'ph-s3-')), configureBuckets: [{ name: 'partner-hub', configs: [] }] });
  const address = (await s3.run()) as { port: number };
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(() => s3?.close());

const settings = () => ({ kind: 's3' as const, endpoint, region: 'us-east-1', bucket: 'partner-hub', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });

describe('S3Storage', () => {
  it('puts, finds, reads and deletes by content key; a second put of the same key stores nothing new', async () => {
    const storage = new S3Storage(settings());
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-s3-put-'));
    const key = 'a'.repeat(64);
    writeFileSync(path.join(dir, 'one'), 'hello');
    expect(await storage.put(path.join(dir, 'one'), key, 'text/plain')).toEqual({ created: true });
    writeFileSync(path.join(dir, 'two'), 'hello');
    expect(await storage.put(path.join(dir, 'two'), key, 'text/plain')).toEqual({ created: false });
    expect(await storage.exists(key)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const c of await storage.get(key)) chunks.push(Buffer.from(c));
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });
});

describe('S3Storage readiness (/readyz)', () => {
  it('check() passes for its bucket and fails for a bucket that does not exist', async () => {
    await expect(new S3Storage(settings()).check()).resolves.toBeUndefined();
    await expect(new S3Storage({ ...settings(), bucket: 'no-such-bucket' }).check()).rejects.toThrow();
  });

  it('a hub on a missing bucket is not ready', async () => {
    const hub = await startTestHub({ demo: false, documentStorage: { ...settings(), bucket: 'no-such-bucket' } });
    try {
      const res = await fetch(`${hub.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', storage: 'down' } });
    } finally {
      await hub.close();
    }
  });
});

describe('documents on S3', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ documentStorage: settings() });
  });
  afterAll(() => hub?.close());

  it('uploads through the hub and downloads the same bytes', async () => {
    const ids = await demoIds(hub);
    const coordinator = await hub.as(DEMO.coordinator);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)]), 'lease.pdf');
    const up = await fetch(`${hub.url}/documents?householdId=${ids.household.mechelen}&category=LEASE`, {
      method: 'POST',
      body: form,
      headers: { cookie: coordinator.cookie!, 'x-partner-hub-upload': '1' },
    });
    expect(up.status).toBe(201);
    const { document } = (await up.json()) as { document: { id: string } };
    const down = await fetch(`${hub.url}/documents/${document.id}/download`, { headers: { cookie: coordinator.cookie! } });
    expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
