/**
 * The public face of the privacy module: what other modules import (their entities come from
 * privacy.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { recordSignIn } from './sign-in-history.js';
