import { graphql } from '../../gql';

/** The board's households: the board page's table and the home page's summary ask the same. */
export const BoardDocument = graphql(`
  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {
    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {
      id
      ...BoardRow_household
    }
  }
`);
