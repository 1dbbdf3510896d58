import type { NotificationKind } from './domain.js';
import type { Role } from './roles.js';

/** How a person is told by email about one kind of notification. */
export const EMAIL_MODES = ['IMMEDIATE', 'DIGEST', 'NEVER'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** The daily digest goes out at this Brussels time unless the person picks another (HH:MM). */
export const DEFAULT_DIGEST_TIME = '08:00';

/** A time of day, HH:MM (24 h). */
export const DIGEST_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const IMMEDIATE_FOR: Record<Role, readonly NotificationKind[]> = {
  // Volunteers open the hub once a week: everything comes in the daily digest.
  VOLUNTEER: [],
  // Contact persons live in their mail client: mentions and feedback submissions at once.
  CONTACT_PERSON: ['MENTION', 'FEEDBACK_SUBMITTED', 'MEETING_INVITED', 'MEETING_UPDATED', 'MEETING_CANCELLED'],
  COORDINATOR: ['MENTION', 'FEEDBACK_DUE', 'FEEDBACK_SENT_BACK', 'FEEDBACK_OVERDUE', 'MEETING_INVITED', 'MEETING_UPDATED', 'MEETING_CANCELLED', 'ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_OVERDUE'],
  ADMIN: ['MENTION', 'MEETING_INVITED', 'MEETING_UPDATED', 'MEETING_CANCELLED'],
};

/** The email mode of a kind for someone who did not choose: per role (the rest goes to the digest). */
export function defaultEmailMode(role: Role, kind: NotificationKind): EmailMode {
  return IMMEDIATE_FOR[role].includes(kind) ? 'IMMEDIATE' : 'DIGEST';
}
