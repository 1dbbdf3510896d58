/**
 * The public face of the household module: what other modules import (their entities come from
 * household.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { personsReceived } from './household.guards.js';
export { HouseholdMemberInput, RegisterHouseholdInput } from './household.inputs.js';
export { notifyHouseholdMoment } from './household.notify.js';
export { canOnHousehold, needToKnowSpecificNeeds } from './household.policy.js';
export { can, canSeePartnership, householdPartnershipFacts, householdStatus, loadHousehold, prepareHousehold, rememberHouseholdStatuses } from './household.service.js';
export { publishHouseholdChanged } from './household.topics.js';
export { activeTemplates, recordHouseholdEvent, retimePlan } from './plan.js';
