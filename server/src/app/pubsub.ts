import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { ThreadFacts } from '../core/facts.js';

/**
 * A payload's extra for subscribers of the in-memory pub/sub (one process): what the publisher has at
 * hand (the message just stored, detached from its unit of work), so that they need not read it
 * again. A symbol key, which JSON leaves out: with Redis every process, the publisher's included,
 * gets the payload back through Redis without it and reads the rest as it would.
 */
export const IN_PROCESS = Symbol('in-process');

/** Topics and their payloads: ids and small facts (plus `IN_PROCESS` extras); subscribers load the rest through policies. */
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
   * (subscribers decide on them rather than each loading them again). `[IN_PROCESS]`: the message
   * as that change stored it, detached, for subscribers of the in-memory pub/sub.
   */
  MESSAGE_CHANGED: [
    {
      kind: 'ADDED' | 'EDITED' | 'DELETED';
      messageId: string;
      threadId: string;
      partnershipId: string;
      householdId: string | null;
      internal: boolean;
      authorId: string;
      facts: ThreadFacts;
      [IN_PROCESS]?: unknown;
    },
  ];
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
  /** `not-configured` (in-process), `ok`, or `down` while the connection to Redis is lost. */
  health(): Promise<'not-configured' | 'ok' | 'down'>;
  /**
   * Called when Redis is back after an outage: events published meanwhile never reached this
   * process's subscribers, so they must catch up (the server closes their sockets: clients
   * reconnect and ask for what they missed).
   */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

export interface PubSubLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
}

/**
 * In-process by default; Redis when a URL is given, so several server processes share events.
 * Redis going away never stops the server: a publish that fails is logged (the change itself is
 * stored; subscribers catch up from the database), and when Redis returns the resync listeners run.
 */
export function createPubSubHandle(redisUrl: string | undefined, logger?: PubSubLogger): PubSubHandle {
  if (!redisUrl) return { pubSub: createPubSub<Topics>(), health: () => Promise.resolve('not-configured'), onResync: () => {}, close: () => Promise.resolve() };
  const options = { lazyConnect: false, maxRetriesPerRequest: 3, retryStrategy: (times: number) => Math.min(times * 200, 2_000) };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  const resyncListeners: (() => void)[] = [];
  let lost = false;
  let closed = false;
  for (const [name, client] of [
    ['publish', publishClient],
    ['subscribe', subscribeClient],
  ] as const) {
    // Without a listener ioredis reports every failed reconnection attempt on stderr.
    client.on('error', (error: Error) => logger?.warn('redis error', { client: name, error: error.message }));
  }
  subscribeClient.on('close', () => {
    if (closed || lost) return;
    lost = true;
    logger?.warn('redis connection lost: live events between server processes are paused');
  });
  // 'ready' comes after ioredis has subscribed again to every channel it had.
  subscribeClient.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger?.info('redis is back: subscribers catch up');
    for (const listener of resyncListeners) listener();
  });
  // The event target calls publish/subscribe without awaiting them: a rejection (Redis away)
  // must not become an unhandled rejection, which stops a Node process.
  const guard = (what: string) => (error: unknown) => logger?.warn(`redis ${what} failed`, { error: String(error) });
  const bound = (target: Redis, prop: string | symbol): unknown => {
    const value = Reflect.get(target, prop) as unknown;
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const eventTarget = createRedisEventTarget({
    publishClient: new Proxy(publishClient, {
      get: (target, prop) => (prop === 'publish' ? (channel: string, message: string) => target.publish(channel, message).catch(guard('publish')) : bound(target, prop)),
    }),
    subscribeClient: new Proxy(subscribeClient, {
      get: (target, prop) =>
        prop === 'subscribe' || prop === 'unsubscribe'
          ? (channel: string) => (prop === 'subscribe' ? target.subscribe(channel) : target.unsubscribe(channel)).catch(guard(String(prop)))
          : bound(target, prop),
    }),
  });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    health: async () => {
      if (publishClient.status !== 'ready' || subscribeClient.status !== 'ready') return 'down';
      const pong = await Promise.race([publishClient.ping().catch(() => 'failed'), new Promise<string>((r) => setTimeout(() => r('timeout'), 1_000).unref())]);
      return pong === 'PONG' ? 'ok' : 'down';
    },
    onResync: (listener) => resyncListeners.push(listener),
    close: () => {
      closed = true;
      publishClient.disconnect();
      subscribeClient.disconnect();
      return Promise.resolve();
    },
  };
}
