import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import { Session } from '../modules/auth/auth.entity.js';
import type { AppServices, Context, Viewer } from './context.js';
import { PUSH, type Pushable } from './live-topics.js';
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
 * - Frames: subscribers of one group get the same result, serialised once and written to each
 *   socket as it is (see `subscribeShared`).
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
  /** Writes a `next` message with this (serialised) payload to the subscriber's socket, when known. */
  sendNext?: (payloadJson: string) => void;
}

interface Entry<T> {
  at: number;
  /** The representative's attribute values, and which attributes the run read (null while running). */
  subscriber: Subscriber;
  reads: Set<Attr> | typeof ALL | null;
  /** The representative's signature on `reads`, and the key of `reads`, once known. */
  sig: string;
  readsKey: string;
  predicted: Set<Attr>;
  predictedKey: string;
  predictedSig: string;
  /** Called once the run is settled (each looks again or takes the outcome). */
  waiters: (() => void)[];
  value: T | undefined;
  error: unknown;
}

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

/**
 * Runs keyed by (family, event); the event is the payload object, the same for every subscriber
 * of a topic. The core is callback-based so that, once a run is settled, the thousands of
 * subscribers it applies to are served in one synchronous loop (no promise per subscriber).
 */
class SharedRuns<T> {
  private readonly byEvent = new WeakMap<object, Map<string, Entry<T>[]>>();
  private readonly predicted = new Map<string, Set<Attr>>();

  constructor(
    private readonly settings: LiveSettings,
    private readonly base: AppServices,
    private readonly onRun: () => void,
  ) {}

  run(family: string, event: unknown, s: Subscriber, em: EntityManager, fn: (ctx: Context) => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => this.get(family, event, s, em, fn, (error, value) => (error === undefined ? resolve(value as T) : reject(error))));
  }

  /** Calls back with the outcome for this subscriber: at once when a settled run applies, else when one does. */
  get(family: string, event: unknown, s: Subscriber, em: EntityManager, fn: (ctx: Context) => Promise<T>, cb: Callback<T>): void {
    if (typeof event !== 'object' || event === null) {
      const single = this.start([], family, s, em, fn);
      single.waiters.push(() => this.settle(single, cb));
      return;
    }
    let families = this.byEvent.get(event);
    if (!families) this.byEvent.set(event, (families = new Map()));
    let entries = families.get(family);
    if (!entries) families.set(family, (entries = []));
    this.lookup(entries, family, s, em, fn, cb);
  }

  private settle(e: Entry<T>, cb: Callback<T>) {
    if (e.error !== undefined) cb(e.error);
    else cb(undefined, e.value);
  }

  private lookup(entries: Entry<T>[], family: string, s: Subscriber, em: EntityManager, fn: (ctx: Context) => Promise<T>, cb: Callback<T>): void {
    const fresh = this.settings.now() - this.settings.recheckMs;
    let pending: Entry<T> | null = null;
    for (const e of entries) {
      if (e.at < fresh) continue;
      if (e.reads) {
        if (signature(s, e.reads, e.readsKey) === e.sig) return this.settle(e, cb);
      } else if (!pending && signature(s, e.predicted, e.predictedKey) === e.predictedSig) pending = e;
    }
    // A run that may well apply to this subscriber is under way: look again once it is settled.
    if (pending) return void pending.waiters.push(() => this.lookup(entries, family, s, em, fn, cb));
    const started = this.start(entries, family, s, em, fn);
    started.waiters.push(() => this.settle(started, cb));
  }

  private start(entries: Entry<T>[], family: string, s: Subscriber, em: EntityManager, fn: (ctx: Context) => Promise<T>): Entry<T> {
    const predicted = this.predicted.get(family) ?? new Set<Attr>();
    const entry: Entry<T> = {
      at: this.settings.now(),
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
    const tracked = trackingContext(this.base, s, em.fork());
    const capturedBefore = s.capturedReads.count;
    this.onRun();
    const done = () => {
      entry.reads = tracked.all || s.capturedReads.count !== capturedBefore ? ALL : tracked.reads;
      entry.readsKey = readsKey(entry.reads);
      entry.sig = signature(s, entry.reads, entry.readsKey);
      if (entry.reads !== ALL) this.predicted.set(family, new Set([...predicted, ...entry.reads]));
      const waiters = entry.waiters;
      entry.waiters = [];
      for (const w of waiters) {
        try {
          w();
        } catch (error) {
          this.base.logger.error('live: a subscriber failed to take an event', { error: String(error) });
        }
      }
    };
    let promise: Promise<T>;
    try {
      promise = Promise.resolve(fn(tracked.ctx));
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

/** Whether sessions still stand, known for `recheckMs`, checked in batches of one query. */
class SessionValidity {
  private readonly known = new Map<string, { active: boolean; at: number }>();
  private queue = new Map<string, ((active: boolean) => void)[]>();
  private queued: { em: EntityManager } | null = null;

  constructor(
    private readonly settings: LiveSettings,
    private readonly stats: LiveStats,
  ) {}

  isActive(em: EntityManager, hash: string): boolean | Promise<boolean> {
    const k = this.known.get(hash);
    if (k && this.settings.now() - k.at < this.settings.recheckMs) return k.active;
    return new Promise((resolve) => {
      const waiting = this.queue.get(hash);
      if (waiting) waiting.push(resolve);
      else this.queue.set(hash, [resolve]);
      if (!this.queued) {
        this.queued = { em };
        setImmediate(() => void this.flush());
      }
    });
  }

  /**
   * A session ended in this process (sign-out: that session; a removed user: every session, since
   * their hashes are not at hand): its subscriptions stop at their next event, not after the
   * recheck interval. Another process still notices within the interval.
   */
  ended(hash?: string): void {
    if (hash) this.known.set(hash, { active: false, at: this.settings.now() });
    else this.known.clear();
  }

  private async flush() {
    const { em } = this.queued!;
    const queue = this.queue;
    this.queue = new Map();
    this.queued = null;
    const at = this.settings.now();
    const hashes = [...queue.keys()];
    const active = new Set<string>();
    try {
      const fork = em.fork();
      for (let i = 0; i < hashes.length; i += 500) {
        this.stats.sessionQueries++;
        const rows = await fork.find(Session, { tokenHash: { $in: hashes.slice(i, i + 500) }, expiresAt: { $gt: new Date() } }, { fields: ['tokenHash'] });
        for (const r of rows) active.add(r.tokenHash);
      }
    } catch {
      // The database did not answer: treat the sessions as ended rather than deliver unchecked.
      for (const [, resolvers] of queue) for (const resolve of resolvers) resolve(false);
      return;
    }
    for (const [hash, resolvers] of queue) {
      this.known.set(hash, { active: active.has(hash), at });
      for (const resolve of resolvers) resolve(active.has(hash));
    }
    // Forget what is stale (sessions of subscribers who left).
    if (this.known.size > 2 * hashes.length + 1000) for (const [h, k] of this.known) if (at - k.at >= this.settings.recheckMs) this.known.delete(h);
  }
}

/** The live layer of one server. */
export interface LiveState {
  settings: LiveSettings;
  stats: LiveStats;
  sessions: SessionValidity;
  decisions: SharedRuns<boolean>;
  executions: SharedRuns<ExecutionResult>;
  subscriptions: WeakMap<Context, LiveSubscription>;
}

const states = new WeakMap<AppServices, LiveState>();

/** The live layer of the server these services belong to (created on first use). */
export function liveState(app: AppServices): LiveState {
  let state = states.get(app);
  if (!state) {
    const settings: LiveSettings = { recheckMs: LIVE_RECHECK_MS, now: () => Date.now() };
    const stats: LiveStats = { sessionQueries: 0, decisions: 0, executions: 0 };
    state = {
      settings,
      stats,
      sessions: new SessionValidity(settings, stats),
      decisions: new SharedRuns<boolean>(settings, app, () => stats.decisions++),
      executions: new SharedRuns<ExecutionResult>(settings, app, () => stats.executions++),
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
  socket?: { id: string; send(data: string): void; isOpen(): boolean },
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

/** Writes `next` messages of one subscription: the frame's head is built once. */
function sendNextTo(socket: { id: string; send(data: string): void; isOpen(): boolean }): (payloadJson: string) => void {
  const head = `{"id":${JSON.stringify(socket.id)},"type":"next","payload":`;
  return (payloadJson) => {
    if (socket.isOpen()) socket.send(head + payloadJson + '}');
  };
}

/** Subscribing contexts whose subscription is set up: their viewer is no longer read legitimately. */
const sealed = new WeakSet<Context>();

const LIVE = Symbol('liveEvent');

/** Lets `subscribeShared` take a subscription's events as calls rather than through its iterator. */
const DIRECT = Symbol('direct');
interface DirectSink<T> {
  /** Delivers an allowed event; calls `done` once it is written (or dropped). */
  next(payload: T, subscription: LiveSubscription, done: () => void): void;
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
): AsyncIterableIterator<LiveEvent<T>> & { [DIRECT]: (sink: DirectSink<T>) => void } {
  const upstream = source[Symbol.asyncIterator]();
  const state = liveState(ctx.app);
  // Outside graphql-ws (no registered subscription) nothing is shared: a family of one.
  const subscription: LiveSubscription = state.subscriptions.get(ctx) ?? {
    key: randomUUID(),
    subscriber: { viewer: ctx.viewer!, ip: ctx.ip, capturedReads: { count: 0 }, signatures: new Map(), recent: ['\u0000', '', '\u0000', ''] },
  };
  const family = `${subscription.key}`;
  let done = false;
  const finish = async (): Promise<IteratorResult<LiveEvent<T>>> => {
    if (!done) {
      done = true;
      await upstream.return?.();
    }
    return { done: true, value: undefined };
  };
  /** Direct mode: each event passes the session check and the policy, in order, then goes to the sink. */
  const direct = (sink: DirectSink<T>) => {
    sealed.add(ctx);
    const { subscriber } = subscription;
    const queue: T[] = [];
    let busy = false;
    const stop = (then: () => void) => {
      void finish();
      queue.length = 0;
      then();
    };
    const handle = (payload: T, next: () => void) => {
      const afterSession = (active: boolean) => {
        if (done) return next();
        if (!active) return stop(() => (sink.end(), next()));
        state.decisions.get(family, payload, subscriber, ctx.em, (eventCtx) => mayReceive(eventCtx, payload), (error, allowed) => {
          if (done) return next();
          if (error !== undefined) return stop(() => (sink.error(error), next()));
          if (!allowed) return next();
          sink.next(payload, subscription, next);
        });
      };
      const active = subscriber.viewer ? state.sessions.isActive(ctx.em, subscriber.viewer.sessionTokenHash) : false;
      if (typeof active === 'boolean') afterSession(active);
      else active.then(afterSession, () => afterSession(false));
    };
    // One event at a time per subscriber, in order; synchronously while the outcomes are known.
    const pump = () => {
      while (!busy && queue.length && !done) {
        busy = true;
        let returned = false;
        let completed = false;
        handle(queue.shift()!, () => {
          busy = false;
          if (returned) pump();
          else completed = true;
        });
        returned = true;
        if (!completed) return;
      }
    };
    const take = (value: unknown) => {
      if (done) return;
      queue.push(value as T);
      pump();
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
        if (await state.decisions.run(family, item.value, subscription.subscriber, ctx.em, (eventCtx) => mayReceive(eventCtx, item.value))) {
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

/** A result's `next` payload, serialised once for all the subscribers it is shared by. */
const payloadJson = new WeakMap<ExecutionResult, string>();
function serialisedPayload(result: ExecutionResult): string {
  let json = payloadJson.get(result);
  if (json === undefined) {
    // As graphql-ws builds it: the result, with errors in their JSON form when there are any.
    const { errors, ...rest } = result;
    json = JSON.stringify({ ...rest, ...(errors ? { errors: errors.map((e) => e.toJSON()) } : {}) });
    payloadJson.set(result, json);
  }
  return json;
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
  if (DIRECT in upstream && registered?.sendNext) return directStream(args, ctx, state, upstream as AsyncIterator<unknown> & { [DIRECT]: (sink: DirectSink<unknown>) => void });
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
        const result = await state.executions.run(subscription.key, event.payload, subscription.subscriber, ctx.em, (eventCtx) =>
          Promise.resolve(execute({ ...args, rootValue: { payload: event.payload, ctx: eventCtx }, contextValue: eventCtx })),
        );
        if (closed) break;
        if (!subscription.sendNext) return { done: false, value: result };
        subscription.sendNext(serialisedPayload(result));
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
function directStream(args: ExecutionArgs, ctx: Context, state: LiveState, events: AsyncIterator<unknown> & { [DIRECT]: (sink: DirectSink<unknown>) => void }): AsyncGenerator<ExecutionResult> {
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
    next(payload, subscription, done) {
      if (closed) return done();
      state.executions.get(
        subscription.key,
        payload,
        subscription.subscriber,
        ctx.em,
        (eventCtx) => Promise.resolve(execute({ ...args, rootValue: { payload, ctx: eventCtx }, contextValue: eventCtx })),
        (error, result) => {
          if (closed) return done();
          if (error !== undefined) {
            closed = true;
            void events.return?.();
            rejectEnd(error);
            return done();
          }
          subscription.sendNext!(serialisedPayload(result!));
          done();
        },
      );
    },
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
