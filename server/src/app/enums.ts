import { registerEnumType } from 'type-graphql';
import {
  CASE_KINDS,
  RETURN_STAGES,
  TARGET_GROUPS,
  TRAJECTORY_CLOSE_REASONS,
  TRAJECTORY_FLAGS,
  TRAJECTORY_STAGES,
  FUNDING_RULES,
  INDICATOR_TYPES,
  ACTION_ITEM_STATUSES,
  AGENDA_SOURCE_TYPES,
  ATTENDANCES,
  EVALUATION_OBJECTIVES,
  MEETING_KINDS,
  MEETING_STATUSES,
  RSVP_RESPONSES,
  ARRIVAL_ROUTES,
  DOCUMENT_CATEGORIES,
  FEEDBACK_OBJECTIVES,
  FEEDBACK_REVISION_KINDS,
  FEEDBACK_RHYTHMS,
  FEEDBACK_ROUND_STATUSES,
  OBJECTIVE_STATUSES,
  MESSAGE_EVENT_KINDS,
  THREAD_KINDS,
  FUNDING_LINE_KINDS,
  HOUSEHOLD_EVENT_KINDS,
  HOUSEHOLD_FLAGS,
  LANDLORD_KINDS,
  STEP_ANCHORS,
  STEP_OWNERS,
  STEP_STATUSES,
  HOUSEHOLD_STATUSES,
  LOCALES,
  NOTIFICATION_KINDS,
  NOTIFICATION_SOURCES,
  ORGANISATION_KINDS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TRACKS,
  PROGRAMME_CODES,
  RELATIONSHIPS,
  ROLES,
  SPECIFIC_NEEDS,
  MEMBER_JOININGS,
  GUIDANCE_END_REASONS,
} from '@partner-hub/shared';

/** Turns one of shared/'s closed vocabularies into a GraphQL enum (values named as themselves). */
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(obj, { name, description });
  return obj;
}

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'What a person does in the hub; decides what they may see and do.');
export const LocaleEnum = graphqlEnum(LOCALES, 'Locale', 'Interface language: Dutch, French or English.');
export const ReturnStageEnum = graphqlEnum(RETURN_STAGES, 'ReturnStage', 'A stage of a voluntary return file, in order.');
export const TrajectoryStageEnum = graphqlEnum(TRAJECTORY_STAGES, 'TrajectoryStage', 'A stage of a support trajectory, in order.');
export const TargetGroupEnum = graphqlEnum(TARGET_GROUPS, 'TargetGroup', 'Whom the vulnerable-groups programme supports.');
export const TrajectoryCloseReasonEnum = graphqlEnum(TRAJECTORY_CLOSE_REASONS, 'TrajectoryCloseReason', 'Why a support trajectory closed.');
export const TrajectoryFlagEnum = graphqlEnum(TRAJECTORY_FLAGS, 'TrajectoryFlag', 'What needs attention on an open support trajectory.');
export const CaseKindEnum = graphqlEnum(CASE_KINDS, 'CaseKind', 'What the partnerships of a programme follow.');
export const FundingRuleEnum = graphqlEnum(FUNDING_RULES, 'FundingRule', 'How a programme is funded.');
export const IndicatorTypeEnum = graphqlEnum(INDICATOR_TYPES, 'IndicatorType', 'The type of a reporting indicator.');
export const ProgrammeCodeEnum = graphqlEnum(PROGRAMME_CODES, 'ProgrammeCode', 'A Fedasil programme run with partners.');
export const OrganisationKindEnum = graphqlEnum(ORGANISATION_KINDS, 'OrganisationKind', 'The kind of a partner organisation (or Fedasil itself).');
export const PartnershipTrackEnum = graphqlEnum(PARTNERSHIP_TRACKS, 'PartnershipTrack', 'Community sponsorship (a welcome group of volunteers) or the flexible partnership framework.');
export const PartnershipStatusEnum = graphqlEnum(PARTNERSHIP_STATUSES, 'PartnershipStatus', 'Where a partnership stands.');
export const HouseholdStatusEnum = graphqlEnum(HOUSEHOLD_STATUSES, 'HouseholdStatus', 'Where a household stands, derived from its arrival and guidance dates.');
export const ArrivalRouteEnum = graphqlEnum(ARRIVAL_ROUTES, 'ArrivalRoute', 'Received directly on arrival, or after a stay in the reception network.');
export const RelationshipEnum = graphqlEnum(RELATIONSHIPS, 'Relationship', "A member's relationship to the head of household (HEAD for the head).");
export const SpecificNeedEnum = graphqlEnum(SPECIFIC_NEEDS, 'SpecificNeed', 'Specific needs to take into account: sensitive, shown on a need-to-know basis.');
export const FundingLineKindEnum = graphqlEnum(FUNDING_LINE_KINDS, 'FundingLineKind', 'A line of the flat-amount funding of a household.');
export const StepStatusEnum = graphqlEnum(STEP_STATUSES, 'StepStatus', 'Where a guidance step stands.');
export const StepOwnerEnum = graphqlEnum(STEP_OWNERS, 'StepOwner', 'Who usually takes a guidance step.');
export const StepAnchorEnum = graphqlEnum(STEP_ANCHORS, 'StepAnchor', "What a step's due date counts from: the arrival or moving in.");
export const LandlordKindEnum = graphqlEnum(LANDLORD_KINDS, 'LandlordKind', 'Who rents out the home.');
export const HouseholdFlagEnum = graphqlEnum(HOUSEHOLD_FLAGS, 'HouseholdFlag', 'Something about a household that needs attention.');
export const HouseholdEventKindEnum = graphqlEnum(HOUSEHOLD_EVENT_KINDS, 'HouseholdEventKind', 'The kind of a change in a household timeline.');
export const DocumentCategoryEnum = graphqlEnum(DOCUMENT_CATEGORIES, 'DocumentCategory', 'What a document is; identity, residence and medical papers are need-to-know.');
export const MeetingKindEnum = graphqlEnum(MEETING_KINDS, 'MeetingKind', 'An evaluation meeting (one partnership with its contact person) or a consultation meeting (several partnerships).');
export const MeetingStatusEnum = graphqlEnum(MEETING_STATUSES, 'MeetingStatus', 'Whether a meeting is still on or was cancelled.');
export const RsvpResponseEnum = graphqlEnum(RSVP_RESPONSES, 'RsvpResponse', "An invitee's answer: yes, no or maybe.");
export const AttendanceEnum = graphqlEnum(ATTENDANCES, 'Attendance', 'Attendance of an invitee, recorded in the minutes.');
export const ActionItemStatusEnum = graphqlEnum(ACTION_ITEM_STATUSES, 'ActionItemStatus', 'Whether an action item is still open or done.');
export const EvaluationObjectiveEnum = graphqlEnum(
  EVALUATION_OBJECTIVES,
  'EvaluationObjective',
  "An objective a programme's partnerships are evaluated on (resettlement: sustainable housing, guidance, operational cooperation).",
);
export const AgendaSourceTypeEnum = graphqlEnum(AGENDA_SOURCE_TYPES, 'AgendaSourceType', 'Where an agenda item proposed from open work comes from.');
export const NotificationKindEnum = graphqlEnum(NOTIFICATION_KINDS, 'NotificationKind', 'What an in-app notification is about.');
export const NotificationSourceEnum = graphqlEnum(NOTIFICATION_SOURCES, 'NotificationSource', 'The kind of record a notification opens.');
export const FeedbackRhythmEnum = graphqlEnum(FEEDBACK_RHYTHMS, 'FeedbackRhythm', 'How often a partnership gives structured feedback.');
export const FeedbackObjectiveEnum = graphqlEnum(FEEDBACK_OBJECTIVES, 'FeedbackObjective', 'One of the three objectives a feedback round asks about.');
export const ObjectiveStatusEnum = graphqlEnum(OBJECTIVE_STATUSES, 'ObjectiveStatus', 'How the partner rates progress on one objective.');
export const FeedbackRoundStatusEnum = graphqlEnum(
  FEEDBACK_ROUND_STATUSES,
  'FeedbackRoundStatus',
  'Where a feedback round stands: OPEN (the partner drafts), SUBMITTED (the contact person reviews), SENT_BACK (the partner revises), ACCEPTED.',
);
export const FeedbackRevisionKindEnum = graphqlEnum(FEEDBACK_REVISION_KINDS, 'FeedbackRevisionKind', 'A step in the history of a feedback round.');
export const ThreadKindEnum = graphqlEnum(THREAD_KINDS, 'ThreadKind', 'The thread of a partnership, of a household, or a thread with its own subject.');
export const MessageEventKindEnum = graphqlEnum(MESSAGE_EVENT_KINDS, 'MessageEventKind', 'What happened to a message: added, edited or deleted.');
export const MemberJoiningEnum = graphqlEnum(MEMBER_JOININGS, 'MemberJoining', 'How a member came to be in the household: arrived with it, born later, or joined by family reunification.');
export const GuidanceEndReasonEnum = graphqlEnum(GUIDANCE_END_REASONS, 'GuidanceEndReason', 'Why guidance ended before its term.');
