import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import { Session } from '../modules/auth/auth.entity.js';
import type { AppServices, Context, Viewer } from './context.js';
import { Lane, type LaneMember } from './live-lane.js';
import { LANE, type Laneable, PUSH, type Pushable } from './live-topics.js';
import { createLoaders } from './loaders.js';

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
 * - Lanes: a cohort's idle members are parked per topic (live-lane.ts): the topic hands each event
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

/** Tunables of one server's live layer; tests shorten the interval or move the clock. */
export interface LiveSettings {
  recheckMs: number;
  now: () => number;
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
  /** Events written to subscribers by their lane (live-lane.ts) rather than one by one. */
  laneWrites: number;
}

/** Viewer facts a decision or an execution may depend on. */
type Attr = keyof Viewer | 'ip';
const ALL = '*';

/** One subscriber as the shared layer sees it. */
interface Subscriber {
  viewer: Viewer;
  ip: string;
  /** Reads of the viewer of the subscribing context (a captured viewer), counted. */
  capturedReads: { count: number };
  signatures: Map<string, string>;
  /** [key, signature, key, signature] of the two read sets used last. */
  recent: [string, string, string, string];
}

/** A subscription opened through graphql-ws: its key (document, operation, variables) and subscriber. */
interface LiveSubscription {
  key: string;
  subscriber: Subscriber;
  /** Writes a `next` message with this result (serialised once per group) to the subscriber's socket, when known. */
  sendNext?: SendNext;
}

/** Someone waiting for a run: resumed (once) when it is settled, to look again. */
export interface Waiter {
  resume(): void;
}

interface Entry<T> {
  at: number;
  family: string;
  event: unknown;
  /** The representative's attribute values, and which attributes the run read (null while running). */
  subscriber: Subscriber;
  reads: Set<Attr> | typeof ALL | null;
  /** The representative's signature on `reads`, and the key of `reads`, once known. */
  sig: string;
  readsKey: string;
  predicted: Set<Attr>;
  predictedKey: string;
  predictedSig: string;
  /** Resumed once the run is settled (each looks again or takes the outcome). */
  waiters: Waiter[];
  value: T | undefined;
  error: unknown;
}

/** A settled outcome. */
type Outcome<T> = Pick<Entry<T>, 'value' | 'error'>;

function attr(s: Subscriber, a: Attr): unknown {
  return a === 'ip' ? s.ip : s.viewer[a];
}

function readsKey(reads: Set<Attr> | typeof ALL): string {
  return reads === ALL ? ALL : [...reads].sort().join(',');
}

/** The subscriber's values of the attributes read (the viewer of a subscription does not change: cached). */
function signature(s: Subscriber, reads: Set<Attr> | typeof ALL, key = readsKey(reads)): string {
  // Read sets settle quickly (a decision's and an execution's): two remembered slots spare a lookup.
  const slots = s.recent;
  if (slots[0] === key) return slots[1];
  if (slots[2] === key) return slots[3];
  let sig = s.signatures.get(key);
  if (sig === undefined) {
    sig = reads === ALL ? `${ALL}${s.viewer.sessionTokenHash}|${s.ip}` : JSON.stringify([...reads].sort().map((a) => [a, attr(s, a)]));
    s.signatures.set(key, sig);
  }
  slots[2] = slots[0];
  slots[3] = slots[1];
  slots[0] = key;
  slots[1] = sig;
  return sig;
}

type Callback<T> = (error: unknown, value?: T) => void;
/** A run: the decision or execution for one event, as the viewer of `ctx` (a recording viewer). */
type RunFn<T> = (ctx: Context, event: unknown) => Promise<T> | T;

/**
 * Runs keyed by (family, event); the event is the payload object, the same for every subscriber
 * of a topic. `attempt` is synchronous and allocates nothing when a settled run applies, so that
 * the thousands of subscribers an event goes to are served in one loop; a subscriber for whom no
 * settled run applies waits (as a `Waiter` object, no closure) for one that may.
 */
class SharedRuns<T> {
  private readonly byEvent = new WeakMap<object, Map<string, Entry<T>[]>>();
  private readonly predicted = new Map<string, Set<Attr>>();
  /** The run each subscriber started last: theirs once settled, however long it took. */
  private readonly started = new WeakMap<Subscriber, Entry<T>>();

  constructor(
    private readonly settings: LiveSettings,
    private readonly base: AppServices,
    private readonly onRun: () => void,
  ) {}

  run(family: string, event: unknown, s: Subscriber, em: EntityManager, fn: RunFn<T>): Promise<T> {
    return new Promise((resolve, reject) => this.get(family, event, s, em, fn, (error, value) => (error === undefined ? resolve(value as T) : reject(error))));
  }

  /** Calls back with the outcome for this subscriber: at once when a settled run applies, else when one does. */
  get(family: string, event: unknown, s: Subscriber, em: EntityManager, fn: RunFn<T>, cb: Callback<T>): void {
    if (typeof event !== 'object' || event === null) {
      const single = this.start([], family, event, s, em, fn);
      single.waiters.push({ resume: () => settle(single, cb) });
      return;
    }
    const outcome = this.attempt(family, event, s, em, fn, { resume: () => this.get(family, event, s, em, fn, cb) });
    if (outcome) settle(outcome, cb);
  }

  /**
   * The settled outcome for this subscriber, or null: then `waiter` is resumed once a run that
   * may apply is settled (one under way whose representative agrees on the viewer fields such
   * runs have read so far, else one started now for this subscriber).
   */
  attempt(family: string, event: object, s: Subscriber, em: EntityManager, fn: RunFn<T>, waiter: Waiter): Entry<T> | null {
    let families = this.byEvent.get(event);
    if (!families) this.byEvent.set(event, (families = new Map()));
    let entries = families.get(family);
    if (!entries) families.set(family, (entries = []));
    const fresh = this.settings.now() - this.settings.recheckMs;
    let pending: Entry<T> | null = null;
    for (const e of entries) {
      if (e.at < fresh) continue;
      if (e.reads) {
        if (signature(s, e.reads, e.readsKey) === e.sig) return e;
      } else if (!pending && signature(s, e.predicted, e.predictedKey) === e.predictedSig) pending = e;
    }
    const own = this.started.get(s);
    if (own && own.reads && own.event === event && own.family === family) {
      // Its own run, settled after its entries went stale (a slow database): take it rather than run again.
      this.started.delete(s);
      return own;
    }
    (pending ?? this.start(entries, family, event, s, em, fn)).waiters.push(waiter);
    return null;
  }

  /** The viewer fields runs of this family have read so far: subscribers equal on them are likely to share a run. */
  predictedFor(family: string): Set<Attr> {
    let predicted = this.predicted.get(family);
    if (!predicted) this.predicted.set(family, (predicted = new Set()));
    return predicted;
  }

  private start(entries: Entry<T>[], family: string, event: unknown, s: Subscriber, em: EntityManager, fn: RunFn<T>): Entry<T> {
    const predicted = this.predictedFor(family);
    const entry: Entry<T> = {
      at: this.settings.now(),
      family,
      event,
      subscriber: s,
      reads: null,
      sig: '',
      readsKey: '',
      predicted,
      predictedKey: readsKey(predicted),
      predictedSig: signature(s, predicted),
      waiters: [],
      value: undefined,
      error: undefined,
    };
    this.started.set(s, entry);
    const tracked = trackingContext(this.base, s, em.fork());
    const capturedBefore = s.capturedReads.count;
    this.onRun();
    const done = () => {
      entry.reads = tracked.all || s.capturedReads.count !== capturedBefore ? ALL : tracked.reads;
      entry.readsKey = readsKey(entry.reads);
      entry.sig = signature(s, entry.reads, entry.readsKey);
      // The prediction only grows, and is replaced (a new object) only when it does.
      const current = this.predicted.get(family) ?? predicted;
      if (entry.reads !== ALL && [...entry.reads].some((a) => !current.has(a))) this.predicted.set(family, new Set([...current, ...entry.reads]));
      const waiters = entry.waiters;
      entry.waiters = [];
      for (const w of waiters) {
        try {
          w.resume();
        } catch (error) {
          this.base.logger.error('live: a subscriber failed to take an event', { error: String(error) });
        }
      }
    };
    let promise: Promise<T>;
    try {
      promise = Promise.resolve(fn(tracked.ctx, event));
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        entry.value = value;
        done();
      },
      (error: unknown) => {
        entry.error = error ?? new Error('live run failed');
        done();
      },
    );
    // Old entries of this event and family are of no further use.
    const fresh = entry.at - this.settings.recheckMs;
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.at < fresh) entries.splice(i, 1);
    entries.push(entry);
    return entry;
  }
}

function settle<T>(e: Outcome<T>, cb: Callback<T>) {
  if (e.error !== undefined) cb(e.error);
  else cb(undefined, e.value);
}

/** A context whose viewer (and address) record which of their fields are read. */
function trackingContext(app: AppServices, s: Subscriber, em: EntityManager): { ctx: Context; reads: Set<Attr>; all: boolean } {
  const out = { reads: new Set<Attr>(), all: false, ctx: undefined as unknown as Context };
  const viewer = new Proxy(s.viewer, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key in target) out.reads.add(key as Attr);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') out.reads.add(key as Attr);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      out.all = true;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      out.all = true;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  const ctx = { viewer, em, loaders: createLoaders(em), cookies: null, app, scratch: new Map() } as unknown as Context;
  Object.defineProperty(ctx, 'ip', {
    enumerable: true,
    get() {
      out.reads.add('ip');
      return s.ip;
    },
  });
  out.ctx = ctx;
  return out;
}

/** The query builder of the SQL drivers, as far as the session check uses it. */
interface SessionQueries {
  createQueryBuilder(entity: typeof Session): {
    select(field: 'tokenHash'): { where(cond: FilterQuery<Session>): { execute(method: 'all'): Promise<{ tokenHash: string }[]> } };
  };
}

/** Whether sessions still stand, known for `recheckMs`, checked in batches of one query. */
class SessionValidity {
  private readonly known = new Map<string, { active: boolean; at: number }>();
  private queue = new Map<string, ((active: boolean) => void)[]>();
  private queued: { em: EntityManager } | null = null;
  /** Sessions being checked by a query under way. */
  private readonly checking = new Set<string>();
  /** Sessions with open subscriptions (how many each), kept checked by `timer` while there are any. */
  private readonly held = new Map<string, number>();
  private heldEm: EntityManager | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly settings: LiveSettings,
    private readonly stats: LiveStats,
  ) {}

  /** What is known of a session (possibly stale: compare `at`). The record is updated in place when checked again. */
  record(hash: string): { active: boolean; at: number } | undefined {
    return this.known.get(hash);
  }

  isActive(em: EntityManager, hash: string): boolean | Promise<boolean> {
    const k = this.known.get(hash);
    if (k && this.settings.now() - k.at < this.settings.recheckMs) return k.active;
    return new Promise((resolve) => this.enqueue(em, hash, resolve));
  }

  /**
   * A subscription of this session is open (until the returned function is called): the session is
   * checked in the background before what is known of it goes stale, also while no event comes,
   * so the first event after a quiet spell does not wait for the database. One query per 500
   * sessions every `recheckMs / 2` or so, whatever the traffic.
   */
  hold(em: EntityManager, hash: string): () => void {
    this.held.set(hash, (this.held.get(hash) ?? 0) + 1);
    this.heldEm ??= em;
    if (!this.timer) {
      this.timer = setInterval(() => this.refreshHeld(), Math.max(10, this.settings.recheckMs / 4));
      this.timer.unref();
    }
    if (!this.known.has(hash)) this.refreshSoon(em, hash);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const count = (this.held.get(hash) ?? 1) - 1;
      if (count > 0) this.held.set(hash, count);
      else this.held.delete(hash);
      if (!this.held.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        this.heldEm = null;
      }
    };
  }

  private refreshHeld() {
    const now = this.settings.now();
    for (const hash of this.held.keys()) {
      const k = this.known.get(hash);
      if (!k || now - k.at >= this.settings.recheckMs / 2) this.refreshSoon(this.heldEm!, hash);
    }
  }

  /**
   * Checks the session again in the background, before what is known of it goes stale: the
   * subscribers of a session in use keep a known answer and never wait for the check.
   */
  refreshSoon(em: EntityManager, hash: string): void {
    if (!this.queue.has(hash) && !this.checking.has(hash)) this.enqueue(em, hash, null);
  }

  private enqueue(em: EntityManager, hash: string, resolve: ((active: boolean) => void) | null) {
    const waiting = this.queue.get(hash);
    if (waiting) {
      if (resolve) waiting.push(resolve);
    } else this.queue.set(hash, resolve ? [resolve] : []);
    if (!this.queued) {
      this.queued = { em };
      setImmediate(() => void this.flush());
    }
  }

  /**
   * A session ended in this process (sign-out: that session; a removed user: every session, since
   * their hashes are not at hand): its subscriptions stop at their next event, not after the
   * recheck interval. Another process still notices within the interval.
   */
  ended(hash?: string): void {
    if (hash) {
      const k = this.known.get(hash);
      if (k) {
        k.active = false;
        k.at = this.settings.now();
      } else this.known.set(hash, { active: false, at: this.settings.now() });
    } else {
      // Every record (held by subscribers too) becomes stale: each session is checked again.
      for (const k of this.known.values()) k.at = Number.NEGATIVE_INFINITY;
      this.known.clear();
    }
  }

  private async flush() {
    const { em } = this.queued!;
    const queue = this.queue;
    this.queue = new Map();
    this.queued = null;
    const at = this.settings.now();
    const hashes = [...queue.keys()];
    for (const h of hashes) this.checking.add(h);
    const active = new Set<string>();
    try {
      const fork = em.fork();
      for (let i = 0; i < hashes.length; i += 500) {
        this.stats.sessionQueries++;
        // Plain rows, no entities: thousands of sessions are checked every few seconds.
        const rows = await (fork as unknown as SessionQueries)
          .createQueryBuilder(Session)
          .select('tokenHash')
          .where({ tokenHash: { $in: hashes.slice(i, i + 500) }, expiresAt: { $gt: new Date() } })
          .execute('all');
        for (const r of rows) active.add(r.tokenHash);
      }
    } catch {
      // The database did not answer: treat the sessions as ended rather than deliver unchecked.
      for (const h of hashes) this.checking.delete(h);
      for (const [, resolvers] of queue) for (const resolve of resolvers) resolve(false);
      return;
    }
    for (const [hash, resolvers] of queue) {
      this.checking.delete(hash);
      const k = this.known.get(hash);
      // A sign-out in this process while the query ran wins over the query's answer.
      if (k && k.at > at) {
        for (const resolve of resolvers) resolve(k.active);
        continue;
      }
      if (k) {
        k.active = active.has(hash);
        k.at = at;
      } else this.known.set(hash, { active: active.has(hash), at });
      for (const resolve of resolvers) resolve(active.has(hash));
    }
    // Forget what is stale (sessions of subscribers who left).
    if (this.known.size > 2 * hashes.length + 1000) for (const [h, k] of this.known) if (at - k.at >= this.settings.recheckMs) this.known.delete(h);
  }
}

/** A direct subscriber as its cohort sees it. */
interface Member {
  subscriber: Subscriber;
  /** The run for the event it waited for is settled; `applies`: the run's group includes this subscriber. */
  settled(outcome: Entry<ExecutionResult | null>, applies: boolean): void;
}

/** One event's run for a cohort, and the members waiting for it. */
interface Batch {
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
interface Cohort {
  key: string;
  predicted: Set<Attr>;
  size: number;
  batch: Batch | null;
  /** Its idle members, parked per topic, take events as one group (live-lane.ts). */
  lanes: Map<object, Lane<Parked, Entry<ExecutionResult | null>>>;
}

/** A direct subscriber as its lane sees it (one object for its whole life). */
interface Parked extends LaneMember {
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

/**
 * The session of a direct subscriber is known to stand, as of `now` (else its event takes the
 * slow path, which checks it); checked again in the background before it goes stale.
 */
function sessionStands(state: LiveState, p: Parked, now: number): boolean {
  let session = p.session;
  if (!session || now - session.at >= state.settings.recheckMs) {
    session = p.session = state.sessions.record(p.hash);
    if (!session || now - session.at >= state.settings.recheckMs) return false;
  }
  if (!session.active) return false;
  if (now - session.at >= state.settings.recheckMs / 2) state.sessions.refreshSoon(p.em, p.hash);
  return true;
}

/**
 * The lane of a cohort's idle members on one topic: one lookup of the shared run per event (as
 * one of them), then one loop of writes to those it applies to whose session stands.
 */
function createLane(state: LiveState, family: string, cohort: Cohort, topic: Laneable[typeof LANE]): Lane<Parked, Entry<ExecutionResult | null>> {
  let untap: (() => void) | null = null;
  const lane = new Lane<Parked, Entry<ExecutionResult | null>>({
    run(event, as, settled) {
      const waiter: Waiter = {
        resume() {
          const outcome = state.deliveries.attempt(family, event, as.subscriber, as.em, as.deliver, waiter);
          if (outcome) settled(outcome);
        },
      };
      return state.deliveries.attempt(family, event, as.subscriber, as.em, as.deliver, waiter);
    },
    write(members, n, outcome, self) {
      // The whole batch leaves (one by one, each decides again): a failed run, or runs now read more fields.
      if (outcome.error !== undefined || cohort.predicted !== state.deliveries.predictedFor(family)) return members.filter((p) => p.lane === self && n > p.joinedAt);
      const reads = outcome.reads!;
      const covered = reads !== ALL && [...reads].every((a) => cohort.predicted.has(a));
      const payload = outcome.value ? serialisedPayload(outcome.value) : null;
      const now = state.settings.now();
      let failed: Parked[] | null = null;
      let written = 0;
      for (const p of members) {
        if (p.lane !== self || n <= p.joinedAt) continue;
        if ((!covered && signature(p.subscriber, reads, outcome.readsKey) !== outcome.sig) || !sessionStands(state, p, now)) {
          (failed ??= []).push(p);
          continue;
        }
        if (payload) {
          p.sendPayload!(payload);
          written++;
        }
      }
      state.stats.laneWrites += written;
      return failed;
    },
    left(p, events) {
      p.alone(events);
    },
    empty() {
      if (cohort.lanes.get(topic.topic) === lane) cohort.lanes.delete(topic.topic);
      untap?.();
      untap = null;
    },
  });
  untap = topic.tap((value, n) => lane.onEvent(value, n));
  return lane;
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
    const settings: LiveSettings = { recheckMs: LIVE_RECHECK_MS, now: () => Date.now() };
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
      return Reflect.get(target, key, receiver);
    },
  });
  const ctx: Context = { ...parts, viewer, loaders: createLoaders(parts.em), scratch: new Map() };
  liveState(parts.app).subscriptions.set(ctx, {
    key: JSON.stringify([operation.operationName ?? null, operation.query, operation.variables ?? {}]),
    subscriber: { viewer: original, ip: parts.ip, capturedReads, signatures: new Map(), recent: ['\u0000', '', '\u0000', ''] },
    sendNext: socket && sendNextTo(socket),
  });
  return ctx;
}

/** The socket of one graphql-ws subscription, for `next` messages written without graphql-ws. */
export interface LiveSocket {
  /** The subscription's id (graphql-ws `next` messages carry it). */
  id: string;
  /** Sends one complete message as a text frame (UTF-8 bytes). */
  send(data: Buffer): void;
  isOpen(): boolean;
}

const FRAME_TAIL = Buffer.from('}');

/**
 * Writes `next` messages of one subscription: the frame's head (with the subscription id) is
 * encoded once, the payload once per group of subscribers that share the result; a frame is the
 * two joined (the same bytes graphql-ws would send, without serialising or encoding per socket).
 */
function sendNextTo(socket: LiveSocket): SendNext {
  const head = Buffer.from(`{"id":${JSON.stringify(socket.id)},"type":"next","payload":`);
  const payload = (bytes: Buffer) => {
    if (!socket.isOpen()) return;
    socket.send(Buffer.concat([head, bytes, FRAME_TAIL], head.length + bytes.length + 1));
  };
  return Object.assign((result: ExecutionResult) => payload(serialisedPayload(result)), { payload });
}

/** Writes `next` messages of one subscription: a result, or (`payload`) one already serialised. */
type SendNext = ((result: ExecutionResult) => void) & { payload(bytes: Buffer): void };

/** Subscribing contexts whose subscription is set up: their viewer is no longer read legitimately. */
const sealed = new WeakSet<Context>();

const LIVE = Symbol('liveEvent');

/** Lets `subscribeShared` take a subscription's events as calls rather than through its iterator. */
const DIRECT = Symbol('direct');
interface DirectSink {
  /** Executes the subscription document for an allowed event, as the (recording) viewer of `eventCtx`. */
  execute: RunFn<ExecutionResult>;
  /** Writes a result to the subscriber's socket. */
  send(result: ExecutionResult): void;
  /**
   * Writes a serialised result (`serialisedPayload`) straight to the socket: for a lane, which
   * removes the subscriber before its stream closes.
   */
  sendPayload?: (payload: Buffer) => void;
  end(): void;
  error(error: unknown): void;
}
interface TaggedLiveEvent<T> extends LiveEvent<T> {
  [LIVE]: { subscription: LiveSubscription };
}

/**
 * Passes a topic's events to one subscriber only while their session stands and the feature's
 * policy (`mayReceive`) allows each event; the stream ends when the session is gone (noticed
 * within `LIVE_RECHECK_MS`). `mayReceive` must depend only on the subscription's arguments, the
 * payload and `eventCtx` (see the contract above).
 *
 * A hand-written iterator rather than an async generator: when the client unsubscribes,
 * `return()` must release the topic listener at once, not after the next event arrives.
 */
export function authorizedEvents<T>(ctx: Context, source: AsyncIterable<T>, mayReceive: (eventCtx: Context, payload: T) => Promise<boolean>): AsyncIterableIterator<LiveEvent<T>> {
  return authorizedEventsWithDirect(ctx, source, mayReceive);
}

function authorizedEventsWithDirect<T>(
  ctx: Context,
  source: AsyncIterable<T>,
  mayReceive: (eventCtx: Context, payload: T) => Promise<boolean>,
): AsyncIterableIterator<LiveEvent<T>> & { [DIRECT]: (sink: DirectSink) => void } {
  const upstream = source[Symbol.asyncIterator]();
  const state = liveState(ctx.app);
  // Outside graphql-ws (no registered subscription) nothing is shared: a family of one.
  const subscription: LiveSubscription = state.subscriptions.get(ctx) ?? {
    key: randomUUID(),
    subscriber: { viewer: ctx.viewer!, ip: ctx.ip, capturedReads: { count: 0 }, signatures: new Map(), recent: ['\u0000', '', '\u0000', ''] },
  };
  const family = `${subscription.key}`;
  const heldSession = subscription.subscriber.viewer?.sessionTokenHash;
  const release = heldSession ? state.sessions.hold(ctx.em, heldSession) : null;
  let done = false;
  let onFinish: (() => void) | null = null;
  const finish = async (): Promise<IteratorResult<LiveEvent<T>>> => {
    if (!done) {
      done = true;
      release?.();
      onFinish?.();
      await upstream.return?.();
    }
    return { done: true, value: undefined };
  };
  /**
   * Direct mode: each event passes the session check and the policy, is executed, and goes to the
   * sink, one event at a time and in order. The common case (session known, the group's decision
   * and execution settled) is a synchronous pass that allocates nothing but the frame; otherwise
   * the subscriber waits, as one `Waiter` for its whole life, and looks again when resumed.
   */
  const direct = (sink: DirectSink) => {
    sealed.add(ctx);
    const { subscriber } = subscription;
    const hash = subscriber.viewer?.sessionTokenHash;
    const queue: T[] = [];
    let waiting = false;
    /**
     * Decides and, when allowed, executes: one shared run, so an event takes one pass over the
     * subscribers rather than one per step. The run reads the viewer fields of both steps; it is
     * shared only by subscribers equal on all of them (never more widely than either step alone).
     */
    const deliver: RunFn<ExecutionResult | null> = async (eventCtx, event) => {
      state.stats.decisions++;
      if (!(await mayReceive(eventCtx, event as T))) return null;
      state.stats.executions++;
      return sink.execute(eventCtx, event);
    };
    const stop = (then: () => void) => {
      void finish();
      queue.length = 0;
      then();
    };
    const waiter: Waiter = {
      resume() {
        waiting = false;
        advance();
      },
    };
    /** The first waiting event's outcome for this subscriber: written when allowed and done with, or the subscription fails. */
    const takeOutcome = (outcome: Outcome<ExecutionResult | null>) => {
      if (outcome.error !== undefined) return stop(() => sink.error(outcome.error));
      if (outcome.value) sink.send(outcome.value);
      queue.shift();
    };
    const afterSessionCheck = (active: boolean) => {
      waiting = false;
      if (done) return;
      if (!active) return stop(() => sink.end());
      advance();
    };
    /** The slow path, for the first event waiting: this subscriber's session, then the run that applies to them. */
    const slowStep = () => {
      const payload = queue[0]!;
      const active = hash ? state.sessions.isActive(ctx.em, hash) : false;
      if (typeof active !== 'boolean') {
        waiting = true;
        active.then(afterSessionCheck, () => afterSessionCheck(false));
        return;
      }
      if (!active) return stop(() => sink.end());
      if (typeof payload !== 'object' || payload === null) {
        // Not an event object (no topic of this app publishes one): nothing to share, refuse it.
        queue.shift();
        return;
      }
      const outcome = state.deliveries.attempt(family, payload, subscriber, ctx.em, deliver, waiter);
      if (!outcome) return void (waiting = true);
      takeOutcome(outcome);
    };
    /** Takes the waiting events in order: each by the fast path when it can, else the slow one. */
    const advance = () => {
      while (!waiting && !done && queue.length) if (!fast(queue[0]!)) slowStep();
      park();
    };
    // The fast path (see `Cohort`): a subscriber whose session is known to stand joins its cohort's
    // batch for the event. Anything else (a session to check, a run that turns out not to apply)
    // takes `slowStep`, which decides the same way, one subscriber at a time.
    const member: Member = {
      subscriber,
      settled(outcome, applies) {
        waiting = false;
        if (done) return;
        if (applies) takeOutcome(outcome);
        else slowStep();
        advance();
      },
    };
    let cohort: Cohort | null = null;
    const laneApi = LANE in upstream ? (upstream as unknown as Laneable)[LANE] : null;
    const parked: Parked = {
      lastN: 0,
      lane: null,
      index: -1,
      joinedAt: 0,
      subscriber,
      hash: hash ?? '',
      em: ctx.em,
      session: hash ? state.sessions.record(hash) : undefined,
      deliver,
      sendPayload: sink.sendPayload ?? null,
      alone(events) {
        laneApi!.unpark();
        if (done) return;
        for (const e of events) queue.push(e as T);
        if (!waiting) advance();
      },
    };
    const leaveCohort = () => {
      parked.lane?.remove(parked);
      if (cohort && --cohort.size === 0 && state.cohorts.get(cohort.key) === cohort) state.cohorts.delete(cohort.key);
      cohort = null;
    };
    onFinish = leaveCohort;
    /** Idle, in a cohort, its session known to stand: parks in the cohort's lane for this topic. */
    const park = () => {
      if (!laneApi || !parked.sendPayload || parked.lane || waiting || done || queue.length || !hash) return;
      if (!cohort || cohort.predicted !== state.deliveries.predictedFor(family) || !sessionStands(state, parked, state.settings.now())) return;
      let lane = cohort.lanes.get(laneApi.topic);
      if (!lane) cohort.lanes.set(laneApi.topic, (lane = createLane(state, family, cohort, laneApi)));
      laneApi.park();
      lane.park(parked);
    };
    const joinCohort = (predicted: Set<Attr>): Cohort => {
      leaveCohort();
      const key = `${family}\u0000${signature(subscriber, predicted)}`;
      let c = state.cohorts.get(key);
      if (!c || c.predicted !== predicted) state.cohorts.set(key, (c = { key, predicted, size: 0, batch: null, lanes: new Map() }));
      c.size++;
      cohort = c;
      return c;
    };
    const settleBatch = (batch: Batch, predicted: Set<Attr>, outcome: Entry<ExecutionResult | null>) => {
      batch.outcome = outcome;
      const reads = outcome.reads!;
      batch.covered = reads !== ALL && [...reads].every((a) => predicted.has(a));
      const members = batch.members;
      batch.members = [];
      for (const m of members) {
        try {
          m.settled(outcome, batch.covered || signature(m.subscriber, reads, outcome.readsKey) === outcome.sig);
        } catch (error) {
          ctx.app.logger.error('live: a subscriber failed to take an event', { error: String(error) });
        }
      }
    };
    const fast = (payload: T): boolean => {
      if (!hash || typeof payload !== 'object' || payload === null) return false;
      if (!sessionStands(state, parked, state.settings.now())) return false;
      const predicted = state.deliveries.predictedFor(family);
      const c = cohort && cohort.predicted === predicted ? cohort : joinCohort(predicted);
      let batch = c.batch;
      if (!batch || batch.event !== payload) {
        const b: Batch = (batch = c.batch = { event: payload, members: [], outcome: null, covered: false });
        // This subscriber stands for the cohort: the run is looked up (or started) as them.
        const runWaiter: Waiter = {
          resume() {
            const outcome = state.deliveries.attempt(family, b.event, subscriber, ctx.em, deliver, runWaiter);
            if (outcome) settleBatch(b, predicted, outcome);
          },
        };
        const outcome = state.deliveries.attempt(family, payload, subscriber, ctx.em, deliver, runWaiter);
        if (outcome) settleBatch(b, predicted, outcome);
      }
      const outcome = batch.outcome;
      if (outcome) {
        // Settled already (an event taken late): deliver at once, or leave it to the slow path.
        if (!batch.covered && signature(subscriber, outcome.reads!, outcome.readsKey) !== outcome.sig) return false;
        takeOutcome(outcome);
        return true;
      }
      waiting = true;
      batch.members.push(member);
      return true;
    };
    const take = (value: unknown, n?: number) => {
      if (done) return;
      if (n !== undefined) {
        // Handed by the topic after its lane already gave it (it left the lane at this event).
        if (n <= parked.lastN) return;
        parked.lastN = n;
      }
      queue.push(value as T);
      if (!waiting) advance();
    };
    const ended = () => {
      if (!done) stop(() => sink.end());
    };
    if (PUSH in upstream) (upstream as unknown as Pushable)[PUSH](take, ended);
    else
      void (async () => {
        try {
          for (;;) {
            const item = await upstream.next();
            if (item.done || done) break;
            take(item.value);
          }
          ended();
        } catch (error) {
          if (!done) stop(() => sink.error(error));
        }
      })();
  };
  return {
    [DIRECT]: direct,
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      sealed.add(ctx);
      while (!done) {
        const item = await upstream.next();
        if (item.done) return finish();
        const viewer = subscription.subscriber.viewer;
        let active = viewer ? state.sessions.isActive(ctx.em, viewer.sessionTokenHash) : false;
        if (typeof active !== 'boolean') active = await active;
        if (!active) return finish();
        if (await state.decisions.run(family, item.value, subscription.subscriber, ctx.em, mayReceive as RunFn<boolean>)) {
          return { done: false, value: liveEvent(ctx, item.value, subscription) };
        }
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

/** The event for one subscriber; its context (renewed for this event) only when asked for. */
function liveEvent<T>(ctx: Context, payload: T, subscription: LiveSubscription): TaggedLiveEvent<T> {
  let renewed = false;
  return {
    payload,
    [LIVE]: { subscription },
    get ctx() {
      if (!renewed) {
        // Resolved without the shared executor (e.g. graphql-js `subscribe` directly): the
        // subscription's context lives as long as the socket; renew its unit of work in place.
        renewed = true;
        ctx.em = ctx.em.fork();
        ctx.loaders = createLoaders(ctx.em);
        ctx.scratch = new Map();
      }
      return ctx;
    },
  };
}

function isTagged(value: unknown): value is TaggedLiveEvent<unknown> {
  return typeof value === 'object' && value !== null && LIVE in value;
}

/** A result's `next` payload, serialised and encoded once for all the subscribers it is shared by. */
const payloadBytes = new WeakMap<ExecutionResult, Buffer>();
function serialisedPayload(result: ExecutionResult): Buffer {
  let bytes = payloadBytes.get(result);
  if (bytes === undefined) {
    // As graphql-ws builds it: the result, with errors in their JSON form when there are any.
    const { errors, ...rest } = result;
    bytes = Buffer.from(JSON.stringify({ ...rest, ...(errors ? { errors: errors.map((e) => e.toJSON()) } : {}) }));
    payloadBytes.set(result, bytes);
  }
  return bytes;
}

/**
 * graphql-ws's `subscribe`: like graphql-js `subscribe`, but an event from `authorizedEvents` is
 * executed once per group of subscribers that share the subscription key, the event and the
 * viewer fields the execution read. The group's result is serialised once and written to each
 * member's socket as the protocol's `next` message (the same bytes but for the subscription id);
 * graphql-ws still does everything else (connection, subscribe, errors, complete, keep-alive).
 */
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const upstream = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const ctx = args.contextValue as Context;
  const state = liveState(ctx.app);
  const registered = state.subscriptions.get(ctx);
  /** The subscription document for one event, as the viewer of `eventCtx` (the same function for every event: no closure per event). */
  const executeAs: RunFn<ExecutionResult> = (eventCtx, payload) => execute({ ...args, rootValue: { payload, ctx: eventCtx }, contextValue: eventCtx });
  if (DIRECT in upstream && registered?.sendNext) return directStream(registered.sendNext, executeAs, upstream as AsyncIterator<unknown> & { [DIRECT]: (sink: DirectSink) => void });
  let closed = false;
  const close = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!closed) {
      closed = true;
      await upstream.return?.();
    }
    return { done: true, value: undefined };
  };
  const iterator: AsyncGenerator<ExecutionResult> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!closed) {
        const item = await upstream.next();
        if (item.done || closed) return close();
        const event = item.value;
        if (!isTagged(event)) return { done: false, value: await execute({ ...args, rootValue: event }) };
        const { subscription } = event[LIVE];
        const result = await state.executions.run(subscription.key, event.payload, subscription.subscriber, ctx.em, executeAs);
        if (closed) break;
        if (!subscription.sendNext) return { done: false, value: result };
        subscription.sendNext(result);
      }
      return { done: true, value: undefined };
    },
    return: close,
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncDispose]: async () => {
      await close();
    },
  } as AsyncGenerator<ExecutionResult>;
  return iterator;
}

/**
 * The subscription as graphql-ws sees it when events go straight to the socket: `next()` settles
 * only when the stream ends (graphql-ws then sends `complete`) or fails (an `error` message);
 * `return()` (the client completes, or the socket closes) stops it.
 */
function directStream(
  sendNext: SendNext,
  execute: RunFn<ExecutionResult>,
  events: AsyncIterator<unknown> & { [DIRECT]: (sink: DirectSink) => void },
): AsyncGenerator<ExecutionResult> {
  let closed = false;
  let resolveEnd!: (r: IteratorResult<ExecutionResult>) => void;
  let rejectEnd!: (e: unknown) => void;
  const ended = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
    resolveEnd = resolve;
    rejectEnd = reject;
  });
  const close = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!closed) {
      closed = true;
      await events.return?.();
      resolveEnd({ done: true, value: undefined });
    }
    return { done: true, value: undefined };
  };
  events[DIRECT]({
    execute,
    send(result) {
      if (!closed) sendNext(result);
    },
    sendPayload: sendNext.payload,
    end() {
      closed = true;
      resolveEnd({ done: true, value: undefined });
    },
    error(error) {
      closed = true;
      rejectEnd(error);
    },
  });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => ended,
    return: close,
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncDispose]: async () => {
      await close();
    },
  } as AsyncGenerator<ExecutionResult>;
}
