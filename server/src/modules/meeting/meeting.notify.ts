import type { Context } from '../../app/context.js';

/**
 * The meeting module's bridge to the hub's notifications (server/src/modules/notification, on
 * main from about 11:45). Until that module is merged, `notifyMeeting` persists nothing and
 * returns no notifications; the call sites already pass the recipients, kind and source.
 */
export type MeetingNotificationKind = 'MEETING_INVITED' | 'MEETING_UPDATED' | 'MEETING_CANCELLED' | 'ACTION_ITEM_ASSIGNED';
export type PendingNotifications = unknown[];

export interface MeetingNotificationInput {
  recipientIds: string[];
  kind: MeetingNotificationKind;
  sourceType: 'MEETING' | 'ACTION_ITEM';
  sourceId: string;
  partnershipId?: string | null;
  excerpt?: string | null;
}

/** Persists (without flushing) the notifications of a meeting change; call before the one flush. */
export async function notifyMeeting(_ctx: Context, _input: MeetingNotificationInput): Promise<PendingNotifications> {
  return [];
}

/** Delivers them live; call after the flush. */
export function publishMeetingNotifications(_ctx: Context, _pending: PendingNotifications): void {}
