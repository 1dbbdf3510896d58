import type { EntityManager } from '@mikro-orm/core';
import type { AppServices, Context, Viewer } from '../context.js';
import { createLoaders } from '../loaders.js';
import type { LiveSettings } from './settings.js';

/**
 * Shared runs: a policy decision or an execution for one event, computed once per group of
 * subscribers that cannot tell each other apart (equal on the viewer fields the run read).
 */

/** Viewer facts a decision or an execution may depend on. */
export type Attr = keyof Viewer | 'ip';
export const ALL = '*';

/** One subscriber as the shared layer sees it. */
export interface Subscriber {
  viewer: Viewer;
  ip: string;
  /** Reads of the viewer of the subscribing context (a captured viewer), counted. */
  capturedReads: { count: number };
  signatures: Map<string, string>;
  /** [key, signature, key, signature] of the two read sets used last. */
  recent: [string, string, string, string];
}

/** Someone waiting for a run: resumed (once) when it is settled, to look again. */
export interface Waiter {
  resume(): void;
}

export interface Entry<T> {
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
export type Outcome<T> = Pick<Entry<T>, 'value' | 'error'>;

function attr(s: Subscriber, a: Attr): unknown {
  return a === 'ip' ? s.ip : s.viewer[a];
}

function readsKey(reads: Set<Attr> | typeof ALL): string {
  return reads === ALL ? ALL : [...reads].sort().join(',');
}

/** The subscriber's values of the attributes read (the viewer of a subscription does not change: cached). */
export function signature(s: Subscriber, reads: Set<Attr> | typeof ALL, key = readsKey(reads)): string {
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
export type RunFn<T> = (ctx: Context, event: unknown) => Promise<T> | T;

/**
 * Runs keyed by (family, event); the event is the payload object, the same for every subscriber
 * of a topic. `attempt` is synchronous and allocates nothing when a settled run applies, so that
 * the thousands of subscribers an event goes to are served in one loop; a subscriber for whom no
 * settled run applies waits (as a `Waiter` object, no closure) for one that may.
 */
export class SharedRuns<T> {
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
    return new Promise((resolve, reject) => {
      this.get(family, event, s, em, fn, (error, value) => {
        if (error === undefined) return resolve(value as T);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what the run threw, passed on as it was (allowed for `unknown` in eslint.config.js); `=== undefined` above only narrowed it to `{} | null`
        reject(error);
      });
    });
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
    if (!families) this.byEvent.set(event, (families = new Map<string, Entry<T>[]>()));
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
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].at < fresh) entries.splice(i, 1);
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
      return Reflect.get(target, key, receiver) as unknown;
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
