import type { Viewer } from '../../app/context.js';

/** The programme policy: every signed-in person sees the programmes; quota progress is for Fedasil staff. */
export const programmePolicy = {
  list: (viewer: Viewer | null) => !!viewer,
  quotaProgress: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
  setQuota: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
};
