import type { Viewer } from '../../core/viewer.js';
import { needToKnowSpecificNeeds } from '../household/index.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

/**
 * The desk rota policy: everyone in the partnership sees its rota (admins, the contact person and
 * deputy, the partners' coordinators and volunteers); anyone else gets NOT_FOUND. The contact
 * person, the deputy or an admin plans it.
 */
export const deskRotaPolicy = {
  view: (viewer: Viewer | null, p: PartnershipFacts) => partnershipRelation(viewer, p) !== null,
  edit(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  },
};

/**
 * The return file policy, the household policy's pattern: files are seen by whoever sees the
 * partnership; the contact person, deputy, admins and the partner's coordinators open and move
 * them on; the medical note is need-to-know (not volunteers, who only learn there is one).
 */
export const returnFilePolicy = {
  view: (viewer: Viewer | null, p: PartnershipFacts) => partnershipRelation(viewer, p) !== null,
  edit(viewer: Viewer | null, p: PartnershipFacts) {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact' || r === 'coordinator';
  },
  /** Exactly the household rule for specific needs (one rule, so the two cannot drift apart). */
  viewMedical: needToKnowSpecificNeeds,
};
