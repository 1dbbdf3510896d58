import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PartnershipsListDocument = graphql(`
  query PartnershipsList($first: Int!, $after: String) {
    partnerships(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PartnershipList_partnerships
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const PARTNERSHIPS_PAGE_SIZE = 25;

/** The partnerships the viewer may see (the server restricts the list), page by page. */
export function usePartnerships() {
  const result = useQuery(PartnershipsListDocument, { variables: { first: PARTNERSHIPS_PAGE_SIZE } });
  const connection = result.data?.partnerships;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    void result.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };
  return { ...result, connection, loadMore };
}
