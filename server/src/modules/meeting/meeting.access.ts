import { type RsvpResponse } from '@partner-hub/shared';
import { type Context, requireViewer, type Viewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { loadPartnership, partnershipFacts } from '../partnership/index.js';
import { ActionItem, Meeting, MeetingInvitee, MeetingPartnership } from './meeting.entity.js';
import { clearMeetingLoaders, meetingLoaders } from './meeting.loaders.js';
import { type PendingNotifications, publishMeetingNotifications } from './meeting.notify.js';
import { type MeetingFacts, meetingPolicy } from './meeting.policy.js';
import type { MeetingViewerCan, RsvpCounts } from './meeting.types.js';

/** Meetings: loading through the policy, facts, permissions and lists. */

// ---------------------------------------------------------------------------------------------
// Loading and facts

/** The facts the policy needs, loaded in batches. */
export async function meetingFacts(ctx: Context, m: Meeting): Promise<MeetingFacts> {
  const l = meetingLoaders(ctx);
  const [partnerships, invitees] = await Promise.all([l.partnerships(m), l.invitees.load(m.id)]);
  return {
    kind: m.kind,
    status: m.status,
    partnerships: await Promise.all(partnerships.map((p) => partnershipFacts(ctx, p))),
    inviteeIds: invitees.map((i) => i.user.id),
    signedOff: !!m.evaluationSignedOffAt,
  };
}

/** Loads a meeting the viewer may see (NOT_FOUND otherwise, exactly as one that does not exist), with its facts. */
export async function loadMeetingWithFacts(ctx: Context, id: string): Promise<{ meeting: Meeting; facts: MeetingFacts; viewer: Viewer }> {
  const viewer = requireViewer(ctx);
  const meeting = await meetingLoaders(ctx).meeting(id);
  if (!meeting) throw notFound();
  const facts = await meetingFacts(ctx, meeting);
  if (!meetingPolicy.view(viewer, facts)) throw notFound();
  return { meeting, facts, viewer };
}

export async function loadMeeting(ctx: Context, id: string): Promise<Meeting> {
  return (await loadMeetingWithFacts(ctx, id)).meeting;
}

/** Loads a meeting the viewer may manage: NOT_FOUND when unseen, FORBIDDEN when seen but not allowed. */
export async function loadForManage(ctx: Context, id: string, { allowCancelled = true } = {}) {
  const loaded = await loadMeetingWithFacts(ctx, id);
  if (!meetingPolicy.manage(loaded.viewer, loaded.facts)) throw forbidden();
  if (!allowCancelled && loaded.meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  return loaded;
}

function publishMeetingChanged(ctx: Context, meetingId: string, removedUserIds: string[] = []) {
  ctx.app.pubSub.publish('MEETING_CHANGED', removedUserIds.length ? { meetingId, removedUserIds } : { meetingId });
}

/** After the one flush of a mutation: forget cached children, tell live pages, deliver notifications. */
export function afterFlush(ctx: Context, meetingId: string, pending: PendingNotifications = [], removedUserIds: string[] = []) {
  clearMeetingLoaders(ctx, meetingId);
  publishMeetingNotifications(ctx, pending);
  publishMeetingChanged(ctx, meetingId, removedUserIds);
}

/**
 * Live lists (`meetingsChanged`): a change of a meeting reaches a subscriber who sees the meeting
 * (the meeting policy, as `meeting`), or who was just uninvited from it (so their list drops it);
 * with a partnership, only changes of that partnership's meetings.
 */
export async function mayReceiveMeetingListChange(ctx: Context, payload: { meetingId: string; removedUserIds?: string[] }, partnershipId: string | null): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  const l = meetingLoaders(ctx);
  const meeting = await l.meeting(payload.meetingId);
  if (!meeting) return false;
  if (partnershipId && !(await l.links.load(meeting.id)).some((link) => link.partnership.id === partnershipId)) return false;
  return meetingPolicy.view(viewer, await meetingFacts(ctx, meeting)) || (payload.removedUserIds ?? []).includes(viewer.id);
}

/** The meeting of a list change, or null when the viewer no longer sees it. */
export async function meetingOfListChange(ctx: Context, meetingId: string): Promise<Meeting | null> {
  return loadMeeting(ctx, meetingId).catch(() => null);
}

export async function meetingPermissions(ctx: Context, m: Meeting): Promise<MeetingViewerCan> {
  const facts = await meetingFacts(ctx, m);
  const v = ctx.viewer;
  return {
    manage: meetingPolicy.manage(v, facts),
    respond: meetingPolicy.respond(v, facts),
    addAgendaItem: meetingPolicy.addAgendaItem(v, facts),
    evaluate: meetingPolicy.evaluate(v, facts),
    signOffEvaluation: meetingPolicy.signOff(v, facts),
  };
}

export async function rsvpCounts(ctx: Context, m: Meeting): Promise<RsvpCounts> {
  const invitees = await meetingLoaders(ctx).invitees.load(m.id);
  const count = (r: RsvpResponse | null) => invitees.filter((i) => (i.response ?? null) === r).length;
  return { yes: count('YES'), no: count('NO'), maybe: count('MAYBE'), pending: count(null) };
}

export async function viewerInvitee(ctx: Context, m: Meeting): Promise<MeetingInvitee | null> {
  if (!ctx.viewer) return null;
  return (await meetingLoaders(ctx).invitees.load(m.id)).find((i) => i.user.id === ctx.viewer!.id) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Lists

/** Ids of the meetings the viewer may see: invited to, or (Fedasil staff) of partnerships they follow. Two statements at most. */
async function visibleMeetingIds(ctx: Context, viewer: Viewer): Promise<string[] | 'all'> {
  if (viewer.role === 'ADMIN') return 'all';
  const invited = await ctx.em.find(MeetingInvitee, { user: viewer.id }, { fields: ['meeting'] });
  const ids = new Set(invited.map((i) => i.meeting.id));
  if (viewer.role === 'CONTACT_PERSON') {
    const links = await ctx.em.find(MeetingPartnership, { partnership: { $or: [{ contactPerson: viewer.id }, { deputy: viewer.id }] } }, { fields: ['meeting'] });
    links.forEach((l) => ids.add(l.meeting.id));
  }
  return [...ids];
}

export async function listMeetings(ctx: Context, args: { partnershipId: string | null; includePast: boolean }): Promise<Meeting[]> {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown>[] = [];
  if (args.partnershipId) {
    const p = await loadPartnership(ctx, args.partnershipId);
    const links = await ctx.em.find(MeetingPartnership, { partnership: p.id }, { fields: ['meeting'] });
    where.push({ id: { $in: links.map((l) => l.meeting.id) } });
  }
  const visible = await visibleMeetingIds(ctx, viewer);
  if (visible !== 'all') where.push({ id: { $in: visible } });
  if (!args.includePast) where.push({ endsAt: { $gte: new Date() } });
  const rows = await ctx.em.find(Meeting, { $and: where }, { orderBy: { startsAt: args.includePast ? 'desc' : 'asc', id: 'asc' } });
  rows.forEach((m) => meetingLoaders(ctx).meetingById.prime(m.id, m));
  return rows;
}

export const actionItemOverdue = (a: ActionItem, today = todayInBrussels()) => a.status === 'OPEN' && a.dueDate < today;

/** The viewer's open action items (of meetings they still see), overdue first, then by due date. */
export async function myActionItems(ctx: Context): Promise<ActionItem[]> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.find(ActionItem, { assignee: viewer.id, status: 'OPEN' }, { orderBy: { dueDate: 'asc', id: 'asc' } });
  const visible = await Promise.all(
    rows.map(async (a) => {
      const m = await meetingLoaders(ctx).meeting(a.meeting.id);
      return !!m && meetingPolicy.view(viewer, await meetingFacts(ctx, m));
    }),
  );
  const today = todayInBrussels();
  const mine = rows.filter((_, i) => visible[i]);
  return [...mine.filter((a) => actionItemOverdue(a, today)), ...mine.filter((a) => !actionItemOverdue(a, today))];
}
