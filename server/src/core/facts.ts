import type { ThreadKind } from '@partner-hub/shared';

/**
 * Facts policies decide on, as plain data. They live in core/ because the ground floor carries
 * them too: the per-request loaders (app/loaders.ts) load partnership facts in one statement, and
 * live events (app/pubsub.ts) carry a thread's facts so that subscribers need not load them again.
 */

/** What the partnership policy needs to know of a partnership. */
export interface PartnershipFacts {
  id: string;
  contactPersonId: string | null;
  deputyId: string | null;
  memberOrganisationIds: readonly string[];
}

/** What the messaging policy needs to know of a thread. */
export interface ThreadFacts {
  kind: ThreadKind;
  partnership: PartnershipFacts;
}
