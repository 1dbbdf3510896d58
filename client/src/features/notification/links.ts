import type { NotificationSource } from '@partner-hub/shared';
import { feedbackRoundHref } from '../feedback/labels';

/** What a notification says about its source, enough to open it. */
export interface NotificationTarget {
  sourceType: NotificationSource;
  sourceId: string;
  partnershipId?: string | null;
  /** For an action item: the meeting it came from, when the API gives it. */
  meetingId?: string | null;
}

/**
 * Where "open" takes the reader. The page of the source checks access again, so a link is never
 * a leak: someone who lost access meets "not found" there.
 */
export function notificationHref(target: NotificationTarget): string {
  const id = encodeURIComponent(target.sourceId);
  switch (target.sourceType) {
    case 'THREAD':
      return `/messages/${id}`;
    case 'FEEDBACK_ROUND':
      // The partnership page's feedback section opens that round.
      return target.partnershipId ? feedbackRoundHref(target.partnershipId, target.sourceId) : '/';
    case 'MEETING':
      return `/meetings/${id}`;
    case 'HOUSEHOLD':
      return `/households/${id}`;
    case 'ACTION_ITEM':
      // The hub notifies action items with their meeting as the source (MEETING); an older
      // notification that names the item alone opens the home page, where "My action items" lists it.
      return target.meetingId ? `/meetings/${encodeURIComponent(target.meetingId)}` : '/';
    default:
      return '/';
  }
}
