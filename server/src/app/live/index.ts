/**
 * The live layer (graphql-ws subscriptions that scale to thousands of subscribers), by job:
 * - settings.ts: the contract, the recheck bound, settings and counters;
 * - registry.ts: the subscriber registry (one server's live state, subscriptions by context);
 * - runs.ts: shared runs (a decision or an execution per group of indistinguishable subscribers);
 * - sessions.ts: session validity (batched checks, kept fresh while subscriptions are open);
 * - events.ts: `authorizedEvents`, a topic's events for one subscriber (session + policy);
 * - cohorts.ts, lane.ts, topics.ts: subscribers taking an event as one group;
 * - framing.ts, execute.ts: `next` frames serialised once, and graphql-ws's `subscribe`.
 * Modules hand in what is theirs: each subscription its topic and policy (`authorizedEvents`), the
 * auth module its session check (`useSessionCheck`). Import from here, not from the files.
 */
export { authorizedEvents } from './events.js';
export { subscribeShared } from './execute.js';
export type { LiveSocket } from './framing.js';
export { createLiveContext, type LiveState, liveState, useSessionCheck } from './registry.js';
export { LIVE_RECHECK_MS, type LiveEvent, type LiveSettings, type LiveStats, type SessionCheck } from './settings.js';
export { withSharedTopics } from './topics.js';
