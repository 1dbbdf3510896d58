import { type DocumentCategory, SENSITIVE_DOCUMENT_CATEGORIES } from '@partner-hub/shared';
import type { Viewer } from '../../app/context.js';
import { canOnHousehold } from '../household/household.policy.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/partnership.policy.js';

export const isSensitive = (category: DocumentCategory) => SENSITIVE_DOCUMENT_CATEGORIES.includes(category);

/**
 * The document policy. A document is seen by whoever sees the partnership (or household) it
 * belongs to, except identity, residence and medical papers: those follow the specific-needs
 * rule (need-to-know). Volunteers may add documents to households; partnership documents are
 * for Fedasil staff and coordinators.
 */
export const documentPolicy = {
  view(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory): boolean {
    if (!partnershipRelation(viewer, partnership)) return false;
    return !isSensitive(category) || canOnHousehold(viewer, partnership, 'viewSpecificNeeds');
  },

  upload(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory, onHousehold: boolean): boolean {
    const relation = partnershipRelation(viewer, partnership);
    if (!relation || !documentPolicy.view(viewer, partnership, category)) return false;
    return relation !== 'volunteer' || onHousehold;
  },

  /** Rename, re-categorise, delete: Fedasil staff and coordinators, or whoever uploaded it. */
  manage(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory, createdById: string | null): boolean {
    const relation = partnershipRelation(viewer, partnership);
    if (!relation || !documentPolicy.view(viewer, partnership, category)) return false;
    return relation !== 'volunteer' || (!!viewer && viewer.id === createdById);
  },
};
