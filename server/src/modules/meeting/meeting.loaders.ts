import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { type Context, inScratch } from '../../app/context.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from './meeting.entity.js';

// As in app/loaders.ts: `em.find<T>` names the entity (MikroORM would infer it from `prototype`, any on a
// constructor type), and the filter, which MikroORM cannot check for a generic T, is passed as `never`.
type EntityClass<T> = new (...args: never[]) => T;

function byParent<T extends { meeting: { id: string } }>(em: EntityManager, entity: EntityClass<T>, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await em.find<T>(entity, { meeting: { $in: [...ids] } } as never, { orderBy } as never);
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.meeting.id)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function createMeetingLoaders(ctx: Context) {
  const em = ctx.em;
  const meetingById = new DataLoader<string, Meeting | null>(async (ids) => {
    const rows = await em.find(Meeting, { id: { $in: [...ids] } });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
  const links = byParent(em, MeetingPartnership, { id: 'asc' });
  return {
    meetingById,
    meeting: async (id: string) => meetingById.load(id),
    links,
    /** The partnerships a meeting concerns, by name. */
    partnerships: async (m: Meeting): Promise<Partnership[]> => {
      const rows = await links.load(m.id);
      const ps = await Promise.all(rows.map((r) => ctx.loaders.partnership.load(r.partnership.id)));
      return ps.filter((p): p is Partnership => !!p).sort((a, b) => a.name.localeCompare(b.name));
    },
    invitees: byParent(em, MeetingInvitee, { invitedAt: 'asc', id: 'asc' }),
    agenda: byParent(em, AgendaItem, { position: 'asc', id: 'asc' }),
    decisions: byParent(em, MeetingDecision, { createdAt: 'asc', id: 'asc' }),
    actionItems: byParent(em, ActionItem, { dueDate: 'asc', id: 'asc' }),
    scores: byParent(em, EvaluationScore, { objective: 'asc' }),
  };
}

export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;

const KEY = Symbol('meetingLoaders');

/** Per-request batched loaders of the meeting module, kept in the request's scratch (renewed with it on live events). */
export function meetingLoaders(ctx: Context): MeetingLoaders {
  return inScratch(ctx, KEY, () => createMeetingLoaders(ctx));
}

/** Forgets what the loaders hold for a meeting (after a change in this request). */
export function clearMeetingLoaders(ctx: Context, meetingId: string) {
  const l = meetingLoaders(ctx);
  for (const loader of [l.links, l.invitees, l.agenda, l.decisions, l.actionItems, l.scores]) loader.clear(meetingId);
}
