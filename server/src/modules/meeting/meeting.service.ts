import { FEDASIL_ROLES, type RsvpResponse } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { canOnPartnership, type PartnershipFacts, partnershipFacts } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { Meeting, MeetingInvitee, MeetingPartnership } from './meeting.entity.js';
import type { ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';
import { meetingLoaders } from './meeting.loaders.js';
import { notifyMeeting } from './meeting.notify.js';
import { meetingPolicy } from './meeting.policy.js';
import { brusselsDay, fromBrusselsLocal, toBrusselsLocal as toLocal } from './meeting.time.js';
import { afterFlush, loadForManage, loadMeetingWithFacts, viewerInvitee } from './meeting.access.js';

/** Meetings: scheduling, updating, cancelling, and answering an invitation. */

// ---------------------------------------------------------------------------------------------
// Scheduling

function parseTimes(startsAt: string, endsAt: string): { start: Date; end: Date } {
  const start = fromBrusselsLocal(startsAt);
  const end = fromBrusselsLocal(endsAt);
  if (!start || !end) throw new AppError('BAD_USER_INPUT', 'Not a valid date and time');
  if (end.getTime() <= start.getTime()) throw new AppError('MEETING_ENDS_BEFORE_START', 'The meeting must end after it starts');
  return { start, end };
}

export const blankToNull = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

function requirePlaceOrLink(place: string | null | undefined, onlineUrl: string | null | undefined) {
  if (!place && !onlineUrl) throw new AppError('MEETING_NEEDS_PLACE_OR_LINK', 'Give a place or an online link');
}

/** Loads the people to invite and checks each may be: Fedasil staff or people of the partner organisations concerned. */
async function loadInvitees(ctx: Context, ids: Iterable<string>, partnerships: readonly PartnershipFacts[]): Promise<User[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const users = await ctx.em.find(User, { id: { $in: unique }, removedAt: null });
  if (users.length !== unique.length) throw new AppError('INVITEE_NOT_ALLOWED', 'Some invitees cannot be invited');
  for (const u of users) {
    if (!meetingPolicy.invitable({ id: u.id, role: u.role, organisationId: u.organisation?.id ?? null }, partnerships)) {
      throw new AppError('INVITEE_NOT_ALLOWED', 'Only Fedasil staff and people of the partner organisations concerned can be invited', { userId: u.id });
    }
  }
  users.forEach((u) => ctx.loaders.user.prime(u.id, u));
  return users;
}

function excerptOf(m: Meeting) {
  return `${m.title} (${brusselsDay(m.startsAt)})`;
}

/** Partnerships a meeting is to be scheduled on: NOT_FOUND for one the viewer does not see, FORBIDDEN when they may not schedule on all. */
async function loadPartnershipsToSchedule(ctx: Context, partnershipIds: string[]) {
  const viewer = requireViewer(ctx);
  const ids = [...new Set(partnershipIds)];
  const partnerships: Partnership[] = [];
  const facts: PartnershipFacts[] = [];
  for (const id of ids) {
    const p = await ctx.loaders.partnership.load(id);
    if (!p) throw notFound();
    const f = await partnershipFacts(ctx, p);
    if (!canOnPartnership(viewer, f, 'view')) throw notFound();
    partnerships.push(p);
    facts.push(f);
  }
  if (!meetingPolicy.schedule(viewer, facts)) throw forbidden();
  return { viewer, partnerships, facts };
}

/** People who may be invited to a meeting on these partnerships: Fedasil staff and the people of their partner organisations, by name. */
export async function meetingInviteeOptions(ctx: Context, partnershipIds: string[]): Promise<User[]> {
  const { facts } = await loadPartnershipsToSchedule(ctx, partnershipIds);
  const organisationIds = [...new Set(facts.flatMap((f) => f.memberOrganisationIds))];
  const users = await ctx.em.find(
    User,
    { removedAt: null, $or: [{ role: { $in: [...FEDASIL_ROLES] } }, ...(organisationIds.length ? [{ organisation: { $in: organisationIds } }] : [])] },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  users.forEach((u) => ctx.loaders.user.prime(u.id, u));
  return users;
}

export async function scheduleMeeting(ctx: Context, input: ScheduleMeetingInput): Promise<Meeting> {
  const { viewer, partnerships, facts } = await loadPartnershipsToSchedule(ctx, input.partnershipIds);
  if (input.kind === 'EVALUATION' && (partnerships.length !== 1 || !partnerships[0].contactPerson)) {
    throw new AppError('MEETING_PARTNERSHIPS_INVALID', 'An evaluation concerns exactly one partnership with a contact person');
  }
  const { start, end } = parseTimes(input.startsAt, input.endsAt);
  const place = blankToNull(input.place);
  const onlineUrl = blankToNull(input.onlineUrl);
  requirePlaceOrLink(place, onlineUrl);
  const inviteeIds = [viewer.id, ...input.inviteeIds];
  if (input.kind === 'EVALUATION') inviteeIds.push(partnerships[0].contactPerson!.id);
  const users = await loadInvitees(ctx, inviteeIds, facts);

  const meeting = ctx.em.create(Meeting, {
    kind: input.kind,
    title: input.title.trim(),
    description: blankToNull(input.description),
    startsAt: start,
    endsAt: end,
    place,
    onlineUrl,
    createdBy: ctx.em.getReference(User, viewer.id),
  });
  for (const p of partnerships) ctx.em.create(MeetingPartnership, { meeting, partnership: p });
  for (const u of users) ctx.em.create(MeetingInvitee, { meeting, user: u });
  const pending = await notifyMeeting(ctx, {
    recipientIds: users.map((u) => u.id),
    kind: 'MEETING_INVITED',
    sourceType: 'MEETING',
    sourceId: meeting.id,
    partnershipId: partnerships.length === 1 ? partnerships[0].id : null,
    excerpt: excerptOf(meeting),
  });
  await ctx.em.flush();
  meetingLoaders(ctx).meetingById.prime(meeting.id, meeting);
  afterFlush(ctx, meeting.id, pending);
  return meeting;
}

export async function updateMeeting(ctx: Context, id: string, input: UpdateMeetingInput): Promise<Meeting> {
  const { meeting, facts, viewer } = await loadForManage(ctx, id, { allowCancelled: false });
  const startsAt = input.startsAt ?? null;
  const endsAt = input.endsAt ?? null;
  const { start, end } = startsAt || endsAt ? parseTimes(startsAt ?? toLocal(meeting.startsAt), endsAt ?? toLocal(meeting.endsAt)) : { start: meeting.startsAt, end: meeting.endsAt };
  const place = input.place !== undefined && input.place !== null ? blankToNull(input.place) : (meeting.place ?? null);
  const onlineUrl = input.onlineUrl !== undefined && input.onlineUrl !== null ? blankToNull(input.onlineUrl) : (meeting.onlineUrl ?? null);
  requirePlaceOrLink(place, onlineUrl);

  const scheduleChanged =
    start.getTime() !== meeting.startsAt.getTime() || end.getTime() !== meeting.endsAt.getTime() || place !== (meeting.place ?? null) || onlineUrl !== (meeting.onlineUrl ?? null);
  const title = input.title != null ? input.title.trim() : meeting.title;
  const description = input.description != null ? blankToNull(input.description) : (meeting.description ?? null);
  const detailsChanged = title !== meeting.title || description !== (meeting.description ?? null);

  const current = await meetingLoaders(ctx).invitees.load(meeting.id);
  let added: User[] = [];
  const removedUserIds: string[] = [];
  if (input.inviteeIds) {
    const wanted = new Set(input.inviteeIds);
    // The contact person of an evaluation always stays invited.
    if (meeting.kind === 'EVALUATION') {
      const cp = facts.partnerships[0]?.contactPersonId;
      if (cp) wanted.add(cp);
    }
    const users = await loadInvitees(ctx, wanted, facts.partnerships);
    const have = new Set(current.map((i) => i.user.id));
    added = users.filter((u) => !have.has(u.id));
    for (const u of added) ctx.em.create(MeetingInvitee, { meeting, user: u });
    for (const i of current) {
      if (wanted.has(i.user.id)) continue;
      ctx.em.remove(i);
      removedUserIds.push(i.user.id);
    }
  }
  const stayingIds = current.map((i) => i.user.id).filter((uid) => !input.inviteeIds || input.inviteeIds.includes(uid) || uid === facts.partnerships[0]?.contactPersonId);

  meeting.startsAt = start;
  meeting.endsAt = end;
  meeting.place = place;
  meeting.onlineUrl = onlineUrl;
  meeting.title = title;
  meeting.description = description;
  if (scheduleChanged || detailsChanged || added.length || (input.inviteeIds && stayingIds.length !== current.length)) meeting.sequence += 1;

  const base = { sourceType: 'MEETING' as const, sourceId: meeting.id, partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0].id : null, excerpt: excerptOf(meeting) };
  const pending = [
    ...(scheduleChanged || detailsChanged ? await notifyMeeting(ctx, { ...base, recipientIds: stayingIds, kind: 'MEETING_UPDATED' }) : []),
    ...(added.length ? await notifyMeeting(ctx, { ...base, recipientIds: added.map((u) => u.id), kind: 'MEETING_INVITED' }) : []),
  ];
  void viewer;
  await ctx.em.flush();
  afterFlush(ctx, meeting.id, pending, removedUserIds);
  return meeting;
}

export async function cancelMeeting(ctx: Context, id: string, reason: string | null): Promise<Meeting> {
  const { meeting, facts } = await loadForManage(ctx, id, { allowCancelled: false });
  meeting.status = 'CANCELLED';
  meeting.cancelReason = blankToNull(reason)?.slice(0, 2000) ?? null;
  meeting.sequence += 1;
  const pending = await notifyMeeting(ctx, {
    recipientIds: [...facts.inviteeIds],
    kind: 'MEETING_CANCELLED',
    sourceType: 'MEETING',
    sourceId: meeting.id,
    partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0].id : null,
    excerpt: excerptOf(meeting),
  });
  await ctx.em.flush();
  afterFlush(ctx, meeting.id, pending);
  return meeting;
}

export async function respondToMeeting(ctx: Context, meetingId: string, response: RsvpResponse): Promise<MeetingInvitee> {
  const { meeting, viewer } = await loadMeetingWithFacts(ctx, meetingId);
  const invitation = await viewerInvitee(ctx, meeting);
  if (!invitation) throw new AppError('NOT_INVITED', 'Only invitees can answer');
  if (meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  invitation.response = response;
  invitation.respondedAt = new Date();
  void viewer;
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return invitation;
}
