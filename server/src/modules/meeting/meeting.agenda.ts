import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { mayViewPartnership } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { AgendaItem, Meeting } from './meeting.entity.js';
import type { AgendaItemInput, UpdateAgendaItemInput } from './meeting.inputs.js';
import { meetingLoaders } from './meeting.loaders.js';
import { proposedAgendaItems } from './proposals.js';
import { meetingPolicy } from './meeting.policy.js';
import { afterFlush, loadForManage, loadMeetingWithFacts, meetingFacts } from './meeting.access.js';
import { blankToNull } from './meeting.service.js';

/** Meetings: the agenda (items, proposed items, order). */

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
