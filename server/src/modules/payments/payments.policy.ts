import type { Viewer } from '../../core/viewer.js';
import { canOnPartnership, type PartnershipFacts } from '../partnership/index.js';

/**
 * The payments policy. A partnership's statement is seen by whoever may see its funding (admins,
 * its contact person and deputy, its coordinators: read-only). Approving and recording payments is
 * for the partnership's named contact person and admins only (not the deputy).
 */
export const paymentsPolicy = {
  viewStatement: (viewer: Viewer | null, p: PartnershipFacts) => canOnPartnership(viewer, p, 'viewFunding'),
  approveStatement: (viewer: Viewer | null, p: PartnershipFacts) => viewer?.role === 'ADMIN' || (viewer?.role === 'CONTACT_PERSON' && viewer.id === p.contactPersonId),
  recordPayment: (viewer: Viewer | null, p: PartnershipFacts) => viewer?.role === 'ADMIN' || (viewer?.role === 'CONTACT_PERSON' && viewer.id === p.contactPersonId),
  /** The yearly report across partnerships: the resettlement team (admins; contact persons for their partnerships). */
  viewYearlyReport: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
};
