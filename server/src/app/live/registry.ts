import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { ExecutionResult } from 'graphql';
import type { AppServices, Context, Viewer } from '../context.js';
import { createLoaders, type Loaders } from '../loaders.js';
import { type LiveSocket, type SendNext, sendNextTo } from './framing.js';
import type { Lane, LaneMember } from './lane.js';
import { type Attr, type Entry, type RunFn, SharedRuns, type Subscriber } from './runs.js';
import { SessionValidity } from './sessions.js';
import { LIVE_RECHECK_MS, type LiveSettings, type LiveStats, type SessionCheck } from './settings.js';

/**
 * The subscriber registry: one server's live state (settings, counters, shared runs, session
 * validity, cohorts) and the subscriptions opened through graphql-ws, by their context.
 */

/** A subscription opened through graphql-ws: its key (document, operation, variables) and subscriber. */
export interface LiveSubscription {
  key: string;
  subscriber: Subscriber;
  /** Writes a `next` message with this result (serialised once per group) to the subscriber's socket, when known. */
  sendNext?: SendNext;
  /**
   * Lets go of what setting the subscription up loaded (the entities in its unit of work, its
   * loaders): an idle subscriber holds none of it; its events run in units of work of their own.
   */
  idle?: () => void;
}

/** A direct subscriber as its cohort sees it. */
export interface Member {
  subscriber: Subscriber;
  /** The run for the event it waited for is settled; `applies`: the run's group includes this subscriber. */
  settled(outcome: Entry<ExecutionResult | null>, applies: boolean): void;
}

/** One event's run for a cohort, and the members waiting for it. */
export interface Batch {
  event: object;
  members: Member[];
  outcome: Entry<ExecutionResult | null> | null;
  /** The run read only viewer fields the cohort agrees on: it applies to every member. */
  covered: boolean;
}

/**
 * Direct subscribers of one subscription key that are equal on the viewer fields its runs have
 * read so far: likely one group. An event is handed to them in one batch (one lookup of the
 * shared run, then a loop of sends) rather than each looking the run up on its own.
 */
export interface Cohort {
  key: string;
  predicted: Set<Attr>;
  size: number;
  batch: Batch | null;
  /** Its idle members, parked per topic, take events as one group (lane.ts). */
  lanes: Map<object, Lane<Parked, Entry<ExecutionResult | null>>>;
}

/** A direct subscriber as its lane sees it (one object for its whole life). */
export interface Parked extends LaneMember {
  subscriber: Subscriber;
  hash: string;
  em: EntityManager;
  /** What is known of its session (the record is updated in place when checked again). */
  session: { active: boolean; at: number } | undefined;
  deliver: RunFn<ExecutionResult | null>;
  /** Writes a serialised `next` payload to its socket (set for subscriptions written directly). */
  sendPayload: ((payload: Buffer) => void) | null;
  /** Left its lane: takes these events, then the topic's next ones, one by one. */
  alone(events: object[]): void;
}

/** The live layer of one server. */
export interface LiveState {
  settings: LiveSettings;
  stats: LiveStats;
  sessions: SessionValidity;
  decisions: SharedRuns<boolean>;
  executions: SharedRuns<ExecutionResult>;
  /** For subscriptions written to their socket directly: the decision and, when allowed, the execution, as one run (null: not allowed). */
  deliveries: SharedRuns<ExecutionResult | null>;
  /** Direct subscribers likely to share runs (same subscription key and predicted signature). */
  cohorts: Map<string, Cohort>;
  subscriptions: WeakMap<Context, LiveSubscription>;
}

const states = new WeakMap<AppServices, LiveState>();

/** The live layer of the server these services belong to (created on first use). */
export function liveState(app: AppServices): LiveState {
  let state = states.get(app);
  if (!state) {
    const settings: LiveSettings = { recheckMs: LIVE_RECHECK_MS, now: () => Date.now(), activeSessions: null };
    const stats: LiveStats = { sessionQueries: 0, decisions: 0, executions: 0, laneWrites: 0 };
    state = {
      settings,
      stats,
      sessions: new SessionValidity(settings, stats),
      decisions: new SharedRuns<boolean>(settings, app, () => stats.decisions++),
      executions: new SharedRuns<ExecutionResult>(settings, app, () => stats.executions++),
      deliveries: new SharedRuns<ExecutionResult | null>(settings, app, () => {}),
      cohorts: new Map(),
      subscriptions: new WeakMap(),
    };
    states.set(app, state);
  }
  return state;
}

/**
 * The context of one graphql-ws subscription: registered with its key (operation, document,
 * variables), so that subscribers of the same key can share decisions and executions. Its viewer
 * counts reads, to detect a `mayReceive` that uses a viewer captured when subscribing.
 */
export function createLiveContext(
  parts: Omit<Context, 'loaders' | 'scratch' | 'viewer'> & { viewer: Viewer },
  operation: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  socket?: LiveSocket,
): Context {
  const capturedReads = { count: 0 };
  const original = parts.viewer;
  const viewer = new Proxy(original, {
    get(target, key, receiver) {
      if (sealed.has(ctx)) capturedReads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  // The loaders are made when first read: a subscription held for hours should not keep a dozen
  // DataLoaders (and what they cached) from the minute it was set up.
  let loaders: Loaders | undefined;
  const ctx = { ...parts, viewer, scratch: new Map() } as Omit<Context, 'loaders'> as Context;
  Object.defineProperty(ctx, 'loaders', {
    enumerable: true,
    configurable: true,
    get: () => (loaders ??= createLoaders(ctx.em)),
    set: (value: Loaders) => {
      loaders = value;
    },
  });
  liveState(parts.app).subscriptions.set(ctx, {
    key: JSON.stringify([operation.operationName ?? null, operation.query, operation.variables ?? {}]),
    subscriber: { viewer: original, ip: parts.ip, capturedReads, signatures: new Map(), recent: ['\u0000', '', '\u0000', ''] },
    sendNext: socket && sendNextTo(socket),
    idle: () => {
      ctx.em.clear();
      ctx.scratch.clear();
      loaders = undefined;
    },
  });
  return ctx;
}

/** A subscriber without a graphql-ws registration (nothing is shared with them): a family of one. */
export function unregisteredSubscription(ctx: Context): LiveSubscription {
  return {
    key: randomUUID(),
    subscriber: { viewer: ctx.viewer!, ip: ctx.ip, capturedReads: { count: 0 }, signatures: new Map(), recent: ['\u0000', '', '\u0000', ''] },
  };
}

/**
 * How the live layer of these services learns whether sessions stand: the auth module's check,
 * handed in where the server is put together (server.ts).
 */
export function useSessionCheck(app: AppServices, check: SessionCheck): void {
  liveState(app).settings.activeSessions = check;
}

/** Subscribing contexts whose subscription is set up: their viewer is no longer read legitimately. */
export const sealed = new WeakSet<Context>();
