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
