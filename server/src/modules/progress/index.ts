/**
 * The public face of the progress module: what other modules import (their entities come from
 * progress.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { HousingInput } from './progress.inputs.js';
export { progressPolicy } from './progress.policy.js';
export { board, type BoardSort, fundingStatement, householdFlags, lastActivityAt, nextStep, progressOf } from './progress.service.js';
export { FundingFigures } from './progress.types.js';
