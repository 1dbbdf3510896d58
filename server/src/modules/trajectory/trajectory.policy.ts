import type { Viewer } from '../../core/viewer.js';
import { needToKnowSpecificNeeds } from '../household/index.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

/**
 * The support trajectory policy, the return files' pattern: trajectories are seen by whoever sees
 * the partnership; the contact person, deputy, admins and the partner's coordinators open them,
 * move them on and assign who follows them; only the contact person, deputy or an admin extends
 * one. Sensitive details are need-to-know by the households' rule for specific needs.
 */
export const trajectoryPolicy = {
  view: (viewer: Viewer | null, p: PartnershipFacts) => partnershipRelation(viewer, p) !== null,
  edit(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact' || r === 'coordinator';
  },
  extend(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  },
  viewSensitive: needToKnowSpecificNeeds,
};
