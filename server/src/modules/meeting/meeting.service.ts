import { EVALUATION_OBJECTIVES, FEDASIL_ROLES, type ActionItemStatus, type RsvpResponse } from '@partner-hub/shared';
import type { Context, Viewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { requireViewer } from '../auth/viewer.js';
import { Partnership } from '../partnership/partnership.entity.js';
import type { PartnershipFacts } from '../partnership/partnership.policy.js';
import { canOnPartnership } from '../partnership/partnership.policy.js';
import { loadPartnership, mayViewPartnership, partnershipFacts } from '../partnership/partnership.service.js';
import { User } from '../user/user.entity.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from './meeting.entity.js';
import type {
  ActionItemInput,
  AgendaItemInput,
  AttendanceInput,
  DecisionInput,
  EvaluationScoreInput,
  ScheduleMeetingInput,
  UpdateActionItemInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import { clearMeetingLoaders, meetingLoaders } from './meeting.loaders.js';
import { notifyMeeting, type PendingNotifications, publishMeetingNotifications } from './meeting.notify.js';
import { proposedAgendaItems } from './proposals.js';
import { type MeetingFacts, meetingPolicy } from './meeting.policy.js';
import { brusselsDay, fromBrusselsLocal, toBrusselsLocal as toLocal } from './meeting.time.js';
import type { EvaluationHistoryEntry, MeetingViewerCan, RsvpCounts } from './meeting.types.js';

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
async function loadForManage(ctx: Context, id: string, { allowCancelled = true } = {}) {
  const loaded = await loadMeetingWithFacts(ctx, id);
  if (!meetingPolicy.manage(loaded.viewer, loaded.facts)) throw forbidden();
  if (!allowCancelled && loaded.meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  return loaded;
}

function publishMeetingChanged(ctx: Context, meetingId: string, removedUserIds: string[] = []) {
  ctx.app.pubSub.publish('MEETING_CHANGED', removedUserIds.length ? { meetingId, removedUserIds } : { meetingId });
}

/** After the one flush of a mutation: forget cached children, tell live pages, deliver notifications. */
function afterFlush(ctx: Context, meetingId: string, pending: PendingNotifications = [], removedUserIds: string[] = []) {
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
  const rows = await ctx.em.find(Meeting, { $and: where } as never, { orderBy: { startsAt: args.includePast ? 'desc' : 'asc', id: 'asc' } });
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

// ---------------------------------------------------------------------------------------------
// Scheduling

function parseTimes(startsAt: string, endsAt: string): { start: Date; end: Date } {
  const start = fromBrusselsLocal(startsAt);
  const end = fromBrusselsLocal(endsAt);
  if (!start || !end) throw new AppError('BAD_USER_INPUT', 'Not a valid date and time');
  if (end.getTime() <= start.getTime()) throw new AppError('MEETING_ENDS_BEFORE_START', 'The meeting must end after it starts');
  return { start, end };
}

const blankToNull = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

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
  if (input.kind === 'EVALUATION' && (partnerships.length !== 1 || !partnerships[0]!.contactPerson)) {
    throw new AppError('MEETING_PARTNERSHIPS_INVALID', 'An evaluation concerns exactly one partnership with a contact person');
  }
  const { start, end } = parseTimes(input.startsAt, input.endsAt);
  const place = blankToNull(input.place);
  const onlineUrl = blankToNull(input.onlineUrl);
  requirePlaceOrLink(place, onlineUrl);
  const inviteeIds = [viewer.id, ...input.inviteeIds];
  if (input.kind === 'EVALUATION') inviteeIds.push(partnerships[0]!.contactPerson!.id);
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
    partnershipId: partnerships.length === 1 ? partnerships[0]!.id : null,
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
  const { start, end } =
    startsAt || endsAt
      ? parseTimes(startsAt ?? toLocal(meeting.startsAt), endsAt ?? toLocal(meeting.endsAt))
      : { start: meeting.startsAt, end: meeting.endsAt };
  const place = input.place !== undefined && input.place !== null ? blankToNull(input.place) : (meeting.place ?? null);
  const onlineUrl = input.onlineUrl !== undefined && input.onlineUrl !== null ? blankToNull(input.onlineUrl) : (meeting.onlineUrl ?? null);
  requirePlaceOrLink(place, onlineUrl);

  const scheduleChanged = start.getTime() !== meeting.startsAt.getTime() || end.getTime() !== meeting.endsAt.getTime() || place !== (meeting.place ?? null) || onlineUrl !== (meeting.onlineUrl ?? null);
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

  const base = { sourceType: 'MEETING' as const, sourceId: meeting.id, partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0]!.id : null, excerpt: excerptOf(meeting) };
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
    partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0]!.id : null,
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

// ---------------------------------------------------------------------------------------------
// Agenda

/**
 * The agenda as the viewer sees it, in order: an item added from a proposal only for those who may
 * see the partnership it came from.
 */
export async function visibleAgenda(ctx: Context, meeting: Meeting): Promise<AgendaItem[]> {
  const items = await meetingLoaders(ctx).agenda.load(meeting.id);
  const visible = await Promise.all(items.map((i) => agendaItemVisible(ctx, i)));
  return items.filter((_, n) => visible[n]);
}

async function agendaItemVisible(ctx: Context, item: AgendaItem): Promise<boolean> {
  if (!item.partnership) return true;
  const p = await ctx.loaders.partnership.load(item.partnership.id);
  return !!p && (await mayViewPartnership(ctx, p));
}

async function nextPosition(ctx: Context, meeting: Meeting): Promise<number> {
  const items = await meetingLoaders(ctx).agenda.load(meeting.id);
  return items.reduce((max, i) => Math.max(max, i.position), 0) + 1;
}

/** Loads a meeting to add to its agenda: invitees and its Fedasil staff, while it is on. */
export async function loadForAgenda(ctx: Context, meetingId: string) {
  const loaded = await loadMeetingWithFacts(ctx, meetingId);
  if (loaded.meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  if (!meetingPolicy.addAgendaItem(loaded.viewer, loaded.facts)) throw new AppError('NOT_INVITED', 'Only invitees can add agenda items');
  return loaded;
}

export async function addAgendaItem(
  ctx: Context,
  meetingId: string,
  input: AgendaItemInput & { sourceType?: AgendaItem['sourceType']; sourceId?: string | null; sourceUrl?: string | null; partnershipId?: string | null },
): Promise<AgendaItem> {
  const { meeting, viewer } = await loadForAgenda(ctx, meetingId);
  const item = ctx.em.create(AgendaItem, {
    meeting,
    position: await nextPosition(ctx, meeting),
    title: input.title.trim(),
    description: blankToNull(input.description),
    author: ctx.em.getReference(User, viewer.id),
    sourceType: input.sourceType ?? null,
    sourceId: input.sourceId ?? null,
    sourceUrl: input.sourceUrl ?? null,
    partnership: input.partnershipId ? ctx.em.getReference(Partnership, input.partnershipId) : null,
  });
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return item;
}

export async function addProposedAgendaItem(ctx: Context, meetingId: string, key: string): Promise<AgendaItem> {
  const loaded = await loadForAgenda(ctx, meetingId);
  const proposal = (await proposedAgendaItems(ctx, loaded)).find((p) => p.key === key);
  if (!proposal) throw new AppError('PROPOSAL_NOT_FOUND', 'This proposal is no longer open');
  return addAgendaItem(ctx, meetingId, {
    title: proposal.label,
    description: null,
    sourceType: proposal.sourceType,
    sourceId: proposal.sourceId,
    sourceUrl: proposal.sourceUrl,
    partnershipId: proposal.partnership.id,
  });
}

async function loadAgendaItem(ctx: Context, id: string) {
  requireViewer(ctx);
  const item = await ctx.em.findOne(AgendaItem, { id });
  if (!item) throw notFound();
  const loaded = await loadMeetingWithFacts(ctx, item.meeting.id);
  if (!(await agendaItemVisible(ctx, item))) throw notFound();
  return { item, ...loaded };
}

export async function agendaItemEditable(ctx: Context, item: AgendaItem): Promise<boolean> {
  const m = await meetingLoaders(ctx).meeting(item.meeting.id);
  if (!m) return false;
  return meetingPolicy.editAgendaItem(ctx.viewer, await meetingFacts(ctx, m), item.author?.id ?? null);
}

export async function updateAgendaItem(ctx: Context, id: string, input: UpdateAgendaItemInput): Promise<AgendaItem> {
  const { item, facts, viewer } = await loadAgendaItem(ctx, id);
  if (!meetingPolicy.editAgendaItem(viewer, facts, item.author?.id ?? null)) throw forbidden();
  if (input.notes != null && !meetingPolicy.manage(viewer, facts)) throw forbidden();
  if (input.title != null) item.title = input.title.trim();
  if (input.description != null) item.description = blankToNull(input.description);
  if (input.notes != null) item.notes = blankToNull(input.notes);
  await ctx.em.flush();
  afterFlush(ctx, item.meeting.id);
  return item;
}

export async function removeAgendaItem(ctx: Context, id: string): Promise<boolean> {
  const { item, meeting, facts, viewer } = await loadAgendaItem(ctx, id);
  if (!meetingPolicy.editAgendaItem(viewer, facts, item.author?.id ?? null)) throw forbidden();
  const rest = (await meetingLoaders(ctx).agenda.load(meeting.id)).filter((i) => i.id !== item.id);
  rest.forEach((i, n) => (i.position = n + 1));
  ctx.em.remove(item);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return true;
}

export async function reorderAgendaItems(ctx: Context, meetingId: string, itemIds: string[]): Promise<AgendaItem[]> {
  const { meeting } = await loadForManage(ctx, meetingId);
  // The items the viewer sees, in their new order, take the places those items held: items the
  // viewer does not see keep theirs.
  const items = await visibleAgenda(ctx, meeting);
  const byId = new Map(items.map((i) => [i.id, i]));
  if (itemIds.length !== items.length || new Set(itemIds).size !== itemIds.length || !itemIds.every((i) => byId.has(i))) {
    throw new AppError('AGENDA_ORDER_INVALID', 'List every agenda item once');
  }
  const places = items.map((i) => i.position).sort((a, b) => a - b);
  itemIds.forEach((iid, n) => (byId.get(iid)!.position = places[n]!));
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return itemIds.map((iid) => byId.get(iid)!);
}

// ---------------------------------------------------------------------------------------------
// Minutes

export async function recordAttendance(ctx: Context, meetingId: string, entries: AttendanceInput[]): Promise<Meeting> {
  const { meeting } = await loadForManage(ctx, meetingId, { allowCancelled: false });
  const invitees = new Map((await meetingLoaders(ctx).invitees.load(meeting.id)).map((i) => [i.user.id, i]));
  for (const e of entries) if (!invitees.has(e.userId)) throw new AppError('NOT_INVITED', 'Attendance is recorded for invitees only', { userId: e.userId });
  for (const e of entries) invitees.get(e.userId)!.attendance = e.attendance;
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return meeting;
}

async function agendaItemOf(ctx: Context, meeting: Meeting, agendaItemId: string | null | undefined): Promise<AgendaItem | null> {
  if (!agendaItemId) return null;
  const item = (await meetingLoaders(ctx).agenda.load(meeting.id)).find((i) => i.id === agendaItemId);
  if (!item) throw notFound();
  return item;
}

export async function addDecision(ctx: Context, meetingId: string, input: DecisionInput): Promise<MeetingDecision> {
  const { meeting, viewer } = await loadForManage(ctx, meetingId, { allowCancelled: false });
  const agendaItem = await agendaItemOf(ctx, meeting, input.agendaItemId);
  const decision = ctx.em.create(MeetingDecision, { meeting, agendaItem, text: input.text.trim(), createdBy: ctx.em.getReference(User, viewer.id) });
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return decision;
}

export async function removeDecision(ctx: Context, id: string): Promise<boolean> {
  requireViewer(ctx);
  const decision = await ctx.em.findOne(MeetingDecision, { id });
  if (!decision) throw notFound();
  const { meeting } = await loadForManage(ctx, decision.meeting.id);
  ctx.em.remove(decision);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return true;
}

function requireInvitee(facts: MeetingFacts, userId: string) {
  if (!facts.inviteeIds.includes(userId)) throw new AppError('NOT_INVITED', 'Action items are assigned to invitees only', { userId });
}

async function notifyAssignee(ctx: Context, item: ActionItem, meeting: Meeting, facts: MeetingFacts): Promise<PendingNotifications> {
  return notifyMeeting(ctx, {
    recipientIds: [item.assignee.id],
    kind: 'ACTION_ITEM_ASSIGNED',
    // The notification opens the meeting the item was agreed in: the client has a page for a
    // meeting (with its action items), not for an action item alone.
    sourceType: 'MEETING',
    sourceId: meeting.id,
    partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0]!.id : null,
    excerpt: `${item.title} (${item.dueDate}) — ${meeting.title}`,
  });
}

export async function addActionItem(ctx: Context, meetingId: string, input: ActionItemInput): Promise<ActionItem> {
  const { meeting, facts, viewer } = await loadForManage(ctx, meetingId, { allowCancelled: false });
  requireInvitee(facts, input.assigneeId);
  const agendaItem = await agendaItemOf(ctx, meeting, input.agendaItemId);
  const item = ctx.em.create(ActionItem, {
    meeting,
    agendaItem,
    title: input.title.trim(),
    assignee: ctx.em.getReference(User, input.assigneeId),
    dueDate: input.dueDate,
    createdBy: ctx.em.getReference(User, viewer.id),
  });
  const pending = await notifyAssignee(ctx, item, meeting, facts);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id, pending);
  return item;
}

async function loadActionItem(ctx: Context, id: string) {
  requireViewer(ctx);
  const item = await ctx.em.findOne(ActionItem, { id });
  if (!item) throw notFound();
  const loaded = await loadMeetingWithFacts(ctx, item.meeting.id);
  return { item, ...loaded };
}

export async function actionItemPermissions(ctx: Context, a: ActionItem): Promise<{ edit: boolean; complete: boolean }> {
  const m = await meetingLoaders(ctx).meeting(a.meeting.id);
  if (!m) return { edit: false, complete: false };
  const facts = await meetingFacts(ctx, m);
  return { edit: meetingPolicy.manage(ctx.viewer, facts), complete: meetingPolicy.completeActionItem(ctx.viewer, facts, a.assignee.id) };
}

export async function updateActionItem(ctx: Context, id: string, input: UpdateActionItemInput): Promise<ActionItem> {
  const { item, meeting, facts, viewer } = await loadActionItem(ctx, id);
  const editsDetails = input.title != null || input.assigneeId != null || input.dueDate != null;
  if (editsDetails && !meetingPolicy.manage(viewer, facts)) throw forbidden();
  if (input.status != null && !meetingPolicy.completeActionItem(viewer, facts, item.assignee.id)) throw forbidden();
  let pending: PendingNotifications = [];
  if (input.assigneeId != null && input.assigneeId !== item.assignee.id) {
    requireInvitee(facts, input.assigneeId);
    item.assignee = ctx.em.getReference(User, input.assigneeId);
    pending = await notifyAssignee(ctx, item, meeting, facts);
  }
  if (input.title != null) item.title = input.title.trim();
  if (input.dueDate != null) item.dueDate = input.dueDate;
  if (input.status != null && input.status !== item.status) setStatus(item, input.status);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id, pending);
  return item;
}

function setStatus(item: ActionItem, status: ActionItemStatus) {
  item.status = status;
  item.doneAt = status === 'DONE' ? new Date() : null;
}

export async function removeActionItem(ctx: Context, id: string): Promise<boolean> {
  const { item, meeting, facts, viewer } = await loadActionItem(ctx, id);
  if (!meetingPolicy.manage(viewer, facts)) throw forbidden();
  ctx.em.remove(item);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function requireOpenEvaluation(meeting: Meeting) {
  if (meeting.kind !== 'EVALUATION') throw new AppError('NOT_AN_EVALUATION', 'Only evaluation meetings have an evaluation');
  if (meeting.evaluationSignedOffAt) throw new AppError('EVALUATION_SIGNED_OFF', 'The evaluation has been signed off');
}

export async function saveEvaluation(ctx: Context, meetingId: string, scores: EvaluationScoreInput[]): Promise<Meeting> {
  const { meeting, facts, viewer } = await loadMeetingWithFacts(ctx, meetingId);
  requireOpenEvaluation(meeting);
  if (!meetingPolicy.evaluate(viewer, facts)) throw forbidden();
  if (meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  if (new Set(scores.map((s) => s.objective)).size !== scores.length) throw new AppError('BAD_USER_INPUT', 'Each objective at most once');
  const existing = new Map((await meetingLoaders(ctx).scores.load(meeting.id)).map((s) => [s.objective, s]));
  const partnership = ctx.em.getReference(Partnership, facts.partnerships[0]!.id);
  for (const s of scores) {
    const row = existing.get(s.objective) ?? ctx.em.create(EvaluationScore, { meeting, partnership, objective: s.objective, rating: s.rating });
    row.rating = s.rating;
    row.notes = blankToNull(s.notes);
  }
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return meeting;
}

export async function signOffEvaluation(ctx: Context, meetingId: string): Promise<Meeting> {
  const { meeting, facts, viewer } = await loadMeetingWithFacts(ctx, meetingId);
  requireOpenEvaluation(meeting);
  if (!meetingPolicy.signOff(viewer, facts)) throw forbidden();
  const rated = new Set((await meetingLoaders(ctx).scores.load(meeting.id)).map((s) => s.objective));
  if (!EVALUATION_OBJECTIVES.every((o) => rated.has(o))) throw new AppError('EVALUATION_INCOMPLETE', 'Rate all three objectives first');
  meeting.evaluationSignedOffAt = new Date();
  meeting.evaluationSignedOffBy = ctx.em.getReference(User, viewer.id);
  await ctx.em.flush();
  afterFlush(ctx, meeting.id);
  return meeting;
}

/** The evaluations of a partnership the viewer may see, oldest first, with their ratings. */
export async function evaluationHistory(ctx: Context, partnershipId: string): Promise<EvaluationHistoryEntry[]> {
  const viewer = requireViewer(ctx);
  const p = await loadPartnership(ctx, partnershipId);
  const links = await ctx.em.find(MeetingPartnership, { partnership: p.id, meeting: { kind: 'EVALUATION', status: 'SCHEDULED' } }, { populate: ['meeting'] });
  const meetings = links.map((l) => l.meeting).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const l = meetingLoaders(ctx);
  meetings.forEach((m) => l.meetingById.prime(m.id, m));
  const entries = await Promise.all(
    meetings.map(async (m): Promise<EvaluationHistoryEntry | null> => {
      if (!meetingPolicy.view(viewer, await meetingFacts(ctx, m))) return null;
      const scores = await l.scores.load(m.id);
      const ratings = EVALUATION_OBJECTIVES.flatMap((o) => scores.filter((s) => s.objective === o)).map((s) => ({ objective: s.objective, rating: s.rating, notes: s.notes ?? null }));
      const average = ratings.length ? Math.round((ratings.reduce((sum, r) => sum + r.rating, 0) / ratings.length) * 100) / 100 : null;
      return { meeting: m, date: brusselsDay(m.startsAt), signedOff: !!m.evaluationSignedOffAt, ratings, average };
    }),
  );
  return entries.filter((e): e is EvaluationHistoryEntry => !!e);
}
