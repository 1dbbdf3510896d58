import type { Context } from '../../app/context.js';
import type { Notification } from '../notification/notification.entity.js';
import { notify, publishNotifications } from '../notification/index.js';

/** The meeting module's notifications: who is told what about a meeting or an action item. */
export type MeetingNotificationKind = 'MEETING_INVITED' | 'MEETING_UPDATED' | 'MEETING_CANCELLED' | 'ACTION_ITEM_ASSIGNED';
export type PendingNotifications = Notification[];

export interface MeetingNotificationInput {
  /** Invitees only: they may see the meeting (the caller checks). */
  recipientIds: string[];
  kind: MeetingNotificationKind;
  /** Always the meeting (also for an action item: the client opens the meeting it belongs to). */
  sourceType: 'MEETING';
  sourceId: string;
  partnershipId?: string | null;
  excerpt?: string | null;
}

/** Queues the notifications of a meeting change in the unit of work (skips the actor); call before the one flush. */
export function notifyMeeting(ctx: Context, input: MeetingNotificationInput): Promise<PendingNotifications> {
  return notify(ctx, input);
}

/** Delivers them live; call after the flush. */
export function publishMeetingNotifications(ctx: Context, pending: PendingNotifications): void {
  publishNotifications(ctx, pending);
}
