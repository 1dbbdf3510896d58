import type { CaseKind } from '@partner-hub/shared';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/**
 * What the desk sections need of a partnership: its programme's case kind, its member
 * organisations (the same selection as the members section, so the cache entries agree) and what
 * the viewer may do with its rota and return files.
 */
export const DeskPartnershipDocument = graphql(`
  query DeskPartnership($partnershipId: ID!) {
    partnership(id: $partnershipId) {
      id
      programme {
        id
        caseKind
      }
      members {
        lead
        organisation {
          id
          name
          kind
        }
      }
    }
    deskViewerCan(partnershipId: $partnershipId) {
      editRota
      editReturnFiles
      viewMedical
    }
  }
`);

/** Case kinds whose partnerships work at desks (a rota of partners present on set days). */
export const DESK_CASE_KINDS: readonly CaseKind[] = ['RETURN_FILE', 'DESK_CONTACT'];

const NOTHING = { editRota: false, editReturnFiles: false, viewMedical: false };

export function useDeskPartnership(partnershipId: string) {
  const { data } = useQuery(DeskPartnershipDocument, { variables: { partnershipId } });
  return {
    caseKind: data?.partnership?.programme.caseKind ?? null,
    members: data?.partnership?.members.map((m) => m.organisation) ?? [],
    can: data?.deskViewerCan ?? NOTHING,
  };
}
