import { useEffect } from 'react';
import { useUnreadCount, usePresenceHeartbeat } from '../features/messaging/unread';

/**
 * The parts of the shell only a signed-in user sees, loaded once the viewer is known (Layout.tsx,
 * React.lazy) rather than in the entry chunk: the sign-in page never needs them. Loading this
 * module also brings back the messages a user left undelivered on this device (threadSender).
 */
export { NotificationBell } from '../features/notification/NotificationBell';
export { resetThreadSenders } from '../features/messaging/threadSender';

/** Follows the viewer's unread message count (and keeps their presence) for the header's badges. */
export function UnreadWatcher({ viewerId, onChange }: { viewerId: string; onChange: (unread: number) => void }) {
  const unread = useUnreadCount(viewerId);
  usePresenceHeartbeat(true);
  useEffect(() => onChange(unread), [unread, onChange]);
  // Signed out (unmounted): no badge.
  useEffect(() => () => onChange(0), [onChange]);
  return null;
}
