import type { Viewer } from '../../app/context.js';
import type { Message, Thread } from './messaging.entity.js';

/**
 * Two numberings per thread. Fedasil staff, who see internal notes, number every message; partners
 * number only the messages they may see. So no gap in a partner's numbering tells them that an
 * internal note exists, was edited or was read. Each viewer gets one numbering throughout: a
 * message's `seq` and `changeSeq`, `messages(afterSeq:, beforeSeq:)`, `threadChanges(afterChangeSeq:)`,
 * `markThreadRead(seq:)`, `viewerLastReadSeq` and read-state events.
 */
export type Numbering = 'staff' | 'public';

const STAFF_ROLES = new Set(['ADMIN', 'CONTACT_PERSON']);

/**
 * Staff see internal notes of every thread they see (admins all, contact persons and deputies
 * their partnerships'): for a thread the viewer sees, this is `messagingPolicy.seeInternal`, read
 * from the role alone (so live events are shared by role, not split per person).
 */
export const viewerIsStaff = (viewer: Pick<Viewer, 'role'>): boolean => STAFF_ROLES.has(viewer.role);

export const numberingOf = (viewer: Pick<Viewer, 'role'> | null): Numbering => (viewer && viewerIsStaff(viewer) ? 'staff' : 'public');

/** The message's properties that hold each numbering. */
export const NUMBERING_FIELDS = {
  staff: { seq: 'seq', changeSeq: 'changeSeq' },
  public: { seq: 'publicSeq', changeSeq: 'publicChangeSeq' },
} as const satisfies Record<Numbering, { seq: keyof Message; changeSeq: keyof Message }>;

/** A message's seq in a numbering (an internal note has none in partners': 0, never shown to them). */
export const seqIn = (m: Message, n: Numbering): number => (n === 'staff' ? m.seq : (m.publicSeq ?? 0));

export const changeSeqIn = (m: Message, n: Numbering): number => (n === 'staff' ? m.changeSeq : (m.publicChangeSeq ?? 0));

/**
 * Numbers a new message on a loaded thread, as the send does atomically in SQL: for demo data and
 * test fixtures that write messages directly.
 */
export function numberNewMessage(thread: Thread, internal: boolean): Pick<Message, 'seq' | 'changeSeq' | 'publicSeq' | 'publicChangeSeq'> {
  thread.lastSeq += 1;
  thread.lastChangeSeq += 1;
  if (internal) return { seq: thread.lastSeq, changeSeq: thread.lastChangeSeq, publicSeq: null, publicChangeSeq: null };
  thread.lastPublicSeq += 1;
  thread.lastPublicChangeSeq += 1;
  return { seq: thread.lastSeq, changeSeq: thread.lastChangeSeq, publicSeq: thread.lastPublicSeq, publicChangeSeq: thread.lastPublicChangeSeq };
}
