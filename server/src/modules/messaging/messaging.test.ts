/**
 * Messaging: threads (partnership, household, subject), messages (seq, idempotent send, reply,
 * mention, edit, delete, internal notes), catch-up, read state, mute, settings, typing, presence,
 * and the live events over graphql-ws (policy per event, sign-out and loss of access).
 *
 * Each case works in a fresh partnership of its own (looked after like the demo "Onthaalgroep
 * Mechelen": contact@ and deputy@, coordinator@'s Samen Thuis vzw and volunteer@'s Onthaalgroep
 * Mechelen), so no case depends on another. "Other" is the demo "Liège Accueil".
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Agent, codes, DEMO, demoIds, fewestStatements, type GraphQLResult, startTestHub, type TestHub } from '../../../test/harness.js';
import { Notification } from '../notification/notification.entity.js';
import { PUBLIC_NUMBERING_BACKFILL } from '../../migrations/public-numbering.js';
import { Message, Thread } from './messaging.entity.js';

type Ids = Awaited<ReturnType<typeof demoIds>>;
const PEOPLE = ['admin', 'contact', 'deputy', 'otherContact', 'coordinator', 'volunteer', 'otherCoordinator', 'otherVolunteer'] as const;
type Person = (typeof PEOPLE)[number];

let hub: TestHub;
let ids: Ids;
let as: Record<Person, Agent>;
let anonymous: Agent;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  as = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await hub.as(DEMO[p])] as const))) as Record<Person, Agent>;
  anonymous = hub.agent();
});
afterAll(() => hub?.close());

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}-${randomUUID().slice(0, 6)}`;
const uid = (p: Person) => ids.user[DEMO[p]]!;

async function freshPartnership(name = 'Berichten'): Promise<string> {
  const { createPartnership } = await as.admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
    input: {
      name: unique(name),
      programme: 'RESETTLEMENT',
      track: 'COMMUNITY_SPONSORSHIP',
      status: 'ACTIVE',
      capacityPledged: 5,
      leadOrganisationId: ids.org['Samen Thuis vzw'],
      contactPersonId: uid('contact'),
      deputyId: uid('deputy'),
    },
  });
  await as.admin.ok(`mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: createPartnership.id, o: ids.org['Onthaalgroep Mechelen'] });
  return createPartnership.id;
}

const OPEN = `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id kind subject partnership { id } } }`;
async function freshThread(): Promise<{ partnershipId: string; threadId: string }> {
  const partnershipId = await freshPartnership();
  const { openPartnershipThread } = await as.contact.ok(OPEN, { p: partnershipId });
  return { partnershipId, threadId: openPartnershipThread.id };
}

const MESSAGE_FIELDS = `id seq changeSeq body internal edited deleted clientId threadId author { id } replyTo { id body } mentions { id } createdAt editedAt deletedAt viewerCan { edit delete }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
const send = (agent: Agent, threadId: string, body: string, extra: Record<string, unknown> = {}) => agent.gql(SEND, { input: { threadId, clientId: randomUUID(), body, ...extra } });
async function sent(agent: Agent, threadId: string, body: string, extra: Record<string, unknown> = {}) {
  const r = await send(agent, threadId, body, extra);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data!.sendMessage;
}
const MESSAGES = `query($t: ID!, $after: Int, $before: Int, $limit: Int) { messages(threadId: $t, afterSeq: $after, beforeSeq: $before, limit: $limit) { hasMore messages { ${MESSAGE_FIELDS} } } }`;
const messagesOf = async (agent: Agent, t: string, vars: Record<string, unknown> = {}) => (await agent.ok(MESSAGES, { t, ...vars })).messages;
const THREAD = `query($id: ID!) { thread(id: $id) { id unreadCount viewerLastReadSeq muted lastMessage { id body internal } viewerCan { post postInternal } } }`;
const threadAs = async (agent: Agent, id: string) => (await agent.ok(THREAD, { id })).thread;
const unreadTotal = async (agent: Agent) => (await agent.ok(`{ unreadMessageCount }`)).unreadMessageCount as number;

function webSocketWithCookie(cookie: string | undefined) {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

/**
 * An open subscription as the agent. Events reach one subscriber in the order they were
 * published, so "the sentinel arrived" proves every earlier event was decided on: that is how
 * the cases show an event was NOT delivered, without timing.
 */
function live(target: TestHub, agent: Agent | null, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({ url: `${target.url.replace('http', 'ws')}/graphql`, webSocketImpl: webSocketWithCookie(agent?.cookie), lazy: true, retryAttempts: 0, shouldRetry: () => false });
  const payloads: GraphQLResult[] = [];
  let ended = false;
  let closeCode: number | undefined;
  let wake: () => void = () => {};
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (p) => {
        payloads.push(p as GraphQLResult);
        wake();
      },
      error: (e: unknown) => {
        ended = true;
        if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'number') closeCode = (e as { code: number }).code;
        else payloads.push({ errors: Array.isArray(e) ? e : [{ message: String(e) }] });
        wake();
      },
      complete: () => {
        ended = true;
        wake();
      },
    },
  );
  const sub = {
    payloads,
    data: () => payloads.filter((p) => p.data).map((p) => Object.values(p.data!)[0] as any),
    errors: () => payloads.flatMap((p) => p.errors ?? []),
    ended: () => ended,
    /** graphql-ws closes a socket without a session with 4403. */
    closeCode: () => closeCode,
    /** Repeats `trigger` (if any) until an event matches or the stream ends; the attempt limit only guards against a hang. */
    async until(matches: (e: any) => boolean, trigger?: () => Promise<unknown>): Promise<any> {
      const found = () => sub.data().find(matches);
      for (let attempt = 0; attempt < 80 && !found() && !ended && !sub.errors().length; attempt++) {
        if (trigger) await trigger();
        if (found()) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 150);
        });
      }
      return found();
    },
    /** Waits until the stream ends (bounded). */
    async untilEnded(trigger?: () => Promise<unknown>): Promise<boolean> {
      for (let attempt = 0; attempt < 80 && !ended; attempt++) {
        if (trigger) await trigger();
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 150);
        });
      }
      return ended;
    },
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
  return sub;
}

const MESSAGE_EVENTS = `subscription($t: ID) { messageEvents(threadId: $t) { kind threadId message { id seq body internal deleted edited } } }`;

/** Sends sentinel messages in a thread the subscriber sees until one arrives: the subscription is then registered. */
async function ready(sub: ReturnType<typeof live>, sender: Agent, threadId: string) {
  const marks: string[] = [];
  const got = await sub.until(
    (e) => marks.includes(e.message?.body),
    async () => {
      const body = unique('ready');
      marks.push(body);
      await sent(sender, threadId, body);
    },
  );
  expect(got, 'the subscription delivers events').toBeTruthy();
}

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
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => [as.contact, as.volunteer, as.coordinator][i % 3]!.ok(OPEN, { p })));
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
    expect(results[0]!.openHouseholdThread).toMatchObject({ kind: 'HOUSEHOLD', household: { id: ids.household.mechelen }, partnership: { id: ids.partnership.mechelen } });
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
    expect(forVolunteer.edges.map((e: any) => e.node.id)).toEqual([b, a]);
    expect(forVolunteer.edges[1].node.lastMessage.body).toBe('Eerste bericht');
    const forContact = (await as.contact.ok(THREADS, { p })).threads;
    expect(forContact.edges.map((e: any) => e.node.id)).toEqual([a, b]);
    expect(forContact.edges[0].node.lastMessage.body).toBe('Interne nota');
    const page1 = (await as.volunteer.ok(THREADS, { p, first: 1 })).threads;
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = (await as.volunteer.ok(THREADS, { p, first: 1, after: page1.pageInfo.endCursor })).threads;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([a]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const inbox = (await as.otherVolunteer.ok(THREADS, { first: 100 })).threads;
    expect(inbox.edges.map((e: any) => e.node.id)).not.toContain(a);
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
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sent(senders[i % senders.length]!, threadId, `Bericht ${i}`)));
    expect(results.map((m) => m.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const listed = await messagesOf(as.contact, threadId, { limit: 100 });
    expect(listed.messages.map((m: any) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
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
    expect(m.mentions.map((u: any) => u.id).sort()).toEqual([uid('contact'), uid('coordinator')].sort());
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
    expect(after.messages.map((m: any) => m.seq)).toEqual([5, 6, 7]);
    expect(after.hasMore).toBe(false);
    const limited = await messagesOf(as.volunteer, threadId, { after: 0, limit: 3 });
    expect(limited.messages.map((m: any) => m.seq)).toEqual([1, 2, 3]);
    expect(limited.hasMore).toBe(true);
    const latest = await messagesOf(as.volunteer, threadId, { limit: 3 });
    expect(latest.messages.map((m: any) => m.seq)).toEqual([5, 6, 7]);
    expect(latest.hasMore).toBe(true);
    const older = await messagesOf(as.volunteer, threadId, { before: 5, limit: 10 });
    expect(older.messages.map((m: any) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(older.hasMore).toBe(false);
  });

  it('never shows internal notes to partners; staff see them', async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Vraag');
    await sent(as.contact, threadId, 'Let op: dossier bij OCMW', { internal: true });
    await sent(as.contact, threadId, 'Antwoord');
    for (const partner of [as.volunteer, as.coordinator]) {
      const seen = await messagesOf(partner, threadId, { after: 0 });
      expect(seen.messages.map((m: any) => m.body)).toEqual(['Vraag', 'Antwoord']);
      expect((await threadAs(partner, threadId)).lastMessage.body).toBe('Antwoord');
    }
    for (const staff of [as.contact, as.deputy, as.admin]) expect((await messagesOf(staff, threadId)).messages.map((m: any) => m.internal)).toEqual([false, true, false]);
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
    expect(threadChanges.messages.map((m: any) => [m.id, m.changeSeq, m.body])).toEqual([
      [c.id, 3, 'C'],
      [b.id, 5, ''],
      [a.id, 6, 'A3'],
    ]);
    const page = await as.contact.ok(CHANGES, { t: threadId, after: 0, limit: 2 });
    expect(page.threadChanges.hasMore).toBe(true);
    expect(page.threadChanges.messages.map((m: any) => m.changeSeq)).toEqual([3, 5]);
  });

  it('leaves internal notes out for partners, and refuses another partnership', async () => {
    const { threadId } = await freshThread();
    await sent(as.contact, threadId, 'Intern', { internal: true });
    await sent(as.contact, threadId, 'Publiek');
    expect((await as.volunteer.ok(CHANGES, { t: threadId, after: 0 })).threadChanges.messages.map((m: any) => m.body)).toEqual(['Publiek']);
    expect(codes(await as.otherVolunteer.gql(CHANGES, { t: threadId, after: 0 }))).toEqual(['NOT_FOUND']);
  });
});

// ---------------------------------------------------------------------------------------------
// Read state, unread counts, seen by, mute, settings
// ---------------------------------------------------------------------------------------------

const MARK = `mutation($t: ID!, $seq: Int!) { markThreadRead(threadId: $t, seq: $seq) { id unreadCount viewerLastReadSeq } }`;

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

    const mine = (agent: Agent, vars: Record<string, unknown> = {}) => messagesOf(agent, threadId, vars).then((page) => page.messages.map((m: { body: string; seq: number; changeSeq: number }) => [m.body, m.seq, m.changeSeq]));
    expect(await mine(as.volunteer)).toEqual([['A', 1, 1], ['B', 2, 2], ['C', 3, 3]]);
    expect(await mine(as.deputy)).toEqual([['A', 1, 1], ['Nota 1', 2, 2], ['B', 3, 3], ['Nota 2', 4, 4], ['C', 5, 5]]);
    // Catch-up and history, each in the viewer's numbering.
    expect(await mine(as.volunteer, { after: 1 })).toEqual([['B', 2, 2], ['C', 3, 3]]);
    expect(await mine(as.volunteer, { before: 3 })).toEqual([['A', 1, 1], ['B', 2, 2]]);
    expect(await mine(as.deputy, { after: 2, before: 5 })).toEqual([['B', 3, 3], ['Nota 2', 4, 4]]);
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
    const [row] = await hub.orm.em.fork().getConnection().execute(`select last_read_seq, last_read_public_seq from message_thread_state where thread_id = ? and user_id = ?`, [threadId, uid('deputy')]);
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
      const deputy = (sub: typeof partner) => sub.data().filter((e) => e.user.id === uid('deputy')).map((e) => e.lastReadSeq);
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
      const rows = async (sql: string) => (await conn.execute(sql)).map((r: Record<string, unknown>) => Object.values(r).map((v) => (v === null ? null : String(v))));
      const stored = async () => ({
        seqs: await rows('select id, public_seq from message order by thread_id, seq'),
        // Change numbers may be renumbered: their order per thread is what catch-up needs.
        changeOrder: await rows('select thread_id, id from message where public_change_seq is not null order by thread_id, public_change_seq'),
        threads: await rows('select id, last_public_seq, last_public_change_seq = (select max(public_change_seq) from message m where m.thread_id = message_thread.id) from message_thread order by id'),
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
    const seenBy = async (agent: Agent) => (await agent.ok(SEEN, { t: threadId })).messages.messages.find((x: any) => x.id === m.id).seenBy.map((u: any) => u.id).sort();
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

// ---------------------------------------------------------------------------------------------
// Typing and presence
// ---------------------------------------------------------------------------------------------

describe('setTyping and typingEvents', () => {
  const TYPING = `mutation($t: ID!, $on: Boolean!) { setTyping(threadId: $t, typing: $on) }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(TYPING, { t: randomUUID(), on: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('tells the others in the thread, live, not the typist; another partnership gets NOT_FOUND', async () => {
    const { threadId } = await freshThread();
    const contactSub = live(hub, as.contact, `subscription($t: ID!) { typingEvents(threadId: $t) { threadId typing user { id } } }`, { t: threadId });
    const ownSub = live(hub, as.volunteer, `subscription($t: ID!) { typingEvents(threadId: $t) { threadId typing user { id } } }`, { t: threadId });
    try {
      const event = await contactSub.until(
        (e) => e.user.id === uid('volunteer') && e.typing,
        () => as.volunteer.ok(TYPING, { t: threadId, on: true }),
      );
      expect(event).toEqual({ threadId, typing: true, user: { id: uid('volunteer') } });
      // The volunteer's own subscription sees the contact person type, never themselves.
      const other = await ownSub.until(
        (e) => e.user.id === uid('contact'),
        () => as.contact.ok(TYPING, { t: threadId, on: true }),
      );
      expect(other.typing).toBe(true);
      expect(ownSub.data().filter((e) => e.user.id === uid('volunteer'))).toEqual([]);
    } finally {
      await contactSub.close();
      await ownSub.close();
    }
    expect(codes(await as.otherVolunteer.gql(TYPING, { t: threadId, on: true }))).toEqual(['NOT_FOUND']);
    const foreign = live(hub, as.otherVolunteer, `subscription($t: ID!) { typingEvents(threadId: $t) { typing } }`, { t: threadId });
    await foreign.untilEnded();
    expect(foreign.errors().map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await foreign.close();
  });

  it('tells typing an internal note to Fedasil staff only; partners may not type one', async () => {
    const { threadId } = await freshThread();
    const INTERNAL = `mutation($t: ID!, $on: Boolean!) { setTyping(threadId: $t, typing: $on, internal: true) }`;
    const EVENTS = `subscription($t: ID!) { typingEvents(threadId: $t) { typing user { id } } }`;
    expect(codes(await as.coordinator.gql(INTERNAL, { t: threadId, on: true }))).toEqual(['FORBIDDEN']);
    const partner = live(hub, as.volunteer, EVENTS, { t: threadId });
    const staff = live(hub, as.deputy, EVENTS, { t: threadId });
    try {
      // Both subscribed: a public "typing" of the coordinator reaches both.
      const coordinatorTyped = (sub: typeof partner) => sub.data().some((e) => e.user.id === uid('coordinator'));
      await partner.until(() => coordinatorTyped(partner) && coordinatorTyped(staff), () => as.coordinator.ok(TYPING, { t: threadId, on: true }));
      expect(await as.contact.ok(INTERNAL, { t: threadId, on: true })).toEqual({ setTyping: true });
      expect(await as.contact.ok(INTERNAL, { t: threadId, on: false })).toEqual({ setTyping: false });
      // Then a public stop of the coordinator: once it reached the partner, the internal ones were decided on.
      await as.coordinator.ok(TYPING, { t: threadId, on: false });
      await partner.until((e) => e.user.id === uid('coordinator') && !e.typing);
      await staff.until((e) => e.user.id === uid('contact') && !e.typing);
      expect(partner.data().filter((e) => e.user.id === uid('contact'))).toEqual([]);
      expect(staff.data().filter((e) => e.user.id === uid('contact'))).toEqual([
        { typing: true, user: { id: uid('contact') } },
        { typing: false, user: { id: uid('contact') } },
      ]);
    } finally {
      await partner.close();
      await staff.close();
    }
  });
});

describe('heartbeat, threadPresence and presenceEvents', () => {
  const PRESENCE = `query($t: ID!) { threadPresence(threadId: $t) { online lastSeenAt user { id } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(`mutation { heartbeat }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.gql(PRESENCE, { t: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the people of the thread with who is online, and publishes coming online and going offline', async () => {
    const { threadId } = await freshThread();
    await as.contact.ok(`mutation { heartbeat(online: false) }`);
    const people = (await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence;
    const ids_ = people.map((p: any) => p.user.id);
    expect(ids_).toEqual(expect.arrayContaining([uid('contact'), uid('deputy'), uid('coordinator'), uid('volunteer')]));
    expect(ids_).not.toContain(uid('otherVolunteer'));
    expect(ids_).not.toContain(uid('admin'));
    expect(people.find((p: any) => p.user.id === uid('contact')).online).toBe(false);

    const sub = live(hub, as.volunteer, `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { id } } }`, { t: threadId });
    try {
      const online = await sub.until(
        (e) => e.user.id === uid('contact') && e.online,
        async () => {
          await as.contact.ok(`mutation { heartbeat(online: false) }`);
          await as.contact.ok(`mutation { heartbeat }`);
        },
      );
      expect(online).toBeTruthy();
      const now = (await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence.find((p: any) => p.user.id === uid('contact'));
      expect(now.online).toBe(true);
      expect(now.lastSeenAt).toBeTruthy();
      await as.contact.ok(`mutation { heartbeat(online: false) }`);
      expect(await sub.until((e) => e.user.id === uid('contact') && !e.online)).toBeTruthy();
    } finally {
      await sub.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    expect(codes(await as.otherVolunteer.gql(PRESENCE, { t: threadId }))).toEqual(['NOT_FOUND']);
  });

  it('tells of the people threadPresence lists only: an admin once they wrote a message the subscriber may see', async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.volunteer, `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { id } } }`, { t: threadId });
    const toggle = async (agent: Agent) => {
      await agent.ok(`mutation { heartbeat(online: false) }`);
      await agent.ok(`mutation { heartbeat }`);
    };
    const came = (person: Person) => sub.data().some((e) => e.user.id === uid(person) && e.online);
    try {
      // The contact person's coming online is the sentinel: earlier events were decided on.
      await sub.until(() => came('contact'), async () => {
        await toggle(as.admin);
        await toggle(as.contact);
      });
      expect(came('admin')).toBe(false);
      // An internal note does not make the admin one of the partner's people; a public message does.
      await sent(as.admin, threadId, 'Interne opvolging', { internal: true });
      await toggle(as.admin);
      await as.contact.ok(`mutation { heartbeat(online: false) }`);
      await sub.until((e) => e.user.id === uid('contact') && !e.online);
      expect(came('admin')).toBe(false);
      await sent(as.admin, threadId, 'Welkom van Fedasil');
      await sub.until(() => came('admin'), () => toggle(as.admin));
      expect(came('admin')).toBe(true);
      expect((await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence.map((p: any) => p.user.id)).toContain(uid('admin'));
    } finally {
      await sub.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Live message events
// ---------------------------------------------------------------------------------------------

describe('messageEvents', () => {
  it('requires sign-in', async () => {
    const sub = live(hub, null, MESSAGE_EVENTS, {});
    await sub.untilEnded();
    expect(sub.closeCode()).toBe(4403);
    expect(sub.data()).toEqual([]);
    await sub.close();
  });

  it('delivers added, edited and deleted messages of the thread, in order', async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.contact, MESSAGE_EVENTS, { t: threadId });
    try {
      await ready(sub, as.volunteer, threadId);
      const m = await sent(as.volunteer, threadId, 'Live bericht');
      await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: m.id, body: 'Live bericht (aangepast)' } });
      await as.volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: m.id });
      await sub.until((e) => e.kind === 'DELETED' && e.message.id === m.id);
      const mine = sub.data().filter((e) => e.message.id === m.id);
      expect(mine).toEqual([
        { kind: 'ADDED', threadId, message: { id: m.id, seq: m.seq, body: 'Live bericht', internal: false, deleted: false, edited: false } },
        { kind: 'EDITED', threadId, message: { id: m.id, seq: m.seq, body: 'Live bericht (aangepast)', internal: false, deleted: false, edited: true } },
        { kind: 'DELETED', threadId, message: { id: m.id, seq: m.seq, body: '', internal: false, deleted: true, edited: false } },
      ]);
    } finally {
      await sub.close();
    }
  });

  it('without threadId delivers every thread the viewer may see (the inbox), and never internal notes to partners', async () => {
    const { threadId } = await freshThread();
    const other = await freshThread();
    const sub = live(hub, as.volunteer, MESSAGE_EVENTS, {});
    const staff = live(hub, as.deputy, MESSAGE_EVENTS, {});
    try {
      await ready(sub, as.contact, threadId);
      await ready(staff, as.contact, threadId);
      await sent(as.contact, threadId, 'Interne nota voor Fedasil', { internal: true });
      const last = await sent(as.contact, other.threadId, 'Publiek in een ander gesprek');
      expect(await sub.until((e) => e.message.id === last.id)).toMatchObject({ kind: 'ADDED', threadId: other.threadId });
      expect(sub.data().filter((e) => e.message.internal)).toEqual([]);
      expect(await staff.until((e) => e.message.id === last.id)).toBeTruthy();
      expect(staff.data().filter((e) => e.message.internal).map((e) => e.message.body)).toEqual(['Interne nota voor Fedasil']);
    } finally {
      await sub.close();
      await staff.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND, and its inbox subscription gets none of its events", async () => {
    const { threadId } = await freshThread();
    const direct = live(hub, as.otherVolunteer, MESSAGE_EVENTS, { t: threadId });
    await direct.untilEnded();
    expect(direct.errors().map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await direct.close();

    const liege = (await as.otherContact.ok(OPEN, { p: ids.partnership.liege })).openPartnershipThread.id;
    const inbox = live(hub, as.otherVolunteer, MESSAGE_EVENTS, {});
    try {
      await ready(inbox, as.otherContact, liege);
      await sent(as.volunteer, threadId, 'Niet voor Luik');
      const sentinel = await sent(as.otherContact, liege, 'Sentinelle');
      expect(await inbox.until((e) => e.message.id === sentinel.id)).toBeTruthy();
      expect(inbox.data().filter((e) => e.threadId === threadId)).toEqual([]);
    } finally {
      await inbox.close();
    }
  });

  it("stops at once when the subscriber's organisation leaves the partnership", async () => {
    const { partnershipId, threadId } = await freshThread();
    // A thread the volunteer keeps seeing, to show later events still flow (and in order).
    const keep = (await as.contact.ok(OPEN, { p: ids.partnership.mechelen })).openPartnershipThread.id;
    const sub = live(hub, as.volunteer, MESSAGE_EVENTS, {});
    try {
      await ready(sub, as.contact, threadId);
      await as.contact.ok(`mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: partnershipId, o: ids.org['Onthaalgroep Mechelen'] });
      const after = await sent(as.contact, threadId, 'Na het vertrek van de onthaalgroep');
      const sentinel = await sent(as.contact, keep, 'Nog steeds zichtbaar');
      expect(await sub.until((e) => e.message.id === sentinel.id)).toBeTruthy();
      expect(sub.data().filter((e) => e.message.id === after.id)).toEqual([]);
      expect(codes(await as.volunteer.gql(MESSAGES, { t: threadId }))).toEqual(['NOT_FOUND']);
    } finally {
      await sub.close();
    }
  });

  it('ends when the subscriber signs out, and delivers nothing more', async () => {
    const { threadId } = await freshThread();
    const leaving = await hub.as(DEMO.volunteer);
    const sub = live(hub, leaving, MESSAGE_EVENTS, { t: threadId });
    try {
      await ready(sub, as.contact, threadId);
      const before = sub.data().length;
      await leaving.ok(`mutation { signOut }`);
      const ended = await sub.untilEnded(() => sent(as.contact, threadId, 'Na het afmelden'));
      expect(ended).toBe(true);
      expect(sub.data()).toHaveLength(before);
    } finally {
      await sub.close();
    }
  });
});

describe('readStateEvents', () => {
  const READ_EVENTS = `subscription($t: ID) { readStateEvents(threadId: $t) { threadId lastReadSeq user { id } } }`;
  it('requires sign-in', async () => {
    const sub = live(hub, null, READ_EVENTS, {});
    await sub.untilEnded();
    expect(sub.closeCode()).toBe(4403);
    expect(sub.data()).toEqual([]);
    await sub.close();
  });

  it("delivers others' read positions when they send receipts, and the viewer's own always", async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Een');
    await sent(as.volunteer, threadId, 'Twee');
    const sub = live(hub, as.volunteer, READ_EVENTS, { t: threadId });
    try {
      let seq = 0;
      const seen = await sub.until(
        (e) => e.user.id === uid('contact'),
        async () => {
          // Read positions only move forward: the first call publishes, later ones are no-ops; send more to move again.
          seq += 1;
          if (seq > 2) await sent(as.volunteer, threadId, `Meer ${seq}`);
          await as.contact.ok(MARK, { t: threadId, seq });
        },
      );
      expect(seen).toMatchObject({ threadId, user: { id: uid('contact') } });
      await as.coordinator.ok(`mutation { updateMessagingSettings(sendReadReceipts: false) { sendReadReceipts } }`);
      try {
        await as.coordinator.ok(MARK, { t: threadId, seq: 100 });
        const own = await sub.until(
          (e) => e.user.id === uid('volunteer'),
          async () => {
            const m = await sent(as.contact, threadId, 'Voor de vrijwilliger');
            await as.volunteer.ok(MARK, { t: threadId, seq: m.seq });
          },
        );
        expect(own).toBeTruthy();
        expect(sub.data().filter((e) => e.user.id === uid('coordinator'))).toEqual([]);
      } finally {
        await as.coordinator.ok(`mutation { updateMessagingSettings(sendReadReceipts: true) { sendReadReceipts } }`);
      }
    } finally {
      await sub.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.otherVolunteer, READ_EVENTS, { t: threadId });
    await sub.untilEnded();
    expect(sub.errors().map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await sub.close();
  });
});

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
    const excerpts = async () => (await as.contact.ok(EXCERPTS)).notifications.edges.filter((e: any) => e.node.sourceId === threadId).map((e: any) => e.node.excerpt);
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
      return { statements, threads: data.threads.edges.length, unread: data.threads.edges.reduce((s: number, e: any) => s + e.node.unreadCount, 0) };
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
      const seen = data.messages.messages.filter((m: any) => m.seenBy.length === 2).length;
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
      expect(event).toEqual({ kind: 'ADDED', message: { id: m.id, body: 'Met bijlage', internal: false, attachments: [{ id: docId, name: 'verslag.pdf', downloadUrl: `/documents/${docId}/download`, latestVersion: { size: PDF_BYTES.length, contentType: 'application/pdf' } }] } });

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
      return { statements: hub.statements.count - before, attachments: data.messages.messages.reduce((s: number, m: any) => s + m.attachments.length, 0) };
    };
    const small = await measure(3);
    const large = await measure(15);
    expect(small.attachments).toBe(6);
    expect(large.attachments).toBe(30);
    expect(large.statements).toBe(small.statements);
  });
});
