import { sessionIsActive } from '../modules/auth/session.service.js';
import type { Context } from './context.js';
import { createLoaders } from './loaders.js';

/** What a subscription resolver receives for each event: the payload and the (renewed) context to load it with. */
export interface LiveEvent<T> {
  payload: T;
  ctx: Context;
}

/**
 * Passes a topic's events to one subscriber only while their session stands and the feature's
 * policy (`mayReceive`) allows each event. Every event is checked with a fresh unit of work, so
 * a subscriber never sees stale data, and one who signs out or loses access gets nothing more:
 * the stream ends when the session is gone.
 *
 * A hand-written iterator rather than an async generator: when the client unsubscribes,
 * `return()` must release the topic listener at once, not after the next event arrives.
 */
export function authorizedEvents<T>(ctx: Context, source: AsyncIterable<T>, mayReceive: (eventCtx: Context, payload: T) => Promise<boolean>): AsyncIterableIterator<LiveEvent<T>> {
  const upstream = source[Symbol.asyncIterator]();
  let done = false;
  const finish = async (): Promise<IteratorResult<LiveEvent<T>>> => {
    if (!done) {
      done = true;
      await upstream.return?.();
    }
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!done) {
        const item = await upstream.next();
        if (item.done) return finish();
        // The subscription's context lives as long as the socket: renew its unit of work and
        // loaders in place, so the event and its nested fields are read fresh (events resolve one by one).
        ctx.em = ctx.em.fork();
        ctx.loaders = createLoaders(ctx.em);
        ctx.scratch = new Map();
        if (!ctx.viewer || !(await sessionIsActive(ctx.em, ctx.viewer.sessionTokenHash))) return finish();
        if (await mayReceive(ctx, item.value)) return { done: false, value: { payload: item.value, ctx } };
      }
      return { done: true, value: undefined };
    },
    return: finish,
    async throw(error?: unknown) {
      await finish();
      throw error;
    },
  };
}
