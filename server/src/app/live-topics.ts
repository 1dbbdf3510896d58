import type { PubSub } from '@graphql-yoga/subscription';

/** Switches a subscription from pulling (`next()`) to being called with each event as it comes. */
export const PUSH = Symbol('push');
export interface Pushable {
  [PUSH](onEvent: (value: unknown) => void, onEnd: () => void): void;
}

/** Events a subscriber may have waiting before its subscription fails (as the pub/sub's own limit). */
export const MAX_PENDING_EVENTS = 1024;

/**
 * The pub/sub as features use it (`ctx.app.pubSub`), with one upstream subscription per topic in
 * this process instead of one per subscriber: the upstream's events are handed to each local
 * subscriber's queue in order. Publishing is unchanged (in-process or Redis). With thousands of
 * subscribers this removes a listener and a Repeater per subscriber from every event.
 */
export function withSharedTopics<T extends Record<string, any>>(pubSub: PubSub<T>): PubSub<T> {
  const topics = new Map<string, Topic>();

  interface Local {
    push(value: unknown): void;
    end(): void;
  }
  interface Topic {
    locals: Set<Local>;
    upstream: AsyncIterator<unknown>;
  }

  async function pump(key: string, topic: Topic) {
    try {
      for (;;) {
        const item = await topic.upstream.next();
        if (item.done) break;
        for (const local of topic.locals) local.push(item.value);
      }
    } finally {
      if (topics.get(key) === topic) topics.delete(key);
      for (const local of topic.locals) local.end();
    }
  }

  const subscribe = (routingKey: string, id?: string | number): AsyncIterableIterator<unknown> => {
    const key = id === undefined ? routingKey : `${routingKey}:${id}`;
    let topic = topics.get(key);
    if (!topic) {
      const upstream = (id === undefined ? (pubSub.subscribe as any)(routingKey) : (pubSub.subscribe as any)(routingKey, id)) as AsyncIterable<unknown>;
      topic = { locals: new Set(), upstream: upstream[Symbol.asyncIterator]() };
      topics.set(key, topic);
      void pump(key, topic);
    }
    const owner = topic;
    const queue: unknown[] = [];
    let waiting: ((r: IteratorResult<unknown>) => void) | null = null;
    let done = false;
    let overflow = false;
    let pushTo: ((value: unknown) => void) | null = null;
    let endTo: (() => void) | null = null;
    const release = async (): Promise<IteratorResult<unknown>> => {
      if (!done) {
        done = true;
        owner.locals.delete(local);
        if (owner.locals.size === 0 && topics.get(key) === owner) {
          topics.delete(key);
          await owner.upstream.return?.();
        }
      }
      queue.length = 0;
      const w = waiting;
      waiting = null;
      w?.({ done: true, value: undefined });
      return { done: true, value: undefined };
    };
    const local: Local = {
      push(value) {
        if (done) return;
        if (pushTo) pushTo(value);
        else if (waiting) {
          const w = waiting;
          waiting = null;
          w({ done: false, value });
        } else if (queue.length >= MAX_PENDING_EVENTS) {
          overflow = true;
          void release();
        } else queue.push(value);
      },
      end() {
        void release();
        endTo?.();
      },
    };
    owner.locals.add(local);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next() {
        if (queue.length) return Promise.resolve({ done: false, value: queue.shift() });
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
      [PUSH](onEvent: (value: unknown) => void, onEnd: () => void) {
        pushTo = onEvent;
        endTo = onEnd;
        for (const value of queue.splice(0)) onEvent(value);
        if (done) onEnd();
      },
    } as AsyncIterableIterator<unknown> & Pushable;
  };

  return { publish: pubSub.publish.bind(pubSub), subscribe } as unknown as PubSub<T>;
}
