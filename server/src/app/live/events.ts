import type { ExecutionResult } from 'graphql';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';
import { createLane, sessionStands } from './cohorts.js';
import { type Batch, type Cohort, liveState, type LiveSubscription, type Member, type Parked, sealed, unregisteredSubscription } from './registry.js';
import { ALL, type Attr, type Entry, type Outcome, type RunFn, signature, type Waiter } from './runs.js';
import type { LiveEvent } from './settings.js';
import { LANE, type Laneable, PUSH, type Pushable } from './topics.js';

export const LIVE = Symbol('liveEvent');

/** Lets `subscribeShared` take a subscription's events as calls rather than through its iterator. */
export const DIRECT = Symbol('direct');
export interface DirectSink {
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
  const subscription: LiveSubscription = state.subscriptions.get(ctx) ?? unregisteredSubscription(ctx);
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
      const payload = queue[0];
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
      while (!waiting && !done && queue.length) if (!fast(queue[0])) slowStep();
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

export function isTagged(value: unknown): value is TaggedLiveEvent<unknown> {
  return typeof value === 'object' && value !== null && LIVE in value;
}
