import { mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
let storageRoot: string;
beforeAll(async () => {
  storageRoot = mkdtempSync(path.join(os.tmpdir(), 'ph-docs-'));
  hub = await startTestHub({ uploadLimitBytes: 64 * 1024, documentStorage: { kind: 'local', root: storageRoot } });
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}

async function upload(agent: Agent | null, query: Record<string, string>, file: { bytes: Buffer; name: string }, headers: Record<string, string> = { 'x-partner-hub-upload': '1' }) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  const res = await fetch(`${hub.url}/documents?${new URLSearchParams(query)}`, { method: 'POST', body: form, headers: { ...headers, ...(agent?.cookie ? { cookie: agent.cookie } : {}) } });
  return { status: res.status, body: (await res.json()) as { document?: { id: string }; error?: { code: string } } };
}

async function download(agent: Agent | null, id: string, version?: number) {
  const res = await fetch(`${hub.url}/documents/${id}/download${version ? `?version=${version}` : ''}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

const LIST = `query($h: ID, $p: ID) { documents(householdId: $h, partnershipId: $p) { id name category versions { number size contentType originalName uploadedBy { email } previewUrl } viewerCan { manage upload } } }`;

describe('upload and download', () => {
  it('requires sign-in and the upload header, and refuses a cross-site origin', async () => {
    expect((await upload(null, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'lease.pdf' })).status).toBe(401);
    const coordinator = await hub.as(DEMO.coordinator);
    expect((await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'lease.pdf' }, {})).status).toBe(403);
    const crossSite = await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'lease.pdf' }, { 'x-partner-hub-upload': '1', origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });

  it('stores a lease PDF on a household; the contact person downloads the exact bytes as an attachment', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'Huurcontract "Bruul" 12.pdf' });
    expect(up.status).toBe(201);
    const contact = await hub.as(DEMO.contact);
    const { documents } = await contact.ok(LIST, { h: ids.household.mechelen });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ name: 'Huurcontract Bruul 12.pdf', category: 'LEASE', versions: [{ number: 1, size: PDF.length, contentType: 'application/pdf', uploadedBy: { email: DEMO.coordinator } }] });
    const { res, bytes } = await download(contact, up.body.document!.id);
    expect(res.status).toBe(200);
    expect(bytes.equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Huurcontract Bruul 12.pdf"; filename\*=UTF-8''/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses an executable renamed to .pdf, with a clear code, and keeps nothing', async () => {
    const before = filesUnder(storageRoot).length;
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await upload(coordinator, { householdId: ids.household.mechelen, category: 'OTHER' }, { bytes: EXE, name: 'invoice.pdf' });
    expect(r).toEqual({ status: 415, body: { error: expect.objectContaining({ code: 'FILE_TYPE_NOT_ALLOWED' }) } });
    expect(filesUnder(storageRoot).length).toBe(before);
    expect(filesUnder(path.join(hub.config.dataDir, 'tmp-uploads'))).toEqual([]);
    const [row] = (await hub.orm.em.fork().getConnection().execute(`select count(*) as n from document where name = 'invoice.pdf'`)) as { n: number }[];
    expect(Number(row!.n)).toBe(0);
  });

  it('refuses a file over the limit and keeps nothing', async () => {
    const before = filesUnder(storageRoot).length;
    const coordinator = await hub.as(DEMO.coordinator);
    const big = Buffer.concat([PDF, Buffer.alloc(100 * 1024, 0x20)]);
    const r = await upload(coordinator, { householdId: ids.household.mechelen, category: 'OTHER' }, { bytes: big, name: 'big.pdf' });
    expect(r.status).toBe(413);
    expect(r.body.error?.code).toBe('FILE_TOO_LARGE');
    expect(filesUnder(storageRoot).length).toBe(before);
  });

  it('refuses at once a body declared larger than the limit', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const big = Buffer.concat([PDF, Buffer.alloc(300 * 1024, 0x20)]);
    const r = await upload(coordinator, { householdId: ids.household.mechelen, category: 'OTHER' }, { bytes: big, name: 'huge.pdf' });
    expect(r).toMatchObject({ status: 413, body: { error: { code: 'FILE_TOO_LARGE', limitBytes: 64 * 1024 } } });
  });

  it('leaves nothing behind when the browser cancels an upload', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const boundary = 'x-boundary';
    const url = new URL(`${hub.url}/documents?householdId=${ids.household.mechelen}&category=OTHER`);
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'POST', headers: { cookie: coordinator.cookie!, 'x-partner-hub-upload': '1', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '50000' } });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
      req.write(PDF);
      setTimeout(() => req.destroy(), 100);
    });
    // The server notices the cancel asynchronously: poll (bounded) until its temporary file is gone.
    const tmp = path.join(hub.config.dataDir, 'tmp-uploads');
    for (let i = 0; i < 50 && filesUnder(tmp).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(filesUnder(tmp)).toEqual([]);
    const contact = await hub.as(DEMO.contact);
    expect((await contact.ok(LIST, { h: ids.household.mechelen })).documents.map((d: { name: string }) => d.name)).not.toContain('half.pdf');
  });

  it('keeps older versions when a new one is uploaded', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const first = await upload(coordinator, { partnershipId: ids.partnership.mechelen, category: 'COOPERATION_AGREEMENT' }, { bytes: PDF, name: 'akkoord.pdf' });
    const second = await upload(coordinator, { documentId: first.body.document!.id }, { bytes: PNG, name: 'akkoord-scan.png' });
    expect(second.status).toBe(201);
    const { documents } = await coordinator.ok(LIST, { p: ids.partnership.mechelen });
    expect(documents[0].versions.map((v: { number: number; contentType: string }) => [v.number, v.contentType])).toEqual([
      [2, 'image/png'],
      [1, 'application/pdf'],
    ]);
    expect(documents[0].versions[0].previewUrl).toMatch(/inline=1/);
    expect((await download(coordinator, first.body.document!.id, 1)).bytes.equals(PDF)).toBe(true);
    expect((await download(coordinator, first.body.document!.id)).bytes.equals(PNG)).toBe(true);
  });
});

describe('need to know', () => {
  it("answers 'not found' to a volunteer of another partnership", async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'lease-2.pdf' });
    const stranger = await hub.as(DEMO.otherVolunteer);
    expect((await download(stranger, up.body.document!.id)).res.status).toBe(404);
    expect((await stranger.gql(LIST, { h: ids.household.mechelen })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides a medical document from a volunteer of the same partnership, and logs every view', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { householdId: ids.household.mechelen, category: 'MEDICAL' }, { bytes: PDF, name: 'attest.pdf' });
    expect(up.status).toBe(201);
    const volunteer = await hub.as(DEMO.volunteer);
    const seen = (await volunteer.ok(LIST, { h: ids.household.mechelen })).documents.map((d: { name: string }) => d.name);
    expect(seen).not.toContain('attest.pdf');
    expect((await download(volunteer, up.body.document!.id)).res.status).toBe(404);
    // Volunteers may add a lease but not a medical paper.
    expect((await upload(volunteer, { householdId: ids.household.mechelen, category: 'MEDICAL' }, { bytes: PDF, name: 'x.pdf' })).status).toBe(403);
    expect((await upload(volunteer, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'v.pdf' })).status).toBe(201);

    const contact = await hub.as(DEMO.contact);
    expect((await contact.ok(LIST, { h: ids.household.mechelen })).documents.map((d: { name: string }) => d.name)).toContain('attest.pdf');
    await download(contact, up.body.document!.id);
    const admin = await hub.as(DEMO.admin);
    const log = await admin.ok(`query($u: ID) { accessLog(userId: $u) { edges { node { what } } } }`, { u: ids.user[DEMO.contact] });
    expect(log.accessLog.edges.filter((e: { node: { what: string } }) => e.node.what === `document:${up.body.document!.id}`)).toHaveLength(2);
  });

  it('keeps identity and medical papers on households only', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await upload(coordinator, { partnershipId: ids.partnership.mechelen, category: 'IDENTITY_RESIDENCE' }, { bytes: PDF, name: 'id.pdf' });
    expect(r).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
  });
});

describe('rename, re-categorise, delete', () => {
  it('lets the uploader manage a document, soft-deletes it, and then it is gone', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { householdId: ids.household.mechelen, category: 'OTHER' }, { bytes: PDF, name: 'brief.pdf' });
    const id = up.body.document!.id;
    expect((await coordinator.ok(`mutation($id: ID!) { renameDocument(id: $id, name: "Brief OCMW") { name } }`, { id })).renameDocument.name).toBe('Brief OCMW');
    expect((await coordinator.ok(`mutation($id: ID!) { recategoriseDocument(id: $id, category: EVALUATION_REPORT) { category } }`, { id })).recategoriseDocument.category).toBe('EVALUATION_REPORT');
    const volunteer = await hub.as(DEMO.volunteer);
    expect((await volunteer.gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await coordinator.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id })).deleteDocument).toBe(true);
    expect((await download(coordinator, id)).res.status).toBe(404);
    const [row] = (await hub.orm.em.fork().getConnection().execute(`select deleted_by_id from document where id = '${id}'`)) as { deleted_by_id: string }[];
    expect(row!.deleted_by_id).toBe(ids.user[DEMO.coordinator]);
  });
});
