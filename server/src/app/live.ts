import type { Context } from './context.js';
import { createLoaders } from './loaders.js';
import { sessionIsActive } from '../modules/auth/session.service.js';

/** What a subscription resolver receives for each event: the payload and a fresh context to load it with. */
export interface LiveEvent<T> {
  payload: T;
  ctx: Context;
}

/**
 * Passes a topic's events to one subscriber only while their session stands and the feature's
 * policy (`mayReceive`) allows each event. Every event is checked with a fresh unit of work, so
 * a subscriber never sees stale data, and one who signs out or loses access gets nothing more:
 * the stream ends when the session is gone.
 */
export async function* authorizedEvents<T>(ctx: Context, source: AsyncIterable<T>, mayReceive: (eventCtx: Context, payload: T) => Promise<boolean>): AsyncGenerator<LiveEvent<T>> {
  for await (const payload of source) {
    // The subscription's context lives as long as the socket: renew its unit of work and loaders
    // in place, so the event and all its nested fields are read fresh (events resolve one by one).
    ctx.em = ctx.em.fork();
    ctx.loaders = createLoaders(ctx.em);
    ctx.scratch = new Map();
    if (!ctx.viewer || !(await sessionIsActive(ctx.em, ctx.viewer.sessionTokenHash))) return;
    if (await mayReceive(ctx, payload)) yield { payload, ctx };
  }
}
