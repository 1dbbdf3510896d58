import type { NotificationKind, NotificationSource } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
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
 * Queues notifications for the recipients, in the caller's unit of work: they are written by the
 * caller's one flush, together with what caused them, and published after it with
 * `publishNotifications`. The actor never notifies themself; people who turned this kind off get
 * nothing. One query for the preferences, whatever the number of recipients.
 */
export async function notify(ctx: Context, input: NotifyInput): Promise<Notification[]> {
  const actorId = ctx.viewer?.id ?? null;
  const ids = [...new Set(input.recipientIds)].filter((id) => id !== actorId);
  if (!ids.length) return [];
  const off = await ctx.em.find(NotificationPreference, { user: { $in: ids }, kind: input.kind, enabled: false }, { fields: ['user'] });
  const muted = new Set(off.map((p) => p.user.id));
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
  return notifications;
}

/** After the flush: one event per recipient, carrying ids only. */
export function publishNotifications(ctx: Context, notifications: Notification[]): void {
  for (const n of notifications) ctx.app.pubSub.publish('NOTIFICATION_ADDED', { notificationId: n.id, recipientId: n.recipient.id });
}
