import { type Context, createContext } from './context.js';
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
    const em = ctx.em.fork();
    if (!ctx.viewer || !(await sessionIsActive(em, ctx.viewer.sessionTokenHash))) return;
    const eventCtx = createContext({ viewer: ctx.viewer, em, ip: ctx.ip, cookies: null, app: ctx.app });
    if (await mayReceive(eventCtx, payload)) yield { payload, ctx: eventCtx };
  }
}
