import { FEEDBACK_OBJECTIVES, OBJECTIVE_STATUSES, type FeedbackObjective, type ObjectiveStatus } from '@partner-hub/shared';
import type { BadgeTone } from '../../ui/Values';

export { FEEDBACK_OBJECTIVES, OBJECTIVE_STATUSES };
export type { FeedbackObjective, ObjectiveStatus };

/** How a round's status looks in a badge. */
export const ROUND_STATUS_TONE: Record<string, BadgeTone> = {
  OPEN: 'info',
  SUBMITTED: 'warning',
  SENT_BACK: 'danger',
  ACCEPTED: 'success',
};

/** How an objective's status looks in a badge. */
export const OBJECTIVE_STATUS_TONE: Record<ObjectiveStatus, BadgeTone> = {
  ON_TRACK: 'success',
  CONCERNS: 'warning',
  BLOCKED: 'danger',
};

/** The address of a round: the partnership page's feedback section, with that round open. */
export function feedbackRoundHref(partnershipId: string, roundId: string): string {
  return `/partnerships/${encodeURIComponent(partnershipId)}?round=${encodeURIComponent(roundId)}#feedback`;
}
