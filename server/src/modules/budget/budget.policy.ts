import type { Viewer } from '../../app/context.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

/**
 * The budget policy of partnerships funded by an agreed budget, the funding policy's pattern:
 * admins, the contact person and deputy and the partners' coordinators see the money (volunteers
 * do not); Fedasil (admins, the contact person or deputy) agrees the budget; the partners'
 * coordinators and Fedasil report the spending. Anyone outside the partnership gets NOT_FOUND.
 */
export const budgetPolicy = {
  visible: (viewer: Viewer | null, p: PartnershipFacts) => partnershipRelation(viewer, p) !== null,
  view(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact' || r === 'coordinator';
  },
  setBudget(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  },
  recordSpending(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact' || r === 'coordinator';
  },
  /** The programme dashboard's budget figures: Fedasil staff, over the partnerships they see. */
  viewTotals: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
};
