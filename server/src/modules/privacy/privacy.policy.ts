import type { Viewer } from '../../core/viewer.js';

const admin = (viewer: Viewer | null) => viewer?.role === 'ADMIN';

/**
 * The privacy policy: subject access exports, erasure and retention settings are for Fedasil
 * admins only (a partner never, a contact person neither); every signed-in person may download
 * their own account data and read a programme's retention periods.
 */
export const privacyPolicy = {
  exportHousehold: admin,
  previewErasure: admin,
  eraseHousehold: admin,
  eraseUser: (viewer: Viewer | null, userId: string) => admin(viewer) && viewer!.id !== userId,
  listErasures: admin,
  setRetention: admin,
  /** Why a household was erased (the reason an admin gave) is for admins; others see that and when. */
  readErasureReason: admin,
  readRetention: (viewer: Viewer | null) => viewer !== null,
  exportOwnAccount: (viewer: Viewer | null) => viewer !== null,
};
