import type { MeetingKind, MeetingStatus, Role } from '@partner-hub/shared';
import { FEDASIL_ROLES } from '@partner-hub/shared';
import type { Viewer } from '../../core/viewer.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';

/** What the meeting policy needs to know of a meeting. */
export interface MeetingFacts {
  kind: MeetingKind;
  status: MeetingStatus;
  partnerships: readonly PartnershipFacts[];
  inviteeIds: readonly string[];
  signedOff: boolean;
}

/** What the policy needs to know of a person to be invited. */
export interface InviteeFacts {
  id: string;
  role: Role;
  organisationId: string | null;
}

/** Fedasil staff who run the meeting: admins, and the contact person or deputy of a partnership concerned. */
function isStaffOf(viewer: Viewer | null, m: Pick<MeetingFacts, 'partnerships'>): boolean {
  return m.partnerships.some((p) => {
    const r = partnershipRelation(viewer, p);
    return r === 'admin' || r === 'contact';
  });
}

const isInvitee = (viewer: Viewer | null, m: MeetingFacts) => !!viewer && m.inviteeIds.includes(viewer.id);

/**
 * The meeting policy. A meeting is seen by its invitees and by the Fedasil staff of the
 * partnerships concerned; a partner sees only meetings they are invited to. Anyone else gets
 * NOT_FOUND, never FORBIDDEN.
 */
export const meetingPolicy = {
  view(viewer: Viewer | null, m: MeetingFacts): boolean {
    return isInvitee(viewer, m) || isStaffOf(viewer, m);
  },

  /** Schedule a meeting on these partnerships: admins, or the contact person/deputy of every one. */
  schedule(viewer: Viewer | null, partnerships: readonly PartnershipFacts[]): boolean {
    return (
      partnerships.length > 0 &&
      partnerships.every((p) => {
        const r = partnershipRelation(viewer, p);
        return r === 'admin' || r === 'contact';
      })
    );
  },

  /** Reschedule, change, cancel, invite, and record the minutes. */
  manage(viewer: Viewer | null, m: MeetingFacts): boolean {
    return isStaffOf(viewer, m);
  },

  respond(viewer: Viewer | null, m: MeetingFacts): boolean {
    return isInvitee(viewer, m) && m.status === 'SCHEDULED';
  },

  addAgendaItem(viewer: Viewer | null, m: MeetingFacts): boolean {
    return m.status === 'SCHEDULED' && (isInvitee(viewer, m) || isStaffOf(viewer, m));
  },

  /** Change or remove an agenda item: its author (still invited) or the Fedasil staff of the meeting. */
  editAgendaItem(viewer: Viewer | null, m: MeetingFacts, authorId: string | null): boolean {
    if (isStaffOf(viewer, m)) return true;
    return isInvitee(viewer, m) && !!viewer && viewer.id === authorId;
  },

  /** Mark an action item done (or open again): its assignee, or the Fedasil staff of the meeting. */
  completeActionItem(viewer: Viewer | null, m: MeetingFacts, assigneeId: string): boolean {
    return isStaffOf(viewer, m) || (!!viewer && viewer.id === assigneeId && meetingPolicy.view(viewer, m));
  },

  evaluate(viewer: Viewer | null, m: MeetingFacts): boolean {
    return m.kind === 'EVALUATION' && !m.signedOff && isStaffOf(viewer, m);
  },

  /** Sign off the evaluation: the contact person (or deputy) of the evaluated partnership. */
  signOff(viewer: Viewer | null, m: MeetingFacts): boolean {
    return m.kind === 'EVALUATION' && !m.signedOff && m.partnerships.some((p) => partnershipRelation(viewer, p) === 'contact');
  },

  /** Who may be invited: Fedasil staff, and people of the partner organisations concerned. */
  invitable(person: InviteeFacts, partnerships: readonly PartnershipFacts[]): boolean {
    if (FEDASIL_ROLES.includes(person.role)) return true;
    return !!person.organisationId && partnerships.some((p) => p.memberOrganisationIds.includes(person.organisationId!));
  },
};
