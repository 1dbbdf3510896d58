import type { FilterQuery } from '@mikro-orm/core';
import { PARTNERSHIP_ACTIONS, type PartnershipAction } from '@partner-hub/shared';
import type { PartnershipFacts } from '../../core/facts.js';
import type { Viewer } from '../../core/viewer.js';
import type { Partnership } from './partnership.entity.js';

export type { PartnershipFacts } from '../../core/facts.js';

/** How the viewer stands towards a partnership; null when they have nothing to do with it. */
export type PartnershipRelation = 'admin' | 'contact' | 'coordinator' | 'volunteer';

export function partnershipRelation(viewer: Viewer | null, p: PartnershipFacts): PartnershipRelation | null {
  if (!viewer) return null;
  switch (viewer.role) {
    case 'ADMIN':
      return 'admin';
    case 'CONTACT_PERSON':
      return viewer.id === p.contactPersonId || viewer.id === p.deputyId ? 'contact' : null;
    case 'COORDINATOR':
      return viewer.organisationId && p.memberOrganisationIds.includes(viewer.organisationId) ? 'coordinator' : null;
    case 'VOLUNTEER':
      return viewer.organisationId && p.memberOrganisationIds.includes(viewer.organisationId) ? 'volunteer' : null;
  }
}

const ALLOWED: Record<PartnershipRelation, ReadonlySet<PartnershipAction>> = {
  admin: new Set(['view', 'update', 'manageMembers', 'assignContactPerson', 'registerHousehold', 'recordSpecificNeeds', 'viewFunding']),
  contact: new Set(['view', 'update', 'manageMembers', 'registerHousehold', 'recordSpecificNeeds', 'viewFunding', 'inviteCoordinator']),
  coordinator: new Set(['view', 'registerHousehold', 'recordSpecificNeeds', 'viewFunding', 'inviteVolunteer']),
  volunteer: new Set(['view']),
};

/** The partnership policy: may this viewer do this to this partnership? */
export function canOnPartnership(viewer: Viewer | null, p: PartnershipFacts, action: PartnershipAction): boolean {
  const relation = partnershipRelation(viewer, p);
  return relation !== null && ALLOWED[relation].has(action);
}

export function partnershipPermissions(viewer: Viewer | null, p: PartnershipFacts): Record<PartnershipAction, boolean> {
  return Object.fromEntries(PARTNERSHIP_ACTIONS.map((a) => [a, canOnPartnership(viewer, p, a)])) as Record<PartnershipAction, boolean>;
}

/**
 * The same rule as a database filter, for lists: a list never includes a partnership
 * `canOnPartnership(viewer, p, 'view')` would refuse.
 */
export function visiblePartnerships(viewer: Viewer): FilterQuery<Partnership> {
  switch (viewer.role) {
    case 'ADMIN':
      return {};
    case 'CONTACT_PERSON':
      return { $or: [{ contactPerson: viewer.id }, { deputy: viewer.id }] };
    case 'COORDINATOR':
    case 'VOLUNTEER':
      return viewer.organisationId ? { members: { organisation: viewer.organisationId } } : { id: { $in: [] } };
  }
}
