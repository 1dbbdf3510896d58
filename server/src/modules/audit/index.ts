/**
 * The public face of the audit module: what other modules import (their entities come from
 * audit.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { auditPolicy } from './audit.policy.js';
export { listFundingEdits, recordFundingEdit, recordHouseholdAccess, recordSpecificNeedsRead } from './audit.service.js';
