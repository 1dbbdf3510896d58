/** Kinds, statuses and other closed vocabularies of the domain, shared by server and client. */

export const PROGRAMME_CODES = ['RESETTLEMENT', 'VOLUNTARY_RETURN', 'SOCIO_LEGAL_DESK', 'VULNERABLE_GROUPS'] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

export const ORGANISATION_KINDS = ['CITY', 'MUNICIPALITY', 'OCMW', 'NGO', 'NON_PROFIT', 'WELCOME_GROUP', 'FEDASIL'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNERSHIP_TRACKS = ['COMMUNITY_SPONSORSHIP', 'FLEXIBLE_FRAMEWORK'] as const;
export type PartnershipTrack = (typeof PARTNERSHIP_TRACKS)[number];

export const PARTNERSHIP_STATUSES = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const HOUSEHOLD_STATUSES = ['PLANNED', 'ARRIVED', 'IN_GUIDANCE', 'GUIDANCE_ENDED'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const ARRIVAL_ROUTES = ['DIRECT', 'AFTER_RECEPTION'] as const;
export type ArrivalRoute = (typeof ARRIVAL_ROUTES)[number];

export const RELATIONSHIPS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SPECIFIC_NEEDS = ['COMPLEX_MEDICAL', 'UNACCOMPANIED_MINOR', 'TRAFFICKING_VICTIM', 'FAMILY_WITH_CHILDREN', 'OTHER'] as const;
export type SpecificNeed = (typeof SPECIFIC_NEEDS)[number];

export const LOCALES = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The time zone every date of the hub is shown in. */
export const TIME_ZONE = 'Europe/Brussels';

/** Adds whole months to an ISO date (YYYY-MM-DD), clamping to the end of the month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The last day of guidance: one term of `months` (the programme's caseMonths; resettlement: 12)
 * after its start, two terms when extended, less a day.
 */
export function guidanceEndDate(startIso: string, extended: boolean, months: number): string {
  const end = new Date(`${addMonths(startIso, months * (extended ? 2 : 1))}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** A strict ISO calendar date check (YYYY-MM-DD that exists). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const DOCUMENT_CATEGORIES = ['COOPERATION_AGREEMENT', 'LEASE', 'EVALUATION_REPORT', 'BROCHURE', 'IDENTITY_RESIDENCE', 'MEDICAL', 'OTHER'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Identity, residence and medical papers follow the specific-needs rule: need-to-know, every view logged. */
export const SENSITIVE_DOCUMENT_CATEGORIES: readonly DocumentCategory[] = ['IDENTITY_RESIDENCE', 'MEDICAL'];

/** Types a document may have, decided from its content (magic bytes), never from its name. */
export const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/** Default upload limit: 25 MB. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

/** Meetings: an evaluation with one partnership, or a consultation with several. */
export const MEETING_KINDS = ['EVALUATION', 'CONSULTATION'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** An invitee's answer to a meeting invitation. */
export const RSVP_RESPONSES = ['YES', 'NO', 'MAYBE'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** Attendance recorded in the minutes. */
export const ATTENDANCES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** The three objectives a partnership promises, evaluated in evaluation meetings. */
export const EVALUATION_OBJECTIVES = ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const;
export type EvaluationObjective = (typeof EVALUATION_OBJECTIVES)[number];

/** Ratings on an evaluation objective: 1 (poor) to 5 (excellent). */
export const EVALUATION_RATING_MIN = 1;
export const EVALUATION_RATING_MAX = 5;

/** Where a proposed agenda item comes from (open work of the partnerships concerned). */
export const AGENDA_SOURCE_TYPES = ['GUIDANCE_STEP', 'HOUSEHOLD', 'HOUSING', 'THREAD', 'FEEDBACK_ROUND'] as const;
export type AgendaSourceType = (typeof AGENDA_SOURCE_TYPES)[number];

/** What an in-app notification is about. */
export const NOTIFICATION_KINDS = [
  'MESSAGE',
  'MENTION',
  'FEEDBACK_DUE',
  'FEEDBACK_SUBMITTED',
  'FEEDBACK_SENT_BACK',
  'FEEDBACK_ACCEPTED',
  'MEETING_INVITED',
  'MEETING_UPDATED',
  'MEETING_CANCELLED',
  'ACTION_ITEM_ASSIGNED',
  // Key moments of a household (issue 18)
  'HOUSEHOLD_ARRIVED',
  'HOUSEHOLD_MOVED_IN',
  'GUIDANCE_ENDING_SOON',
  'GUIDANCE_ENDED',
  'FEEDBACK_OVERDUE',
  'ACTION_ITEM_OVERDUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kind of record a notification opens. */
export const NOTIFICATION_SOURCES = ['THREAD', 'FEEDBACK_ROUND', 'MEETING', 'ACTION_ITEM', 'HOUSEHOLD'] as const;
export type NotificationSource = (typeof NOTIFICATION_SOURCES)[number];

/** How often a partnership gives structured feedback to its contact person. */
export const FEEDBACK_RHYTHMS = ['MONTHLY', 'QUARTERLY'] as const;
export type FeedbackRhythm = (typeof FEEDBACK_RHYTHMS)[number];

/** Months in one feedback period of each rhythm. */
export const FEEDBACK_RHYTHM_MONTHS: Record<FeedbackRhythm, number> = { MONTHLY: 1, QUARTERLY: 3 };

/** The three objectives a feedback round asks about. */
export const FEEDBACK_OBJECTIVES = ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const;
export type FeedbackObjective = (typeof FEEDBACK_OBJECTIVES)[number];

/** How the partner rates progress on one objective. */
export const OBJECTIVE_STATUSES = ['ON_TRACK', 'CONCERNS', 'BLOCKED'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/**
 * Where a feedback round stands: OPEN (the partner drafts), SUBMITTED (the contact person
 * reviews), SENT_BACK (the partner revises), ACCEPTED (closed).
 */
export const FEEDBACK_ROUND_STATUSES = ['OPEN', 'SUBMITTED', 'SENT_BACK', 'ACCEPTED'] as const;
export type FeedbackRoundStatus = (typeof FEEDBACK_ROUND_STATUSES)[number];

/** A step in the history of a feedback round. */
export const FEEDBACK_REVISION_KINDS = ['SUBMITTED', 'SENT_BACK', 'ACCEPTED'] as const;
export type FeedbackRevisionKind = (typeof FEEDBACK_REVISION_KINDS)[number];
/** Kinds of message thread: one per partnership, one per household, and threads with a subject. */
export const THREAD_KINDS = ['PARTNERSHIP', 'HOUSEHOLD', 'SUBJECT'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** What happened to a message, as a live event. */
export const MESSAGE_EVENT_KINDS = ['ADDED', 'EDITED', 'DELETED'] as const;
export type MessageEventKind = (typeof MESSAGE_EVENT_KINDS)[number];

/** Longest message body, in characters (plain text). */
export const MESSAGE_MAX_LENGTH = 5000;

/** Longest subject of a thread, in characters. */
export const THREAD_SUBJECT_MAX_LENGTH = 200;

/** A person counts as online when their client reported activity within this many seconds. */
export const PRESENCE_ONLINE_SECONDS = 60;

/** How a member came to be in the household: with it on arrival, born later, or joined later by family reunification. */
export const MEMBER_JOININGS = ['WITH_HOUSEHOLD', 'BORN', 'FAMILY_REUNIFICATION'] as const;
export type MemberJoining = (typeof MEMBER_JOININGS)[number];

/**
 * Why guidance ended before its term: the household moved out (left the partner's area), was
 * transferred to another partnership or to a municipality without a partner, the sponsorship
 * broke down, or the household left Belgium.
 */
export const GUIDANCE_END_REASONS = ['MOVED_OUT', 'TRANSFERRED_PARTNERSHIP', 'TRANSFERRED_MUNICIPALITY', 'SPONSORSHIP_BREAKDOWN', 'DEPARTURE'] as const;
export type GuidanceEndReason = (typeof GUIDANCE_END_REASONS)[number];
