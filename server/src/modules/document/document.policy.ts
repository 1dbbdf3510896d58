import { type DocumentCategory, SENSITIVE_DOCUMENT_CATEGORIES } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';
import { canOnHousehold } from '../household/index.js';
import { type MeetingFacts, meetingPolicy } from '../meeting/index.js';
import { messagingPolicy, type ThreadFacts } from '../messaging/index.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

export const isSensitive = (category: DocumentCategory) => SENSITIVE_DOCUMENT_CATEGORIES.includes(category);

/**
 * Where a document belongs, as far as the policy needs to know. `partnership` is always the
 * document's own partnership (for need-to-know papers: the household's).
 * - SHELF: a partnership's or household's document.
 * - MESSAGE: attached to a message (deleted messages show no attachments).
 * - PENDING: uploaded against a thread, not yet sent: its uploader's only.
 * - MEETING: shared on a meeting.
 */
export type DocumentPlace =
  | { kind: 'SHELF'; partnership: PartnershipFacts }
  | { kind: 'MESSAGE'; partnership: PartnershipFacts; thread: ThreadFacts; message: { internal: boolean; deleted: boolean } }
  | { kind: 'PENDING'; partnership: PartnershipFacts; thread: ThreadFacts; uploaderId: string | null }
  | { kind: 'MEETING'; partnership: PartnershipFacts; meeting: MeetingFacts };

/** Sees the record the document belongs to: delegated to the partnership, messaging and meeting policies. */
function seesPlace(viewer: Viewer | null, place: DocumentPlace): boolean {
  switch (place.kind) {
    case 'SHELF':
      return !!partnershipRelation(viewer, place.partnership);
    case 'MESSAGE':
      return !place.message.deleted && messagingPolicy.viewMessage(viewer, place.thread, place.message);
    case 'PENDING':
      return !!viewer && viewer.id === place.uploaderId && messagingPolicy.post(viewer, place.thread);
    case 'MEETING':
      return meetingPolicy.view(viewer, place.meeting);
  }
}

/** Identity, residence and medical papers: need-to-know on top of seeing the record. */
const needToKnow = (viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory) => !isSensitive(category) || canOnHousehold(viewer, partnership, 'viewSpecificNeeds');

/**
 * The document policy. A document is seen by whoever sees the record it belongs to (the
 * partnership or household, the message, the meeting), except identity, residence and medical
 * papers: those follow the specific-needs rule (need-to-know). Volunteers may add documents to
 * households; partnership documents are for Fedasil staff and coordinators. Anyone who may write
 * in a thread may attach files to their messages; anyone who sees a meeting may share a file on it.
 */
export const documentPolicy = {
  /** A partnership's or household's document (the shelf). */
  view(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory): boolean {
    return documentPolicy.viewAt(viewer, { kind: 'SHELF', partnership }, category);
  },

  /** Any document, wherever it belongs: the one rule of queries, downloads and live events. */
  viewAt(viewer: Viewer | null, place: DocumentPlace, category: DocumentCategory): boolean {
    return seesPlace(viewer, place) && needToKnow(viewer, place.partnership, category);
  },

  upload(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory, onHousehold: boolean): boolean {
    const relation = partnershipRelation(viewer, partnership);
    if (!relation || !documentPolicy.view(viewer, partnership, category)) return false;
    return relation !== 'volunteer' || onHousehold;
  },

  /** Attach a file to one's next message in this thread (for an internal note too: staff write those). */
  attachToThread(viewer: Viewer | null, thread: ThreadFacts, category: DocumentCategory): boolean {
    return messagingPolicy.post(viewer, thread) && needToKnow(viewer, thread.partnership, category);
  },

  /** Share a file on a meeting: whoever sees it, while it is not cancelled. */
  shareOnMeeting(viewer: Viewer | null, meeting: MeetingFacts, category: DocumentCategory): boolean {
    return meetingPolicy.view(viewer, meeting) && meeting.status !== 'CANCELLED' && !isSensitive(category);
  },

  /** Rename, re-categorise, delete: Fedasil staff and coordinators, or whoever uploaded it. */
  manage(viewer: Viewer | null, partnership: PartnershipFacts, category: DocumentCategory, createdById: string | null): boolean {
    return documentPolicy.manageAt(viewer, { kind: 'SHELF', partnership }, category, createdById);
  },

  /**
   * Shelf: Fedasil staff and coordinators, or the uploader. Attachments: their uploader only (a
   * message is its author's). Meeting documents: the meeting's Fedasil staff, or the uploader.
   */
  manageAt(viewer: Viewer | null, place: DocumentPlace, category: DocumentCategory, createdById: string | null): boolean {
    if (!viewer || !documentPolicy.viewAt(viewer, place, category)) return false;
    const own = viewer.id === createdById;
    switch (place.kind) {
      case 'SHELF':
        return partnershipRelation(viewer, place.partnership) !== 'volunteer' || own;
      case 'MESSAGE':
      case 'PENDING':
        return own;
      case 'MEETING':
        return own || meetingPolicy.manage(viewer, place.meeting);
    }
  },

  /** A new version: on the shelf as `upload`; a sent attachment never changes; pending and meeting files by who may manage them. */
  uploadVersion(viewer: Viewer | null, place: DocumentPlace, category: DocumentCategory, createdById: string | null, onHousehold: boolean): boolean {
    switch (place.kind) {
      case 'SHELF':
        return documentPolicy.upload(viewer, place.partnership, category, onHousehold);
      case 'MESSAGE':
        return false;
      case 'PENDING':
      case 'MEETING':
        return documentPolicy.manageAt(viewer, place, category, createdById);
    }
  },
};
