import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** A support trajectory as the lists show it; mutations select the same, so rows update in the cache. */
export const SupportTrajectory_trajectory = graphql(`
  fragment SupportTrajectory_trajectory on SupportTrajectory {
    id
    reference
    birthYear
    targetGroup
    hasSpecificNeeds
    needsNote
    stage
    startedOn
    plannedEnd
    extended
    closeReason
    flags
    stages {
      stage
      on
    }
    followedBy {
      id
      name
    }
  }
`);

/** What the trajectory section needs of a partnership: its case kind, the partner staff who can follow, and what the viewer may do. */
export const TrajectoryOverviewDocument = graphql(`
  query TrajectoryOverview($partnershipId: ID!) {
    trajectoryOverview(partnershipId: $partnershipId) {
      caseKind
      caseMonths
      staff {
        id
        name
      }
      viewerCan {
        edit
        extend
        viewSensitive
      }
    }
  }
`);

const NOTHING = { edit: false, extend: false, viewSensitive: false };

export function useTrajectoryPartnership(partnershipId: string) {
  const { data } = useQuery(TrajectoryOverviewDocument, { variables: { partnershipId } });
  return {
    caseMonths: data?.trajectoryOverview.caseMonths ?? null,
    staff: data?.trajectoryOverview.staff ?? [],
    can: data?.trajectoryOverview.viewerCan ?? NOTHING,
  };
}
