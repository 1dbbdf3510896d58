/**
 * The public face of the payments module: what other modules import (their entities come from
 * payments.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { paymentsPolicy } from './payments.policy.js';
export { statementState, totalsOf } from './payments.service.js';
export { FundingStatementStatusEnum } from './payments.types.js';
