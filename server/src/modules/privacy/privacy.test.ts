/**
 * Personal data lifecycle, against a real hub and database: erasure on request (dry run,
 * confirmation, reason, files, pending email, idempotence, a run stopped half-way), retention per
 * programme and the daily job (figures still add up), the access log that no API call changes, and
 * logs without special-category data. Subject access exports: privacy-export.test.ts.
 * (Shared set-up: privacy.test-support.ts.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ERASED_NAME, erasedReference } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { codes, DEMO } from '../../../test/harness.js';
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
import { subscribe } from '../../../test/live.js';
import { runErasure } from './erase.js';
import { Erasure, SignInEvent } from './privacy.entity.js';
import { runRetention } from './retention.js';
import { hub, ids, admin, logLines, PDF, upload, householdMessages, send, figures, SENSITIVE, expectNothingSensitiveLogged, usePrivacyHub } from './privacy.test-support.js';

usePrivacyHub();

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
    const named = em.create(Notification, {
      recipient: em.getReference(User, ids.user[DEMO.otherContact]),
      kind: 'MEETING_INVITED',
      sourceType: 'MEETING',
      sourceId: crypto.randomUUID(),
      excerpt: 'Case review Mariam Diallo',
    } as never);
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
    const agenda = await fresh.findOneOrFail(AgendaItem, { id: item.id });
    expect([agenda.title, agenda.notes]).toEqual(['Housing of […]', '[…] asked for a ground floor.']);
    // A notification naming a member no longer does.
    expect((await fresh.findOneOrFail(Notification, { id: named.id })).excerpt).toBeNull();
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
      await sub.until(
        () => send(coordinator, threadId, 'Hassan Noori starts his language course.'),
        (d) => d.messageEvents.kind === 'ADDED',
      );
      const added = sub.events('messageEvents').find((e) => e.kind === 'ADDED');
      await admin.ok(ERASE, { id: h.id, r: 'Request of the data subject', c: h.reference });
      await sub.until(
        async () => {},
        (d) => d.messageEvents.kind === 'DELETED' && d.messageEvents.message.id === added!.message.id,
      );
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
    await expect(runErasure(hub.orm.em, failing, { type: 'HOUSEHOLD', id: ids.household.mechelenPlanned }, { mode: 'REQUEST', reason: 'test', requestedBy: ids.user[DEMO.admin] })).rejects.toThrow(
      'store unreachable',
    );
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
    em.create(Invitation, {
      tokenHash: 'a'.repeat(64),
      email: 'volunteer.liege@partnerhub.example',
      name: 'Thomas Renard',
      role: 'VOLUNTEER',
      invitedBy: em.getReference(User, ids.user[DEMO.otherCoordinator]),
      expiresAt: new Date(),
      acceptedAt: new Date(),
    } as never);
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
  it('a database error logged by the hub keeps the statement but not the values (specific needs, names)', async () => {
    const em = hub.orm.em.fork();
    const existing = await em.findOneOrFail(Household, { id: ids.household.mechelen });
    // A real failed INSERT (the reference is taken), carrying a specific-needs note as a parameter.
    const error = await em
      .insert(Household, {
        id: crypto.randomUUID(),
        partnership: existing.partnership.id,
        reference: existing.reference,
        arrivalRoute: 'DIRECT',
        specificNeeds: [],
        specificNeedsNote: SENSITIVE[1],
        guidanceExtended: false,
        createdAt: new Date(),
        updatedAt: new Date(),
      } as never)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(String(error)).toContain('household');
    // Unscrubbed, the error does carry the note: the logger must take it out.
    expect(String(error)).toContain(SENSITIVE[1]);
    hub.server.services.logger.error('unexpected error', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    const line = logLines.at(-1)!;
    expect(line).toContain('unexpected error');
    expect(line).not.toContain(SENSITIVE[1]);
    expect(line).not.toContain(existing.reference);
  });

  it('nothing this file did (uploads, erasures, the retention job) put special-category data in the logs', () => {
    expectNothingSensitiveLogged();
  });
});
