/**
 * The public face of the auth module: what other modules import (their entities come from
 * auth.entity.ts and password-reset.entity.ts). Add here what another module needs rather than
 * reaching into the files.
 */
export { hashPassword } from './password.js';
export { endAllSessions, sessionTokenFromCookieHeader, viewerFromToken } from './session.service.js';
