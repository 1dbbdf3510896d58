/**
 * The public face of the user module: what other modules import (their entities come from
 * user.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { userPolicy } from './user.policy.js';
export { worksWithOrganisation } from './user.service.js';
