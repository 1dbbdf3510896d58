import { type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationSource } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, notFound } from '../../app/errors.js';
import { decodeCursor, toPage } from '../../app/pagination.js';
import { raw } from '../../app/sql.js';
import { MAIL_PREFERENCE_JOIN, MAIL_RECIPIENT_COLUMNS, mailRecipient, queueNotificationMails } from '../mail/index.js';
import { notificationPolicy } from './notification.policy.js';
import { User } from '../user/user.entity.js';
import { Notification, NotificationPreference } from './notification.entity.js';

export interface NotifyInput {
  /** Who gets it. The caller decides who may see the source; this module never widens that. */
  recipientIds: string[];
  kind: NotificationKind;
  sourceType: NotificationSource;
  sourceId: string;
  messageId?: string | null;
  partnershipId?: string | null;
  /** Short plain text shown in the notification centre; cut to 200 characters. */
  excerpt?: string | null;
}

const EXCERPT_LENGTH = 200;

export function excerptOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/**
 * A person as `notify` reads them for one kind: as a mail needs them (with their email mode for the
 * kind), whether removed, and their notification preference for the kind (null: never set).
 */
export type NotifiedPerson = Parameters<typeof mailRecipient>[0] & { removed_at: unknown; enabled: boolean | number | null };

/**
 * Queues notifications for the recipients, in the caller's unit of work: they are written by the
 * caller's one flush, together with what caused them, and published after it with
 * `publishNotifications`. The actor never notifies themself; people who turned this kind off get
 * nothing. One query whatever the number of recipients: the people with their notification and
 * email preferences for the kind (and the actor's name, which mails quote); none when the caller
 * read them already (`people`: the recipients and the actor, as that query reads them).
 */
export async function notify(ctx: Context, input: NotifyInput, people?: readonly NotifiedPerson[]): Promise<Notification[]> {
  const actorId = ctx.viewer?.id ?? null;
  const ids = [...new Set(input.recipientIds)].filter((id) => id !== actorId);
  if (!ids.length) return [];
  // Plain rows: asked for every message sent.
  const ask = [...ids, ...(actorId ? [actorId] : [])];
  const rows =
    people ??
    (await raw(ctx.em).execute<NotifiedPerson[]>(
      `select ${MAIL_RECIPIENT_COLUMNS}, u.removed_at, np.enabled from app_user u ${MAIL_PREFERENCE_JOIN}
     left join notification_preference np on np.user_id = u.id and np.kind = ?
     where u.id in (${ask.map(() => '?').join(', ')})`,
      [input.kind, input.kind, ...ask],
      'all',
    ));
  // Off only when they turned it off (SQLite answers 0, PostgreSQL false).
  const muted = new Set(rows.filter((r) => r.enabled != null && !r.enabled).map((r) => r.id));
  const notifications = ids
    .filter((id) => !muted.has(id))
    .map((id) =>
      ctx.em.create(Notification, {
        recipient: ctx.em.getReference(User, id),
        kind: input.kind,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
        messageId: input.messageId ?? null,
        partnershipId: input.partnershipId ?? null,
        actor: actorId ? ctx.em.getReference(User, actorId) : null,
        excerpt: excerptOf(input.excerpt),
      }),
    );
  // The same events by mail (now, in the digest, or not), in the same unit of work; removed people get no mail.
  queueNotificationMails(
    ctx,
    notifications.map((n) => ({
      recipientId: n.recipient.id,
      kind: input.kind,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      partnershipId: input.partnershipId ?? null,
      excerpt: n.excerpt ?? null,
    })),
    rows.filter((r) => r.removed_at == null).map(mailRecipient),
  );
  return notifications;
}

/** After the flush: one event per recipient, carrying ids only. */
export function publishNotifications(ctx: Context, notifications: Notification[]): void {
  for (const n of notifications) ctx.app.pubSub.publish('NOTIFICATION_ADDED', { notificationId: n.id, recipientId: n.recipient.id });
}

// ----- The notification centre (the viewer's own notifications) ------------------------------------

/** The viewer's notification, else NOT_FOUND (another person's is as absent). */
export async function loadNotification(ctx: Context, id: string): Promise<Notification> {
  const viewer = requireViewer(ctx);
  const n = await ctx.em.findOne(Notification, { id });
  if (!n || !notificationPolicy.view(viewer, n)) throw notFound();
  return n;
}

/** The viewer's notifications, newest first, a page at a time. */
export async function listNotifications(ctx: Context, args: { first: number; after?: string | null; unreadOnly?: boolean | null }) {
  const viewer = requireViewer(ctx);
  const first = Math.min(Math.max(args.first, 1), 100);
  const base: FilterQuery<Notification> = { recipient: viewer.id, ...(args.unreadOnly ? { readAt: null } : {}) };
  const page: FilterQuery<Notification>[] = [base];
  if (args.after) {
    const [at, id] = decodeCursor(args.after);
    const date = new Date(Number(at));
    if (Number.isNaN(date.getTime()) || typeof id !== 'string') throw new AppError('BAD_USER_INPUT', 'The cursor is not valid', { validationErrors: [{ field: 'after', constraints: ['cursor'] }] });
    page.push({ $or: [{ createdAt: { $lt: date } }, { createdAt: date, id: { $lt: id } }] });
  }
  const rows = await ctx.em.find(Notification, { $and: page }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
  return toPage(
    rows,
    first,
    (n) => [n.createdAt.getTime(), n.id],
    () => ctx.em.count(Notification, base),
  );
}

export async function unreadNotificationCount(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.em.count(Notification, { recipient: viewer.id, readAt: null });
}

export async function markNotificationRead(ctx: Context, id: string): Promise<Notification> {
  const n = await loadNotification(ctx, id);
  n.readAt ??= new Date();
  await ctx.em.flush();
  return n;
}

/** Marks every unread notification of the viewer read; returns how many it marked. */
export async function markAllNotificationsRead(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.em.nativeUpdate(Notification, { recipient: viewer.id, readAt: null }, { readAt: new Date() });
}

/** Every kind, with whether the viewer gets it (on unless turned off). */
export async function notificationPreferences(ctx: Context): Promise<{ kind: NotificationKind; enabled: boolean }[]> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.find(NotificationPreference, { user: viewer.id });
  const byKind = new Map(rows.map((r) => [r.kind, r.enabled]));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: byKind.get(kind) ?? true }));
}

export async function setNotificationPreference(ctx: Context, kind: NotificationKind, enabled: boolean): Promise<{ kind: NotificationKind; enabled: boolean }> {
  const viewer = requireViewer(ctx);
  const existing = await ctx.em.findOne(NotificationPreference, { user: viewer.id, kind });
  if (existing) existing.enabled = enabled;
  else ctx.em.create(NotificationPreference, { user: ctx.em.getReference(User, viewer.id), kind, enabled });
  try {
    await ctx.em.flush();
  } catch (e) {
    // Two settings at once: the other one made the row; set it on that.
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    const em = ctx.em.fork();
    await em.nativeUpdate(NotificationPreference, { user: viewer.id, kind }, { enabled });
  }
  return { kind, enabled };
}
