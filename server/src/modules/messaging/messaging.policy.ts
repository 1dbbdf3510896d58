import type { ThreadFacts } from '../../core/facts.js';
import type { Viewer } from '../../core/viewer.js';
import { canOnHousehold } from '../household/index.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

export type { ThreadFacts } from '../../core/facts.js';

/** The person a policy decides for: a signed-in viewer, or someone to mention or notify. */
export type Person = Pick<Viewer, 'id' | 'role' | 'organisationId'>;

/**
 * The person as a viewer for the partnership and household policies. Fields are read on demand,
 * never copied: the live layer shares one decision between subscribers that agree on the viewer
 * fields a policy actually reads (a volunteer's decision depends on role and organisation, not on id).
 */
const asViewer = (p: Person): Viewer => ({
  get id() {
    return p.id;
  },
  get role() {
    return p.role;
  },
  get organisationId() {
    return p.organisationId;
  },
  language: 'nl',
  sessionTokenHash: '',
});

/**
 * The messaging policy, built on the partnership and household policies (no membership model of
 * its own): a partnership or subject thread is seen by whoever stands in a relation to the
 * partnership, a household thread by whoever may see the household. Internal notes are seen by
 * Fedasil staff of that partnership only (admins, its contact person and deputy).
 */
export const messagingPolicy = {
  viewThread(viewer: Person | null, t: ThreadFacts): boolean {
    if (!viewer) return false;
    const v = asViewer(viewer);
    if (t.kind === 'HOUSEHOLD') return canOnHousehold(v, t.partnership, 'view');
    return partnershipRelation(v, t.partnership) !== null;
  },
  /** Sees (and writes) internal notes in this thread. */
  seeInternal(viewer: Person | null, t: ThreadFacts): boolean {
    if (!viewer || !messagingPolicy.viewThread(viewer, t)) return false;
    const relation = partnershipRelation(asViewer(viewer), t.partnership);
    return relation === 'admin' || relation === 'contact';
  },
  post(viewer: Person | null, t: ThreadFacts): boolean {
    return messagingPolicy.viewThread(viewer, t);
  },
  /** Anyone in the partnership may start a thread with a subject. */
  startThread(viewer: Person | null, partnership: PartnershipFacts): boolean {
    return !!viewer && partnershipRelation(asViewer(viewer), partnership) !== null;
  },
  /** May this viewer see this message (given that they see its thread)? */
  viewMessage(viewer: Person | null, t: ThreadFacts, m: { internal: boolean }): boolean {
    return m.internal ? messagingPolicy.seeInternal(viewer, t) : messagingPolicy.viewThread(viewer, t);
  },
  /** Edit or delete: one's own messages only, while one still sees the thread. */
  manageMessage(viewer: Person | null, t: ThreadFacts, m: { internal: boolean; authorId: string; deleted: boolean }): boolean {
    return !!viewer && !m.deleted && m.authorId === viewer.id && messagingPolicy.viewMessage(viewer, t, m);
  },
  /** Who may be mentioned (or notified) about a message: people who may see it. */
  mayBeMentioned(person: Person, t: ThreadFacts, internal: boolean): boolean {
    return messagingPolicy.viewMessage(person, t, { internal });
  },
};
