import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Answer, codes } from '../../../test/harness.js';
import { Message, Thread } from './messaging.entity.js';
import { MESSAGES, MESSAGE_FIELDS, OPEN, SEND, THREAD, anonymous, as, freshPartnership, freshThread, hub, ids, messagesOf, send, sent, threadAs, uid, useTestHub } from './messaging.test-support.js';

/**
 * Messaging: threads (partnership, household, subject), messages (seq, idempotent send, reply,
 * mention, edit, delete, internal notes), catch-up, read state, mute, settings, typing, presence,
 * and the live events over graphql-ws (policy per event, sign-out and loss of access).
 *
 * Each case works in a fresh partnership of its own (looked after like the demo "Onthaalgroep
 * Mechelen": contact@ and deputy@, coordinator@'s Samen Thuis vzw and volunteer@'s Onthaalgroep
 * Mechelen), so no case depends on another. "Other" is the demo "Liège Accueil".
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Threads
// ---------------------------------------------------------------------------------------------

describe('openPartnershipThread', () => {
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(OPEN, { p: ids.partnership.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives everyone in the partnership the same one thread', async () => {
    const p = await freshPartnership();
    const seen = await Promise.all((['contact', 'deputy', 'coordinator', 'volunteer', 'admin'] as const).map(async (who) => (await as[who].ok(OPEN, { p })).openPartnershipThread));
    expect(new Set(seen.map((t) => t.id)).size).toBe(1);
    expect(seen[0]).toMatchObject({ kind: 'PARTNERSHIP', subject: null, partnership: { id: p } });
  });

  it('makes exactly one thread under concurrent first use', async () => {
    const p = await freshPartnership();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => [as.contact, as.volunteer, as.coordinator][i % 3].ok(OPEN, { p })));
    expect(new Set(results.map((r) => r.openPartnershipThread.id)).size).toBe(1);
    expect(await hub.orm.em.fork().count(Thread, { partnership: p })).toBe(1);
  });

  it("refuses another partnership's people with NOT_FOUND (the same as an unknown id)", async () => {
    const p = await freshPartnership();
    expect(codes(await as.otherVolunteer.gql(OPEN, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherContact.gql(OPEN, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.contact.gql(OPEN, { p: randomUUID() }))).toEqual(['NOT_FOUND']);
  });
});

describe('openHouseholdThread', () => {
  const OPEN_H = `mutation($h: ID!) { openHouseholdThread(householdId: $h) { id kind household { id } partnership { id } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(OPEN_H, { h: ids.household.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives whoever sees the household one thread, also under concurrent first use', async () => {
    const results = await Promise.all([as.volunteer, as.contact, as.coordinator, as.deputy, as.admin, as.volunteer].map((a) => a.ok(OPEN_H, { h: ids.household.mechelen })));
    expect(new Set(results.map((r) => r.openHouseholdThread.id)).size).toBe(1);
    expect(results[0].openHouseholdThread).toMatchObject({ kind: 'HOUSEHOLD', household: { id: ids.household.mechelen }, partnership: { id: ids.partnership.mechelen } });
    expect(await hub.orm.em.fork().count(Thread, { household: ids.household.mechelen })).toBe(1);
  });

  it("refuses another partnership's household with NOT_FOUND", async () => {
    expect(codes(await as.volunteer.gql(OPEN_H, { h: ids.household.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherVolunteer.gql(OPEN_H, { h: ids.household.mechelen }))).toEqual(['NOT_FOUND']);
  });
});

describe('startThread', () => {
  const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id kind subject createdBy { id } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(START, { input: { partnershipId: ids.partnership.mechelen, subject: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets anyone in the partnership start a thread with a subject (trimmed)', async () => {
    const p = await freshPartnership();
    const { startThread } = await as.volunteer.ok(START, { input: { partnershipId: p, subject: '  Schoolinschrijving kinderen  ' } });
    expect(startThread).toMatchObject({ kind: 'SUBJECT', subject: 'Schoolinschrijving kinderen', createdBy: { id: uid('volunteer') } });
    const second = await as.volunteer.ok(START, { input: { partnershipId: p, subject: 'Schoolinschrijving kinderen' } });
    expect(second.startThread.id).not.toBe(startThread.id);
  });

  it('refuses another partnership with NOT_FOUND', async () => {
    const p = await freshPartnership();
    expect(codes(await as.otherCoordinator.gql(START, { input: { partnershipId: p, subject: 'Hallo' } }))).toEqual(['NOT_FOUND']);
  });

  it('refuses an empty or too long subject', async () => {
    const p = await freshPartnership();
    expect(codes(await as.volunteer.gql(START, { input: { partnershipId: p, subject: '   ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.volunteer.gql(START, { input: { partnershipId: p, subject: 'x'.repeat(201) } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('threads and thread', () => {
  const THREADS = `query($p: ID, $first: Int, $after: String) { threads(partnershipId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind subject unreadCount lastActivityAt lastMessage { body } } } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(THREADS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.gql(THREAD, { id: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
  });

  it("lists the viewer's threads by latest activity they can see, paged; never another partnership's", async () => {
    const p = await freshPartnership();
    const a = (await as.contact.ok(OPEN, { p })).openPartnershipThread.id;
    const b = (await as.volunteer.ok(`mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`, { input: { partnershipId: p, subject: 'Huisvesting' } })).startThread.id;
    await sent(as.volunteer, a, 'Eerste bericht');
    await sent(as.contact, b, 'Antwoord over de woning');
    // An internal note moves the thread up for staff only.
    await sent(as.contact, a, 'Interne nota', { internal: true });
    const forVolunteer = (await as.volunteer.ok(THREADS, { p })).threads;
    expect(forVolunteer.edges.map((e: Answer) => e.node.id)).toEqual([b, a]);
    expect(forVolunteer.edges[1].node.lastMessage.body).toBe('Eerste bericht');
    const forContact = (await as.contact.ok(THREADS, { p })).threads;
    expect(forContact.edges.map((e: Answer) => e.node.id)).toEqual([a, b]);
    expect(forContact.edges[0].node.lastMessage.body).toBe('Interne nota');
    const page1 = (await as.volunteer.ok(THREADS, { p, first: 1 })).threads;
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = (await as.volunteer.ok(THREADS, { p, first: 1, after: page1.pageInfo.endCursor })).threads;
    expect(page2.edges.map((e: Answer) => e.node.id)).toEqual([a]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const inbox = (await as.otherVolunteer.ok(THREADS, { first: 100 })).threads;
    expect(inbox.edges.map((e: Answer) => e.node.id)).not.toContain(a);
    expect(codes(await as.otherVolunteer.gql(THREADS, { p }))).toEqual(['NOT_FOUND']);
  });

  it("answers NOT_FOUND for another partnership's thread", async () => {
    const { threadId } = await freshThread();
    expect((await threadAs(as.volunteer, threadId)).id).toBe(threadId);
    expect(codes(await as.otherVolunteer.gql(THREAD, { id: threadId }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherContact.gql(THREAD, { id: threadId }))).toEqual(['NOT_FOUND']);
  });

  it('tells staff they may write internal notes, and partners not', async () => {
    const { threadId } = await freshThread();
    expect((await threadAs(as.deputy, threadId)).viewerCan).toEqual({ post: true, postInternal: true });
    expect((await threadAs(as.coordinator, threadId)).viewerCan).toEqual({ post: true, postInternal: false });
  });
});

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

describe('sendMessage', () => {
  it('requires sign-in', async () => {
    const { threadId } = await freshThread();
    expect(codes(await send(anonymous, threadId, 'Hallo'))).toEqual(['UNAUTHENTICATED']);
  });

  it('stores plain text as given (line breaks, links and markup kept as text) with the next seq', async () => {
    const { threadId } = await freshThread();
    const body = 'Dag Koen,\n\nZie https://www.fedasil.be/nl <b>dringend</b> <script>alert(1)</script>';
    const first = await sent(as.volunteer, threadId, `  ${body}\r\n`);
    expect(first).toMatchObject({ seq: 1, changeSeq: 1, body, internal: false, edited: false, deleted: false, threadId, author: { id: uid('volunteer') }, viewerCan: { edit: true, delete: true } });
    const second = await sent(as.contact, threadId, 'Bedankt, ik bekijk het.');
    expect(second.seq).toBe(2);
    expect(second.clientId).toBeTruthy();
  });

  it('numbers 20 concurrent sends 1..20 with no gap and no duplicate', async () => {
    const { threadId } = await freshThread();
    const senders = [as.volunteer, as.contact, as.coordinator, as.deputy];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sent(senders[i % senders.length], threadId, `Bericht ${i}`)));
    expect(results.map((m) => m.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const listed = await messagesOf(as.contact, threadId, { limit: 100 });
    expect(listed.messages.map((m: Answer) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('returns the stored message for a retry with the same clientId, also for concurrent retries', async () => {
    const { threadId } = await freshThread();
    const clientId = randomUUID();
    const input = { threadId, clientId, body: 'Eén keer' };
    const first = (await as.volunteer.ok(SEND, { input })).sendMessage;
    const retry = (await as.volunteer.ok(SEND, { input })).sendMessage;
    expect(retry.id).toBe(first.id);
    const concurrentId = randomUUID();
    const racing = await Promise.all(Array.from({ length: 10 }, () => as.volunteer.ok(SEND, { input: { threadId, clientId: concurrentId, body: 'Gelijktijdig' } })));
    expect(new Set(racing.map((r) => r.sendMessage.id)).size).toBe(1);
    const em = hub.orm.em.fork();
    expect(await em.count(Message, { thread: threadId })).toBe(2);
    // No seq was lost to the losing retries: the next message is 3.
    expect((await sent(as.volunteer, threadId, 'Volgende')).seq).toBe(3);
  });

  it('refuses a clientId already used in another thread', async () => {
    const a = await freshThread();
    const b = await freshThread();
    const clientId = randomUUID();
    await as.volunteer.ok(SEND, { input: { threadId: a.threadId, clientId, body: 'In A' } });
    expect(codes(await as.volunteer.gql(SEND, { input: { threadId: b.threadId, clientId, body: 'In B' } }))).toEqual(['CLIENT_ID_CONFLICT']);
  });

  it('refuses another partnership with NOT_FOUND', async () => {
    const { threadId } = await freshThread();
    expect(codes(await send(as.otherVolunteer, threadId, 'Bonjour'))).toEqual(['NOT_FOUND']);
    expect(codes(await send(as.otherContact, threadId, 'Bonjour'))).toEqual(['NOT_FOUND']);
  });

  it('refuses an empty, too long or malformed message', async () => {
    const { threadId } = await freshThread();
    expect(codes(await send(as.volunteer, threadId, ' \n\t '))).toEqual(['MESSAGE_EMPTY']);
    expect(codes(await send(as.volunteer, threadId, 'x'.repeat(5001)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.volunteer.gql(SEND, { input: { threadId, clientId: 'short', body: 'Hallo' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets only Fedasil staff write internal notes', async () => {
    const { threadId } = await freshThread();
    expect(codes(await send(as.volunteer, threadId, 'Geheim', { internal: true }))).toEqual(['FORBIDDEN']);
    expect(codes(await send(as.coordinator, threadId, 'Geheim', { internal: true }))).toEqual(['FORBIDDEN']);
    expect((await sent(as.deputy, threadId, 'Opvolgen met het OCMW', { internal: true })).internal).toBe(true);
    expect((await sent(as.admin, threadId, 'Gezien', { internal: true })).internal).toBe(true);
  });

  it('replies to a message of the same thread only; a public reply may not quote an internal note', async () => {
    const a = await freshThread();
    const b = await freshThread();
    const question = await sent(as.volunteer, a.threadId, 'Wanneer is de evaluatie?');
    const answer = await sent(as.contact, a.threadId, 'Volgende dinsdag.', { replyToId: question.id });
    expect(answer.replyTo).toEqual({ id: question.id, body: 'Wanneer is de evaluatie?' });
    expect(codes(await send(as.contact, b.threadId, 'Elders', { replyToId: question.id }))).toEqual(['REPLY_NOT_IN_THREAD']);
    const note = await sent(as.contact, a.threadId, 'Intern', { internal: true });
    expect(codes(await send(as.contact, a.threadId, 'Publiek', { replyToId: note.id }))).toEqual(['REPLY_NOT_IN_THREAD']);
    expect(codes(await send(as.volunteer, a.threadId, 'Publiek', { replyToId: note.id }))).toEqual(['REPLY_NOT_IN_THREAD']);
    expect((await sent(as.deputy, a.threadId, 'Intern antwoord', { internal: true, replyToId: note.id })).replyTo.id).toBe(note.id);
  });

  it('mentions only people who can see the message', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, '@Koen @Lotte', { mentionIds: [uid('contact'), uid('coordinator'), uid('contact')] });
    expect(m.mentions.map((u: Answer) => u.id).sort()).toEqual([uid('contact'), uid('coordinator')].sort());
    expect(codes(await send(as.volunteer, threadId, '@Thomas', { mentionIds: [uid('otherVolunteer')] }))).toEqual(['MENTION_NOT_PARTICIPANT']);
    expect(codes(await send(as.volunteer, threadId, '@niemand', { mentionIds: [randomUUID()] }))).toEqual(['MENTION_NOT_PARTICIPANT']);
    // An internal note may not mention a partner.
    expect(codes(await send(as.contact, threadId, '@Pieter', { internal: true, mentionIds: [uid('volunteer')] }))).toEqual(['MENTION_NOT_PARTICIPANT']);
    expect((await sent(as.contact, threadId, '@Sofie', { internal: true, mentionIds: [uid('deputy')] })).mentions).toEqual([{ id: uid('deputy') }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Edit and delete
// ---------------------------------------------------------------------------------------------

describe('editMessage', () => {
  const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(EDIT, { input: { id: randomUUID(), body: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('changes the own message, shown as edited, under a new change number', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Afspraak om 10u');
    await sent(as.contact, threadId, 'Ok');
    const { editMessage } = await as.volunteer.ok(EDIT, { input: { id: m.id, body: 'Afspraak om 11u' } });
    expect(editMessage).toMatchObject({ id: m.id, seq: 1, changeSeq: 3, body: 'Afspraak om 11u', edited: true, deleted: false });
    expect(editMessage.editedAt).toBeTruthy();
  });

  it("refuses someone else's message, a deleted one, and an empty text", async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Mijn bericht');
    expect(codes(await as.contact.gql(EDIT, { input: { id: m.id, body: 'Overschreven' } }))).toEqual(['NOT_MESSAGE_AUTHOR']);
    expect(codes(await as.volunteer.gql(EDIT, { input: { id: m.id, body: '  ' } }))).toEqual(['MESSAGE_EMPTY']);
    await as.volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: m.id });
    expect(codes(await as.volunteer.gql(EDIT, { input: { id: m.id, body: 'Terug' } }))).toEqual(['MESSAGE_DELETED']);
  });

  it("answers NOT_FOUND for another partnership's message and for an internal note seen by a partner", async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Hallo');
    expect(codes(await as.otherVolunteer.gql(EDIT, { input: { id: m.id, body: 'Salut' } }))).toEqual(['NOT_FOUND']);
    const note = await sent(as.contact, threadId, 'Intern', { internal: true });
    expect(codes(await as.volunteer.gql(EDIT, { input: { id: note.id, body: 'Gezien' } }))).toEqual(['NOT_FOUND']);
  });
});

describe('deleteMessage', () => {
  const DELETE = `mutation($id: ID!) { deleteMessage(id: $id) { ${MESSAGE_FIELDS} } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(DELETE, { id: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the row in its place, blanks the body and mentions, shown as deleted', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Oeps @Koen', { mentionIds: [uid('contact')] });
    const { deleteMessage } = await as.volunteer.ok(DELETE, { id: m.id });
    expect(deleteMessage).toMatchObject({ id: m.id, seq: 1, changeSeq: 2, body: '', mentions: [], deleted: true, edited: false, viewerCan: { edit: false, delete: false } });
    const listed = await messagesOf(as.contact, threadId);
    expect(listed.messages).toHaveLength(1);
    expect(listed.messages[0]).toMatchObject({ id: m.id, deleted: true, body: '' });
    expect(codes(await as.volunteer.gql(DELETE, { id: m.id }))).toEqual(['MESSAGE_DELETED']);
  });

  it("refuses someone else's message, and another partnership's with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Blijft staan');
    expect(codes(await as.admin.gql(DELETE, { id: m.id }))).toEqual(['NOT_MESSAGE_AUTHOR']);
    expect(codes(await as.otherContact.gql(DELETE, { id: m.id }))).toEqual(['NOT_FOUND']);
  });
});

// ---------------------------------------------------------------------------------------------
// Reading and catching up
// ---------------------------------------------------------------------------------------------

describe('messages', () => {
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(MESSAGES, { t: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('returns what came after a seq (catch-up) and older pages (history), in order', async () => {
    const { threadId } = await freshThread();
    for (let i = 1; i <= 7; i++) await sent(i % 2 ? as.volunteer : as.contact, threadId, `Bericht ${i}`);
    const after = await messagesOf(as.volunteer, threadId, { after: 4 });
    expect(after.messages.map((m: Answer) => m.seq)).toEqual([5, 6, 7]);
    expect(after.hasMore).toBe(false);
    const limited = await messagesOf(as.volunteer, threadId, { after: 0, limit: 3 });
    expect(limited.messages.map((m: Answer) => m.seq)).toEqual([1, 2, 3]);
    expect(limited.hasMore).toBe(true);
    const latest = await messagesOf(as.volunteer, threadId, { limit: 3 });
    expect(latest.messages.map((m: Answer) => m.seq)).toEqual([5, 6, 7]);
    expect(latest.hasMore).toBe(true);
    const older = await messagesOf(as.volunteer, threadId, { before: 5, limit: 10 });
    expect(older.messages.map((m: Answer) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(older.hasMore).toBe(false);
  });

  it('never shows internal notes to partners; staff see them', async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Vraag');
    await sent(as.contact, threadId, 'Let op: dossier bij OCMW', { internal: true });
    await sent(as.contact, threadId, 'Antwoord');
    for (const partner of [as.volunteer, as.coordinator]) {
      const seen = await messagesOf(partner, threadId, { after: 0 });
      expect(seen.messages.map((m: Answer) => m.body)).toEqual(['Vraag', 'Antwoord']);
      expect((await threadAs(partner, threadId)).lastMessage.body).toBe('Antwoord');
    }
    for (const staff of [as.contact, as.deputy, as.admin]) expect((await messagesOf(staff, threadId)).messages.map((m: Answer) => m.internal)).toEqual([false, true, false]);
  });

  it("answers NOT_FOUND for another partnership's thread", async () => {
    const { threadId } = await freshThread();
    expect(codes(await as.otherVolunteer.gql(MESSAGES, { t: threadId }))).toEqual(['NOT_FOUND']);
  });
});

describe('threadChanges', () => {
  const CHANGES = `query($t: ID!, $after: Int!, $limit: Int) { threadChanges(threadId: $t, afterChangeSeq: $after, limit: $limit) { hasMore messages { id seq changeSeq body edited deleted internal } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(CHANGES, { t: randomUUID(), after: 0 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('returns every message added, edited or deleted after a change number, each once, in order', async () => {
    const { threadId } = await freshThread();
    const a = await sent(as.volunteer, threadId, 'A'); // change 1
    const b = await sent(as.volunteer, threadId, 'B'); // change 2
    const c = await sent(as.contact, threadId, 'C'); // change 3
    await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: a.id, body: 'A2' } }); // 4
    await as.volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: b.id }); // 5
    await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: a.id, body: 'A3' } }); // 6
    const { threadChanges } = await as.contact.ok(CHANGES, { t: threadId, after: 2 });
    expect(threadChanges.messages.map((m: Answer) => [m.id, m.changeSeq, m.body])).toEqual([
      [c.id, 3, 'C'],
      [b.id, 5, ''],
      [a.id, 6, 'A3'],
    ]);
    const page = await as.contact.ok(CHANGES, { t: threadId, after: 0, limit: 2 });
    expect(page.threadChanges.hasMore).toBe(true);
    expect(page.threadChanges.messages.map((m: Answer) => m.changeSeq)).toEqual([3, 5]);
  });

  it('leaves internal notes out for partners, and refuses another partnership', async () => {
    const { threadId } = await freshThread();
    await sent(as.contact, threadId, 'Intern', { internal: true });
    await sent(as.contact, threadId, 'Publiek');
    expect((await as.volunteer.ok(CHANGES, { t: threadId, after: 0 })).threadChanges.messages.map((m: Answer) => m.body)).toEqual(['Publiek']);
    expect(codes(await as.otherVolunteer.gql(CHANGES, { t: threadId, after: 0 }))).toEqual(['NOT_FOUND']);
  });
});
