import type { Viewer } from '../../core/viewer.js';

/**
 * The notification policy: a notification is its recipient's alone. Anyone else (another person,
 * an admin) gets NOT_FOUND, as for a notification that does not exist. What a notification shows
 * is its own stored fields (a short excerpt); the source opens through its own policy.
 */
export const notificationPolicy = {
  view(viewer: Viewer | null, n: { recipient: { id: string } }): boolean {
    return !!viewer && viewer.id === n.recipient.id;
  },
  /** Live: an event is delivered only to its recipient. */
  receive(viewer: Viewer | null, payload: { recipientId: string }): boolean {
    return !!viewer && viewer.id === payload.recipientId;
  },
};
