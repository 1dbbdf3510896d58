import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

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
      ProgrammeDashboard: { keyFields: false },
      MonthFigures: { keyFields: false },
      PartnershipCapacity: { keyFields: false },
      // Notifications: a preference is known by its kind (one per kind for the viewer).
      NotificationPreferenceSetting: { keyFields: ['kind'] },
      // Feedback: the settings belong to their partnership; answers and permissions live inside their round.
      FeedbackSettings: { keyFields: ['partnershipId'] },
      FeedbackAnswer: { keyFields: false },
      FeedbackRoundViewerCan: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  // Cookies carry the session: same origin in production, and through Vite's proxy in development.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  // Set once the client exists: after a reconnect, what happened while the socket was down is
  // fetched again (events are not replayed; the database is the source of truth).
  let catchUp: (() => void) | null = null;
  const wsLink = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(),
      // Connect only while a subscription is active; reconnect for as long as the page lives.
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) catchUp?.();
        },
      },
    }),
  );

  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({ link, cache: createCache() });
  catchUp = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  return client;
}
