import { HOUSEHOLD_ACTIONS, type HouseholdAction } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';
import { type PartnershipFacts, type PartnershipRelation, partnershipRelation } from '../partnership/index.js';

const ALLOWED: Record<PartnershipRelation, ReadonlySet<HouseholdAction>> = {
  admin: new Set(HOUSEHOLD_ACTIONS),
  contact: new Set(HOUSEHOLD_ACTIONS),
  coordinator: new Set(['view', 'update', 'recordArrival', 'viewSpecificNeeds', 'updateSpecificNeeds', 'viewFunding']),
  // Volunteers guide the household day to day: they see it and record its arrival, but its
  // specific needs only as "there are some", and not the money.
  volunteer: new Set(['view', 'recordArrival']),
};

/**
 * The household policy. A household is seen by whoever may see its partnership; specific needs
 * are need-to-know: the contact person and deputy, admins and the partnership's coordinators.
 */
export function canOnHousehold(viewer: Viewer | null, partnership: PartnershipFacts, action: HouseholdAction): boolean {
  const relation = partnershipRelation(viewer, partnership);
  return relation !== null && ALLOWED[relation].has(action);
}

export function householdPermissions(viewer: Viewer | null, partnership: PartnershipFacts): Record<HouseholdAction, boolean> {
  return Object.fromEntries(HOUSEHOLD_ACTIONS.map((a) => [a, canOnHousehold(viewer, partnership, a)])) as Record<HouseholdAction, boolean>;
}

/**
 * The need-to-know rule for specific needs, as one function: households' specific needs, return
 * files' medical notes and support trajectories' sensitive details all follow it (volunteers only
 * learn that there are some).
 */
export const needToKnowSpecificNeeds = (viewer: Viewer | null, partnership: PartnershipFacts): boolean => canOnHousehold(viewer, partnership, 'viewSpecificNeeds');
