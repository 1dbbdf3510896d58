import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { ThreadFacts } from '../modules/messaging/messaging.policy.js';

/** Topics and their payloads: ids and small facts only; subscribers load the rest through policies. */
export type Topics = {
  HOUSEHOLD_CHANGED: [{ householdId: string; partnershipId: string }];
  DOCUMENT_ADDED: [{ documentId: string; partnershipId: string; householdId: string | null }];
  /** `removedUserIds`: invitees just uninvited, so their live lists drop the meeting they no longer see. */
  MEETING_CHANGED: [{ meetingId: string; removedUserIds?: string[] }];
  NOTIFICATION_ADDED: [{ notificationId: string; recipientId: string }];
  FEEDBACK_ROUND_CHANGED: [{ roundId: string; partnershipId: string }];
  /**
   * A message was added, edited or deleted (stored before it is published). `internal`: a note for
   * Fedasil staff only. `facts`: who stands in the thread's partnership, as the change read them
   * (subscribers decide on them rather than each loading them again).
   */
  MESSAGE_CHANGED: [{ kind: 'ADDED' | 'EDITED' | 'DELETED'; messageId: string; threadId: string; partnershipId: string; householdId: string | null; internal: boolean; authorId: string; facts: ThreadFacts }];
  /** Someone started or stopped typing in a thread (not stored); `internal`: an internal note, for Fedasil staff only. */
  TYPING: [{ threadId: string; partnershipId: string; householdId: string | null; userId: string; typing: boolean; internal: boolean }];
  /**
   * Someone's read position in a thread moved, in both numberings (staff's, partners'; `publicMoved`:
   * the partners' one moved); `receipts`: whether they share it with others.
   */
  READ_STATE: [{ threadId: string; partnershipId: string; householdId: string | null; userId: string; lastReadSeq: number; lastReadPublicSeq: number; publicMoved: boolean; receipts: boolean }];
  /** Someone came online or went offline. */
  PRESENCE: [{ userId: string; online: boolean; lastSeenAt: string | null }];
};

export interface PubSubHandle {
  pubSub: PubSub<Topics>;
  close(): Promise<void>;
}

/** In-process by default; Redis when a URL is given, so several server processes share events. */
export function createPubSubHandle(redisUrl: string | undefined): PubSubHandle {
  if (!redisUrl) return { pubSub: createPubSub<Topics>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
