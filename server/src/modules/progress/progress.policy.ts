import type { ProgressAction } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';
import { type PartnershipFacts, type PartnershipRelation, partnershipRelation } from '../partnership/index.js';

const ALLOWED: Record<PartnershipRelation, ReadonlySet<ProgressAction>> = {
  admin: new Set(['viewPlan', 'updateStep', 'updateHousing']),
  contact: new Set(['viewPlan', 'updateStep', 'updateHousing']),
  coordinator: new Set(['viewPlan', 'updateStep', 'updateHousing']),
  // Volunteers are the ones recording progress day to day.
  volunteer: new Set(['viewPlan', 'updateStep', 'updateHousing']),
};

/**
 * The progress policy: the guidance plan and housing of a household are for everyone who may see
 * the household (its partnership); templates, settings and the programme dashboard are Fedasil's.
 */
export const progressPolicy = {
  onHousehold: (viewer: Viewer | null, partnership: PartnershipFacts, action: ProgressAction): boolean => {
    const relation = partnershipRelation(viewer, partnership);
    return relation !== null && ALLOWED[relation].has(action);
  },
  manageTemplates: (viewer: Viewer | null) => viewer?.role === 'ADMIN',
  viewTemplates: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
  viewDashboard: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'CONTACT_PERSON',
  /** The board: everyone signed in sees the households they may see (a contact person's whole portfolio). */
  viewBoard: (viewer: Viewer | null) => !!viewer,
};
