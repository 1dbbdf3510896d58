import type { CaseKind } from '@partner-hub/shared';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** What the desk sections need of a partnership: its case kind, its member organisations, and what the viewer may do. */
export const DeskOverviewDocument = graphql(`
  query DeskOverview($partnershipId: ID!) {
    deskOverview(partnershipId: $partnershipId) {
      caseKind
      members {
        id
        name
      }
      viewerCan {
        editRota
        editReturnFiles
        viewMedical
      }
    }
  }
`);

/** Case kinds whose partnerships work at desks (a rota of partners present on set days). */
export const DESK_CASE_KINDS: readonly CaseKind[] = ['RETURN_FILE', 'DESK_CONTACT'];

const NOTHING = { editRota: false, editReturnFiles: false, viewMedical: false };

export function useDeskPartnership(partnershipId: string) {
  const { data } = useQuery(DeskOverviewDocument, { variables: { partnershipId } });
  return {
    caseKind: data?.deskOverview.caseKind ?? null,
    members: data?.deskOverview.members ?? [],
    can: data?.deskOverview.viewerCan ?? NOTHING,
  };
}
