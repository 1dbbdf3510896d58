/** Roles of the people using the hub, and the actions policies decide on. */

export const ROLES = ['ADMIN', 'CONTACT_PERSON', 'COORDINATOR', 'VOLUNTEER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles held by Fedasil staff. */
export const FEDASIL_ROLES: readonly Role[] = ['ADMIN', 'CONTACT_PERSON'];

/** Who may invite whom: admins invite Fedasil staff, contact persons coordinators, coordinators volunteers. */
export const INVITABLE_ROLES: Record<Role, readonly Role[]> = {
  ADMIN: ['ADMIN', 'CONTACT_PERSON'],
  CONTACT_PERSON: ['COORDINATOR'],
  COORDINATOR: ['VOLUNTEER'],
  VOLUNTEER: [],
};

export const PARTNERSHIP_ACTIONS = [
  'view',
  'update',
  'manageMembers',
  'assignContactPerson',
  'registerHousehold',
  'recordSpecificNeeds',
  'viewFunding',
  'inviteCoordinator',
  'inviteVolunteer',
] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];

export const HOUSEHOLD_ACTIONS = [
  'view',
  'update',
  'recordArrival',
  'extendGuidance',
  'viewSpecificNeeds',
  'updateSpecificNeeds',
  'viewFunding',
  /** End guidance early or transfer the household to another partnership (a funding decision: Fedasil staff). */
  'endGuidance',
] as const;
export type HouseholdAction = (typeof HOUSEHOLD_ACTIONS)[number];

/** Actions on a household's progress (guidance plan and housing). */
export const PROGRESS_ACTIONS = ['viewPlan', 'updateStep', 'updateHousing'] as const;
export type ProgressAction = (typeof PROGRESS_ACTIONS)[number];
