/** A graphql-ws subscription opened with an agent's session cookie, as a browser would, for tests. */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Answer, Agent, GraphQLResult, TestHub } from './harness.js';

export interface OpenSubscription {
  /** Everything that arrived, in order. */
  payloads: GraphQLResult[];
  closeCode: number | undefined;
  ended: boolean;
  /** The data of the events that arrived, for the root field. */
  events(field: string): Answer[];
  /** Resolves when something arrives, or after `ms` (a guard against a hang, not an assertion). */
  nextOrAfter(ms: number): Promise<void>;
  /**
   * Makes the change (`trigger`) until an event matching `match` arrives, an error arrives or the
   * socket closes (the server registers a subscription a moment after the subscribe message, with
   * no message to say so). The attempt limit only guards against a hang.
   */
  until(trigger: () => Promise<unknown>, match: (data: Answer) => boolean): Promise<void>;
  /** A property, not a method: the authorization table wraps it (test/authorization/table.ts). */
  close: () => Promise<void>;
}

export function subscribe(hub: TestHub, agent: Agent, query: string, variables: Record<string, unknown> = {}): OpenSubscription {
  const cookie = agent.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: CookieWebSocket, lazy: true, retryAttempts: 0, shouldRetry: () => false });
  let wake: () => void = () => {};
  const sub: OpenSubscription = {
    payloads: [],
    closeCode: undefined,
    ended: false,
    events: (field) => sub.payloads.filter((p) => p.data).map((p) => p.data![field]),
    nextOrAfter: (ms) =>
      new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, ms);
      }),
    async until(trigger, match) {
      const settled = () => sub.ended || sub.payloads.some((p) => p.errors?.length || (p.data && match(p.data)));
      for (let attempt = 0; attempt < 60 && !settled(); attempt++) {
        await trigger();
        if (settled()) break;
        await sub.nextOrAfter(150);
      }
    },
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (p) => {
        sub.payloads.push(p as GraphQLResult);
        wake();
      },
      error: (e: unknown) => {
        sub.ended = true;
        if (Array.isArray(e)) sub.payloads.push({ errors: e });
        else if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'number') sub.closeCode = (e as { code: number }).code;
        else sub.payloads.push({ errors: [{ message: String(e) }] });
        wake();
      },
      complete: () => {
        sub.ended = true;
        wake();
      },
    },
  );
  return sub;
}
