/** Erasure and export with documents in S3-compatible storage (s3rver on loopback, as the document tests). */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { DocumentVersion } from '../document/document.entity.js';
import { S3Storage } from '../document/index.js';

let s3: InstanceType<typeof S3rver>;
let hub: TestHub;
let settings: { kind: 's3'; endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(path.join(os.tmpdir(), 'ph-s3-privacy-')), configureBuckets: [{ name: 'partner-hub', configs: [] }] });
  const address = (await s3.run()) as { port: number };
  settings = { kind: 's3', endpoint: `http://127.0.0.1:${address.port}`, region: 'us-east-1', bucket: 'partner-hub', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
  hub = await startTestHub({ documentStorage: settings });
});
afterAll(async () => {
  await hub?.close();
  await s3?.close();
});

it('exports the documents from the bucket, and erasing the household deletes them from it', async () => {
  const ids = await demoIds(hub);
  const coordinator = await hub.as(DEMO.coordinator);
  const admin = await hub.as(DEMO.admin);
  const pdf = Buffer.from('%PDF-1.4\n% residence permit\n%%EOF\n');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf)]), 'Verblijfskaart.pdf');
  const up = await fetch(`${hub.url}/documents?householdId=${ids.household.mechelen}&category=IDENTITY_RESIDENCE`, {
    method: 'POST',
    body: form,
    headers: { cookie: coordinator.cookie!, 'x-partner-hub-upload': '1' },
  });
  expect(up.status).toBe(201);
  const [version] = await hub.orm.em.fork().find(DocumentVersion, { document: { household: ids.household.mechelen } });
  const bucket = new S3Storage(settings);
  expect(await bucket.exists(version.storageKey)).toBe(true);

  const res = await fetch(`${hub.url}/privacy/households/${ids.household.mechelen}/export.zip?lang=nl`, { headers: { cookie: admin.cookie! } });
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const file = Object.keys(zip.files).find((n) => n.endsWith('Verblijfskaart.pdf'))!;
  expect((await zip.file(file)!.async('nodebuffer')).equals(pdf)).toBe(true);

  const { eraseHousehold } = await admin.ok(
    `mutation($id: ID!) { eraseHousehold(id: $id, reason: "Request of the data subject", confirmation: "HH-2026-0004") { completedAt removed { kind count } } }`,
    { id: ids.household.mechelen },
  );
  expect(eraseHousehold.completedAt).not.toBeNull();
  expect(eraseHousehold.removed).toContainEqual({ kind: 'documentFiles', count: 1 });
  expect(await bucket.exists(version.storageKey)).toBe(false);
});
