import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';

/**
 * Everything about a household that moves when its progress changes (plan, housing, flags,
 * timeline, the board row). Progress mutations select it, so every view of the household
 * updates from their answer. It never selects specific needs: reading those is access-logged.
 */
export const HouseholdProgress_household = graphql(`
  fragment HouseholdProgress_household on Household {
    id
    flags
    lastActivityAt
    ...GuidancePlan_household
    ...HousingPanel_household
    ...HouseholdTimeline_household
    ...BoardRow_household
  }
`);

export const HouseholdProgressDocument = graphql(`
  query HouseholdProgress($id: ID!) {
    household(id: $id) {
      id
      ...HouseholdProgress_household
    }
  }
`);

/**
 * Reloads a household's progress into the cache: for answers that do not return the household
 * (updateHousing returns the Housing alone, while it may re-time the plan, change the flags and
 * add to the timeline).
 */
export function useRefreshHouseholdProgress(householdId: string): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.query({ query: HouseholdProgressDocument, variables: { id: householdId }, fetchPolicy: 'network-only' });
  }, [client, householdId]);
}
