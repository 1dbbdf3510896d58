import type { PubSub } from '@graphql-yoga/subscription';

/**
 * Switches a subscription from pulling (`next()`) to being called with each event as it comes,
 * with the event's number in its topic (1, 2, 3... in the order the topic's subscribers get them).
 */
export const PUSH = Symbol('push');
export interface Pushable {
  [PUSH](onEvent: (value: unknown, n: number) => void, onEnd: () => void): void;
}

/**
 * Lets many subscribers of one topic take its events as a group (cohorts.ts, lane.ts): a parked
 * subscriber is skipped by the topic's loop, and one listener of the group (`tap`) gets each
 * event once for all of them. A parked subscriber still ends with its topic.
 */
export const LANE = Symbol('lane');
export interface Laneable {
  [LANE]: {
    /** The topic, as an identity: subscribers of one topic may share a group. */
    topic: object;
    /** The topic's loop skips this subscriber (a group takes its events). */
    park(): void;
    /** The topic's loop hands this subscriber its events again, from the next one. */
    unpark(): void;
    /** A listener of the same topic for a group; returns its release. */
    tap(onEvent: (value: unknown, n: number) => void): () => void;
  };
}

/** Events a subscriber may have waiting before its subscription fails (as the pub/sub's own limit). */
export const MAX_PENDING_EVENTS = 1024;

/**
 * The pub/sub as features use it (`ctx.app.pubSub`), with one upstream subscription per topic in
 * this process instead of one per subscriber: the upstream's events are handed to each local
 * subscriber's queue in order. Publishing is unchanged (in-process or Redis). With thousands of
 * subscribers this removes a listener and a Repeater per subscriber from every event.
 */
export function withSharedTopics<T extends Record<string, [] | [unknown] | [number | string, unknown]>>(pubSub: PubSub<T>): PubSub<T> {
  const topics = new Map<string, Topic>();
  /** The upstream pub/sub with its topics by name (its own typing wants each topic's key type and id). */
  const upstreamPubSub = pubSub as unknown as { subscribe(routingKey: string, id?: string | number): AsyncIterable<unknown> };

  interface Local {
    push(value: unknown, n: number): void;
    end(): void;
  }
  interface Topic {
    /** Who the loop hands each event to: subscribers not parked, and groups' listeners. */
    locals: Set<Local>;
    /** Every subscriber, parked or not (all end with the topic). */
    subscribers: Set<Local>;
    upstream: AsyncIterator<unknown>;
    /** The number of the last event handed out. */
    n: number;
  }

  async function pump(key: string, topic: Topic) {
    try {
      for (;;) {
        const item = await topic.upstream.next();
        if (item.done) break;
        const n = ++topic.n;
        for (const local of topic.locals) local.push(item.value, n);
      }
    } finally {
      if (topics.get(key) === topic) topics.delete(key);
      for (const local of topic.subscribers) local.end();
    }
  }

  /** The last local gone (a subscriber or a group's listener): the upstream subscription closes. */
  async function releaseIfUnused(key: string, topic: Topic) {
    if (topic.locals.size === 0 && topic.subscribers.size === 0 && topics.get(key) === topic) {
      topics.delete(key);
      await topic.upstream.return?.();
    }
  }

  const subscribe = (routingKey: string, id?: string | number): AsyncIterableIterator<unknown> => {
    const key = id === undefined ? routingKey : `${routingKey}:${id}`;
    let topic = topics.get(key);
    if (!topic) {
      const upstream = id === undefined ? upstreamPubSub.subscribe(routingKey) : upstreamPubSub.subscribe(routingKey, id);
      topic = { locals: new Set(), subscribers: new Set(), upstream: upstream[Symbol.asyncIterator](), n: 0 };
      topics.set(key, topic);
      void pump(key, topic);
    }
    const owner = topic;
    const queue: unknown[] = [];
    /** The topic's numbers of the queued events. */
    const queueN: number[] = [];
    let waiting: ((r: IteratorResult<unknown>) => void) | null = null;
    let done = false;
    let overflow = false;
    let pushTo: ((value: unknown, n: number) => void) | null = null;
    let endTo: (() => void) | null = null;
    const release = async (): Promise<IteratorResult<unknown>> => {
      if (!done) {
        done = true;
        owner.locals.delete(local);
        owner.subscribers.delete(local);
        await releaseIfUnused(key, owner);
      }
      queue.length = 0;
      queueN.length = 0;
      const w = waiting;
      waiting = null;
      w?.({ done: true, value: undefined });
      return { done: true, value: undefined };
    };
    const local: Local = {
      push(value, n) {
        if (done) return;
        if (pushTo) pushTo(value, n);
        else if (waiting) {
          const w = waiting;
          waiting = null;
          w({ done: false, value });
        } else if (queue.length >= MAX_PENDING_EVENTS) {
          overflow = true;
          void release();
        } else {
          queue.push(value);
          queueN.push(n);
        }
      },
      end() {
        void release();
        endTo?.();
      },
    };
    owner.locals.add(local);
    owner.subscribers.add(local);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next() {
        if (queue.length) {
          queueN.shift();
          return Promise.resolve({ done: false, value: queue.shift() });
        }
        if (overflow) return Promise.reject(new Error('Too many events waiting for this subscriber'));
        if (done) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: release,
      async throw(error?: unknown) {
        await release();
        throw error;
      },
      [PUSH](onEvent: (value: unknown, n: number) => void, onEnd: () => void) {
        pushTo = onEvent;
        endTo = onEnd;
        const queued = queue.splice(0);
        const numbers = queueN.splice(0);
        queued.forEach((value, i) => onEvent(value, numbers[i]));
        if (done) onEnd();
      },
      [LANE]: {
        topic: owner,
        park() {
          owner.locals.delete(local);
        },
        unpark() {
          if (!done) owner.locals.add(local);
        },
        tap(onEvent: (value: unknown, n: number) => void) {
          const listener: Local = { push: onEvent, end() {} };
          owner.locals.add(listener);
          return () => {
            owner.locals.delete(listener);
            void releaseIfUnused(key, owner);
          };
        },
      },
    } as AsyncIterableIterator<unknown> & Pushable & Laneable;
  };

  return { publish: pubSub.publish.bind(pubSub), subscribe } as unknown as PubSub<T>;
}
