import type { FeedbackRoundStatus } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

/**
 * The feedback policy, used by queries, mutations and the subscription alike.
 *
 * - Everyone in the partnership sees its rounds (admins, the contact person and deputy, the
 *   partner's coordinators and volunteers); anyone else gets NOT_FOUND.
 * - The rhythm is set by the contact person, the deputy or an admin.
 * - The partner drafts and submits: coordinators, and also volunteers, since in community
 *   sponsorship the volunteers do the day-to-day work and know how it goes. Fedasil staff do not
 *   answer for the partner.
 * - The contact person, the deputy or an admin accepts or sends back.
 */
export const feedbackPolicy = {
  view(viewer: Viewer | null, p: PartnershipFacts): boolean {
    return partnershipRelation(viewer, p) !== null;
  },

  setSchedule(viewer: Viewer | null, p: PartnershipFacts): boolean {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  },

  /** May answer for the partner (the round's state is a rule checked apart). */
  answer(viewer: Viewer | null, p: PartnershipFacts): boolean {
    const r = partnershipRelation(viewer, p);
    return r === 'coordinator' || r === 'volunteer';
  },

  review(viewer: Viewer | null, p: PartnershipFacts): boolean {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  },
};

/** The round's own rules: what its state allows, whoever asks. */
export const feedbackRules = {
  editable: (status: FeedbackRoundStatus) => status === 'OPEN' || status === 'SENT_BACK',
  reviewable: (status: FeedbackRoundStatus) => status === 'SUBMITTED',
  /** Overdue: the due date passed and the partner still owes an answer. */
  overdue: (round: { status: FeedbackRoundStatus; dueDate: string }, today: string) => (round.status === 'OPEN' || round.status === 'SENT_BACK') && round.dueDate < today,
};
