/**
 * The public face of the programme module: what other modules import (their entities come from
 * programme.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { checkFollowsHouseholds, householdGuidanceMonths, householdProgramme, partnershipProgramme } from './programme.cases.js';
