import { type FilterQuery } from '@mikro-orm/core';
import type { ThreadKind } from '@partner-hub/shared';
import DataLoader from 'dataloader';
import { type Context, inScratch, requireViewer, type Viewer } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { User } from '../user/user.entity.js';
import { Message, MessagingProfile, Thread, ThreadState } from './messaging.entity.js';
import { messagingPolicy, type ThreadFacts } from './messaging.policy.js';
import { NUMBERING_FIELDS, numberingOf, seqIn } from './messaging.numbering.js';
import { raw } from '../../app/sql.js';

/** Messaging: loading threads and messages through the policy, and the per-request loaders. */

// ---------------------------------------------------------------------------------------------
// Loading through the policy
// ---------------------------------------------------------------------------------------------

export async function threadFacts(ctx: Context, thread: Thread): Promise<ThreadFacts> {
  const facts = await ctx.loaders.partnershipFacts.load(thread.partnership.id);
  if (!facts) throw notFound();
  return { kind: thread.kind, partnership: facts };
}

/** A thread the viewer may see, or NOT_FOUND (also for another partnership's thread). */
export async function loadThread(ctx: Context, id: string): Promise<{ thread: Thread; facts: ThreadFacts }> {
  const viewer = requireViewer(ctx);
  const thread = await messagingLoaders(ctx).thread.load(id);
  if (!thread) throw notFound();
  const facts = await threadFacts(ctx, thread);
  if (!messagingPolicy.viewThread(viewer, facts)) throw notFound();
  return { thread, facts };
}

/** A thread by its ids, as the paths that need no more take it. A `Thread` entity is one too. */
export interface ThreadRef {
  id: string;
  partnership: { id: string };
  household?: { id: string } | null;
  createdBy?: { id: string } | null;
}

/**
 * A thread the viewer may see, as `loadThread` decides, in one statement of plain rows (no entity):
 * the thread as a `ThreadRef` and its partnership's facts, for the paths that need no more (a
 * page of messages, changes, typing, a subscription's check, sending). With a clientId (sending),
 * also the viewer's message already stored under it, if any (a retry).
 */
export async function loadThreadRow(ctx: Context, id: string, clientId?: string): Promise<{ thread: ThreadRef; facts: ThreadFacts; previousId: string | null }> {
  const viewer = requireViewer(ctx);
  const rows = await raw(ctx.em).execute<
    {
      kind: ThreadKind;
      partnership_id: string;
      household_id: string | null;
      created_by_id: string | null;
      contact_person_id: string | null;
      deputy_id: string | null;
      organisation_id: string | null;
      previous_id: string | null;
    }[]
  >(
    `select t.kind, t.partnership_id, t.household_id, t.created_by_id, p.contact_person_id, p.deputy_id, m.organisation_id,
       ${clientId == null ? 'null' : '(select r.id from message r where r.author_id = ? and r.client_id = ?)'} as previous_id
     from message_thread t join partnership p on p.id = t.partnership_id left join partnership_member m on m.partnership_id = p.id
     where t.id = ? order by m.lead desc, m.id asc`,
    [...(clientId == null ? [] : [viewer.id, clientId]), id],
    'all',
  );
  const [first] = rows;
  if (!first) throw notFound();
  const facts: ThreadFacts = {
    kind: first.kind,
    partnership: {
      id: first.partnership_id,
      contactPersonId: first.contact_person_id,
      deputyId: first.deputy_id,
      memberOrganisationIds: rows.flatMap((r) => (r.organisation_id ? [r.organisation_id] : [])),
    },
  };
  if (!messagingPolicy.viewThread(viewer, facts)) throw notFound();
  // What this request's later fields ask (a message's viewerCan, seenBy) is then read from here.
  ctx.loaders.partnershipFacts.prime(facts.partnership.id, facts.partnership);
  threadFactsRead(ctx).set(id, Promise.resolve(facts));
  const thread: ThreadRef = {
    id,
    partnership: { id: first.partnership_id },
    household: first.household_id ? { id: first.household_id } : null,
    createdBy: first.created_by_id ? { id: first.created_by_id } : null,
  };
  return { thread, facts, previousId: first.previous_id };
}

const THREAD_FACTS = Symbol('thread facts read in this request');
const threadFactsRead = (ctx: Context) => inScratch(ctx, THREAD_FACTS, () => new Map<string, Promise<ThreadFacts | null>>());

/** A thread's facts by its id, once per request (from `loadThreadRow` when it read them); null for no thread. */
export function threadFactsById(ctx: Context, id: string): Promise<ThreadFacts | null> {
  const memo = threadFactsRead(ctx);
  let facts = memo.get(id);
  if (!facts)
    memo.set(
      id,
      (facts = messagingLoaders(ctx)
        .thread.load(id)
        .then((t) => (t ? threadFacts(ctx, t) : null))),
    );
  return facts;
}

/**
 * A message as a live event carries it to this process's subscribers: its fields, relations as ids,
 * and nothing of the unit of work that stored it (which holds the send's notifications and mails).
 */
export function detachedMessage(m: Message): Message {
  const { id, seq, publicSeq, changeSeq, publicChangeSeq, clientId, body, internal, mentionIds, createdAt, editedAt, deletedAt, removedUnder } = m;
  return Object.assign(
    Object.create(Message.prototype) as Message,
    {
      id,
      thread: { id: m.thread.id },
      author: { id: m.author.id },
      replyTo: m.replyTo ? { id: m.replyTo.id } : null,
      seq,
      publicSeq,
      changeSeq,
      publicChangeSeq,
      clientId,
      body,
      internal,
      mentionIds: [...mentionIds],
      createdAt,
      editedAt,
      deletedAt,
      removedUnder,
    } as Partial<Message>,
  );
}

/** A message the viewer may see (an internal note only for staff), or NOT_FOUND. */
export async function loadMessage(ctx: Context, id: string): Promise<{ message: Message; thread: Thread; facts: ThreadFacts }> {
  const viewer = requireViewer(ctx);
  const message = await ctx.em.findOne(Message, { id });
  if (!message) throw notFound();
  const { thread, facts } = await loadThread(ctx, message.thread.id);
  if (!messagingPolicy.viewMessage(viewer, facts, message)) throw notFound();
  return { message, thread, facts };
}

/**
 * The message of a live event, for a subscriber the event's decision let through: checked again
 * against the facts the event carries (as `loadMessage` checks them against loaded ones). `stored`:
 * the message as the change stored it, when it was published in this process (no statement then).
 */
export async function loadEventMessage(ctx: Context, id: string, facts: ThreadFacts, stored?: unknown): Promise<Message> {
  const viewer = requireViewer(ctx);
  const message = stored instanceof Message && stored.id === id ? stored : await ctx.em.findOne(Message, { id });
  if (!message || !messagingPolicy.viewThread(viewer, facts) || !messagingPolicy.viewMessage(viewer, facts, message)) throw notFound();
  return message;
}

/** The same rule as the policy, as a filter for thread lists: threads of partnerships the viewer stands in. */
export function visibleThreads(viewer: Viewer): FilterQuery<Thread> {
  switch (viewer.role) {
    case 'ADMIN':
      return {};
    case 'CONTACT_PERSON':
      return { partnership: { $or: [{ contactPerson: viewer.id }, { deputy: viewer.id }] } };
    case 'COORDINATOR':
    case 'VOLUNTEER':
      // Household threads: every relation may view a household of its partnership (household.policy).
      return viewer.organisationId ? { partnership: { members: { organisation: viewer.organisationId } } } : { id: { $in: [] } };
  }
}

/** The same rule as raw SQL over `message_thread t`, for counts. */
export function visibleThreadsSql(viewer: Viewer): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'CONTACT_PERSON':
      return { sql: 't.partnership_id in (select p.id from partnership p where p.contact_person_id = ? or p.deputy_id = ?)', params: [viewer.id, viewer.id] };
    case 'COORDINATOR':
    case 'VOLUNTEER':
      return viewer.organisationId
        ? { sql: 't.partnership_id in (select pm.partnership_id from partnership_member pm where pm.organisation_id = ?)', params: [viewer.organisationId] }
        : { sql: '1 = 0', params: [] };
  }
}

// ---------------------------------------------------------------------------------------------
// Per-request batched loaders (kept in ctx.scratch, renewed per live event)
// ---------------------------------------------------------------------------------------------

const LOADERS = Symbol('messaging.loaders');

function createMessagingLoaders(ctx: Context) {
  const em = ctx.em;
  const viewerId = () => ctx.viewer?.id ?? '';
  return {
    thread: new DataLoader<string, Thread | null>(async (ids) => {
      const rows = await em.find(Thread, { id: { $in: [...ids] } });
      const map = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    message: new DataLoader<string, Message | null>(async (ids) => {
      const rows = await em.find(Message, { id: { $in: [...ids] } });
      const map = new Map(rows.map((m) => [m.id, m]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** A thread's message by seq in the viewer's numbering; key `${threadId}:${seq}`. */
    messageBySeq: new DataLoader<string, Message | null>(async (keys) => {
      const numbering = numberingOf(ctx.viewer);
      const column = NUMBERING_FIELDS[numbering].seq;
      const pairs = keys.map((k) => {
        const [thread, seq] = k.split(':');
        return { thread, [column]: Number(seq) };
      });
      const rows = await em.find(Message, { $or: pairs });
      const map = new Map(rows.map((m) => [`${m.thread.id}:${seqIn(m, numbering)}`, m]));
      return keys.map((k) => map.get(k) ?? null);
    }),
    /** The viewer's own state per thread. */
    state: new DataLoader<string, ThreadState | null>(async (threadIds) => {
      const rows = await em.find(ThreadState, { thread: { $in: [...threadIds] }, user: viewerId() });
      const map = new Map(rows.map((s) => [s.thread.id, s]));
      return threadIds.map((id) => map.get(id) ?? null);
    }),
    /**
     * Everyone's read state per thread with the reader and their receipts setting (for seenBy): two
     * queries for a whole page of messages, whatever its size, and no further loader round.
     */
    readers: new DataLoader<string, { user: User; lastReadSeq: number; sendReadReceipts: boolean }[]>(async (threadIds) => {
      const states = await em.find(ThreadState, { thread: { $in: [...threadIds] }, lastReadSeq: { $gt: 0 } }, { populate: ['user'], orderBy: { id: 'asc' } });
      const userIds = [...new Set(states.map((s) => s.user.id))];
      const profiles = userIds.length ? await em.find(MessagingProfile, { user: { $in: userIds } }) : [];
      const receipts = new Map(profiles.map((p) => [p.user.id, p.sendReadReceipts]));
      return threadIds.map((id) => states.filter((s) => s.thread.id === id).map((s) => ({ user: s.user, lastReadSeq: s.lastReadSeq, sendReadReceipts: receipts.get(s.user.id) ?? true })));
    }),
    /** Unread messages per thread for the viewer; key `${threadId}:${includeInternal ? 1 : 0}`. */
    unread: new DataLoader<string, number>(async (keys) => {
      const withInternal = keys.filter((k) => k.endsWith(':1')).map((k) => k.split(':')[0]);
      const all = keys.map((k) => k.split(':')[0]);
      const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
      const internalClause = withInternal.length ? `(not m.internal or m.thread_id in (${marks(withInternal.length)}))` : 'not m.internal';
      const rows = await raw(em).execute<{ thread_id: string; n: number | string }[]>(
        `select m.thread_id, count(*) as n from message m
         left join message_thread_state s on s.thread_id = m.thread_id and s.user_id = ?
         where m.thread_id in (${marks(all.length)}) and m.seq > coalesce(s.last_read_seq, 0) and m.author_id <> ? and m.deleted_at is null and ${internalClause}
         group by m.thread_id`,
        [viewerId(), ...all, viewerId(), ...withInternal],
        'all',
      );
      const map = new Map(rows.map((r) => [r.thread_id, Number(r.n)]));
      return all.map((id) => map.get(id) ?? 0);
    }),
    /** Messaging profiles by user id. */
    profile: new DataLoader<string, MessagingProfile | null>(async (userIds) => {
      const rows = await em.find(MessagingProfile, { user: { $in: [...userIds] } });
      const map = new Map(rows.map((p) => [p.user.id, p]));
      return userIds.map((id) => map.get(id) ?? null);
    }),
  };
}

export function messagingLoaders(ctx: Context): ReturnType<typeof createMessagingLoaders> {
  return inScratch(ctx, LOADERS, () => createMessagingLoaders(ctx));
}
