import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub } from '../../../test/harness.js';
import { PUBLIC_NUMBERING_BACKFILL } from '../../migrations/public-numbering.js';
import { OPEN, SEND, anonymous, as, freshThread, hub, live, messagesOf, sent, threadAs, uid, unreadTotal, useTestHub } from './messaging.test-support.js';

/**
 * Messaging: read state and unread counts, the partners’ numbering (and its backfill), seenBy, settings and muting.
 * (Shared setup and helpers: messaging.test-support.ts.)
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Read state, unread counts, seen by, mute, settings
// ---------------------------------------------------------------------------------------------

export const MARK = `mutation($t: ID!, $seq: Int!) { markThreadRead(threadId: $t, seq: $seq) { id unreadCount viewerLastReadSeq } }`;

describe('markThreadRead and unread counts', () => {
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(MARK, { t: randomUUID(), seq: 1 }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.gql(`{ unreadMessageCount }`))).toEqual(['UNAUTHENTICATED']);
  });

  it("counts others' messages after the read position: not own, not deleted, no internal notes for partners", async () => {
    const { threadId } = await freshThread();
    const volunteerBefore = await unreadTotal(as.volunteer);
    const contactBefore = await unreadTotal(as.contact);
    await sent(as.volunteer, threadId, 'Eigen bericht'); // 1: own for the volunteer
    await sent(as.contact, threadId, 'Antwoord 1'); // 2
    await sent(as.contact, threadId, 'Intern', { internal: true }); // 3: not for partners
    const gone = await sent(as.contact, threadId, 'Vergissing'); // 4: deleted
    await as.contact.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: gone.id });
    await sent(as.coordinator, threadId, 'Antwoord 2'); // 5
    expect((await threadAs(as.volunteer, threadId)).unreadCount).toBe(2);
    expect(await unreadTotal(as.volunteer)).toBe(volunteerBefore + 2);
    // The deputy sees the internal note too: 1, 2, 3, 5.
    expect((await threadAs(as.deputy, threadId)).unreadCount).toBe(4);
    // The contact person wrote 2, 3, 4: only 1 and 5 count.
    expect((await threadAs(as.contact, threadId)).unreadCount).toBe(2);
    expect(await unreadTotal(as.contact)).toBe(contactBefore + 2);

    // In partners' numbering (internal notes take none): 1, 2, 4 (deleted) and 5 are their 1 to 4.
    const marked = (await as.volunteer.ok(MARK, { t: threadId, seq: 2 })).markThreadRead;
    expect(marked).toMatchObject({ viewerLastReadSeq: 2, unreadCount: 1 });
    // Never backwards.
    expect((await as.volunteer.ok(MARK, { t: threadId, seq: 1 })).markThreadRead.viewerLastReadSeq).toBe(2);
    // A partner's position stops at the newest message they may see (no hint of later internal notes).
    await sent(as.contact, threadId, 'Nog een interne nota', { internal: true }); // 6
    expect((await as.volunteer.ok(MARK, { t: threadId, seq: 99 })).markThreadRead).toMatchObject({ viewerLastReadSeq: 4, unreadCount: 0 });
    expect(await unreadTotal(as.volunteer)).toBe(volunteerBefore);
    expect((await as.deputy.ok(MARK, { t: threadId, seq: 99 })).markThreadRead.viewerLastReadSeq).toBe(6);
  });

  it("refuses another partnership's thread with NOT_FOUND and a negative seq", async () => {
    const { threadId } = await freshThread();
    expect(codes(await as.otherVolunteer.gql(MARK, { t: threadId, seq: 1 }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.volunteer.gql(MARK, { t: threadId, seq: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('does not count messages of a partnership the viewer cannot see', async () => {
    const before = await unreadTotal(as.otherVolunteer);
    const { threadId } = await freshThread();
    await sent(as.contact, threadId, 'Niet voor Luik');
    expect(await unreadTotal(as.otherVolunteer)).toBe(before);
  });
});

describe("partners' numbering", () => {
  const CHANGES = `query($t: ID!, $after: Int!) { threadChanges(threadId: $t, afterChangeSeq: $after) { hasMore messages { body seq changeSeq } } }`;
  const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { seq changeSeq } }`;
  const numbers = (page: { messages: { body: string; seq: number; changeSeq?: number }[] }) => page.messages.map((m) => [m.body, m.seq, m.changeSeq]);

  it('numbers what partners may see 1, 2, 3... with no gap where an internal note is, also in changes and catch-up; staff number every message', async () => {
    const { threadId } = await freshThread();
    await sent(as.contact, threadId, 'A');
    const note = await sent(as.contact, threadId, 'Nota 1', { internal: true });
    const b = await sent(as.contact, threadId, 'B');
    await sent(as.deputy, threadId, 'Nota 2', { internal: true });
    const c = await sent(as.coordinator, threadId, 'C');
    // The sender's own view: staff's numbering for the contact person, partners' for the coordinator.
    expect([b.seq, b.changeSeq, note.seq]).toEqual([3, 3, 2]);
    expect([c.seq, c.changeSeq]).toEqual([3, 3]);

    const mine = (agent: Agent, vars: Record<string, unknown> = {}) =>
      messagesOf(agent, threadId, vars).then((page) => page.messages.map((m: { body: string; seq: number; changeSeq: number }) => [m.body, m.seq, m.changeSeq]));
    expect(await mine(as.volunteer)).toEqual([
      ['A', 1, 1],
      ['B', 2, 2],
      ['C', 3, 3],
    ]);
    expect(await mine(as.deputy)).toEqual([
      ['A', 1, 1],
      ['Nota 1', 2, 2],
      ['B', 3, 3],
      ['Nota 2', 4, 4],
      ['C', 5, 5],
    ]);
    // Catch-up and history, each in the viewer's numbering.
    expect(await mine(as.volunteer, { after: 1 })).toEqual([
      ['B', 2, 2],
      ['C', 3, 3],
    ]);
    expect(await mine(as.volunteer, { before: 3 })).toEqual([
      ['A', 1, 1],
      ['B', 2, 2],
    ]);
    expect(await mine(as.deputy, { after: 2, before: 5 })).toEqual([
      ['B', 3, 3],
      ['Nota 2', 4, 4],
    ]);
    expect((await as.volunteer.ok(`query($id: ID!) { thread(id: $id) { lastMessage { body seq } } }`, { id: threadId })).thread.lastMessage).toEqual({ body: 'C', seq: 3 });

    // Editing the note moves staff's change counter only; editing B moves both, with no gap for partners.
    expect((await as.contact.ok(EDIT, { input: { id: note.id, body: 'Nota 1 (aangepast)' } })).editMessage).toEqual({ seq: 2, changeSeq: 6 });
    expect(numbers((await as.volunteer.ok(CHANGES, { t: threadId, after: 3 })).threadChanges)).toEqual([]);
    expect((await as.contact.ok(EDIT, { input: { id: b.id, body: 'B (aangepast)' } })).editMessage).toEqual({ seq: 3, changeSeq: 7 });
    expect(numbers((await as.volunteer.ok(CHANGES, { t: threadId, after: 3 })).threadChanges)).toEqual([['B (aangepast)', 2, 4]]);
    expect(numbers((await as.deputy.ok(CHANGES, { t: threadId, after: 5 })).threadChanges)).toEqual([
      ['Nota 1 (aangepast)', 2, 6],
      ['B (aangepast)', 3, 7],
    ]);
  });

  it("keeps one read position in both numberings: a partner's seen-by and unread counts agree with staff's", async () => {
    const { threadId } = await freshThread();
    const a = await sent(as.contact, threadId, 'A'); // staff 1, partners 1
    await sent(as.contact, threadId, 'Nota', { internal: true }); // staff 2
    const b = await sent(as.contact, threadId, 'B'); // staff 3, partners 2
    const c = await sent(as.contact, threadId, 'C'); // staff 4, partners 3
    expect((await as.volunteer.ok(MARK, { t: threadId, seq: 2 })).markThreadRead).toMatchObject({ viewerLastReadSeq: 2, unreadCount: 1 });
    // The contact person sees that the volunteer read A and B (staff's 1 and 3), not C.
    const seen = (await as.contact.ok(`query($t: ID!) { messages(threadId: $t) { messages { id seenBy { id } } } }`, { t: threadId })).messages.messages;
    const seenBy = (id: string) => seen.find((m: { id: string }) => m.id === id).seenBy.map((u: { id: string }) => u.id);
    expect([seenBy(a.id), seenBy(b.id), seenBy(c.id)]).toEqual([[uid('volunteer')], [uid('volunteer')], []]);
    // The deputy reads up to the note (staff's 2): partners' position 1 (A).
    expect((await as.deputy.ok(MARK, { t: threadId, seq: 2 })).markThreadRead).toMatchObject({ viewerLastReadSeq: 2, unreadCount: 2 });
    const [row] = await hub.orm.em
      .fork()
      .getConnection()
      .execute(`select last_read_seq, last_read_public_seq from message_thread_state where thread_id = ? and user_id = ?`, [threadId, uid('deputy')]);
    expect([Number(row.last_read_seq), Number(row.last_read_public_seq)]).toEqual([2, 1]);
  });

  it("tells partners others' read positions in their numbering, and nothing when staff read only internal notes", async () => {
    const { threadId } = await freshThread();
    const READ_EVENTS = `subscription($t: ID) { readStateEvents(threadId: $t) { lastReadSeq user { id } } }`;
    const partner = live(hub, as.volunteer, READ_EVENTS, { t: threadId });
    const staff = live(hub, as.admin, READ_EVENTS, { t: threadId });
    try {
      // Both subscribed: the volunteer's reads of new messages reach both.
      const ready = (sub: typeof partner) => sub.data().some((e) => e.user.id === uid('volunteer'));
      const ping = async () => {
        await sent(as.contact, threadId, 'Ping');
        await as.volunteer.ok(MARK, { t: threadId, seq: 999 });
      };
      await partner.until(() => ready(partner), ping);
      await staff.until(() => ready(staff), ping);
      const staffBefore = (await as.deputy.ok(MARK, { t: threadId, seq: 999 })).markThreadRead.viewerLastReadSeq;
      const partnersBefore = (await threadAs(as.volunteer, threadId)).viewerLastReadSeq;
      await sent(as.contact, threadId, 'Nota 1', { internal: true });
      await sent(as.contact, threadId, 'Nota 2', { internal: true });
      await sent(as.contact, threadId, 'Antwoord');
      for (const step of [1, 2, 3]) await as.deputy.ok(MARK, { t: threadId, seq: staffBefore + step }); // two notes, then the answer
      await staff.until((e) => e.user.id === uid('deputy') && e.lastReadSeq === staffBefore + 3);
      await partner.until((e) => e.user.id === uid('deputy') && e.lastReadSeq === partnersBefore + 1);
      const deputy = (sub: typeof partner) =>
        sub
          .data()
          .filter((e) => e.user.id === uid('deputy'))
          .map((e) => e.lastReadSeq);
      expect(deputy(staff)).toEqual([staffBefore, staffBefore + 1, staffBefore + 2, staffBefore + 3]);
      // The partner's numbering moved twice: to what the deputy had read, then to the answer.
      expect(deputy(partner)).toEqual([partnersBefore, partnersBefore + 1]);
    } finally {
      await partner.close();
      await staff.close();
    }
  });
});

describe("the upgrade to partners' numbering (the migration's backfill)", () => {
  it('numbers stored messages, counters and read positions as the hub numbers new ones', async () => {
    // A hub of its own: the backfill rewrites every thread.
    const own = await startTestHub();
    try {
      const ownIds = await demoIds(own);
      const [contact, deputy, volunteer] = await Promise.all([own.as(DEMO.contact), own.as(DEMO.deputy), own.as(DEMO.volunteer)]);
      const { openPartnershipThread: thread } = await contact.ok(OPEN, { p: ownIds.partnership.mechelen });
      const say = async (agent: Agent, body: string, internal = false) => (await agent.ok(SEND, { input: { threadId: thread.id, clientId: randomUUID(), body, internal } })).sendMessage;
      const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`;
      const a = await say(contact, 'A');
      const note = await say(contact, 'Nota', true);
      await say(volunteer, 'B');
      await contact.ok(EDIT, { input: { id: a.id, body: 'A (aangepast)' } });
      await contact.ok(EDIT, { input: { id: note.id, body: 'Nota (aangepast)' } });
      await say(deputy, 'Nota 2', true);
      await say(contact, 'C');
      await volunteer.ok(MARK, { t: thread.id, seq: 2 });
      await deputy.ok(MARK, { t: thread.id, seq: 4 });

      const conn = own.orm.em.fork().getConnection();
      const rows = async (sql: string) => (await conn.execute(sql)).map((r: Record<string, string | number | bigint | boolean | null>) => Object.values(r).map((v) => (v === null ? null : String(v))));
      const stored = async () => ({
        seqs: await rows('select id, public_seq from message order by thread_id, seq'),
        // Change numbers may be renumbered: their order per thread is what catch-up needs.
        changeOrder: await rows('select thread_id, id from message where public_change_seq is not null order by thread_id, public_change_seq'),
        threads: await rows(
          'select id, last_public_seq, last_public_change_seq = (select max(public_change_seq) from message m where m.thread_id = message_thread.id) from message_thread order by id',
        ),
        reads: await rows('select id, last_read_public_seq from message_thread_state order by id'),
      });
      const MESSAGES_SEEN = `query($t: ID!) { messages(threadId: $t) { messages { body seq } } }`;
      const before = { stored: await stored(), partner: await volunteer.ok(MESSAGES_SEEN, { t: thread.id }), viewer: await threadAs(volunteer, thread.id) };
      // The demo's thread had messages (and internal notes) already: the partner's numbering has no gap.
      const seen: { body: string; seq: number }[] = before.partner.messages.messages;
      expect(seen.map((m) => m.seq)).toEqual(seen.map((_, i) => i + 1));
      expect(seen.slice(-3).map((m) => m.body)).toEqual(['A (aangepast)', 'B', 'C']);
      expect(before.stored.seqs.length).toBeGreaterThan(5); // the demo's threads too

      // As stored before the upgrade: no partners' numbering at all.
      await conn.execute('update message set public_seq = null, public_change_seq = null');
      await conn.execute('update message_thread set last_public_seq = 0, last_public_change_seq = 0');
      await conn.execute('update message_thread_state set last_read_public_seq = 0');
      for (const sql of PUBLIC_NUMBERING_BACKFILL) await conn.execute(sql);

      expect(await stored()).toEqual(before.stored);
      const fresh = await own.as(DEMO.volunteer); // nothing cached
      expect(await fresh.ok(MESSAGES_SEEN, { t: thread.id })).toEqual(before.partner);
      expect(await threadAs(fresh, thread.id)).toEqual(before.viewer);
    } finally {
      await own.close();
    }
  });
});

describe('seenBy and messagingSettings', () => {
  const SEEN = `query($t: ID!) { messages(threadId: $t) { messages { id seenBy { id } } } }`;
  const SETTINGS = `mutation($on: Boolean!) { updateMessagingSettings(sendReadReceipts: $on) { sendReadReceipts } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(`{ messagingSettings { sendReadReceipts } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.gql(SETTINGS, { on: false }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows the sender who read their message, among those who send read receipts; nobody else sees it', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Gelezen?');
    await as.contact.ok(MARK, { t: threadId, seq: 1 });
    await as.coordinator.ok(MARK, { t: threadId, seq: 1 });
    const seenBy = async (agent: Agent) =>
      (await agent.ok(SEEN, { t: threadId })).messages.messages
        .find((x: Answer) => x.id === m.id)
        .seenBy.map((u: Answer) => u.id)
        .sort();
    expect(await seenBy(as.volunteer)).toEqual([uid('contact'), uid('coordinator')].sort());
    expect(await seenBy(as.contact)).toEqual([]);
    expect((await as.coordinator.ok(`{ messagingSettings { sendReadReceipts } }`)).messagingSettings.sendReadReceipts).toBe(true);
    expect((await as.coordinator.ok(SETTINGS, { on: false })).updateMessagingSettings.sendReadReceipts).toBe(false);
    try {
      expect(await seenBy(as.volunteer)).toEqual([uid('contact')]);
    } finally {
      await as.coordinator.ok(SETTINGS, { on: true });
    }
  });
});

describe('muteThread', () => {
  const MUTE = `mutation($t: ID!, $m: Boolean!) { muteThread(threadId: $t, muted: $m) { id muted } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(MUTE, { t: randomUUID(), m: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('mutes and unmutes for the viewer only', async () => {
    const { threadId } = await freshThread();
    expect((await as.volunteer.ok(MUTE, { t: threadId, m: true })).muteThread.muted).toBe(true);
    expect((await threadAs(as.volunteer, threadId)).muted).toBe(true);
    expect((await threadAs(as.contact, threadId)).muted).toBe(false);
    expect((await as.volunteer.ok(MUTE, { t: threadId, m: false })).muteThread.muted).toBe(false);
  });

  it("refuses another partnership's thread with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    expect(codes(await as.otherVolunteer.gql(MUTE, { t: threadId, m: true }))).toEqual(['NOT_FOUND']);
  });
});
