import { EVALUATION_OBJECTIVES, type ActionItemStatus, type EvaluationObjective } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { loadPartnership } from '../partnership/index.js';
import { partnershipProgramme } from '../programme/index.js';
import { User } from '../user/user.entity.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingPartnership } from './meeting.entity.js';
import type { ActionItemInput, AttendanceInput, DecisionInput, EvaluationScoreInput, UpdateActionItemInput } from './meeting.inputs.js';
import { meetingLoaders } from './meeting.loaders.js';
import { notifyMeeting, type PendingNotifications } from './meeting.notify.js';
import { type MeetingFacts, meetingPolicy } from './meeting.policy.js';
import { brusselsDay } from './meeting.time.js';
import type { EvaluationHistoryEntry } from './meeting.types.js';
import { afterFlush, loadForManage, loadMeetingWithFacts, meetingFacts } from './meeting.access.js';
import { blankToNull } from './meeting.service.js';

/** Meetings: minutes (attendance, decisions, action items) and the evaluation. */

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
    partnershipId: facts.partnerships.length === 1 ? facts.partnerships[0].id : null,
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

/**
 * The objectives an evaluation meeting rates: those of its partnership's programme, in the shared
 * order (resettlement: sustainable housing, guidance, operational cooperation). A programme that
 * lists none is evaluated in its minutes only.
 */
export async function evaluationObjectives(ctx: Context, partnerships: readonly { id: string }[]): Promise<EvaluationObjective[]> {
  const partnership = partnerships[0];
  if (!partnership) return [];
  const { objectives } = await partnershipProgramme(ctx, partnership.id);
  return EVALUATION_OBJECTIVES.filter((o) => objectives.includes(o));
}

export async function saveEvaluation(ctx: Context, meetingId: string, scores: EvaluationScoreInput[]): Promise<Meeting> {
  const { meeting, facts, viewer } = await loadMeetingWithFacts(ctx, meetingId);
  requireOpenEvaluation(meeting);
  if (!meetingPolicy.evaluate(viewer, facts)) throw forbidden();
  if (meeting.status === 'CANCELLED') throw new AppError('MEETING_CANCELLED', 'This meeting has been cancelled');
  if (new Set(scores.map((s) => s.objective)).size !== scores.length) throw new AppError('BAD_USER_INPUT', 'Each objective at most once');
  const objectives = await evaluationObjectives(ctx, facts.partnerships);
  const foreign = scores.find((s) => !objectives.includes(s.objective));
  if (foreign) throw new AppError('OBJECTIVE_NOT_IN_PROGRAMME', 'This objective is not one of the programme’s evaluation objectives', { objective: foreign.objective, objectives });
  const existing = new Map((await meetingLoaders(ctx).scores.load(meeting.id)).map((s) => [s.objective, s]));
  const partnership = ctx.em.getReference(Partnership, facts.partnerships[0].id);
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
  const objectives = await evaluationObjectives(ctx, facts.partnerships);
  if (!objectives.every((o) => rated.has(o))) throw new AppError('EVALUATION_INCOMPLETE', 'Rate every objective of the programme first', { objectives });
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
