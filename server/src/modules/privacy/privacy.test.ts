/**
 * Personal data lifecycle, against a real hub and database: subject access exports (household,
 * member, own account), erasure on request (dry run, confirmation, reason, files, pending email,
 * idempotence, a run stopped half-way), retention per programme and the daily job (figures still
 * add up), and the access log that no API call changes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ERASED_NAME, erasedReference } from '@partner-hub/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { AccessLogEntry } from '../audit/audit.entity.js';
import { createStorage } from '../document/index.js';
import { DocumentVersion } from '../document/document.entity.js';
import { type DocumentStorage, LocalDiskStorage } from '../document/index.js';
import { Household } from '../household/household.entity.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { AgendaItem, Meeting } from '../meeting/meeting.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { Invitation } from '../auth/auth.entity.js';
import { User } from '../user/user.entity.js';
import { createLogger } from '../../app/logger.js';
import { subscribe } from '../../../test/live.js';
import { runErasure } from './erase.js';
import { Erasure, SignInEvent } from './privacy.entity.js';
import { runRetention } from './retention.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: Agent;
/** Every line the hub logs during this file, at every level. */
const logLines: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({ logger: createLogger('debug', (line) => logLines.push(line)) });
  ids = await demoIds(hub);
  admin = await hub.as(DEMO.admin);
});
afterAll(() => hub?.close());

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function upload(agent: Agent, query: Record<string, string>, name: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${hub.url}/documents?${new URLSearchParams(query)}`, { method: 'POST', body: form, headers: { cookie: agent.cookie!, 'x-partner-hub-upload': '1' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

async function getZip(agent: Agent | null, url: string) {
  const res = await fetch(`${hub.url}${url}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
  if (res.status !== 200) return { res, zip: null, json: (await res.json()) as { error: { code: string } } };
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, zip: await JSZip.loadAsync(bytes), json: null };
}
const readJson = async (zip: JSZip, name: string) => JSON.parse(await zip.file(name)!.async('string'));

async function householdMessages(agent: Agent, householdId: string) {
  const { openHouseholdThread } = await agent.ok(`mutation($h: ID!) { openHouseholdThread(householdId: $h) { id } }`, { h: householdId });
  const { messages } = await agent.ok(`query($t: ID!) { messages(threadId: $t, limit: 200) { messages { seq changeSeq body deleted removedUnder internal } } }`, { t: openHouseholdThread.id });
  return { threadId: openHouseholdThread.id as string, messages: messages.messages as { seq: number; changeSeq: number; body: string; deleted: boolean; removedUnder: string | null; internal: boolean }[] };
}

const send = (agent: Agent, threadId: string, body: string, internal = false) =>
  agent.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq } }`, { i: { threadId, body, internal, clientId: `privacy-${Math.random()}` } });

const FIGURES = `query($g: ID!, $m: ID!, $l: ID!) {
  gent: fundingStatement(partnershipId: $g) { rows { totalCents } totals { totalCents } }
  mechelen: fundingStatement(partnershipId: $m) { rows { totalCents } totals { totalCents } }
  liege: fundingStatement(partnershipId: $l) { rows { totalCents } totals { totalCents } }
  y2023: programmeDashboard(programme: RESETTLEMENT, year: 2023) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  y2025: programmeDashboard(programme: RESETTLEMENT, year: 2025) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  y2026: programmeDashboard(programme: RESETTLEMENT, year: 2026) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  q2023: quotaProgress(programme: RESETTLEMENT, year: 2023) { personsArrived }
}`;
/** The figures, with each statement's rows as a sorted list of amounts (rows are ordered by reference, which erasure changes). */
async function figures() {
  const f = await admin.ok(FIGURES, { g: ids.partnership.gent, m: ids.partnership.mechelen, l: ids.partnership.liege });
  for (const k of ['gent', 'mechelen', 'liege']) f[k].rows = f[k].rows.map((r: { totalCents: number }) => r.totalCents).sort((a: number, b: number) => a - b);
  return f;
}

// ---------------------------------------------------------------------------------------------

describe('subject access export of a household', () => {
  it('requires sign-in, and is for admins only (contact persons and partners are refused)', async () => {
    const url = `/privacy/households/${ids.household.mechelen}/export.zip`;
    expect((await getZip(null, url)).res.status).toBe(401);
    for (const who of [DEMO.contact, DEMO.deputy, DEMO.coordinator, DEMO.volunteer, DEMO.otherCoordinator]) {
      const r = await getZip(await hub.as(who), url);
      expect(r.res.status, who).toBe(403);
      expect(r.json!.error.code).toBe('FORBIDDEN');
    }
    expect((await getZip(admin, `/privacy/households/00000000-0000-0000-0000-000000000000/export.zip`)).res.status).toBe(404);
  });

  it('streams one ZIP: a JSON file per kind of record, the documents, a summary in the language asked; logged as an export', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const lease = PDF('lease of the Bruul home');
    await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, 'Huurcontract Bruul.pdf', lease);
    const medical = PDF('medical report');
    await upload(coordinator, { householdId: ids.household.mechelen, category: 'MEDICAL' }, 'Medisch verslag.pdf', medical);
    const before = await hub.orm.em.fork().count(AccessLogEntry, { household: ids.household.mechelen, what: 'export' });

    const { res, zip } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=fr`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-length')).toBeNull();
    expect(Number(res.headers.get('x-partner-hub-estimated-bytes'))).toBeGreaterThan(lease.length + medical.length);
    const names = Object.keys(zip!.files);
    for (const f of ['summary-fr.txt', 'household.json', 'members.json', 'guidance-plan.json', 'timeline.json', 'housing.json', 'funding.json', 'messages.json', 'documents.json', 'access-log.json', 'feedback.json', 'meetings.json'])
      expect(names, f).toContain(f);

    const household = await readJson(zip!, 'household.json');
    expect(household).toMatchObject({ reference: 'HH-2026-0004', specificNeeds: ['UNACCOMPANIED_MINOR'], specificNeedsNote: 'Former unaccompanied minor; guardian contact via the OCMW.', partnership: { name: 'Onthaalgroep Mechelen' } });
    expect(await readJson(zip!, 'members.json')).toMatchObject([{ firstName: 'Hassan', lastName: 'Noori', birthYear: 2006, relationship: 'HEAD', isHead: true }]);
    expect((await readJson(zip!, 'housing.json')).street).toBe('Bruul 12');
    expect((await readJson(zip!, 'funding.json')).totalCents).toBe(500_000);
    expect((await readJson(zip!, 'guidance-plan.json')).length).toBe(11);
    expect((await readJson(zip!, 'messages.json')).map((m: { body: string }) => m.body)).toEqual([
      'Hassan heeft vandaag zijn bankkaart gekregen. De inschrijving bij de VDAB staat gepland op de 12e.',
      'Goed nieuws, bedankt Pieter! Laat gerust weten als er iets misloopt met de afspraak.',
    ]);
    const documents = await readJson(zip!, 'documents.json');
    expect(documents.map((d: { name: string }) => d.name).sort()).toEqual(['Huurcontract Bruul.pdf', 'Medisch verslag.pdf']);
    const leaseFile = documents.find((d: { name: string }) => d.name === 'Huurcontract Bruul.pdf').versions[0].file;
    expect((await zip!.file(leaseFile)!.async('nodebuffer')).equals(lease)).toBe(true);

    const summary = await zip!.file('summary-fr.txt')!.async('string');
    expect(summary).toContain('Données personnelles détenues par Partner Hub : ménage');
    expect(summary).toContain('Ménage: HH-2026-0004');
    expect(summary).toContain('Hassan Noori (2006, HEAD)');
    expect(summary).toContain('Besoins spécifiques: UNACCOMPANIED_MINOR');

    // The export itself is in the access log (after the download), with who made it.
    const after = await hub.orm.em.fork().find(AccessLogEntry, { household: ids.household.mechelen, what: 'export' }, { populate: ['user'] });
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.user.email).toBe(DEMO.admin);
    // The access log of the household (views of specific needs and sensitive documents) is in the archive.
    const { zip: again } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=en`);
    const log = await readJson(again!, 'access-log.json');
    expect(log.some((e: { what: string; user: { name: string } }) => e.what === 'export')).toBe(true);
    expect(await again!.file('summary-en.txt')!.async('string')).toContain('Personal data held by Partner Hub: household');
  });

  it('mentions elsewhere are included: meeting agenda items and feedback that name the household', async () => {
    const em = hub.orm.em.fork();
    await em.getConnection().execute(`update feedback_round set general_note = ? where partnership_id = ? and status = 'ACCEPTED'`, ['Housing for HH-2026-0004 is settled.', ids.partnership.mechelen]);
    const { zip } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=nl`);
    const feedback = await readJson(zip!, 'feedback.json');
    expect(feedback.some((f: { generalNote?: string }) => f.generalNote === 'Housing for HH-2026-0004 is settled.')).toBe(true);
    expect(await zip!.file('summary-nl.txt')!.async('string')).toContain('Persoonsgegevens in Partner Hub: gezin');
  });

  it('one member: only that member’s record, logged as a member export', async () => {
    const em = hub.orm.em.fork();
    const family = await em.findOneOrFail(Household, { id: ids.household.family }, { populate: ['members'] });
    const lina = family.members.getItems().find((m) => m.firstName === 'Lina')!;
    const { res, zip } = await getZip(admin, `/privacy/households/${ids.household.family}/export.zip?member=${lina.id}&lang=en`);
    expect(res.status).toBe(200);
    const members = await readJson(zip!, 'members.json');
    expect(members.map((m: { firstName: string }) => m.firstName)).toEqual(['Lina']);
    expect(await zip!.file('summary-en.txt')!.async('string')).toContain('Member: Lina Haddad');
    expect(await em.count(AccessLogEntry, { household: ids.household.family, what: `export:member:${lina.id}` })).toBe(1);
    // Another household's member is not found.
    expect((await getZip(admin, `/privacy/households/${ids.household.single}/export.zip?member=${lina.id}`)).res.status).toBe(404);
  });
});

describe('own account data', () => {
  it('requires sign-in; any signed-in person gets their profile, messages they wrote, notification settings and sign-in history', async () => {
    expect((await getZip(null, '/privacy/me/export.zip')).res.status).toBe(401);
    const volunteer = await hub.as(DEMO.volunteer);
    await volunteer.ok(`mutation { setNotificationPreference(kind: MENTION, enabled: false) { kind enabled } }`).catch(() => undefined);
    const { res, zip } = await getZip(volunteer, '/privacy/me/export.zip?lang=nl');
    expect(res.status).toBe(200);
    expect(await readJson(zip!, 'profile.json')).toMatchObject({ email: DEMO.volunteer, role: 'VOLUNTEER' });
    const messages = await readJson(zip!, 'messages.json');
    expect(messages.map((m: { body: string }) => m.body)).toContain('Ik kan ook mee, dan kan ik de buurt al eens tonen.');
    const settings = await readJson(zip!, 'notification-settings.json');
    expect(settings).toHaveProperty('sendReadReceipts', true);
    const history = await readJson(zip!, 'sign-in-history.json');
    expect(history.signIns.length).toBeGreaterThanOrEqual(1);
    expect(history.signIns.at(-1)).toEqual({ at: expect.any(String), ip: '127.0.0.1' });
    expect(history.openSessions.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(history)).not.toMatch(/tokenHash/);
    expect(await zip!.file('summary-nl.txt')!.async('string')).toContain('Persoonsgegevens in Partner Hub: uw account');
    // Only one's own: no other person's messages.
    expect(messages.every((m: { body: string }) => !m.body.startsWith('Dag Koen'))).toBe(true);
  });
});

describe('retention policy per programme', () => {
  it('is shown on the programme (defaults until set) and set by admins only, within bounds', async () => {
    const { programmes } = await (await hub.as(DEMO.coordinator)).ok(`{ programmes { code retention { householdMonthsAfterGuidance accessLogMonths updatedAt } } }`);
    expect(programmes.find((p: { code: string }) => p.code === 'RESETTLEMENT').retention).toEqual({ householdMonthsAfterGuidance: 36, accessLogMonths: 12, updatedAt: null });
    const SET = `mutation($h: Int!, $a: Int!) { setRetentionPolicy(programme: VOLUNTARY_RETURN, householdMonthsAfterGuidance: $h, accessLogMonths: $a) { householdMonthsAfterGuidance accessLogMonths } }`;
    expect(codes(await (await hub.as(DEMO.contact)).gql(SET, { h: 6, a: 12 }))).toEqual(['FORBIDDEN']);
    expect(codes(await admin.gql(SET, { h: 0, a: 12 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await admin.gql(SET, { h: 6, a: 3 }))).toEqual(['BAD_USER_INPUT']);
    expect((await admin.ok(SET, { h: 6, a: 18 })).setRetentionPolicy).toEqual({ householdMonthsAfterGuidance: 6, accessLogMonths: 18 });
    const after = await admin.ok(`{ programmes { code retention { householdMonthsAfterGuidance accessLogMonths } } }`);
    expect(after.programmes.find((p: { code: string }) => p.code === 'VOLUNTARY_RETURN').retention).toEqual({ householdMonthsAfterGuidance: 6, accessLogMonths: 18 });
  });
});

describe('erasure on request', () => {
  const PREVIEW = `query($t: ErasureSubject!, $id: ID!) { erasurePreview(subjectType: $t, id: $id) { label confirmation counts { kind count } erasure { id } } }`;
  const ERASE = `mutation($id: ID!, $r: String!, $c: String!) { eraseHousehold(id: $id, reason: $r, confirmation: $c) { id mode reason completedAt removed { kind count } requestedBy { email } } }`;

  it('dry run: counts by kind, the text to type, nothing changed; admins only', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const { threadId } = await householdMessages(admin, ids.household.liege);
    await send(admin, threadId, 'Internal: the specialised centre confirmed the shelter.', true);
    await upload(await hub.as(DEMO.otherCoordinator), { householdId: ids.household.liege, category: 'IDENTITY_RESIDENCE' }, 'Passeport Mariam.pdf', PDF('passport of Mariam'));
    expect(codes(await coordinator.gql(PREVIEW, { t: 'HOUSEHOLD', id: ids.household.liege }))).toEqual(['FORBIDDEN']);
    expect(codes(await (await hub.as(DEMO.contact)).gql(PREVIEW, { t: 'HOUSEHOLD', id: ids.household.liege }))).toEqual(['FORBIDDEN']);
    const { erasurePreview } = await admin.ok(PREVIEW, { t: 'HOUSEHOLD', id: ids.household.liege });
    const counts = Object.fromEntries(erasurePreview.counts.map((c: { kind: string; count: number }) => [c.kind, c.count]));
    expect(erasurePreview).toMatchObject({ label: 'HH-2025-0006', confirmation: 'HH-2025-0006', erasure: null });
    expect(counts).toMatchObject({ members: 2, specificNeeds: 1, messages: 1, documents: 1, documentFiles: 1 });
    const h = await hub.orm.em.fork().findOneOrFail(Household, { id: ids.household.liege });
    expect(h.reference).toBe('HH-2025-0006');
  });

  it('refuses without the exact confirmation or a reason, and changes nothing', async () => {
    expect(codes(await admin.gql(ERASE, { id: ids.household.liege, r: 'Request of the data subject', c: 'HH-2025-0007' }))).toEqual(['ERASURE_CONFIRMATION_MISMATCH']);
    expect(codes(await admin.gql(ERASE, { id: ids.household.liege, r: '   ', c: 'HH-2025-0006' }))).toEqual(['REASON_REQUIRED']);
    expect(codes(await (await hub.as(DEMO.otherContact)).gql(ERASE, { id: ids.household.liege, r: 'x', c: 'HH-2025-0006' }))).toEqual(['FORBIDDEN']);
    expect(await hub.orm.em.fork().count(Erasure, {})).toBe(0);
    expect((await hub.orm.em.fork().findOneOrFail(Household, { id: ids.household.liege })).specificNeedsNote).not.toBeNull();
  });

  it('erases: personal fields, documents and their files, message bodies (numbers kept), pending email; figures still add up; idempotent', async () => {
    const em = hub.orm.em.fork();
    em.create(OutboxMessage, { to: 'someone@example.org', subject: 'About HH-2025-0006', body: 'Mariam Diallo arrives on Monday.' });
    const [meeting] = await em.find(Meeting, {}, { limit: 1 });
    const item = em.create(AgendaItem, { meeting, position: 99, title: 'Housing of HH-2025-0006', notes: 'Mariam Diallo asked for a ground floor.' } as never);
    const named = em.create(Notification, { recipient: em.getReference(User, ids.user[DEMO.otherContact]), kind: 'MEETING_INVITED', sourceType: 'MEETING', sourceId: crypto.randomUUID(), excerpt: 'Case review Mariam Diallo' } as never);
    em.create(OutboxMessage, { to: 'someone@example.org', subject: 'Unrelated', body: 'Nothing about that household.' });
    await em.flush();
    const keys = (await em.find(DocumentVersion, { document: { household: ids.household.liege } })).map((v) => v.storageKey);
    const storage = createStorage(hub.config) as LocalDiskStorage;
    for (const k of keys) expect(await storage.exists(k)).toBe(true);
    const staffBefore = await householdMessages(admin, ids.household.liege);
    const partnerBefore = await householdMessages(await hub.as(DEMO.otherCoordinator), ids.household.liege);
    const before = await figures();
    const accessLogBefore = await em.count(AccessLogEntry, { household: ids.household.liege });

    const { eraseHousehold } = await admin.ok(ERASE, { id: ids.household.liege, r: 'Request of the data subject, letter of 3 March', c: 'hh-2025-0006' });
    expect(eraseHousehold).toMatchObject({ mode: 'REQUEST', reason: 'Request of the data subject, letter of 3 March', requestedBy: { email: DEMO.admin } });
    expect(eraseHousehold.completedAt).not.toBeNull();

    const fresh = hub.orm.em.fork();
    const h = await fresh.findOneOrFail(Household, { id: ids.household.liege }, { populate: ['members'] });
    expect(h.reference).toBe(erasedReference(h.id));
    expect(h.specificNeeds).toEqual([]);
    expect(h.specificNeedsNote).toBeNull();
    expect(h.members.getItems().map((m) => [m.firstName, m.lastName, m.birthYear, m.relationship])).toEqual([
      [ERASED_NAME, ERASED_NAME, 0, 'HEAD'],
      [ERASED_NAME, ERASED_NAME, 0, 'CHILD'],
    ]);
    for (const k of keys) expect(await storage.exists(k)).toBe(false);
    expect(await fresh.count(DocumentVersion, { storageKey: { $in: keys } })).toBe(0);
    // Meeting items keep their place and lose the reference and names.
    const agenda = await fresh.findOneOrFail(AgendaItem, { id: (item).id });
    expect([agenda.title, agenda.notes]).toEqual(['Housing of […]', '[…] asked for a ground floor.']);
    // A notification naming a member no longer does.
    expect((await fresh.findOneOrFail(Notification, { id: (named).id })).excerpt).toBeNull();
    // Pending email naming the household is gone; other email stays.
    expect((await fresh.find(OutboxMessage, { to: 'someone@example.org' })).map((o) => o.subject)).toEqual(['Unrelated']);

    // Both numberings keep their places; bodies are gone and the messages say why.
    const staffAfter = await householdMessages(admin, ids.household.liege);
    expect(staffAfter.messages.map((m) => m.seq)).toEqual(staffBefore.messages.map((m) => m.seq));
    expect(staffAfter.messages.every((m) => m.body === '' && m.removedUnder === 'REQUEST')).toBe(true);
    expect(Math.min(...staffAfter.messages.map((m) => m.changeSeq))).toBeGreaterThan(Math.max(...staffBefore.messages.map((m) => m.changeSeq)));
    const partnerAfter = await householdMessages(await hub.as(DEMO.otherCoordinator), ids.household.liege);
    expect(partnerAfter.messages.map((m) => m.seq)).toEqual(partnerBefore.messages.map((m) => m.seq));
    expect(partnerAfter.messages.every((m) => m.body === '' && m.removedUnder === 'REQUEST' && !m.internal)).toBe(true);

    // The figures Fedasil keeps: funding statements and the dashboard are unchanged, and still load.
    expect(await figures()).toEqual(before);
    // The household page says what happened; the access log keeps its rows.
    const { household } = await admin.ok(`query($id: ID!) { household(id: $id) { reference erasure { mode erasedAt } specificNeeds { needs note } } }`, { id: ids.household.liege });
    expect(household).toMatchObject({ reference: erasedReference(ids.household.liege), erasure: { mode: 'REQUEST' }, specificNeeds: { needs: [], note: null } });
    expect(await fresh.count(AccessLogEntry, { household: ids.household.liege })).toBeGreaterThanOrEqual(accessLogBefore);

    // Again: nothing more happens, the same erasure is returned (the confirmation is now the erased reference).
    const again = await admin.ok(ERASE, { id: ids.household.liege, r: 'again', c: erasedReference(ids.household.liege) });
    expect(again.eraseHousehold.id).toBe(eraseHousehold.id);
    expect(again.eraseHousehold.reason).toBe('Request of the data subject, letter of 3 March');
    expect(await fresh.count(Erasure, {})).toBe(1);
    const { erasures } = await admin.ok(`{ erasures { id subjectType subjectId mode } }`);
    expect(erasures).toEqual([{ id: eraseHousehold.id, subjectType: 'HOUSEHOLD', subjectId: ids.household.liege, mode: 'REQUEST' }]);
  });

  it('an open thread hears at once that its messages lost their text (live, as a delete)', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const em = hub.orm.em.fork();
    const h = await em.findOneOrFail(Household, { id: ids.household.mechelen });
    const { threadId } = await householdMessages(coordinator, h.id);
    const sub = subscribe(hub, coordinator, `subscription($t: ID) { messageEvents(threadId: $t) { kind message { id seq body removedUnder } } }`, { t: threadId });
    try {
      // Registered once a message sent now arrives.
      await sub.until(() => send(coordinator, threadId, 'Hassan Noori starts his language course.'), (d) => d.messageEvents.kind === 'ADDED');
      const added = sub.events('messageEvents').find((e) => e.kind === 'ADDED');
      await admin.ok(ERASE, { id: h.id, r: 'Request of the data subject', c: h.reference });
      await sub.until(async () => {}, (d) => d.messageEvents.kind === 'DELETED' && d.messageEvents.message.id === added!.message.id);
      const deleted = sub.events('messageEvents').filter((e) => e.kind === 'DELETED');
      expect(deleted).toContainEqual({ kind: 'DELETED', message: { id: added!.message.id, seq: added!.message.seq, body: '', removedUnder: 'REQUEST' } });
    } finally {
      await sub.close();
    }
  });

  it('a run stopped half-way (the file store fails) is completed by the next run; a file another household shares stays', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const shared = PDF('the same municipal leaflet');
    await upload(coordinator, { householdId: ids.household.mechelenPlanned, category: 'OTHER' }, 'Leaflet.pdf', shared);
    const own = PDF('a report only on this household');
    await upload(coordinator, { householdId: ids.household.mechelenPlanned, category: 'OTHER' }, 'Rapport Grace Mugisha.pdf', own);
    await upload(admin, { householdId: ids.household.mechelen, category: 'OTHER' }, 'Leaflet copy.pdf', shared);
    const em = hub.orm.em.fork();
    const versions = await em.find(DocumentVersion, { document: { household: ids.household.mechelenPlanned } });
    const real = createStorage(hub.config);
    const failing: DocumentStorage = {
      put: real.put.bind(real),
      get: real.get.bind(real),
      exists: real.exists.bind(real),
      check: real.check.bind(real),
      delete: () => Promise.reject(new Error('store unreachable')),
    };
    await expect(runErasure(hub.orm.em, failing, { type: 'HOUSEHOLD', id: ids.household.mechelenPlanned }, { mode: 'REQUEST', reason: 'test', requestedBy: ids.user[DEMO.admin] })).rejects.toThrow('store unreachable');
    const half = await hub.orm.em.fork().findOneOrFail(Erasure, { subjectId: ids.household.mechelenPlanned });
    expect(half.completedAt).toBeNull();
    expect(half.pendingStorageKeys.length).toBe(2);
    // The database part is done and consistent: no document row points at a file any more.
    expect(await hub.orm.em.fork().count(DocumentVersion, { id: { $in: versions.map((v) => v.id) } })).toBe(0);

    const result = await runRetention(hub.orm.em, real);
    expect(result.resumed).toBe(1);
    const done = await hub.orm.em.fork().findOneOrFail(Erasure, { subjectId: ids.household.mechelenPlanned });
    expect(done.completedAt).not.toBeNull();
    expect(done.pendingStorageKeys).toEqual([]);
    const sharedKey = versions.find((v) => v.originalName === 'Leaflet.pdf')!.storageKey;
    const ownKey = versions.find((v) => v.originalName === 'Rapport Grace Mugisha.pdf')!.storageKey;
    expect(await real.exists(sharedKey)).toBe(true);
    expect(await real.exists(ownKey)).toBe(false);
    expect(existsSync(path.join((hub.config.documentStorage as { root: string }).root, ownKey.slice(0, 2), ownKey.slice(2, 4), ownKey))).toBe(false);
  });

  it('an account: can no longer sign in, name, address, settings and pending email gone; an admin cannot erase themself', async () => {
    const ERASE_USER = `mutation($id: ID!, $r: String!, $c: String!) { eraseUser(id: $id, reason: $r, confirmation: $c) { id subjectType removed { kind count } } }`;
    const volunteerId = ids.user['volunteer.liege@partnerhub.example'];
    const em = hub.orm.em.fork();
    em.create(OutboxMessage, { to: 'volunteer.liege@partnerhub.example', subject: 'Reminder', body: 'Your meeting tomorrow.' });
    // The invitation the person once accepted holds their name and address too.
    em.create(Invitation, { tokenHash: 'a'.repeat(64), email: 'volunteer.liege@partnerhub.example', name: 'Thomas Renard', role: 'VOLUNTEER', invitedBy: em.getReference(User, ids.user[DEMO.otherCoordinator]), expiresAt: new Date(), acceptedAt: new Date() } as never);
    await em.flush();
    await hub.as(DEMO.otherVolunteer);
    const { erasurePreview } = await admin.ok(PREVIEW, { t: 'USER', id: volunteerId });
    expect(erasurePreview.confirmation).toBe('volunteer.liege@partnerhub.example');
    const counts = Object.fromEntries(erasurePreview.counts.map((c: { kind: string; count: number }) => [c.kind, c.count]));
    expect(counts).toMatchObject({ profile: 1, pendingEmails: 1 });
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(counts.signIns).toBeGreaterThanOrEqual(1);
    expect(codes(await admin.gql(ERASE_USER, { id: ids.user[DEMO.admin], r: 'x', c: DEMO.admin }))).toEqual(['CANNOT_REMOVE_SELF']);
    expect(codes(await (await hub.as(DEMO.contact)).gql(ERASE_USER, { id: volunteerId, r: 'x', c: 'volunteer.liege@partnerhub.example' }))).toEqual(['FORBIDDEN']);

    const { eraseUser } = await admin.ok(ERASE_USER, { id: volunteerId, r: 'Left the welcome group, asked for erasure', c: 'volunteer.liege@partnerhub.example' });
    expect(eraseUser.subjectType).toBe('USER');
    const u = await hub.orm.em.fork().findOneOrFail(User, { id: volunteerId });
    expect(u).toMatchObject({ name: ERASED_NAME, email: `erased-${volunteerId}@erased.invalid`, passwordHash: null });
    expect(u.removedAt).not.toBeNull();
    expect(await hub.orm.em.fork().count(OutboxMessage, { to: 'volunteer.liege@partnerhub.example' })).toBe(0);
    expect(await hub.orm.em.fork().count(Invitation, { email: 'volunteer.liege@partnerhub.example' })).toBe(0);
    expect(await hub.orm.em.fork().count(SignInEvent, { user: volunteerId })).toBe(0);
    expect(codes(await hub.agent().gql(`mutation { signIn(email: "volunteer.liege@partnerhub.example", password: "partnerhub-demo") { id } }`))).toEqual(['INVALID_CREDENTIALS']);
  });
});

describe('retention job', () => {
  it('erases households past their programme’s retention, keeps the figures, and deletes only access log entries past their period', async () => {
    const em = hub.orm.em.fork();
    const now = new Date();
    const old = new Date(now.getTime() - 400 * 24 * 3600 * 1000);
    const recent = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
    const contact = em.getReference(User, ids.user[DEMO.contact]);
    em.create(AccessLogEntry, { user: contact, household: em.getReference(Household, ids.household.mechelen), what: 'specificNeeds', at: old });
    em.create(AccessLogEntry, { user: contact, household: em.getReference(Household, ids.household.mechelen), what: 'specificNeeds', at: recent });
    const oldSignIn = em.create(SignInEvent, { user: contact, ip: '127.0.0.1', at: old });
    await em.flush();
    const { threadId } = await householdMessages(admin, ids.household.single);
    await send(admin, threadId, 'Samuel found a job in Ghent.');
    const before = await figures();

    // Nothing past 36 months yet: only the old access log row goes.
    const first = await runRetention(hub.orm.em, createStorage(hub.config));
    expect(first.householdsErased).toBe(0);
    expect(first.accessLogDeleted).toBeGreaterThanOrEqual(1);
    const left = await hub.orm.em.fork().find(AccessLogEntry, { household: ids.household.mechelen, what: 'specificNeeds' });
    expect(left.some((r) => r.at.getTime() === old.getTime())).toBe(false);
    expect(left.some((r) => r.at.getTime() === recent.getTime())).toBe(true);
    // Sign-ins are kept as long as the access log.
    expect(first.signInsDeleted).toBeGreaterThanOrEqual(1);
    expect(await hub.orm.em.fork().count(SignInEvent, { id: oldSignIn.id })).toBe(0);
    expect(await hub.orm.em.fork().count(SignInEvent, {})).toBeGreaterThan(0);

    // Resettlement keeps household data 3 months after guidance: HH-2023-0001 (ended 2025) and HH-2023-0002 (ended 2024) go.
    await admin.ok(`mutation { setRetentionPolicy(programme: RESETTLEMENT, householdMonthsAfterGuidance: 3, accessLogMonths: 12) { id } }`);
    const second = await runRetention(hub.orm.em, createStorage(hub.config));
    expect(second.householdsErased).toBe(2);
    const erased = await hub.orm.em.fork().find(Erasure, { mode: 'RETENTION' });
    expect(erased.map((e) => e.subjectId).sort()).toEqual([ids.household.family, ids.household.single].sort());
    expect(erased.every((e) => e.completedAt && e.reason === null && e.requestedBy === null)).toBe(true);
    const family = await hub.orm.em.fork().findOneOrFail(Household, { id: ids.household.family }, { populate: ['members'] });
    expect(family.members.getItems().every((m) => m.firstName === ERASED_NAME)).toBe(true);
    expect(family.members.length).toBe(5);
    const { messages } = await householdMessages(admin, ids.household.single);
    expect(messages.map((m) => [m.body, m.removedUnder])).toEqual([['', 'RETENTION']]);

    // Dashboard, quota progress and funding statements: the same figures as before.
    expect(await figures()).toEqual(before);
    const y2023 = (await figures()).y2023;
    expect(y2023).toMatchObject({ personsArrived: 6, fundingCommittedCents: 2_500_000 });

    // A second run has nothing left to do.
    expect(await runRetention(hub.orm.em, createStorage(hub.config))).toEqual({ resumed: 0, householdsErased: 0, accessLogDeleted: 0, signInsDeleted: 0 });
  });
});

describe('the access log', () => {
  it('no operation of the API changes or deletes it: the schema has none, and erasures keep its rows', async () => {
    const { __schema } = await admin.ok(`{ __schema { mutationType { fields { name type { name ofType { name } } args { name } } } } }`);
    const touching = __schema.mutationType.fields.filter(
      (f: { name: string; type: { name: string | null; ofType: { name: string } | null }; args: { name: string }[] }) =>
        /access.?log|audit/i.test(f.name) || [f.type.name, f.type.ofType?.name].some((n) => n && /AccessLog/.test(n)) || f.args.some((a) => /access.?log/i.test(a.name)),
    );
    // Setting a programme's retention period is the one that names it; it changes no entry.
    expect(touching.map((f: { name: string }) => f.name)).toEqual(['setRetentionPolicy']);
    // Erased households and accounts still have their access log rows (the views stay accountable).
    const em = hub.orm.em.fork();
    expect(await em.count(AccessLogEntry, { household: ids.household.liege })).toBeGreaterThan(0);
  });
});

describe('logs', () => {
  const SENSITIVE = [
    'Youngest child needs follow-up by a paediatric cardiologist.',
    'Former unaccompanied minor; guardian contact via the OCMW.',
    'Support by a specialised centre; do not share the address.',
    'Medisch verslag.pdf',
    'Passeport Mariam.pdf',
    'Rapport Grace Mugisha.pdf',
  ];

  it('a database error logged by the hub keeps the statement but not the values (specific needs, names)', async () => {
    const em = hub.orm.em.fork();
    const existing = await em.findOneOrFail(Household, { id: ids.household.mechelen });
    // A real failed INSERT (the reference is taken), carrying a specific-needs note as a parameter.
    const error = await em
      .insert(Household, { id: crypto.randomUUID(), partnership: existing.partnership.id, reference: existing.reference, arrivalRoute: 'DIRECT', specificNeeds: [], specificNeedsNote: SENSITIVE[1], guidanceExtended: false, createdAt: new Date(), updatedAt: new Date() } as never)
      .then(() => null, (e: unknown) => e);
    expect(String(error)).toContain('household');
    // Unscrubbed, the error does carry the note: the logger must take it out.
    expect(String(error)).toContain(SENSITIVE[1]);
    hub.server.services.logger.error('unexpected error', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    const line = logLines.at(-1)!;
    expect(line).toContain('unexpected error');
    expect(line).not.toContain(SENSITIVE[1]);
    expect(line).not.toContain(existing.reference);
  });

  it('nothing this file did (exports, uploads, erasures, the retention job) put special-category data in the logs', () => {
    expect(logLines.length).toBeGreaterThan(0);
    for (const s of SENSITIVE) expect(logLines.filter((l) => l.includes(s)), s).toEqual([]);
  });
});
