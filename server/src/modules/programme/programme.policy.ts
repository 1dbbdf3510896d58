import type { Viewer } from '../../core/viewer.js';

/** The programme policy: every signed-in person sees the programmes; quota progress is for Fedasil staff. */
export const programmePolicy = {
  list: (viewer: Viewer | null) => !!viewer,
  quotaProgress: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
  setQuota: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
};

/** A programme's configuration (case kind, indicators, funding rule, objectives): everyone signed in reads it, admins edit it. */
export const programmeConfigPolicy = {
  view: (viewer: Viewer | null) => !!viewer,
  edit: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
};
