import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, fewestStatements } from '../../../test/harness.js';
import { Notification } from '../notification/notification.entity.js';
import { MESSAGES, SEND, as, freshPartnership, freshThread, hub, live, ready, sent, uid, useTestHub } from './messaging.test-support.js';
import { MARK } from './messaging-reads.test.js';

/**
 * Messaging: notifications of new messages, the inbox’s statement count, and attachments.
 * (Shared setup and helpers: messaging.test-support.ts.)
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Notifications (written with the message, in the same transaction)
// ---------------------------------------------------------------------------------------------

describe('notifications of new messages', () => {
  /** Notifications of a thread per recipient email: kinds in order. */
  async function notified(threadId: string): Promise<Record<string, string[]>> {
    const rows = await hub.orm.em.fork().find(Notification, { sourceType: 'THREAD', sourceId: threadId }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['recipient'] });
    const byEmail: Record<string, string[]> = {};
    for (const n of rows) (byEmail[n.recipient.email] ??= []).push(n.kind);
    return byEmail;
  }

  it("tells the contact person of a partner's message, and the partner side (writers, coordinators) of Fedasil's answer", async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Vraag over de huurwaarborg');
    // The thread was opened by the contact person (a participant) who is also its natural audience.
    expect(await notified(threadId)).toEqual({ [DEMO.contact]: ['MESSAGE'] });
    await sent(as.contact, threadId, 'Het OCMW kan de waarborg voorschieten.');
    expect(await notified(threadId)).toEqual({ [DEMO.contact]: ['MESSAGE'], [DEMO.volunteer]: ['MESSAGE'], [DEMO.coordinator]: ['MESSAGE'] });
    const rows = await hub.orm.em.fork().find(Notification, { sourceId: threadId, recipient: uid('volunteer') });
    expect(rows[0]).toMatchObject({ kind: 'MESSAGE', sourceType: 'THREAD', partnershipId: expect.any(String), excerpt: 'Het OCMW kan de waarborg voorschieten.' });
  });

  it('sends MENTION instead of MESSAGE to the people mentioned, also when they muted the thread', async () => {
    const { threadId } = await freshThread();
    await as.deputy.ok(`mutation($t: ID!) { muteThread(threadId: $t, muted: true) { id } }`, { t: threadId });
    await sent(as.volunteer, threadId, '@Sofie kan jij dit opvolgen?', { mentionIds: [uid('deputy')] });
    expect(await notified(threadId)).toEqual({ [DEMO.contact]: ['MESSAGE'], [DEMO.deputy]: ['MENTION'] });
  });

  it('tells people who muted the thread nothing of ordinary messages', async () => {
    const { threadId } = await freshThread();
    await as.contact.ok(`mutation($t: ID!) { muteThread(threadId: $t, muted: true) { id } }`, { t: threadId });
    await sent(as.volunteer, threadId, 'Een gewoon bericht');
    expect(await notified(threadId)).toEqual({});
  });

  it('tells no partner of an internal note, not even when they wrote in the thread', async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Vraag');
    await sent(as.coordinator, threadId, 'Aanvulling');
    const before = await notified(threadId);
    await sent(as.admin, threadId, 'Intern: dossier opvolgen', { internal: true });
    const after = await notified(threadId);
    expect(after[DEMO.volunteer]).toEqual(before[DEMO.volunteer]);
    expect(after[DEMO.coordinator]).toEqual(before[DEMO.coordinator]);
    expect(after[DEMO.deputy]).toEqual(['MESSAGE']);
    expect(after[DEMO.contact]).toEqual([...(before[DEMO.contact] ?? []), 'MESSAGE']);
  });

  it('notifies once for a retried send', async () => {
    const { threadId } = await freshThread();
    const input = { threadId, clientId: randomUUID(), body: 'Eén melding' };
    await Promise.all([as.volunteer.ok(SEND, { input }), as.volunteer.ok(SEND, { input }), as.volunteer.ok(SEND, { input })]);
    expect(await notified(threadId)).toEqual({ [DEMO.contact]: ['MESSAGE'] });
  });

  it('sends MENTION to people newly mentioned by an edit', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Hallo');
    await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: m.id, body: 'Hallo @Lotte', mentionIds: [uid('coordinator')] } });
    await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: m.id, body: 'Hallo @Lotte!', mentionIds: [uid('coordinator')] } });
    expect(await notified(threadId)).toEqual({ [DEMO.contact]: ['MESSAGE'], [DEMO.coordinator]: ['MENTION'] });
  });

  it('quotes a message as it is now: an edit changes the excerpt, a deleted text is quoted nowhere', async () => {
    const { threadId } = await freshThread();
    const m = await sent(as.volunteer, threadId, 'Rijksregisternummer 85.07.30-033.61');
    const EXCERPTS = `{ notifications(first: 50) { edges { node { sourceId excerpt } } } }`;
    const excerpts = async () => (await as.contact.ok(EXCERPTS)).notifications.edges.filter((e: Answer) => e.node.sourceId === threadId).map((e: Answer) => e.node.excerpt);
    expect(await excerpts()).toEqual(['Rijksregisternummer 85.07.30-033.61']);
    await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: m.id, body: 'Het nummer stuur ik apart.' } });
    expect(await excerpts()).toEqual(['Het nummer stuur ik apart.']);
    await as.volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: m.id });
    expect(await excerpts()).toEqual([null]);
  });
});

// ---------------------------------------------------------------------------------------------
// Statement count
// ---------------------------------------------------------------------------------------------

describe('send statement count', () => {
  it('stores a message and tells 2 or 4 people in the same statements, none per person', async () => {
    const SEND_ID = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`;
    const measure = async (others: Agent[]) => {
      const { threadId } = await freshThread();
      for (const agent of others) await sent(agent, threadId, 'Eerder bericht');
      // The coordinator is mentioned (MENTION, mailed at once by default); the others get MESSAGE.
      const input = () => ({ threadId, clientId: randomUUID(), body: 'Nieuw bericht', mentionIds: [uid('coordinator')] });
      const { statements } = await fewestStatements(hub, () => as.volunteer.ok(SEND_ID, { input: input() }));
      const told = await hub.orm.em.fork().find(Notification, { sourceType: 'THREAD', sourceId: threadId, actor: uid('volunteer') });
      return { statements, told: new Set(told.map((n) => n.recipient.id)).size };
    };
    const few = await measure([]);
    const more = await measure([as.contact, as.deputy, as.admin]);
    expect(few.told).toBe(2);
    expect(more.told).toBe(4);
    expect(more.statements).toBe(few.statements);
    // The session; the thread with its facts and the retry check; the mentioned people; the people
    // told with their preferences; then begin, the thread's numbers, the message, its
    // notifications, their mails now and in the digest, commit.
    expect(more.statements).toBeLessThanOrEqual(11);
  });

  it("answers the client's own send document (viewerCan, seenBy, author) without reading the thread again", async () => {
    const { threadId } = await freshThread();
    const input = () => ({ threadId, clientId: randomUUID(), body: 'Nieuw bericht' });
    const bare = await fewestStatements(hub, () => as.volunteer.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`, { input: input() }));
    const full = await fewestStatements(hub, () => as.volunteer.ok(SEND, { input: input() }));
    expect(full.result.sendMessage).toMatchObject({ viewerCan: { edit: true, delete: true } });
    // The client's fields add their own reads (the author, read receipts), not the thread or its facts.
    hub.statements.log = [];
    await as.volunteer.ok(SEND, { input: input() });
    const log = hub.statements.log;
    hub.statements.log = undefined;
    const selects = log.filter((q) => q.startsWith('select'));
    expect(selects.filter((q) => /message_thread[ `]/.test(q))).toHaveLength(1);
    expect(selects.filter((q) => /from partnership p /.test(q))).toHaveLength(0);
    expect(full.statements - bare.statements).toBeLessThanOrEqual(3);
  });
});

describe('inbox statement count', () => {
  it('sends the same number of SQL statements for 2 and for 12 threads', async () => {
    const INBOX = `query($p: ID!) { threads(partnershipId: $p, first: 50) { totalCount edges { node { id kind subject unreadCount viewerLastReadSeq muted lastActivityAt viewerCan { post postInternal } partnership { id name } household { id reference } lastMessage { id body seq author { id name } } } } } }`;
    const measure = async (threads: number) => {
      const p = await freshPartnership('Inbox');
      for (let i = 0; i < threads; i++) {
        const t = (await as.volunteer.ok(`mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`, { input: { partnershipId: p, subject: `Onderwerp ${i}` } })).startThread.id;
        await sent(as.contact, t, `Bericht in ${i}`);
        if (i % 2) await as.volunteer.ok(MARK, { t, seq: 1 });
      }
      const { statements, result: data } = await fewestStatements(hub, () => as.volunteer.ok(INBOX, { p }));
      return { statements, threads: data.threads.edges.length, unread: data.threads.edges.reduce((s: number, e: Answer) => s + e.node.unreadCount, 0) };
    };
    const small = await measure(2);
    const large = await measure(12);
    expect(small).toMatchObject({ threads: 2, unread: 1 });
    expect(large).toMatchObject({ threads: 12, unread: 6 });
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(12);
  });

  it('sends the same number of SQL statements for a page of 4 and of 24 messages (authors, replies, mentions, seen by)', async () => {
    const PAGE = `query($t: ID!) { messages(threadId: $t, limit: 100) { messages { id seq body edited deleted author { id name } replyTo { id body author { name } } mentions { id name } seenBy { id name } viewerCan { edit delete } } } }`;
    const measure = async (count: number) => {
      const { threadId } = await freshThread();
      let previous: string | null = null;
      for (let i = 0; i < count; i++) {
        const m = await sent(i % 2 ? as.contact : as.volunteer, threadId, `Bericht ${i}`, { replyToId: previous, mentionIds: [uid(i % 2 ? 'volunteer' : 'contact')] });
        previous = m.id;
      }
      await as.contact.ok(MARK, { t: threadId, seq: count });
      await as.coordinator.ok(MARK, { t: threadId, seq: count });
      const { statements, result: data } = await fewestStatements(hub, () => as.volunteer.ok(PAGE, { t: threadId }));
      const seen = data.messages.messages.filter((m: Answer) => m.seenBy.length === 2).length;
      return { statements, messages: data.messages.messages.length, seen };
    };
    const small = await measure(4);
    const large = await measure(24);
    expect(small).toMatchObject({ messages: 4, seen: 2 });
    expect(large).toMatchObject({ messages: 24, seen: 12 });
    expect(large.statements).toBe(small.statements);
  });
});

// ---------------------------------------------------------------------------------------------
// Attachments (uploaded to the thread first, attached by the send)
// ---------------------------------------------------------------------------------------------

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
async function pendingUpload(agent: Agent, threadId: string, name = 'bijlage.pdf'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF_BYTES)]), name);
  const res = await fetch(`${hub.url}/documents?threadId=${threadId}&category=OTHER`, { method: 'POST', body: form, headers: { cookie: agent.cookie!, 'x-partner-hub-upload': '1' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

describe('sendMessage with attachments', () => {
  it('shows the attachment in the message delivered live, to those who see the message only', async () => {
    const { threadId } = await freshThread();
    const EVENTS = `subscription($t: ID) { messageEvents(threadId: $t) { kind message { id body internal attachments { id name downloadUrl latestVersion { size contentType } } } } }`;
    const contactSub = live(hub, as.contact, EVENTS, { t: threadId });
    const coordinatorSub = live(hub, as.coordinator, EVENTS, { t: threadId });
    try {
      await ready(contactSub, as.volunteer, threadId);
      await ready(coordinatorSub, as.volunteer, threadId);
      const docId = await pendingUpload(as.volunteer, threadId, 'verslag.pdf');
      const m = await sent(as.volunteer, threadId, 'Met bijlage', { attachmentIds: [docId] });
      const event = await contactSub.until((e) => e.message.id === m.id);
      expect(event).toEqual({
        kind: 'ADDED',
        message: {
          id: m.id,
          body: 'Met bijlage',
          internal: false,
          attachments: [{ id: docId, name: 'verslag.pdf', downloadUrl: `/documents/${docId}/download`, latestVersion: { size: PDF_BYTES.length, contentType: 'application/pdf' } }],
        },
      });

      // An internal note's attachment: staff get it live, partners get no event at all.
      const noteDoc = await pendingUpload(as.contact, threadId, 'intern.pdf');
      const note = await sent(as.contact, threadId, 'Intern', { internal: true, attachmentIds: [noteDoc] });
      const later = await sent(as.contact, threadId, 'Daarna');
      expect(await coordinatorSub.until((e) => e.message.id === later.id)).toBeTruthy();
      expect(coordinatorSub.data().some((e) => e.message.id === note.id)).toBe(false);
      expect(coordinatorSub.data().flatMap((e) => e.message.attachments.map((a: { id: string }) => a.id))).not.toContain(noteDoc);
      expect((await contactSub.until((e) => e.message.id === note.id)).message.attachments.map((a: { id: string }) => a.id)).toEqual([noteDoc]);
      // The other partnership's volunteer: NOT_FOUND on the thread's messages and 404 on the file.
      expect(codes(await as.otherVolunteer.gql(MESSAGES, { t: threadId }))).toEqual(['NOT_FOUND']);
      expect((await fetch(`${hub.url}/documents/${docId}/download`, { headers: { cookie: as.otherVolunteer.cookie! } })).status).toBe(404);
    } finally {
      await contactSub.close();
      await coordinatorSub.close();
    }
  });

  it('sends the same number of SQL statements for a page of 3 and of 15 messages with attachments', async () => {
    const PAGE = `query($t: ID!) { messages(threadId: $t, limit: 100) { messages { id body attachments { id name category pending downloadUrl createdBy { id name } latestVersion { size contentType previewUrl downloadUrl } viewerCan { manage upload } } } } }`;
    const measure = async (count: number) => {
      const { threadId } = await freshThread();
      for (let i = 0; i < count; i++) {
        const author = i % 2 ? as.coordinator : as.volunteer;
        const files = [await pendingUpload(author, threadId, `a${i}.pdf`), await pendingUpload(author, threadId, `b${i}.pdf`)];
        await sent(author, threadId, `Bericht ${i}`, { attachmentIds: files });
      }
      const before = hub.statements.count;
      const data = await as.contact.ok(PAGE, { t: threadId });
      return { statements: hub.statements.count - before, attachments: data.messages.messages.reduce((s: number, m: Answer) => s + m.attachments.length, 0) };
    };
    const small = await measure(3);
    const large = await measure(15);
    expect(small.attachments).toBe(6);
    expect(large.attachments).toBe(30);
    expect(large.statements).toBe(small.statements);
  });
});
