import type { Viewer } from '../../core/viewer.js';

/** The audit policy: the access log and the outbox are for admins only. */
export const auditPolicy = {
  readAccessLog: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
  readOutbox: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
};
