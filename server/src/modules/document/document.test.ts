import { mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';
import { subscribe } from '../../../test/live.js';
import { createContext } from '../../app/context.js';
import { Document, DocumentVersion } from './document.entity.js';
import { PENDING_ATTACHMENT_TTL_MS, removeAbandonedAttachments } from '../attachments/index.js';
import { LocalDiskStorage } from './storage.js';

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
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

async function upload(agent: Agent | null, query: Record<string, string>, file: { bytes: Buffer; name: string }, headers: Record<string, string> = { 'x-partner-hub-upload': '1' }) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
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
    const crossSite = await upload(
      coordinator,
      { householdId: ids.household.mechelen, category: 'LEASE' },
      { bytes: PDF, name: 'lease.pdf' },
      { 'x-partner-hub-upload': '1', origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('stores a lease PDF on a household; the contact person downloads the exact bytes as an attachment', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, { bytes: PDF, name: 'Huurcontract "Bruul" 12.pdf' });
    expect(up.status).toBe(201);
    const contact = await hub.as(DEMO.contact);
    const { documents } = await contact.ok(LIST, { h: ids.household.mechelen });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      name: 'Huurcontract Bruul 12.pdf',
      category: 'LEASE',
      versions: [{ number: 1, size: PDF.length, contentType: 'application/pdf', uploadedBy: { email: DEMO.coordinator } }],
    });
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
    expect(Number(row.n)).toBe(0);
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
      const req = request(url, {
        method: 'POST',
        headers: { cookie: coordinator.cookie!, 'x-partner-hub-upload': '1', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '50000' },
      });
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
    expect(row.deleted_by_id).toBe(ids.user[DEMO.coordinator]);
  });
});

// ----- Attachments (messages) and meeting documents -----------------------------------------

const ATTACHMENT_FIELDS = `attachments { id name category pending downloadUrl latestVersion { size contentType previewUrl } viewerCan { manage upload } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq body internal ${ATTACHMENT_FIELDS} } }`;
const MESSAGES = `query($t: ID!) { messages(threadId: $t, limit: 200) { messages { id body deleted ${ATTACHMENT_FIELDS} } } }`;
let clientIds = 0;
const clientId = () => `attach-${++clientIds}-${Date.now()}`;

async function partnershipThread(agent: Agent): Promise<string> {
  return (await agent.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id;
}
async function householdThread(agent: Agent): Promise<string> {
  return (await agent.ok(`mutation($h: ID!) { openHouseholdThread(householdId: $h) { id } }`, { h: ids.household.mechelen })).openHouseholdThread.id;
}
async function messageOf(agent: Agent, threadId: string, messageId: string) {
  return (await agent.ok(MESSAGES, { t: threadId })).messages.messages.find((m: { id: string }) => m.id === messageId);
}
async function lastSeq(threadId: string): Promise<number> {
  const [row] = (await hub.orm.em.fork().getConnection().execute(`select last_seq from message_thread where id = '${threadId}'`)) as { last_seq: number }[];
  return Number(row.last_seq);
}

describe('attachments to messages', () => {
  it('uploads a pending attachment seen by its uploader only, attaches it with the send, and shows it in the message', async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const contact = await hub.as(DEMO.contact);
    const threadId = await partnershipThread(volunteer);
    const up = await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'verslag.pdf' });
    expect(up.status).toBe(201);
    const docId = up.body.document!.id;
    // Pending: the uploader may fetch it back; nobody else knows it exists.
    expect((await download(volunteer, docId)).bytes.equals(PDF)).toBe(true);
    expect((await download(contact, docId)).res.status).toBe(404);

    const sent = (await volunteer.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Het verslag', attachmentIds: [docId] } })).sendMessage;
    expect(sent.attachments).toEqual([
      {
        id: docId,
        name: 'verslag.pdf',
        category: 'OTHER',
        pending: false,
        downloadUrl: `/documents/${docId}/download`,
        latestVersion: { size: PDF.length, contentType: 'application/pdf', previewUrl: expect.stringMatching(/inline=1/) },
        viewerCan: { manage: true, upload: false },
      },
    ]);
    const seen = await messageOf(contact, threadId, sent.id);
    expect(seen.attachments.map((a: { id: string }) => a.id)).toEqual([docId]);
    expect(seen.attachments[0].viewerCan).toEqual({ manage: false, upload: false });
    const { res, bytes } = await download(contact, docId);
    expect(res.status).toBe(200);
    expect(bytes.equals(PDF)).toBe(true);
    // An attachment is not on the partnership's shelf.
    const shelf = (await contact.ok(LIST, { p: ids.partnership.mechelen })).documents.map((d: { id: string }) => d.id);
    expect(shelf).not.toContain(docId);
  });

  it('a sent attachment renamed or deleted by its author reaches open threads live and the catch-up of changes; the text is not marked edited', async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const contact = await hub.as(DEMO.contact);
    const threadId = await partnershipThread(volunteer);
    const docId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'eerst.pdf' })).body.document!.id;
    const sent = (
      await volunteer.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id changeSeq } }`, { input: { threadId, clientId: clientId(), body: 'Bijlage', attachmentIds: [docId] } })
    ).sendMessage;
    const live = subscribe(hub, contact, `subscription($t: ID!) { messageEvents(threadId: $t) { kind message { id edited attachments { id name } } } }`, { t: threadId });
    let n = 0;
    await live.until(
      () => volunteer.ok(`mutation($id: ID!, $name: String!) { renameDocument(id: $id, name: $name) { id name } }`, { id: docId, name: `nieuw-${++n}.pdf` }),
      (d) => d.messageEvents.kind === 'EDITED' && d.messageEvents.message.attachments[0]?.name === `nieuw-${n}.pdf`,
    );
    const changes = async () =>
      (await contact.ok(`query($t: ID!, $c: Int!) { threadChanges(threadId: $t, afterChangeSeq: $c) { messages { id edited attachments { id name } } } }`, { t: threadId, c: sent.changeSeq }))
        .threadChanges.messages;
    expect(await changes()).toEqual([{ id: sent.id, edited: false, attachments: [{ id: docId, name: `nieuw-${n}.pdf` }] }]);

    expect((await volunteer.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: docId })).deleteDocument).toBe(true);
    await live.until(
      async () => {},
      (d) => d.messageEvents.kind === 'EDITED' && d.messageEvents.message.attachments.length === 0,
    );
    expect(await changes()).toEqual([{ id: sent.id, edited: false, attachments: [] }]);
    await live.close();
  });

  it('removes attachments never sent after a day, with their bytes unless a sent one shares them; a send of one removed is refused', async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const threadId = await partnershipThread(volunteer);
    const unique = (label: string) => Buffer.concat([PDF, Buffer.from(`% ${label} ${clientId()}\n`)]);
    const shared = unique('shared');
    const pendingId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: unique('abandoned'), name: 'weg.pdf' })).body.document!.id;
    const sharingId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: shared, name: 'kopie.pdf' })).body.document!.id;
    const sentId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: shared, name: 'verstuurd.pdf' })).body.document!.id;
    await volunteer.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Met bijlage', attachmentIds: [sentId] } });
    const storage = new LocalDiskStorage(storageRoot);
    const keyOf = async (id: string) => (await hub.orm.em.fork().findOneOrFail(DocumentVersion, { document: id })).storageKey;
    const [pendingKey, sharedKey] = [await keyOf(pendingId), await keyOf(sharingId)];
    const ctx = () => createContext({ viewer: null, em: hub.orm.em.fork(), ip: 'scheduler', cookies: null, app: hub.server.services });

    // Within the day nothing goes.
    expect(await removeAbandonedAttachments(ctx(), storage)).toBe(0);
    // A day later: both pending ones go (and any other test's pending uploads); the sent one stays.
    expect(await removeAbandonedAttachments(ctx(), storage, new Date(Date.now() + PENDING_ATTACHMENT_TTL_MS + 60_000))).toBeGreaterThanOrEqual(2);
    const left = await hub.orm.em.fork().find(Document, { id: { $in: [pendingId, sharingId, sentId] } });
    expect(left.map((d) => d.id)).toEqual([sentId]);
    expect(await storage.exists(pendingKey)).toBe(false);
    expect(await storage.exists(sharedKey)).toBe(true);
    expect((await download(volunteer, sentId)).bytes.equals(shared)).toBe(true);
    const late = await volunteer.gql(SEND, { input: { threadId, clientId: clientId(), body: 'Te laat', attachmentIds: [pendingId] } });
    expect(late.errors?.[0]?.extensions?.code).toBe('ATTACHMENT_UNAVAILABLE');
  });

  it("answers 404 on the download URL and NOT_FOUND in GraphQL to another partnership's volunteer", async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const threadId = await partnershipThread(volunteer);
    const up = await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PNG, name: 'foto.png' });
    await volunteer.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Foto', attachmentIds: [up.body.document!.id] } });
    const stranger = await hub.as(DEMO.otherVolunteer);
    expect((await download(stranger, up.body.document!.id)).res.status).toBe(404);
    expect((await stranger.gql(MESSAGES, { t: threadId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nor may they upload into that thread.
    expect((await upload(stranger, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'x.pdf' })).status).toBe(404);
  });

  it('keeps a send idempotent: a retry attaches once; a file is attached once, by its uploader only; a refused send stores nothing', async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const coordinator = await hub.as(DEMO.coordinator);
    const threadId = await partnershipThread(volunteer);
    const docId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'a.pdf' })).body.document!.id;
    const input = { threadId, clientId: clientId(), body: '', attachmentIds: [docId] };
    const [first, retry] = await Promise.all([volunteer.ok(SEND, { input }), volunteer.ok(SEND, { input })]);
    expect(retry.sendMessage.id).toBe(first.sendMessage.id);
    expect(first.sendMessage.body).toBe('');
    expect(first.sendMessage.attachments.map((a: { id: string }) => a.id)).toEqual([docId]);

    const before = await lastSeq(threadId);
    const again = await volunteer.gql(SEND, { input: { threadId, clientId: clientId(), body: 'Nog eens', attachmentIds: [docId] } });
    expect(again.errors?.[0]?.extensions?.code).toBe('ATTACHMENT_UNAVAILABLE');
    const other = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'b.pdf' })).body.document!.id;
    const stolen = await coordinator.gql(SEND, { input: { threadId, clientId: clientId(), body: 'Van mij', attachmentIds: [other] } });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('ATTACHMENT_UNAVAILABLE');
    const elsewhere = await volunteer.gql(SEND, { input: { threadId: await householdThread(volunteer), clientId: clientId(), body: 'Elders', attachmentIds: [other] } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('ATTACHMENT_UNAVAILABLE');
    expect(await lastSeq(threadId)).toBe(before);
    expect((await download(coordinator, other)).res.status).toBe(404);
    // Empty text without attachments is still refused.
    expect((await volunteer.gql(SEND, { input: { threadId, clientId: clientId(), body: '  ' } })).errors?.[0]?.extensions?.code).toBe('MESSAGE_EMPTY');
  });

  it("hides an internal note's attachment from partners, on the list, the download URL and the message", async () => {
    const contact = await hub.as(DEMO.contact);
    const coordinator = await hub.as(DEMO.coordinator);
    const deputy = await hub.as(DEMO.deputy);
    const threadId = await partnershipThread(contact);
    const docId = (await upload(contact, { threadId, category: 'EVALUATION_REPORT' }, { bytes: PDF, name: 'intern.pdf' })).body.document!.id;
    const note = (await contact.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Intern', internal: true, attachmentIds: [docId] } })).sendMessage;
    expect(note.attachments).toHaveLength(1);
    expect((await messageOf(deputy, threadId, note.id)).attachments.map((a: { id: string }) => a.id)).toEqual([docId]);
    expect((await download(deputy, docId)).res.status).toBe(200);
    expect(await messageOf(coordinator, threadId, note.id)).toBeUndefined();
    expect((await download(coordinator, docId)).res.status).toBe(404);
    expect((await download(await hub.as(DEMO.volunteer), docId)).res.status).toBe(404);
  });

  it('keeps need-to-know papers on a household thread for those who need to know, and logs each view', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const volunteer = await hub.as(DEMO.volunteer);
    const contact = await hub.as(DEMO.contact);
    const threadId = await householdThread(coordinator);
    // A volunteer may not attach a medical paper (they may not see one).
    expect((await upload(volunteer, { threadId, category: 'MEDICAL' }, { bytes: PDF, name: 'm.pdf' })).status).toBe(403);
    const docId = (await upload(coordinator, { threadId, category: 'MEDICAL' }, { bytes: PDF, name: 'attest-huisarts.pdf' })).body.document!.id;
    const m = (await coordinator.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Attest', attachmentIds: [docId] } })).sendMessage;
    expect((await messageOf(volunteer, threadId, m.id)).attachments).toEqual([]);
    expect((await download(volunteer, docId)).res.status).toBe(404);
    expect((await messageOf(contact, threadId, m.id)).attachments.map((a: { id: string }) => a.id)).toEqual([docId]);
    await download(contact, docId);
    const admin = await hub.as(DEMO.admin);
    const log = await admin.ok(`query($u: ID) { accessLog(userId: $u) { edges { node { what } } } }`, { u: ids.user[DEMO.contact] });
    expect(log.accessLog.edges.filter((e: { node: { what: string } }) => e.node.what === `document:${docId}`)).toHaveLength(2);
    // Not on a partnership thread: identity, residence and medical papers belong to a household.
    expect((await upload(coordinator, { threadId: await partnershipThread(coordinator), category: 'MEDICAL' }, { bytes: PDF, name: 'm.pdf' })).status).toBe(400);
  });

  it("takes a deleted message's attachments away with it", async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const contact = await hub.as(DEMO.contact);
    const threadId = await partnershipThread(volunteer);
    const docId = (await upload(volunteer, { threadId, category: 'OTHER' }, { bytes: PDF, name: 'weg.pdf' })).body.document!.id;
    const m = (await volunteer.ok(SEND, { input: { threadId, clientId: clientId(), body: 'Weg', attachmentIds: [docId] } })).sendMessage;
    await volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: m.id });
    expect((await messageOf(contact, threadId, m.id)).attachments).toEqual([]);
    expect((await download(contact, docId)).res.status).toBe(404);
  });
});

describe('meeting documents', () => {
  const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
  const MEETING_DOCS = `query($id: ID!) { meeting(id: $id) { id documents { id name latestVersion { size } viewerCan { manage upload } } } }`;
  let meetings = 0;
  async function meeting(invitees: string[]): Promise<string> {
    const contact = await hub.as(DEMO.contact);
    const input = {
      kind: 'EVALUATION',
      title: `Evaluatie ${++meetings}`,
      partnershipIds: [ids.partnership.mechelen],
      startsAt: '2026-12-15T10:00',
      endsAt: '2026-12-15T11:30',
      place: 'Bruul 5, Mechelen',
      inviteeIds: invitees.map((e) => ids.user[e]),
    };
    return (await contact.ok(SCHEDULE, { input })).scheduleMeeting.id;
  }

  it("shows a meeting's document to its invitees and the partnership's Fedasil staff only", async () => {
    const meetingId = await meeting([DEMO.coordinator]);
    const coordinator = await hub.as(DEMO.coordinator);
    const up = await upload(coordinator, { meetingId, category: 'EVALUATION_REPORT' }, { bytes: PDF, name: 'jaarverslag.pdf' });
    expect(up.status).toBe(201);
    const docId = up.body.document!.id;
    for (const who of [DEMO.coordinator, DEMO.contact, DEMO.deputy, DEMO.admin]) {
      const agent = await hub.as(who);
      expect(
        (await agent.ok(MEETING_DOCS, { id: meetingId })).meeting.documents.map((d: { id: string }) => d.id),
        who,
      ).toEqual([docId]);
      expect((await download(agent, docId)).bytes.equals(PDF), who).toBe(true);
    }
    // Same partnership but not invited; another partnership's people: not found, everywhere.
    for (const who of [DEMO.volunteer, DEMO.otherVolunteer, DEMO.otherContact]) {
      const agent = await hub.as(who);
      expect((await agent.gql(MEETING_DOCS, { id: meetingId })).errors?.[0]?.extensions?.code, who).toBe('NOT_FOUND');
      expect((await download(agent, docId)).res.status, who).toBe(404);
      expect((await upload(agent, { meetingId, category: 'OTHER' }, { bytes: PDF, name: 'x.pdf' })).status, who).toBe(404);
    }
    // Not on the partnership's shelf; need-to-know papers do not go on meetings.
    expect((await coordinator.ok(LIST, { p: ids.partnership.mechelen })).documents.map((d: { id: string }) => d.id)).not.toContain(docId);
    expect((await upload(coordinator, { meetingId, category: 'MEDICAL' }, { bytes: PDF, name: 'm.pdf' })).status).toBe(400);
  });

  it("lets the uploader and the meeting's staff manage a meeting document, not other invitees", async () => {
    const meetingId = await meeting([DEMO.coordinator, DEMO.volunteer]);
    const volunteer = await hub.as(DEMO.volunteer);
    const docId = (await upload(volunteer, { meetingId, category: 'OTHER' }, { bytes: PDF, name: 'notities.pdf' })).body.document!.id;
    const coordinator = await hub.as(DEMO.coordinator);
    expect((await coordinator.gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: docId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const contact = await hub.as(DEMO.contact);
    expect((await contact.ok(MEETING_DOCS, { id: meetingId })).meeting.documents[0].viewerCan).toEqual({ manage: true, upload: true });
    expect((await volunteer.ok(`mutation($id: ID!) { renameDocument(id: $id, name: "Notities overleg") { name } }`, { id: docId })).renameDocument.name).toBe('Notities overleg');
    expect((await contact.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: docId })).deleteDocument).toBe(true);
    expect((await contact.ok(MEETING_DOCS, { id: meetingId })).meeting.documents).toEqual([]);
  });

  it('sends the same number of SQL statements for a meeting with 2 and with 8 documents (versions, uploader, permissions)', async () => {
    const DOCS = `query($id: ID!) { meeting(id: $id) { documents { id name createdBy { name } latestVersion { size } versions { number uploadedBy { name } previewUrl } viewerCan { manage upload } } } }`;
    const coordinator = await hub.as(DEMO.coordinator);
    const contact = await hub.as(DEMO.contact);
    const measure = async (count: number) => {
      const meetingId = await meeting([DEMO.coordinator]);
      for (let i = 0; i < count; i++) await upload(i % 2 ? coordinator : contact, { meetingId, category: 'OTHER' }, { bytes: PDF, name: `d${i}.pdf` });
      const before = hub.statements.count;
      const data = await contact.ok(DOCS, { id: meetingId });
      return { statements: hub.statements.count - before, documents: data.meeting.documents.length };
    };
    const small = await measure(2);
    const large = await measure(8);
    expect(small.documents).toBe(2);
    expect(large.documents).toBe(8);
    expect(large.statements).toBe(small.statements);
  });
});
