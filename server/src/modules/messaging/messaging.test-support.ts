import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect } from 'vitest';
import WebSocket from 'ws';
import { type Agent, type Answer, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from '../../../test/harness.js';

/**
 * What the messaging test files share: the test hub (`useTestHub()`, one per test file), the people,
 * fresh records and the GraphQL documents and helpers the cases use.
 */

type Ids = Awaited<ReturnType<typeof demoIds>>;
const PEOPLE = ['admin', 'contact', 'deputy', 'otherContact', 'coordinator', 'volunteer', 'otherCoordinator', 'otherVolunteer'] as const;
export type Person = (typeof PEOPLE)[number];

export let hub: TestHub;
export let ids: Ids;
export let as: Record<Person, Agent>;
export let anonymous: Agent;

/** Starts the test hub (and signs the people in) before the calling test file's cases, closes it after. */
export function useTestHub(): void {
  beforeAll(async () => {
    hub = await startTestHub();
    ids = await demoIds(hub);
    as = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await hub.as(DEMO[p])] as const))) as Record<Person, Agent>;
    anonymous = hub.agent();
  });
  afterAll(() => hub?.close());
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

export let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}-${randomUUID().slice(0, 6)}`;
export const uid = (p: Person) => ids.user[DEMO[p]];

export async function freshPartnership(name = 'Berichten'): Promise<string> {
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

export const OPEN = `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id kind subject partnership { id } } }`;
export async function freshThread(): Promise<{ partnershipId: string; threadId: string }> {
  const partnershipId = await freshPartnership();
  const { openPartnershipThread } = await as.contact.ok(OPEN, { p: partnershipId });
  return { partnershipId, threadId: openPartnershipThread.id };
}

export const MESSAGE_FIELDS = `id seq changeSeq body internal edited deleted clientId threadId author { id } replyTo { id body } mentions { id } createdAt editedAt deletedAt viewerCan { edit delete }`;
export const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
export const send = (agent: Agent, threadId: string, body: string, extra: Record<string, unknown> = {}) => agent.gql(SEND, { input: { threadId, clientId: randomUUID(), body, ...extra } });
export async function sent(agent: Agent, threadId: string, body: string, extra: Record<string, unknown> = {}) {
  const r = await send(agent, threadId, body, extra);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data!.sendMessage;
}
export const MESSAGES = `query($t: ID!, $after: Int, $before: Int, $limit: Int) { messages(threadId: $t, afterSeq: $after, beforeSeq: $before, limit: $limit) { hasMore messages { ${MESSAGE_FIELDS} } } }`;
export const messagesOf = async (agent: Agent, t: string, vars: Record<string, unknown> = {}) => (await agent.ok(MESSAGES, { t, ...vars })).messages;
export const THREAD = `query($id: ID!) { thread(id: $id) { id unreadCount viewerLastReadSeq muted lastMessage { id body internal } viewerCan { post postInternal } } }`;
export const threadAs = async (agent: Agent, id: string) => (await agent.ok(THREAD, { id })).thread;
export const unreadTotal = async (agent: Agent) => (await agent.ok(`{ unreadMessageCount }`)).unreadMessageCount as number;

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
export function live(target: TestHub, agent: Agent | null, query: string, variables: Record<string, unknown> = {}) {
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
        if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'number') closeCode = (e as { code: number }).code;
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
    data: () => payloads.filter((p) => p.data).map((p) => Object.values(p.data!)[0] as Answer),
    errors: () => payloads.flatMap((p) => p.errors ?? []),
    ended: () => ended,
    /** graphql-ws closes a socket without a session with 4403. */
    closeCode: () => closeCode,
    /** Repeats `trigger` (if any) until an event matches or the stream ends; the attempt limit only guards against a hang. */
    async until(matches: (e: Answer) => boolean, trigger?: () => Promise<unknown>): Promise<Answer> {
      const found = () => sub.data().find(matches);
      for (let attempt = 0; attempt < 80 && !found() && !ended && !sub.errors().length; attempt++) {
        if (trigger) await trigger();
        if (found()) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 150);
        });
      }
      return found()!;
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

export const MESSAGE_EVENTS = `subscription($t: ID) { messageEvents(threadId: $t) { kind threadId message { id seq body internal deleted edited } } }`;

/** Sends sentinel messages in a thread the subscriber sees until one arrives: the subscription is then registered. */
export async function ready(sub: ReturnType<typeof live>, sender: Agent, threadId: string) {
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
