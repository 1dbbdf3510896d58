import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Navigate, useParams } from 'react-router';
import { isOnline } from '../../app/offline/network';
import { graphql } from '../../gql';
import { Loading, PageError } from '../../ui/Feedback';

/**
 * Which thread a partnership or household has, as last answered here: offline, its address opens
 * the thread from the device. Ids only; forgotten on sign-out with the rest of the device's data.
 */
export const THREAD_IDS_KEY = 'ph.thread-ids';
function knownThreads(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(THREAD_IDS_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}
function rememberThread(key: string, threadId: string) {
  try {
    localStorage.setItem(THREAD_IDS_KEY, JSON.stringify({ ...knownThreads(), [key]: threadId }));
  } catch {
    // storage full or refused: the address needs the network next time
  }
}

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
  const answered = of === 'partnership' ? partnership.data?.openPartnershipThread.id : household.data?.openHouseholdThread.id;
  const key = `${of}:${id}`;
  useEffect(() => {
    if (answered) rememberThread(key, answered);
  }, [answered, key]);
  const threadId = answered ?? (state.error && !isOnline() ? knownThreads()[key] : undefined);
  if (threadId) return <Navigate to={`/messages/${threadId}`} replace />;
  if (state.error) return <PageError error={state.error} />;
  return <Loading />;
}
