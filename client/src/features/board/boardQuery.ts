import { graphql } from '../../gql';

/**
 * The board's rows: the board page's query, also read by the home page's summary (BoardSummary),
 * which loads this module rather than the whole page.
 */
export const BoardDocument = graphql(`
  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {
    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {
      id
      ...BoardRow_household
    }
  }
`);
