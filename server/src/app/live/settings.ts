import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../context.js';

/**
 * Live subscriptions that scale to thousands of subscribers without weakening who sees what.
 *
 * Every event still passes, for every subscriber, the session check and the feature's policy
 * (`mayReceive`, the same policy as the queries), and the subscription document is executed as
 * that subscriber. What is shared is the work whose outcome cannot differ:
 *
 * - Sessions: whether a session still stands is known for at most `LIVE_RECHECK_MS` (5 s) per
 *   process; the check of many sessions is one batched query. A signed-out session's
 *   subscriptions end at the first event after that.
 * - Policy decisions and executions: a decision (or an execution of the subscription document)
 *   for one event is computed once per group of subscribers that cannot tell each other apart.
 *   Which viewer facts a decision or an execution depends on is not declared but observed: it runs
 *   with a viewer that records which of its fields (id, role, organisation, ...) were read, and
 *   the outcome is reused only for subscribers whose values of exactly those fields are equal
 *   (same subscription document, variables and event). A resolver that reads `viewer.id` thus
 *   gets one execution per user; a policy that reads role and organisation, one per pair. This
 *   holds because decisions and executions are functions of (event, arguments, the viewer fields
 *   they read, the database), and they are never reused after `LIVE_RECHECK_MS`.
 * - Frames: subscribers of one group get the same result, serialised and encoded once; each
 *   socket gets it behind its own subscription id (see `subscribeShared`).
 * - One pass per event: for subscriptions written to their socket directly, the decision and the
 *   execution are one run (`deliveries`), and subscribers likely to share it (a `Cohort`: same
 *   subscription key, equal on the viewer fields such runs have read so far) take an event as one
 *   batch: one lookup, then a loop of writes. A session in use is checked again in the background
 *   before its answer goes stale, so that loop does not wait for the database.
 * - Lanes: a cohort's idle members are parked per topic (lane.ts): the topic hands each event
 *   once to the lane, which looks the run up once and writes the serialised result to each member
 *   in one loop (no per-subscriber queue, callback or lookup). Whoever the lane cannot serve (a
 *   session to check, a run that does not apply) leaves it at that event and goes one by one.
 *
 * Contract for `mayReceive` and subscription resolvers (as `documentAdded` does): read the viewer
 * through the context they are given (`eventCtx`, `@Ctx()`, `event.ctx`), never a viewer captured
 * when subscribing. A read of the subscribing context's viewer during a shared decision is
 * detected and makes that decision private to its subscriber (safe, but unshared).
 */

/**
 * How long a checked session or a shared decision may be relied on: the bound on how late a
 * sign-out or a lost access takes effect on open subscriptions (issue 4 requires at most 5 s).
 */
export const LIVE_RECHECK_MS = 5_000;

/**
 * Which of these session hashes stand (not signed out, not expired): handed in by the auth
 * module (`useSessionCheck`), the only thing the live layer needs to know of sessions.
 */
export type SessionCheck = (em: EntityManager, hashes: string[]) => Promise<string[]>;

/** Tunables of one server's live layer; tests shorten the interval or move the clock. */
export interface LiveSettings {
  recheckMs: number;
  now: () => number;
  /** Unset: no session stands (nothing is delivered unchecked). */
  activeSessions: SessionCheck | null;
}

/** What a subscription resolver receives for each event: the payload and the context to load it with. */
export interface LiveEvent<T> {
  payload: T;
  ctx: Context;
}

/** Counters for tests and the benchmark. */
export interface LiveStats {
  sessionQueries: number;
  decisions: number;
  executions: number;
  /** Events written to subscribers by their lane (lane.ts) rather than one by one. */
  laneWrites: number;
}
