import { INVITABLE_ROLES, type Role } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';

/** The people policy: who may list, invite and remove whom. */
export const userPolicy = {
  /** The user list: admins see everyone; coordinators the volunteers they work with (see listUsers). */
  list: (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'COORDINATOR',

  invite: (viewer: Viewer | null, role: Role) => !!viewer && INVITABLE_ROLES[viewer.role].includes(role),

  /**
   * Admins remove anyone but themselves; coordinators remove the volunteers they may invite:
   * of their own organisation or of an organisation they share a partnership with.
   */
  remove: (viewer: Viewer | null, target: { id: string; role: Role; organisationId: string | null }, worksWithTargetOrganisation: boolean) => {
    if (!viewer || viewer.id === target.id) return false;
    if (viewer.role === 'ADMIN') return true;
    return viewer.role === 'COORDINATOR' && target.role === 'VOLUNTEER' && worksWithTargetOrganisation;
  },
};
