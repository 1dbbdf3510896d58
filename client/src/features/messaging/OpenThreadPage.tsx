import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Navigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading, PageError } from '../../ui/Feedback';

export const OpenPartnershipThreadDocument = graphql(`
  mutation OpenPartnershipThread($partnershipId: ID!) {
    openPartnershipThread(partnershipId: $partnershipId) {
      id
    }
  }
`);

export const OpenHouseholdThreadDocument = graphql(`
  mutation OpenHouseholdThread($householdId: ID!) {
    openHouseholdThread(householdId: $householdId) {
      id
    }
  }
`);

/**
 * /partnerships/:id/messages and /households/:id/messages: the thread of a partnership or of a
 * household, made on first use by the server (exactly one), then shown at /messages/:threadId.
 */
export function OpenThreadPage({ of }: { of: 'partnership' | 'household' }) {
  const { id = '' } = useParams();
  const [openPartnership, partnership] = useMutation(OpenPartnershipThreadDocument);
  const [openHousehold, household] = useMutation(OpenHouseholdThreadDocument);
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (asked.current === id) return;
    asked.current = id;
    const open = of === 'partnership' ? openPartnership({ variables: { partnershipId: id } }) : openHousehold({ variables: { householdId: id } });
    open.catch(() => undefined); // shown below
  }, [id, of, openPartnership, openHousehold]);

  const state = of === 'partnership' ? partnership : household;
  const threadId = of === 'partnership' ? partnership.data?.openPartnershipThread.id : household.data?.openHouseholdThread.id;
  if (threadId) return <Navigate to={`/messages/${threadId}`} replace />;
  if (state.error) return <PageError error={state.error} />;
  return <Loading />;
}
