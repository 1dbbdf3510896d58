import { type EntityManager, type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type MessageEventKind } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { decodeCursor, toPage } from '../../app/pagination.js';
import { checkPendingAttachments, claimAttachments } from '../attachments/index.js';
import { Notification } from '../notification/notification.entity.js';
import { excerptOf, publishNotifications } from '../notification/index.js';
import { loadHousehold } from '../household/index.js';
import { loadPartnership, partnershipFacts } from '../partnership/index.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import type { EditMessageInput, SendMessageInput, StartThreadInput } from './messaging.inputs.js';
import { Message, Thread } from './messaging.entity.js';
import { messagingPolicy, type Person, type ThreadFacts } from './messaging.policy.js';
import { NUMBERING_FIELDS, numberingOf, viewerIsStaff } from './messaging.numbering.js';
import { raw, sqlDate } from '../../app/sql.js';
import { IN_PROCESS } from '../../app/pubsub.js';
import { detachedMessage, loadMessage, loadThreadRow, messagingLoaders, type ThreadRef, threadFacts, visibleThreads } from './messaging.access.js';
import { messageRecipients, queueNotifications } from './messaging.recipients.js';

/** Messaging: threads (list, open, start), message lists, and sending, editing, deleting messages. */

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
    page.push({ $or: [{ [activity]: { $lt: date } }, { [activity]: date, id: { $gt: id } }] });
  }
  const rows = await ctx.em.find(Thread, { $and: page }, { orderBy: { [activity]: 'desc', id: 'asc' }, limit: first + 1 });
  const loaders = messagingLoaders(ctx);
  rows.forEach((t) => loaders.thread.prime(t.id, t));
  return toPage(
    rows,
    first,
    (t) => [t[activity].toISOString(), t.id],
    () => ctx.em.count(Thread, base),
  );
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
  const { thread, facts } = await loadThreadRow(ctx, threadId);
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
  const { thread, facts } = await loadThreadRow(ctx, threadId);
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
  return (
    body
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .trim()
  );
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

/**
 * The event carries the thread's facts as the change read them, so subscribers decide without
 * loading them again, and the message as stored, detached (`IN_PROCESS`: used by this process's
 * subscribers with the in-memory pub/sub; through Redis every process reads it).
 */
function publishMessage(ctx: Context, kind: MessageEventKind, m: Message, thread: ThreadRef, facts: ThreadFacts) {
  ctx.app.pubSub.publish('MESSAGE_CHANGED', {
    [IN_PROCESS]: detachedMessage(m),
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
  // The thread, its facts and whether this is a retry, in one statement of plain rows; a retry is
  // rare: the stored message's entity only when there is one.
  const { thread, facts, previousId } = await loadThreadRow(ctx, input.threadId, input.clientId);
  if (previousId) return asRetry(await ctx.em.findOneOrFail(Message, { id: previousId }), thread.id);
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
async function changeOwnMessage(
  ctx: Context,
  id: string,
  kind: 'EDITED' | 'DELETED',
  prepare: (m: Message, facts: ThreadFacts) => Promise<(m: Message) => void> | ((m: Message) => void),
): Promise<Message> {
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
  return changeOwnMessage(ctx, id, 'DELETED', () => (m) => {
    m.body = '';
    m.mentionIds = [];
    m.deletedAt = new Date();
  });
}
