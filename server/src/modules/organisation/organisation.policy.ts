import type { Viewer } from '../../core/viewer.js';

/** The organisation policy: Fedasil staff see every organisation; only admins create or change them. */
export const organisationPolicy = {
  listAll: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
  manage: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
};
