import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Context } from '../context.js';
import { DIRECT, type DirectSink, isTagged, LIVE } from './events.js';
import type { SendNext } from './framing.js';
import { liveState } from './registry.js';
import type { RunFn } from './runs.js';

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
  // Set up (the subscribe resolver authorised it with what it loaded): from here on events run in
  // units of work of their own, so the subscription lets go of its set-up's.
  registered?.idle?.();
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
function directStream(sendNext: SendNext, execute: RunFn<ExecutionResult>, events: AsyncIterator<unknown> & { [DIRECT]: (sink: DirectSink) => void }): AsyncGenerator<ExecutionResult> {
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
