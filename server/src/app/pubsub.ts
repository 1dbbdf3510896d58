import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** Topics and their payloads: ids and small facts only; subscribers load the rest through policies. */
export type Topics = {
  HOUSEHOLD_CHANGED: [{ householdId: string; partnershipId: string }];
  DOCUMENT_ADDED: [{ documentId: string; partnershipId: string; householdId: string | null }];
  MEETING_CHANGED: [{ meetingId: string }];
  NOTIFICATION_ADDED: [{ notificationId: string; recipientId: string }];
  FEEDBACK_ROUND_CHANGED: [{ roundId: string; partnershipId: string }];
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
