import { type EntityManager, type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import { PRESENCE_ONLINE_SECONDS, type MessageEventKind, type Role } from '@partner-hub/shared';
import DataLoader from 'dataloader';
import type { Context, Viewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { decodeCursor, toPage } from '../../app/pagination.js';
import { requireViewer } from '../auth/viewer.js';
import { checkPendingAttachments, claimAttachments } from '../document/document.service.js';
import { Notification } from '../notification/notification.entity.js';
import { excerptOf, notify, publishNotifications } from '../notification/notification.service.js';
import { loadHousehold } from '../household/household.service.js';
import { loadPartnership, partnershipFacts } from '../partnership/partnership.service.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import type { EditMessageInput, SendMessageInput, StartThreadInput } from './messaging.inputs.js';
import { Message, MessagingProfile, Thread, ThreadState } from './messaging.entity.js';
import { messagingPolicy, type Person, type ThreadFacts } from './messaging.policy.js';
import { NUMBERING_FIELDS, numberingOf, seqIn, viewerIsStaff } from './messaging.numbering.js';
import { raw, sqlDate } from '../../app/sql.js';

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
 * against the facts the event carries (as `loadMessage` checks them against loaded ones).
 */
export async function loadEventMessage(ctx: Context, id: string, facts: ThreadFacts): Promise<Message> {
  const viewer = requireViewer(ctx);
  const message = await ctx.em.findOne(Message, { id });
  if (!message || !messagingPolicy.viewThread(viewer, facts) || !messagingPolicy.viewMessage(viewer, facts, message)) throw notFound();
  return message;
}

/** The same rule as the policy, as a filter for thread lists: threads of partnerships the viewer stands in. */
function visibleThreads(viewer: Viewer): FilterQuery<Thread> {
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
function visibleThreadsSql(viewer: Viewer): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'CONTACT_PERSON':
      return { sql: 't.partnership_id in (select p.id from partnership p where p.contact_person_id = ? or p.deputy_id = ?)', params: [viewer.id, viewer.id] };
    case 'COORDINATOR':
    case 'VOLUNTEER':
      return viewer.organisationId ? { sql: 't.partnership_id in (select pm.partnership_id from partnership_member pm where pm.organisation_id = ?)', params: [viewer.organisationId] } : { sql: '1 = 0', params: [] };
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
      return threadIds.map((id) =>
        states.filter((s) => s.thread.id === id).map((s) => ({ user: s.user, lastReadSeq: s.lastReadSeq, sendReadReceipts: receipts.get(s.user.id) ?? true })),
      );
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
  let loaders = ctx.scratch.get(LOADERS) as ReturnType<typeof createMessagingLoaders> | undefined;
  if (!loaders) {
    loaders = createMessagingLoaders(ctx);
    ctx.scratch.set(LOADERS, loaders);
  }
  return loaders;
}

// ---------------------------------------------------------------------------------------------
// Threads
// ---------------------------------------------------------------------------------------------

/** The viewer's threads (the inbox), most recent activity first; one partnership's or household's when given. */
export async function listThreads(ctx: Context, args: { partnershipId?: string | null; householdId?: string | null; first: number; after?: string | null }) {
  const viewer = requireViewer(ctx);
  const first = Math.min(Math.max(args.first, 1), 100);
  if (args.partnershipId) await loadPartnership(ctx, args.partnershipId);
  if (args.householdId) await loadHousehold(ctx, args.householdId);
  const where: FilterQuery<Thread>[] = [visibleThreads(viewer)];
  if (args.partnershipId) where.push({ partnership: args.partnershipId });
  if (args.householdId) where.push({ household: args.householdId });
  // Partners order by what they can see: an internal note does not move a thread up for them.
  const activity = viewerIsStaff(viewer) ? 'lastMessageAt' : 'lastPublicMessageAt';
  const base: FilterQuery<Thread> = { $and: where };
  const page: FilterQuery<Thread>[] = [base];
  if (args.after) {
    const [at, id] = decodeCursor(args.after).map(String);
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) throw new AppError('BAD_USER_INPUT', 'The cursor is not valid');
    page.push({ $or: [{ [activity]: { $lt: date } }, { [activity]: date, id: { $gt: id } }] } as FilterQuery<Thread>);
  }
  const rows = await ctx.em.find(Thread, { $and: page }, { orderBy: { [activity]: 'desc', id: 'asc' }, limit: first + 1 });
  const loaders = messagingLoaders(ctx);
  rows.forEach((t) => loaders.thread.prime(t.id, t));
  return toPage(rows, first, (t) => [(t[activity] as Date).toISOString(), t.id], () => ctx.em.count(Thread, base));
}

/** Gets or makes the one thread with this natural key; two concurrent calls make one thread (unique key). */
async function getOrCreateThread(ctx: Context, naturalKey: string, make: (em: EntityManager) => Thread): Promise<Thread> {
  const existing = await ctx.em.findOne(Thread, { naturalKey });
  if (existing) return existing;
  const em = ctx.em.fork();
  try {
    make(em);
    await em.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return ctx.em.findOneOrFail(Thread, { naturalKey });
}

export async function openPartnershipThread(ctx: Context, partnershipId: string): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const p = await loadPartnership(ctx, partnershipId);
  return getOrCreateThread(ctx, `P:${p.id}`, (em) =>
    em.create(Thread, { kind: 'PARTNERSHIP', partnership: em.getReference(Partnership, p.id), naturalKey: `P:${p.id}`, createdBy: em.getReference(User, viewer.id) }),
  );
}

export async function openHouseholdThread(ctx: Context, householdId: string): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const h = await loadHousehold(ctx, householdId);
  return getOrCreateThread(ctx, `H:${h.id}`, (em) =>
    em.create(Thread, {
      kind: 'HOUSEHOLD',
      partnership: em.getReference(Partnership, h.partnership.id),
      household: em.getReference(Household, h.id),
      naturalKey: `H:${h.id}`,
      createdBy: em.getReference(User, viewer.id),
    }),
  );
}

export async function startThread(ctx: Context, input: StartThreadInput): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const p = await loadPartnership(ctx, input.partnershipId);
  const subject = input.subject.trim();
  if (!subject) throw new AppError('BAD_USER_INPUT', 'The subject is empty', { validationErrors: [{ field: 'subject', constraints: ['isNotEmpty'] }] });
  if (!messagingPolicy.startThread(viewer, await partnershipFacts(ctx, p))) throw forbidden();
  const thread = ctx.em.create(Thread, { kind: 'SUBJECT', partnership: p, subject, createdBy: ctx.em.getReference(User, viewer.id) });
  await ctx.em.flush();
  return thread;
}

// ---------------------------------------------------------------------------------------------
// Messages: reading and catching up
// ---------------------------------------------------------------------------------------------

const MAX_PAGE = 200;

/** Messages of a thread: after a seq (catch-up, ascending), or the newest before a seq (history). */
export async function listMessages(ctx: Context, threadId: string, args: { afterSeq?: number | null; beforeSeq?: number | null; limit: number }) {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThread(ctx, threadId);
  const limit = Math.min(Math.max(args.limit, 1), MAX_PAGE);
  const where: FilterQuery<Message> = { thread: thread.id };
  // The viewer's numbering: partners' counts only the messages they may see.
  const seq = NUMBERING_FIELDS[numberingOf(viewer)].seq;
  if (!messagingPolicy.seeInternal(viewer, facts)) where.internal = false;
  if (args.afterSeq != null) {
    where[seq] = { $gt: args.afterSeq, ...(args.beforeSeq != null ? { $lt: args.beforeSeq } : {}) };
    const rows = await ctx.em.find(Message, where, { orderBy: { [seq]: 'asc' }, limit: limit + 1 });
    return { messages: rows.slice(0, limit), hasMore: rows.length > limit };
  }
  if (args.beforeSeq != null) where[seq] = { $lt: args.beforeSeq };
  const rows = await ctx.em.find(Message, where, { orderBy: { [seq]: 'desc' }, limit: limit + 1 });
  return { messages: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
}

/** Every message changed (added, edited, deleted) after a change number, each once, in change order. */
export async function threadChanges(ctx: Context, threadId: string, afterChangeSeq: number, limitArg: number) {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThread(ctx, threadId);
  const limit = Math.min(Math.max(limitArg, 1), MAX_PAGE);
  const changeSeq = NUMBERING_FIELDS[numberingOf(viewer)].changeSeq;
  const where: FilterQuery<Message> = { thread: thread.id, [changeSeq]: { $gt: afterChangeSeq } };
  if (!messagingPolicy.seeInternal(viewer, facts)) where.internal = false;
  const rows = await ctx.em.find(Message, where, { orderBy: { [changeSeq]: 'asc' }, limit: limit + 1 });
  return { messages: rows.slice(0, limit), hasMore: rows.length > limit };
}

// ---------------------------------------------------------------------------------------------
// Messages: writing
// ---------------------------------------------------------------------------------------------

/** Plain text: normalised line breaks, no control characters but tab and newline, trimmed. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

function requireBody(body: string): string {
  const text = normaliseBody(body);
  if (!text) throw new AppError('MESSAGE_EMPTY', 'The message is empty');
  return text;
}

/** Checks that every mentioned person may see the message; returns the ids, deduplicated. */
async function checkMentions(ctx: Context, facts: ThreadFacts, internal: boolean, ids: readonly string[] | null | undefined): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return [];
  const users = await ctx.em.find(User, { id: { $in: unique }, removedAt: null });
  if (users.length !== unique.length) throw new AppError('MENTION_NOT_PARTICIPANT', 'Someone mentioned cannot see this thread');
  for (const u of users) {
    if (!messagingPolicy.mayBeMentioned(personOf(u), facts, internal)) throw new AppError('MENTION_NOT_PARTICIPANT', 'Someone mentioned cannot see this thread');
  }
  return unique;
}

export const personOf = (u: User): Person => ({ id: u.id, role: u.role, organisationId: u.organisation?.id ?? null });

/** The event carries the thread's facts as the change read them, so subscribers decide without loading them again. */
function publishMessage(ctx: Context, kind: MessageEventKind, m: Message, thread: Thread, facts: ThreadFacts) {
  ctx.app.pubSub.publish('MESSAGE_CHANGED', {
    kind,
    messageId: m.id,
    threadId: thread.id,
    partnershipId: thread.partnership.id,
    householdId: thread.household?.id ?? null,
    internal: m.internal,
    authorId: m.author.id,
    facts,
  });
}

/** A retry (same author and clientId) gets the stored message back; the same id in another thread is a conflict. */
function asRetry(existing: Message, threadId: string): Message {
  if (existing.thread.id !== threadId) throw new AppError('CLIENT_ID_CONFLICT', 'This clientId was used for another thread');
  return existing;
}

/**
 * Stores a message, then publishes it. Its seq comes from an atomic increment of the thread's
 * counter inside the transaction (a row lock on PostgreSQL, the single writer on SQLite), and
 * (thread, seq) is unique: concurrent sends get 1, 2, 3... with no gap. A retry with the same
 * clientId returns the stored message; concurrent retries race on the unique (author, clientId)
 * and the loser loads the winner.
 */
export async function sendMessage(ctx: Context, input: SendMessageInput): Promise<Message> {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThread(ctx, input.threadId);
  // A retry is rare: a plain row to tell, the entity only when there is one.
  const [previous] = await raw(ctx.em).execute<{ id: string }[]>('select id from message where author_id = ? and client_id = ?', [viewer.id, input.clientId], 'all');
  if (previous) return asRetry(await ctx.em.findOneOrFail(Message, { id: previous.id }), thread.id);
  const attachmentIds = await checkPendingAttachments(ctx, viewer.id, thread.id, input.attachmentIds);
  const body = attachmentIds.length ? normaliseBody(input.body) : requireBody(input.body);
  const internal = !!input.internal;
  if (!messagingPolicy.post(viewer, facts)) throw forbidden();
  if (internal && !messagingPolicy.seeInternal(viewer, facts)) throw forbidden();
  let replyToId: string | null = null;
  if (input.replyToId) {
    const target = await ctx.em.findOne(Message, { id: input.replyToId });
    // A public reply may not quote an internal note; for partners, a note is as if it did not exist.
    if (!target || target.thread.id !== thread.id || (target.internal && !internal)) throw new AppError('REPLY_NOT_IN_THREAD', 'Reply to a message of this thread');
    replyToId = target.id;
  }
  const mentionIds = await checkMentions(ctx, facts, internal, input.mentionIds);
  const recipients = await messageRecipients(ctx, { internal, mentionIds }, thread, facts, viewer);
  const now = new Date();
  let message: Message;
  let notifications: Notification[] = [];
  try {
    message = await ctx.em.fork().transactional(async (tx) => {
      // The numbers (both numberings; an internal note takes none of partners') and the thread's
      // last activity, in one statement.
      const at = sqlDate(tx, now);
      const [set, params] = internal
        ? ['last_seq = last_seq + 1, last_change_seq = last_change_seq + 1, last_message_at = ?', [at]]
        : [
            'last_seq = last_seq + 1, last_change_seq = last_change_seq + 1, last_public_seq = last_public_seq + 1, last_public_change_seq = last_public_change_seq + 1, last_message_at = ?, last_public_message_at = ?',
            [at, at],
          ];
      const rows = await raw(tx).execute<Record<'last_seq' | 'last_change_seq' | 'last_public_seq' | 'last_public_change_seq', number | string>[]>(
        `update message_thread set ${set} where id = ? returning last_seq, last_change_seq, last_public_seq, last_public_change_seq`,
        [...params, thread.id],
        'all',
      );
      if (!rows[0]) throw notFound();
      const m = tx.create(Message, {
        thread: tx.getReference(Thread, thread.id),
        seq: Number(rows[0].last_seq),
        changeSeq: Number(rows[0].last_change_seq),
        publicSeq: internal ? null : Number(rows[0].last_public_seq),
        publicChangeSeq: internal ? null : Number(rows[0].last_public_change_seq),
        author: tx.getReference(User, viewer.id),
        clientId: input.clientId,
        body,
        internal,
        replyTo: replyToId ? tx.getReference(Message, replyToId) : null,
        mentionIds,
        createdAt: now,
      });
      if (attachmentIds.length) {
        // The message row first (the attachments point at it), then the files, in this same transaction.
        await tx.flush();
        await claimAttachments(tx, attachmentIds, m.id, thread.id, viewer.id);
      }
      // Written by the same commit as the message: a retry that loses the race notifies nobody.
      notifications = await queueNotifications(ctx, tx, m, thread, recipients);
      return m;
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await ctx.em.fork().findOne(Message, { author: viewer.id, clientId: input.clientId });
    if (!winner) throw error;
    return asRetry(winner, thread.id);
  }
  publishMessage(ctx, 'ADDED', message, thread, facts);
  publishNotifications(ctx, notifications);
  return message;
}

/**
 * The thread's next change numbers for a change of a message, taken inside the transaction that
 * makes the change (first: on PostgreSQL it locks the thread's row): staff's always, partners'
 * only for a message they may see.
 */
async function nextChangeSeqs(tx: EntityManager, threadId: string, internal: boolean): Promise<Pick<Message, 'changeSeq' | 'publicChangeSeq'>> {
  const set = internal ? 'last_change_seq = last_change_seq + 1' : 'last_change_seq = last_change_seq + 1, last_public_change_seq = last_public_change_seq + 1';
  const rows = await raw(tx).execute<Record<'last_change_seq' | 'last_public_change_seq', number | string>[]>(
    `update message_thread set ${set} where id = ? returning last_change_seq, last_public_change_seq`,
    [threadId],
    'all',
  );
  if (!rows[0]) throw notFound();
  return { changeSeq: Number(rows[0].last_change_seq), publicChangeSeq: internal ? null : Number(rows[0].last_public_change_seq) };
}

/** Changes one's own message under a new change number (so reconnecting clients catch the edit up). */
/**
 * `prepare` checks the change outside the transaction (it may query) and returns what to apply to
 * the message inside it (no queries there: on SQLite the transaction holds the only connection).
 */
async function changeOwnMessage(ctx: Context, id: string, kind: 'EDITED' | 'DELETED', prepare: (m: Message, facts: ThreadFacts) => Promise<(m: Message) => void>): Promise<Message> {
  const viewer = requireViewer(ctx);
  const { message, thread, facts } = await loadMessage(ctx, id);
  if (message.author.id !== viewer.id) throw new AppError('NOT_MESSAGE_AUTHOR', 'Only the author may change a message');
  if (message.deletedAt) throw new AppError('MESSAGE_DELETED', 'This message was deleted');
  const apply = await prepare(message, facts);
  let notifications: Notification[] = [];
  const changed = await ctx.em.transactional(async (tx) => {
    const numbers = await nextChangeSeqs(tx, thread.id, message.internal);
    const m = await tx.findOneOrFail(Message, { id: message.id });
    const mentionedBefore = new Set(m.mentionIds);
    apply(m);
    Object.assign(m, numbers);
    // Notifications quote the message: they follow an edit, and a deleted text is quoted nowhere.
    await tx.nativeUpdate(Notification, { messageId: m.id }, { excerpt: m.deletedAt ? null : excerptOf(m.body) });
    // People newly mentioned by an edit are told (checked by checkMentions: they may see it).
    const added = m.mentionIds.filter((id) => !mentionedBefore.has(id) && id !== viewer.id);
    if (added.length) notifications = await queueNotifications(ctx, tx, m, thread, { message: [], mention: added });
    return m;
  });
  publishMessage(ctx, kind, changed, thread, facts);
  publishNotifications(ctx, notifications);
  return changed;
}

/**
 * A sent message's attachment changed (renamed, re-categorised, deleted): `change` writes it, in
 * the same transaction as the message's new change number, so reconnecting clients catch it up
 * (`threadChanges`) and open threads get an EDITED event. The text is untouched: not shown as edited.
 */
export async function changeAttachmentOf(ctx: Context, messageId: string, change: (tx: EntityManager) => Promise<unknown>): Promise<void> {
  const found = await ctx.em.findOne(Message, { id: messageId });
  if (!found) throw notFound();
  const thread = await messagingLoaders(ctx).thread.load(found.thread.id);
  if (!thread) throw notFound();
  const facts = await threadFacts(ctx, thread);
  const changed = await ctx.em.fork().transactional(async (tx) => {
    await change(tx);
    const numbers = await nextChangeSeqs(tx, thread.id, found.internal);
    const m = await tx.findOneOrFail(Message, { id: messageId });
    return Object.assign(m, numbers);
  });
  publishMessage(ctx, 'EDITED', changed, thread, facts);
}

export async function editMessage(ctx: Context, input: EditMessageInput): Promise<Message> {
  return changeOwnMessage(ctx, input.id, 'EDITED', async (current, facts) => {
    const body = requireBody(input.body);
    const mentionIds = input.mentionIds != null ? await checkMentions(ctx, facts, current.internal, input.mentionIds) : null;
    return (m) => {
      m.body = body;
      if (mentionIds) m.mentionIds = mentionIds;
      m.editedAt = new Date();
    };
  });
}

/** Keeps the row (its seq, its place as a reply target) and blanks the body and mentions. */
export async function deleteMessage(ctx: Context, id: string): Promise<Message> {
  return changeOwnMessage(ctx, id, 'DELETED', async () => (m) => {
    m.body = '';
    m.mentionIds = [];
    m.deletedAt = new Date();
  });
}

// ---------------------------------------------------------------------------------------------
// Read state, mute, settings
// ---------------------------------------------------------------------------------------------

/** The viewer's state in a thread, made on first use (a concurrent first use makes one row: unique). */
async function ensureState(ctx: Context, threadId: string, userId: string): Promise<ThreadState> {
  const existing = await ctx.em.findOne(ThreadState, { thread: threadId, user: userId });
  if (existing) return existing;
  const em = ctx.em.fork();
  try {
    em.create(ThreadState, { thread: em.getReference(Thread, threadId), user: em.getReference(User, userId) });
    await em.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return ctx.em.findOneOrFail(ThreadState, { thread: threadId, user: userId });
}

async function ensureProfile(ctx: Context, userId: string): Promise<MessagingProfile> {
  const existing = await ctx.em.findOne(MessagingProfile, { user: userId });
  if (existing) return existing;
  const em = ctx.em.fork();
  try {
    em.create(MessagingProfile, { user: em.getReference(User, userId) });
    await em.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return ctx.em.findOneOrFail(MessagingProfile, { user: userId });
}

/**
 * Moves the viewer's read position forward (never back) to `seq` in their numbering, capped at the
 * newest message they may see. Both numberings' positions move together: staff's from the seq
 * read, partners' from the newest public message up to it (and the other way round).
 */
export async function markThreadRead(ctx: Context, threadId: string, seq: number): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const { thread } = await loadThread(ctx, threadId);
  if (seq < 0) throw new AppError('BAD_USER_INPUT', 'seq must not be negative', { validationErrors: [{ field: 'seq', constraints: ['min'] }] });
  const staff = numberingOf(viewer) === 'staff';
  const target = Math.min(seq, staff ? thread.lastSeq : thread.lastPublicSeq);
  const state = await ensureState(ctx, thread.id, viewer.id);
  // Both positions in one transaction: never one moved without the other.
  const { moved, publicMoved } = await ctx.em.transactional(async (tx) => {
    const db = raw(tx);
    if (staff) {
      const movedStaff = (await db.execute<unknown[]>('update message_thread_state set last_read_seq = ? where id = ? and last_read_seq < ? returning id', [target, state.id, target], 'all')).length > 0;
      if (!movedStaff) return { moved: false, publicMoved: false };
      // Partners' position: the newest public message up to it. Decided by its own guarded statement,
      // so that concurrent reads of internal notes only never count as a move partners are told of.
      const publicTarget = '(select coalesce(max(public_seq), 0) from message where thread_id = ? and seq <= ?)';
      const movedPublic = await db.execute<unknown[]>(
        `update message_thread_state set last_read_public_seq = ${publicTarget} where id = ? and last_read_public_seq < ${publicTarget} returning id`,
        [thread.id, target, state.id, thread.id, target],
        'all',
      );
      return { moved: true, publicMoved: movedPublic.length > 0 };
    }
    // Staff's position: the public message read (the newest one up to it, should numbers ever skip).
    const movedBoth = await db.execute<unknown[]>(
      `update message_thread_state set last_read_public_seq = ?, last_read_seq = coalesce((select max(seq) from message where thread_id = ? and public_seq <= ?), last_read_seq)
       where id = ? and last_read_public_seq < ? returning id`,
      [target, thread.id, target, state.id, target],
      'all',
    );
    return { moved: movedBoth.length > 0, publicMoved: movedBoth.length > 0 };
  });
  await ctx.em.refresh(state);
  messagingLoaders(ctx).state.clear(thread.id).prime(thread.id, state);
  messagingLoaders(ctx).unread.clearAll();
  if (moved) {
    const profile = await messagingLoaders(ctx).profile.load(viewer.id);
    ctx.app.pubSub.publish('READ_STATE', {
      threadId: thread.id,
      partnershipId: thread.partnership.id,
      householdId: thread.household?.id ?? null,
      userId: viewer.id,
      lastReadSeq: state.lastReadSeq,
      lastReadPublicSeq: state.lastReadPublicSeq,
      // Staff reading only internal notes: nothing partners may be told (their numbering did not move).
      publicMoved,
      receipts: profile?.sendReadReceipts ?? true,
    });
  }
  return thread;
}

export async function muteThread(ctx: Context, threadId: string, muted: boolean): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const { thread } = await loadThread(ctx, threadId);
  const state = await ensureState(ctx, thread.id, viewer.id);
  state.muted = muted;
  await ctx.em.flush();
  messagingLoaders(ctx).state.clear(thread.id).prime(thread.id, state);
  return thread;
}

export async function messagingSettings(ctx: Context): Promise<{ sendReadReceipts: boolean }> {
  const viewer = requireViewer(ctx);
  const profile = await messagingLoaders(ctx).profile.load(viewer.id);
  return { sendReadReceipts: profile?.sendReadReceipts ?? true };
}

export async function updateMessagingSettings(ctx: Context, sendReadReceipts: boolean): Promise<{ sendReadReceipts: boolean }> {
  const viewer = requireViewer(ctx);
  const profile = await ensureProfile(ctx, viewer.id);
  profile.sendReadReceipts = sendReadReceipts;
  await ctx.em.flush();
  return { sendReadReceipts: profile.sendReadReceipts };
}

/** Unread messages in every thread the viewer may see: not their own, not deleted, no internal notes for partners. */
export async function unreadMessageCount(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  const visible = visibleThreadsSql(viewer);
  const internal = viewerIsStaff(viewer) ? '' : 'and not m.internal';
  const rows = await raw(ctx.em).execute<{ n: number | string }[]>(
    `select count(*) as n from message m
     join message_thread t on t.id = m.thread_id
     left join message_thread_state s on s.thread_id = m.thread_id and s.user_id = ?
     where ${visible.sql} and m.seq > coalesce(s.last_read_seq, 0) and m.author_id <> ? and m.deleted_at is null ${internal}`,
    [viewer.id, ...visible.params, viewer.id],
    'all',
  );
  return Number(rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

export async function unreadCountOf(ctx: Context, thread: Thread): Promise<number> {
  const viewer = requireViewer(ctx);
  const facts = await threadFacts(ctx, thread);
  return messagingLoaders(ctx).unread.load(`${thread.id}:${messagingPolicy.seeInternal(viewer, facts) ? 1 : 0}`);
}

/** The newest message the viewer may see (internal notes for staff only). */
export async function lastMessageOf(ctx: Context, thread: Thread): Promise<Message | null> {
  // In the viewer's numbering (what messageBySeq looks up).
  const seq = numberingOf(requireViewer(ctx)) === 'staff' ? thread.lastSeq : thread.lastPublicSeq;
  return seq > 0 ? messagingLoaders(ctx).messageBySeq.load(`${thread.id}:${seq}`) : null;
}

export async function lastActivityOf(ctx: Context, thread: Thread): Promise<Date> {
  const viewer = requireViewer(ctx);
  const facts = await threadFacts(ctx, thread);
  return messagingPolicy.seeInternal(viewer, facts) ? thread.lastMessageAt : thread.lastPublicMessageAt;
}

/** The viewer's read position (in their numbering) and mute setting in a thread. */
export async function viewerStateOf(ctx: Context, thread: Thread): Promise<{ lastReadSeq: number; muted: boolean }> {
  const state = await messagingLoaders(ctx).state.load(thread.id);
  const lastReadSeq = numberingOf(ctx.viewer) === 'staff' ? state?.lastReadSeq : state?.lastReadPublicSeq;
  return { lastReadSeq: lastReadSeq ?? 0, muted: state?.muted ?? false };
}

export async function threadViewerCan(ctx: Context, thread: Thread) {
  const facts = await threadFacts(ctx, thread);
  return { post: messagingPolicy.post(ctx.viewer, facts), postInternal: messagingPolicy.seeInternal(ctx.viewer, facts) };
}

export async function messageViewerCan(ctx: Context, m: Message) {
  const thread = await messagingLoaders(ctx).thread.load(m.thread.id);
  if (!thread) return { edit: false, delete: false };
  const facts = await threadFacts(ctx, thread);
  const can = messagingPolicy.manageMessage(ctx.viewer, facts, { internal: m.internal, authorId: m.author.id, deleted: !!m.deletedAt });
  return { edit: can, delete: can };
}

/** The replied-to message, if the viewer may see it (a deleted one comes with an empty body). */
export async function replyToOf(ctx: Context, m: Message): Promise<Message | null> {
  if (!m.replyTo) return null;
  const target = await messagingLoaders(ctx).message.load(m.replyTo.id);
  if (!target) return null;
  if (target.internal && !(ctx.viewer && viewerIsStaff(ctx.viewer))) return null;
  return target;
}

export async function mentionsOf(ctx: Context, m: Message): Promise<User[]> {
  const users = await Promise.all(m.mentionIds.map((id) => ctx.loaders.user.load(id)));
  return users.filter((u): u is User => !!u);
}

/**
 * Who has read this message, for its sender only (others get an empty list): people whose read
 * position reached its seq and who send read receipts, the sender excepted.
 */
export async function seenByOf(ctx: Context, m: Message): Promise<User[]> {
  const viewer = requireViewer(ctx);
  if (m.author.id !== viewer.id || m.deletedAt) return [];
  const loaders = messagingLoaders(ctx);
  const readers = (await loaders.readers.load(m.thread.id)).filter((r) => r.lastReadSeq >= m.seq && r.user.id !== viewer.id && r.sendReadReceipts && !r.user.removedAt);
  if (!readers.length) return [];
  const thread = await loaders.thread.load(m.thread.id);
  if (!thread) return [];
  const facts = await threadFacts(ctx, thread);
  return readers.filter((r) => messagingPolicy.viewMessage(personOf(r.user), facts, m)).map((r) => r.user);
}

// ---------------------------------------------------------------------------------------------
// Typing and presence
// ---------------------------------------------------------------------------------------------

export async function setTyping(ctx: Context, threadId: string, typing: boolean, internal = false): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThread(ctx, threadId);
  if (!messagingPolicy.post(viewer, facts)) throw forbidden();
  // Typing an internal note: told to those who may read it only, as the note itself will be.
  if (internal && !messagingPolicy.seeInternal(viewer, facts)) throw forbidden();
  ctx.app.pubSub.publish('TYPING', { threadId: thread.id, partnershipId: thread.partnership.id, householdId: thread.household?.id ?? null, userId: viewer.id, typing, internal });
  return typing;
}

const isOnline = (lastSeenAt: Date | null | undefined, now = Date.now()) => !!lastSeenAt && now - lastSeenAt.getTime() < PRESENCE_ONLINE_SECONDS * 1000;

/**
 * The viewer's client reports it is alive (every ~30 s while open) or leaving (`online: false`).
 * Stored in the database, so every server process answers presence the same way; an event is
 * published when the person comes online or goes offline.
 */
export async function heartbeat(ctx: Context, online: boolean): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const profile = await ensureProfile(ctx, viewer.id);
  const wasOnline = isOnline(profile.lastSeenAt);
  const now = new Date();
  profile.lastSeenAt = online ? now : new Date(now.getTime() - PRESENCE_ONLINE_SECONDS * 1000);
  await ctx.em.flush();
  if (wasOnline !== online) ctx.app.pubSub.publish('PRESENCE', { userId: viewer.id, online, lastSeenAt: online ? now.toISOString() : null });
  return online;
}

/**
 * The people of a thread and whether they are online: the partnership's contact person and
 * deputy, the partner members (coordinators and volunteers of its organisations), and anyone
 * else (e.g. an admin) who wrote in it. Internal-note authors only for staff.
 */
export async function threadParticipants(ctx: Context, threadId: string): Promise<User[]> {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThread(ctx, threadId);
  const p = facts.partnership;
  const staffIds = [p.contactPersonId, p.deputyId].filter((id): id is string => !!id);
  const authorRows = await raw(ctx.em).execute<{ author_id: string }[]>(
    `select distinct m.author_id from message m where m.thread_id = ?${messagingPolicy.seeInternal(viewer, facts) ? '' : ' and not m.internal'}`,
    [thread.id],
    'all',
  );
  const members = p.memberOrganisationIds.length
    ? await ctx.em.find(User, { organisation: { $in: [...p.memberOrganisationIds] }, role: { $in: ['COORDINATOR', 'VOLUNTEER'] }, removedAt: null }, { orderBy: { name: 'asc' } })
    : [];
  const others = await ctx.em.find(User, { id: { $in: [...new Set([...staffIds, ...authorRows.map((r) => r.author_id)])] }, removedAt: null });
  const seen = new Set<string>();
  const people = [...others.filter((u) => staffIds.includes(u.id)), ...members, ...others.filter((u) => !staffIds.includes(u.id))].filter((u) => {
    if (seen.has(u.id)) return false;
    seen.add(u.id);
    return messagingPolicy.viewThread(personOf(u), facts);
  });
  people.forEach((u) => ctx.loaders.user.prime(u.id, u));
  return people;
}

export async function presenceOf(ctx: Context, userId: string): Promise<{ online: boolean; lastSeenAt: Date | null }> {
  const profile = await messagingLoaders(ctx).profile.load(userId);
  return { online: isOnline(profile?.lastSeenAt), lastSeenAt: profile?.lastSeenAt && isOnline(profile.lastSeenAt) ? profile.lastSeenAt : (profile?.lastSeenAt ?? null) };
}

export async function threadPresence(ctx: Context, threadId: string) {
  const people = await threadParticipants(ctx, threadId);
  return Promise.all(people.map(async (user) => ({ user, ...(await presenceOf(ctx, user.id)) })));
}

// ---------------------------------------------------------------------------------------------
// Live events: the same policy as the queries, a few queries per event
// ---------------------------------------------------------------------------------------------

/** May the subscriber receive an event of this thread? (internal: an internal note's event) */
/** `known`: the thread's facts as the event carries them (as the change that published it read them); else they are loaded. */
export async function mayReceiveThreadEvent(ctx: Context, threadId: string, internal: boolean, known?: ThreadFacts): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  // Partners never receive anything about an internal note: decided before any query.
  if (internal && !viewerIsStaff(viewer)) return false;
  let facts = known;
  if (!facts) {
    const thread = await messagingLoaders(ctx).thread.load(threadId);
    if (!thread) return false;
    facts = await threadFacts(ctx, thread);
  }
  return internal ? messagingPolicy.seeInternal(viewer, facts) : messagingPolicy.viewThread(viewer, facts);
}

/**
 * May the subscriber hear that this person came online or went offline in this thread? Only of the
 * people `threadPresence` lists to them: the contact person and deputy, the partner organisations'
 * people, and others who wrote in the thread (in a message the subscriber may see).
 */
export async function mayReceivePresence(ctx: Context, threadId: string, userId: string): Promise<boolean> {
  if (!ctx.viewer || !(await mayReceiveThreadEvent(ctx, threadId, false))) return false;
  const [user, thread] = await Promise.all([ctx.loaders.user.load(userId), messagingLoaders(ctx).thread.load(threadId)]);
  if (!user || user.removedAt || !thread) return false;
  const facts = await threadFacts(ctx, thread);
  const person = personOf(user);
  if (!messagingPolicy.viewThread(person, facts)) return false;
  const p = facts.partnership;
  if (person.id === p.contactPersonId || person.id === p.deputyId) return true;
  if (!viewerIsStaff(person) && person.organisationId && p.memberOrganisationIds.includes(person.organisationId)) return true;
  const visible = messagingPolicy.seeInternal(ctx.viewer, facts) ? '' : ' and not internal';
  const wrote = await raw(ctx.em).execute<unknown[]>(`select 1 as wrote from message where thread_id = ? and author_id = ?${visible} limit 1`, [thread.id, user.id], 'all');
  return wrote.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Notifications
// ---------------------------------------------------------------------------------------------

/**
 * Who hears of a new message: MESSAGE to the thread's participants, MENTION (instead) to the
 * people mentioned. Participants: everyone who wrote in the thread or started it, plus its natural
 * audience: for a partner's message the contact person (the deputy when there is none), for a
 * Fedasil message the partnership's coordinators, for an internal note the contact person and
 * deputy. Never someone who may not see the message (policy per person), never people who muted
 * the thread (a mention still reaches them: it asks for them by name); `notify` skips the author.
 */
export async function messageRecipients(
  ctx: Context,
  m: { internal: boolean; mentionIds: readonly string[] },
  thread: Thread,
  facts: ThreadFacts,
  author: Person,
): Promise<{ message: string[]; mention: string[] }> {
  const p = facts.partnership;
  // Everyone who wrote in the thread, and those named here: one statement with their mute state.
  const candidates = new Set<string>();
  if (thread.createdBy) candidates.add(thread.createdBy.id);
  if (m.internal) {
    for (const id of [p.contactPersonId, p.deputyId]) if (id) candidates.add(id);
  } else if (viewerIsStaff(author)) {
    if (p.memberOrganisationIds.length) {
      const coordinators = await ctx.em.find(User, { organisation: { $in: [...p.memberOrganisationIds] }, role: 'COORDINATOR', removedAt: null });
      for (const c of coordinators) candidates.add(c.id);
    }
  } else {
    const contact = p.contactPersonId ?? p.deputyId;
    if (contact) candidates.add(contact);
  }
  for (const id of m.mentionIds) candidates.add(id);
  const named = [...candidates];
  // Plain rows: asked for every message sent.
  const users = await raw(ctx.em).execute<{ id: string; role: Role; organisation_id: string | null; muted: boolean | number | null }[]>(
    `select u.id, u.role, u.organisation_id, s.muted from app_user u left join message_thread_state s on s.thread_id = ? and s.user_id = u.id
     where u.removed_at is null and u.id <> ? and (u.id in (select w.author_id from message w where w.thread_id = ?)${named.length ? ` or u.id in (${named.map(() => '?').join(', ')})` : ''})`,
    [thread.id, author.id, thread.id, ...named],
    'all',
  );
  const maySee = new Set(users.filter((u) => messagingPolicy.viewMessage({ id: u.id, role: u.role, organisationId: u.organisation_id }, facts, m)).map((u) => u.id));
  const mutedIds = new Set(users.filter((u) => !!u.muted).map((u) => u.id));
  const mention = [...new Set(m.mentionIds)].filter((id) => maySee.has(id) && id !== author.id);
  const mentioned = new Set(mention);
  return { message: users.map((u) => u.id).filter((id) => maySee.has(id) && !mentioned.has(id) && !mutedIds.has(id)), mention };
}

/** Queues the notifications of a message in the unit of work `em` (the message's own transaction). */
async function queueNotifications(ctx: Context, em: EntityManager, m: Message, thread: Thread, recipients: { message: string[]; mention: string[] }): Promise<Notification[]> {
  const inTx: Context = { ...ctx, em };
  const common = { sourceType: 'THREAD' as const, sourceId: thread.id, messageId: m.id, partnershipId: thread.partnership.id, excerpt: m.body };
  return [...(await notify(inTx, { ...common, recipientIds: recipients.message, kind: 'MESSAGE' })), ...(await notify(inTx, { ...common, recipientIds: recipients.mention, kind: 'MENTION' }))];
}
