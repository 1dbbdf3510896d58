import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { User } from '../user/user.entity.js';
import { Message, MessagingProfile, Thread, ThreadState } from './messaging.entity.js';
import { messagingPolicy } from './messaging.policy.js';
import { numberingOf, viewerIsStaff } from './messaging.numbering.js';
import { raw } from '../../app/sql.js';
import { loadThread, messagingLoaders, threadFacts, threadFactsById, visibleThreadsSql } from './messaging.access.js';
import { personOf } from './messaging.service.js';

/** Messaging: read positions, muting, settings, unread counts, and the fields of threads and messages. */

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

export async function ensureProfile(ctx: Context, userId: string): Promise<MessagingProfile> {
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
      const movedStaff =
        (await db.execute<unknown[]>('update message_thread_state set last_read_seq = ? where id = ? and last_read_seq < ? returning id', [target, state.id, target], 'all')).length > 0;
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
  const facts = await threadFactsById(ctx, m.thread.id);
  if (!facts) return { edit: false, delete: false };
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
  const facts = await threadFactsById(ctx, m.thread.id);
  if (!facts) return [];
  return readers.filter((r) => messagingPolicy.viewMessage(personOf(r.user), facts, m)).map((r) => r.user);
}
