import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { type DocumentNode, OperationTypeNode, print } from 'graphql';
import type { Client } from 'graphql-ws';
import { connection, reconnectDelay, type ConnectionStore } from './connection';

/** ws://host/graphql or wss://host/graphql, from the page's own address (same origin as HTTP). */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          partnerships: relayStylePagination(['first', 'filter']),
          accessLog: relayStylePagination(['householdId', 'userId']),
          notifications: relayStylePagination(['unreadOnly']),
          threads: relayStylePagination(['partnershipId', 'householdId']),
        },
      },
      // Objects without an id that live inside their parent: merge what different queries selected.
      PartnershipViewerCan: { merge: true },
      HouseholdViewerCan: { merge: true },
      DocumentViewerCan: { merge: true },
      MeetingViewerCan: { merge: true },
      // Answer counts of a meeting: values without an id; a newer answer replaces the older.
      RsvpCounts: { keyFields: false, merge: true },
      CalendarFeedStatus: { keyFields: false, merge: true },
      // Proposals are identified by their key (source type and id).
      ProposedAgendaItem: { keyFields: ['key'] },
      Funding: { merge: true },
      SpecificNeeds: { merge: true },
      QuotaProgress: { keyFields: false },
      Quota: { keyFields: false },
      PartnershipMember: { keyFields: false },
      // Progress: values without an id, always fetched whole; a newer answer replaces the older.
      PlanProgress: { keyFields: false, merge: true },
      LocalizedText: { keyFields: false, merge: true },
      FundingStatement: { keyFields: false },
      FundingStatementRow: { keyFields: false },
      FundingStatementTotals: { keyFields: false, merge: true },
      // A year's statement (payments): its lists are values fetched whole; a newer answer replaces them.
      PeriodStatement: { fields: { lines: { merge: false }, differences: { merge: false }, payments: { merge: false }, history: { merge: false }, years: { merge: false } } },
      StatementTotals: { keyFields: false, merge: true },
      StatementViewerCan: { keyFields: false, merge: true },
      StatementApproval: { keyFields: false, merge: false },
      MinutesStatus: { fields: { acknowledgements: { merge: false } } },
      ProgrammeDashboard: { keyFields: false },
      MonthFigures: { keyFields: false },
      PartnershipCapacity: { keyFields: false },
      // Notifications: a preference is known by its kind (one per kind for the viewer).
      NotificationPreferenceSetting: { keyFields: ['kind'] },
      // Feedback: the settings belong to their partnership; answers and permissions live inside their round.
      FeedbackSettings: { keyFields: ['partnershipId'] },
      FeedbackAnswer: { keyFields: false },
      FeedbackRoundViewerCan: { merge: true },
      // Messaging: the page keeps a thread's messages itself (merge.ts); these are values without an id.
      ThreadViewerCan: { merge: true },
      MessageViewerCan: { merge: true },
      MessagingSettings: { keyFields: [], merge: true },
      MessagePage: { keyFields: false },
      ThreadChanges: { keyFields: false },
      Presence: { keyFields: false },
      MessageEvent: { keyFields: false },
      TypingEvent: { keyFields: false },
      ReadStateEvent: { keyFields: false },
    },
  });
}

/** How often the client pings the server, and how long it waits for the answer before it drops the socket. */
const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 5_000;

/**
 * The graphql-ws client: connects while a subscription is active, reconnects for as long as the
 * page lives (quickly when the browser comes back online), notices a dead connection (no pong,
 * or the browser going offline) instead of waiting on it, and reports its state to `store`
 * (the "reconnecting…" banner and the catch-up after a reconnect).
 */
export async function createLiveClient(store: ConnectionStore = connection, url: string = webSocketUrl()): Promise<Client> {
  // Loaded with the first subscription rather than in the entry chunk: the first render does not wait for it.
  const { createClient } = await import('graphql-ws');
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | null = null;
  const clearPongTimer = () => {
    if (pongTimer) clearTimeout(pongTimer);
    pongTimer = null;
  };
  // Resolvers of the current retry waits: coming back online ends the wait at once.
  const waiting = new Set<() => void>();

  const client = createClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    keepAlive: PING_EVERY_MS,
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, reconnectDelay(retries));
        waiting.add(done);
      }),
    on: {
      connecting: (isRetry) => store.connecting(isRetry),
      connected: (s, payload) => {
        socket = s as WebSocket;
        store.connected(payload);
      },
      closed: (event) => {
        socket = null;
        clearPongTimer();
        store.closed((event as { code?: number } | null)?.code);
      },
      ping: (received) => {
        if (received) return;
        clearPongTimer();
        pongTimer = setTimeout(() => {
          // No answer: the network is gone without the socket noticing; drop it and retry.
          if (socket && socket.readyState === WebSocket.OPEN) client.terminate();
        }, PONG_WITHIN_MS);
      },
      pong: (received) => {
        if (received) clearPongTimer();
      },
    },
  });

  if (typeof window !== 'undefined') {
    window.addEventListener('offline', () => {
      store.offline();
      // An open socket may not notice that the network is gone: drop it; the client retries.
      if (socket) client.terminate();
    });
    window.addEventListener('online', () => {
      for (const wake of [...waiting]) wake();
    });
  }
  return client;
}

/**
 * A graphql-ws client made on first use: `load` (the module and the client) runs when the first
 * subscription starts, so graphql-ws is not part of the JavaScript the first render waits for.
 * Subscriptions started meanwhile wait for it; one stopped before it is ready never starts.
 */
export function deferredLiveClient(load: () => Promise<Client>): Client {
  let loading: Promise<Client> | null = null;
  const ready = () => (loading ??= load());
  return {
    subscribe(payload, sink) {
      let stopped = false;
      let unsubscribe: (() => void) | null = null;
      ready().then(
        (client) => {
          if (!stopped) unsubscribe = client.subscribe(payload, sink);
        },
        (error: unknown) => sink.error(error),
      );
      return () => {
        stopped = true;
        unsubscribe?.();
      };
    },
    iterate<Data, Extensions>(payload: Parameters<Client['iterate']>[0]) {
      return (async function* () {
        yield* (await ready()).iterate<Data, Extensions>(payload);
      })();
    },
    on(event, listener) {
      let stopped = false;
      let off: (() => void) | null = null;
      void ready().then((client) => {
        if (!stopped) off = client.on(event, listener);
      });
      return () => {
        stopped = true;
        off?.();
      };
    },
    terminate() {
      void loading?.then((client) => client.terminate());
    },
    dispose() {
      return loading?.then((client) => client.dispose());
    },
  };
}

/**
 * The hash of a registered operation (trusted documents): codegen's client preset writes it into
 * each generated document (`__meta__.hash`, "sha256:<hex>") and into the manifest the server
 * runs by hash (client/src/gql/persisted-documents.json). A document without one (none is
 * expected) gets the SHA-256 of its text: the server then asks for the text, which only a
 * development server or an admin's opt-in accepts.
 */
export async function documentHash(document: DocumentNode): Promise<string> {
  const registered = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (registered) return registered.replace(/^sha256:/, '');
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document)));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends operations by hash instead of their text (GraphQL over HTTP; the WebSocket link sends
 * the hash along with the text): the built app does, as production servers accept only the
 * registered operations (README "Limits").
 */
export function trustedDocumentsLink(): PersistedQueryLink {
  return new PersistedQueryLink({ generateHash: documentHash });
}

export function createApolloClient(): ApolloClient {
  // Cookies carry the session: same origin in production, and through Vite's proxy in development.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  const wsLink = new GraphQLWsLink(deferredLiveClient(() => createLiveClient()));

  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  // The development server (Vite) sends texts, so operations edited since the last codegen run.
  const link = import.meta.env.PROD ? ApolloLink.from([trustedDocumentsLink(), transport]) : transport;

  const client = new ApolloClient({ link, cache: createCache() });
  // After a reconnect, what happened while the socket was down is fetched again (events are not
  // replayed; the database is the source of truth). The thread view also asks for what came after
  // the last sequence number it saw; every other live page (board, meetings, documents) catches up here.
  let previous = connection.get().status;
  connection.subscribe(() => {
    const { status } = connection.get();
    if (status === 'connected' && previous === 'reconnecting') void client.refetchQueries({ include: 'active' }).catch(() => undefined);
    previous = status;
  });
  return client;
}
