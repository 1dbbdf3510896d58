import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';
import type { MeetingsChangedSubscription } from '../../gql/graphql';

/**
 * Live lists of meetings: a meeting the viewer sees was scheduled or changed, or the viewer was
 * uninvited (then `meeting` is null). The meeting's list fields and its action items come with the
 * event, so a change of a listed meeting updates the cache at once; lists refetch only for what
 * the cache cannot know (a new meeting, one that left the list, new action items).
 */
export const MeetingsChangedDocument = graphql(`
  subscription MeetingsChanged($partnershipId: ID) {
    meetingsChanged(partnershipId: $partnershipId) {
      meetingId
      meeting {
        id
        ...MeetingList_meetings
        actionItems {
          id
          status
          assignee {
            id
          }
        }
      }
    }
  }
`);

export type MeetingsChange = MeetingsChangedSubscription['meetingsChanged'];

/** Follows changes of the viewer's meetings (of one partnership when given) while `enabled`. */
export function useMeetingsChanged(onChange: (change: MeetingsChange) => void, { partnershipId = null, enabled = true }: { partnershipId?: string | null; enabled?: boolean } = {}) {
  const handler = useRef(onChange);
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    handler.current = onChange;
  });
  useSubscription(MeetingsChangedDocument, {
    variables: { partnershipId },
    skip: !enabled,
    onData: ({ data }) => {
      const change = data.data?.meetingsChanged;
      if (change) handler.current(change);
    },
  });
}
