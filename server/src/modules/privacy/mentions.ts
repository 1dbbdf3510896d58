/**
 * Records that mention a household outside its own tables: agenda items, decisions and action
 * items of meetings, meetings, feedback rounds and their history, notifications and queued email.
 * A record mentions the household when it points at it (an agenda item proposed from its open
 * work) or its text holds the household's reference or a member's full name.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { FeedbackRevision, FeedbackRound } from '../feedback/feedback.entity.js';
import { ActionItem, AgendaItem, Meeting, MeetingDecision } from '../meeting/meeting.entity.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';

export interface HouseholdTerms {
  householdId: string;
  partnershipId: string;
  /** Ids of records proposals may point at: the household, its steps, housing and threads. */
  sourceIds: string[];
  /** The reference and each member's full name (at least 3 characters). */
  terms: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const REDACTED = '[…]';

export function mentionsAny(text: string | null | undefined, terms: readonly string[]): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  return terms.some((t) => lower.includes(t.toLowerCase()));
}

/** The text with every term replaced by a neutral mark (case-insensitive). */
export function redact(text: string, terms: readonly string[]): string {
  if (!terms.length) return text;
  return text.replace(new RegExp(terms.map(escape).join('|'), 'gi'), REDACTED);
}

/** A LIKE condition per term and column (the terms are then confirmed case-insensitively in code). */
function likeAny<T>(columns: string[], terms: readonly string[]): FilterQuery<T>[] {
  // LIKE is case-sensitive on PostgreSQL: search the exact spelling and the lower and upper case.
  const variants = [...new Set(terms.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]))];
  // Wildcards in a name are not escaped (SQLite has no default escape character); matches are confirmed in code.
  return columns.flatMap((c) => variants.map((t) => ({ [c]: { $like: `%${t}%` } }) as FilterQuery<T>));
}

export interface Mentions {
  agendaItems: AgendaItem[];
  decisions: MeetingDecision[];
  actionItems: ActionItem[];
  meetings: Meeting[];
  feedbackRounds: FeedbackRound[];
  feedbackRevisions: FeedbackRevision[];
  outbox: OutboxMessage[];
}

const roundText = (r: { answers?: { text: string | null }[] | null; generalNote?: string | null }) => [...(r.answers ?? []).map((a) => a.text), r.generalNote];

export async function findMentions(em: EntityManager, t: HouseholdTerms): Promise<Mentions> {
  const { terms } = t;
  const candidates = await em.find(
    AgendaItem,
    { $or: [{ sourceId: { $in: t.sourceIds } }, { sourceUrl: { $like: `%${t.householdId}%` } }, ...likeAny<AgendaItem>(['title', 'description', 'notes'], terms)] },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const agendaItems = candidates.filter(
    (a) => (a.sourceId && t.sourceIds.includes(a.sourceId)) || a.sourceUrl?.includes(t.householdId) || [a.title, a.description, a.notes].some((x) => mentionsAny(x, terms)),
  );
  const itemIds = agendaItems.map((a) => a.id);
  const [decisions, actionItems, meetings, rounds, outbox] = await Promise.all([
    em.find(MeetingDecision, { $or: [{ agendaItem: { $in: itemIds } }, ...likeAny<MeetingDecision>(['text'], terms)] }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(ActionItem, { $or: [{ agendaItem: { $in: itemIds } }, ...likeAny<ActionItem>(['title'], terms)] }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    terms.length ? em.find(Meeting, { $or: likeAny<Meeting>(['title', 'description', 'cancelReason'], terms) }, { orderBy: { startsAt: 'asc', id: 'asc' } }) : [],
    em.find(FeedbackRound, { partnership: t.partnershipId }, { orderBy: { periodStart: 'asc' } }),
    terms.length ? em.find(OutboxMessage, { $or: likeAny<OutboxMessage>(['subject', 'body'], terms) }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [],
  ]);
  const revisions = rounds.length ? await em.find(FeedbackRevision, { round: { $in: rounds.map((r) => r.id) } }, { orderBy: { at: 'asc', id: 'asc' } }) : [];
  const feedbackRevisions = revisions.filter((r) => roundText(r).some((x) => mentionsAny(x, terms)) || mentionsAny(r.note, terms));
  const revisedRounds = new Set(feedbackRevisions.map((r) => r.round.id));
  const feedbackRounds = rounds.filter((r) => revisedRounds.has(r.id) || roundText(r).some((x) => mentionsAny(x, terms)) || mentionsAny(r.reviewNote, terms));
  return {
    agendaItems,
    // The LIKE pre-selection is confirmed in code (PostgreSQL's LIKE is case-sensitive, SQLite's is not).
    decisions: decisions.filter((d) => (d.agendaItem && itemIds.includes(d.agendaItem.id)) || mentionsAny(d.text, terms)),
    actionItems: actionItems.filter((a) => (a.agendaItem && itemIds.includes(a.agendaItem.id)) || mentionsAny(a.title, terms)),
    meetings: meetings.filter((m) => mentionsAny(m.title, terms) || mentionsAny(m.description, terms) || mentionsAny(m.cancelReason, terms)),
    feedbackRounds,
    feedbackRevisions,
    outbox: outbox.filter((o) => mentionsAny(o.subject, terms) || mentionsAny(o.body, terms)),
  };
}

/** Replaces the terms in every mention (the records stay: they are also about other households). */
export function redactMentions(m: Mentions, terms: readonly string[]): number {
  let n = 0;
  const r = (s: string) => redact(s, terms);
  const rn = (s: string | null | undefined) => (s ? redact(s, terms) : s);
  for (const a of m.agendaItems) {
    a.title = r(a.title);
    a.description = rn(a.description);
    a.notes = rn(a.notes);
    n++;
  }
  for (const d of m.decisions) {
    d.text = r(d.text);
    n++;
  }
  for (const a of m.actionItems) {
    a.title = r(a.title);
    n++;
  }
  for (const x of m.meetings) {
    x.title = r(x.title);
    x.description = rn(x.description);
    x.cancelReason = rn(x.cancelReason);
    n++;
  }
  for (const x of m.feedbackRounds) {
    x.answers = x.answers.map((a) => ({ ...a, text: a.text ? r(a.text) : a.text }));
    x.generalNote = rn(x.generalNote);
    x.reviewNote = rn(x.reviewNote);
    n++;
  }
  for (const x of m.feedbackRevisions) {
    x.answers = x.answers ? x.answers.map((a) => ({ ...a, text: a.text ? r(a.text) : a.text })) : x.answers;
    x.generalNote = rn(x.generalNote);
    x.note = rn(x.note);
    n++;
  }
  return n;
}
