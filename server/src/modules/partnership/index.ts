/**
 * The public face of the partnership module: what other modules import (their entities come from
 * partnership.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { caseFor, casePartnership, caseReference, checkStageDay, factsOfCase, flushNewCase, requireCaseKind } from './partnership-case.js';
export { canOnPartnership, type PartnershipFacts, partnershipRelation, type PartnershipRelation, visiblePartnerships } from './partnership.policy.js';
export { loadPartnership, mayViewPartnership, partnershipFacts, partnershipWithFacts } from './partnership.service.js';
