import type { EntityManager } from '@mikro-orm/core';
import { addDays, FEDASIL_ROLES, type AgendaSourceType, type HouseholdFlag, type Locale, type Role } from '@partner-hub/shared';
import DataLoader from 'dataloader';
import type { Context, Viewer } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import { FeedbackRound, FeedbackSchedule } from '../feedback/feedback.entity.js';
import { ensureRounds, feedbackPolicy, feedbackRules } from '../feedback/index.js';
import type { Household } from '../household/household.entity.js';
import { householdStatus } from '../household/index.js';
import { householdGuidanceMonths } from '../programme/index.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { canOnPartnership, type PartnershipFacts, partnershipFacts } from '../partnership/index.js';
import { householdFlags } from '../progress/index.js';
import { Message } from '../messaging/messaging.entity.js';
import { messagingPolicy } from '../messaging/index.js';
import { meetingLoaders } from './meeting.loaders.js';
import type { Meeting } from './meeting.entity.js';
import { brusselsDay } from './meeting.time.js';
import type { ProposedAgendaItem } from './meeting.types.js';

/** What a provider is given: one partnership of the meeting the viewer may see, and "today" in Brussels. */
export interface ProposalScope {
  ctx: Context;
  partnership: Partnership;
  facts: PartnershipFacts;
  today: string;
  locale: Locale;
}

/** A source of proposed agenda items: open work of one partnership. Add providers (threads, feedback rounds) to PROVIDERS. */
export type ProposalProvider = (scope: ProposalScope) => Promise<ProposedAgendaItem[]>;

type Template = Record<Locale, (vars: Record<string, string>) => string>;

const T = {
  overdueStep: {
    nl: (v) => `Achterstallige stap: ${v.step} (${v.household}, ten laatste ${v.date})`,
    fr: (v) => `Étape en retard : ${v.step} (${v.household}, pour le ${v.date})`,
    en: (v) => `Overdue step: ${v.step} (${v.household}, due ${v.date})`,
  },
  housing: {
    nl: (v) => `Huisvesting vraagt aandacht: ${v.flags} (${v.household})`,
    fr: (v) => `Logement à suivre : ${v.flags} (${v.household})`,
    en: (v) => `Housing needs attention: ${v.flags} (${v.household})`,
  },
  arriving: {
    nl: (v) => `Aankomst op ${v.date}: ${v.household}`,
    fr: (v) => `Arrivée le ${v.date} : ${v.household}`,
    en: (v) => `Arriving on ${v.date}: ${v.household}`,
  },
  feedbackSentBack: {
    nl: (v) => `Feedback ${v.period} teruggestuurd, wacht op herziening (ten laatste ${v.date})`,
    fr: (v) => `Feedback ${v.period} renvoyé, en attente de révision (pour le ${v.date})`,
    en: (v) => `Feedback ${v.period} sent back, awaiting revision (due ${v.date})`,
  },
  feedbackOverdue: {
    nl: (v) => `Feedback ${v.period} te laat (ten laatste ${v.date})`,
    fr: (v) => `Feedback ${v.period} en retard (pour le ${v.date})`,
    en: (v) => `Feedback ${v.period} overdue (due ${v.date})`,
  },
  threadWaiting: {
    nl: (v) => `Wacht op antwoord sinds ${v.date}: ${v.thread} (${v.author})`,
    fr: (v) => `En attente de réponse depuis le ${v.date} : ${v.thread} (${v.author})`,
    en: (v) => `Waiting for an answer since ${v.date}: ${v.thread} (${v.author})`,
  },
  partnershipThread: {
    nl: (v) => `gesprek van ${v.name}`,
    fr: (v) => `conversation de ${v.name}`,
    en: (v) => `conversation of ${v.name}`,
  },
  householdThread: {
    nl: (v) => `gesprek over ${v.household}`,
    fr: (v) => `conversation sur ${v.household}`,
    en: (v) => `conversation about ${v.household}`,
  },
} satisfies Record<string, Template>;

const HOUSING_FLAGS: Partial<Record<HouseholdFlag, Record<Locale, string>>> = {
  NO_HOME_YET: { nl: 'nog geen woning', fr: 'pas encore de logement', en: 'no home yet' },
  LEASE_TOO_SHORT: { nl: 'huurcontract te kort', fr: 'bail trop court', en: 'lease too short' },
  NEXT_HOME_SEARCH_NOT_STARTED: { nl: 'zoektocht naar volgende woning niet gestart', fr: 'recherche du logement suivant pas commencée', en: 'next-home search not started' },
};

const householdUrl = (h: Household) => `/households/${h.id}`;

function proposal(scope: ProposalScope, sourceType: AgendaSourceType, sourceId: string, label: string, sourceUrl: string, household: Household | null, date: string | null): ProposedAgendaItem {
  return { key: `${sourceType}:${sourceId}`, sourceType, sourceId, label: label.slice(0, 300), sourceUrl, partnership: scope.partnership, household, date };
}

/** Guidance steps still open after their due date. */
export const overdueGuidanceSteps: ProposalProvider = async (scope) => {
  const { ctx, today, locale } = scope;
  const households = await ctx.loaders.households.load(scope.partnership.id);
  const perHousehold = await Promise.all(
    households.map(async (h) => {
      const steps = await ctx.loaders.guidanceSteps.load(h.id);
      return steps
        .filter((s) => (s.status === 'TODO' || s.status === 'IN_PROGRESS') && !!s.dueDate && s.dueDate < today)
        .map((s) => proposal(scope, 'GUIDANCE_STEP', s.id, T.overdueStep[locale]({ step: s.label[locale], household: h.reference, date: s.dueDate! }), householdUrl(h), h, s.dueDate ?? null));
    }),
  );
  return perHousehold.flat();
};

/** Housing warnings of households still in guidance (no home yet, lease too short, next-home search late). */
export const housingWarnings: ProposalProvider = async (scope) => {
  const { ctx, today, locale } = scope;
  const households = await ctx.loaders.households.load(scope.partnership.id);
  const perHousehold = await Promise.all(
    households.map(async (h) => {
      const flags = (await householdFlags(ctx, h, today)).filter((f) => HOUSING_FLAGS[f]);
      if (flags.length === 0) return [];
      return [proposal(scope, 'HOUSING', h.id, T.housing[locale]({ flags: flags.map((f) => HOUSING_FLAGS[f]![locale]).join(', '), household: h.reference }), householdUrl(h), h, null)];
    }),
  );
  return perHousehold.flat();
};

/** Households whose planned arrival is within the next 30 days. */
export const householdsArrivingSoon: ProposalProvider = async (scope) => {
  const { ctx, today, locale } = scope;
  const households = await ctx.loaders.households.load(scope.partnership.id);
  const horizon = addDays(today, 30);
  const months = await Promise.all(households.map((h) => householdGuidanceMonths(ctx, h)));
  return households
    .filter((h, i) => householdStatus(h, months[i], today) === 'PLANNED' && !!h.plannedArrivalDate && h.plannedArrivalDate >= today && h.plannedArrivalDate <= horizon)
    .map((h) => proposal(scope, 'HOUSEHOLD', h.id, T.arriving[locale]({ date: h.plannedArrivalDate!, household: h.reference }), householdUrl(h), h, h.plannedArrivalDate ?? null));
};

/**
 * A per-request loader keyed by partnership id, kept in the request's scratch: providers run
 * once per partnership of the meeting, and this turns their loads into one query for all of them.
 */
function partnershipLoader<T>(ctx: Context, key: symbol, load: (em: EntityManager, partnershipIds: string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  let loader = ctx.scratch.get(key) as DataLoader<string, T[]> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T[]>(async (ids) => {
      const groups = await load(ctx.em, [...ids]);
      return ids.map((id) => groups.get(id) ?? []);
    });
    ctx.scratch.set(key, loader);
  }
  return loader;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

const OPEN_FEEDBACK = Symbol('proposals.feedbackRounds');

/** Rounds still owed by the partner (open or sent back), per partnership; the rounds the rhythm owes up to today are made first. */
function openFeedbackRounds(ctx: Context) {
  return partnershipLoader(ctx, OPEN_FEEDBACK, async (em, ids) => {
    const schedules = await em.find(FeedbackSchedule, { partnership: { $in: ids } });
    await ensureRounds(ctx, schedules);
    const rounds = await em.find(FeedbackRound, { partnership: { $in: ids }, status: { $in: ['OPEN', 'SENT_BACK'] } }, { orderBy: { dueDate: 'asc', id: 'asc' } });
    return groupBy(rounds, (r) => r.partnership.id);
  });
}

/** The partnership page's feedback section, opened on that round (as the notification centre links it). */
export const feedbackRoundUrl = (partnershipId: string, roundId: string) => `/partnerships/${encodeURIComponent(partnershipId)}?round=${encodeURIComponent(roundId)}#feedback`;

/** Feedback rounds the partnership's contact person sent back, or that are past their due date. */
export const feedbackToFollowUp: ProposalProvider = async (scope) => {
  const { ctx, today, locale, partnership } = scope;
  if (!feedbackPolicy.view(ctx.viewer, scope.facts)) return [];
  const rounds = await openFeedbackRounds(ctx).load(partnership.id);
  return rounds
    .filter((r) => r.status === 'SENT_BACK' || feedbackRules.overdue(r, today))
    .map((r) => {
      const vars = { period: `${r.periodStart} – ${r.periodEnd}`, date: r.dueDate };
      const label = r.status === 'SENT_BACK' ? T.feedbackSentBack[locale](vars) : T.feedbackOverdue[locale](vars);
      return proposal(scope, 'FEEDBACK_ROUND', r.id, label, feedbackRoundUrl(partnership.id, r.id), null, r.dueDate);
    });
};

/** Days a partner's message may wait for an answer of Fedasil staff before the thread is proposed. */
export const THREAD_ANSWER_DAYS = 3;

const PARTNER_ROLES: readonly Role[] = ['COORDINATOR', 'VOLUNTEER'];
const WAITING_THREADS = Symbol('proposals.waitingThreads');

/** Runs raw SQL on the unit of work's connection. */
type RawEm = EntityManager & { execute<R = Record<string, unknown>[]>(sql: string, params?: unknown[], method?: 'all' | 'get' | 'run'): Promise<R> };

/**
 * Per partnership, the threads that wait for an answer: the oldest message (not deleted, not an
 * internal note) a partner wrote after the last such message of Fedasil staff, when it was written
 * more than THREAD_ANSWER_DAYS days ago. Two statements for all partnerships.
 */
function threadsWaitingForAnswer(ctx: Context) {
  return partnershipLoader<Message>(ctx, WAITING_THREADS, async (em, ids) => {
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    const partners = PARTNER_ROLES;
    const staff = FEDASIL_ROLES;
    const rows = await (em as RawEm).execute<{ thread_id: string; seq: number | string }[]>(
      `select m.thread_id, min(m.seq) as seq
       from message m
       join message_thread t on t.id = m.thread_id
       join app_user u on u.id = m.author_id
       where t.partnership_id in (${marks(ids.length)}) and not m.internal and m.deleted_at is null and u.role in (${marks(partners.length)})
         and m.seq > coalesce((
           select max(r.seq) from message r join app_user ru on ru.id = r.author_id
           where r.thread_id = m.thread_id and not r.internal and r.deleted_at is null and ru.role in (${marks(staff.length)})
         ), 0)
       group by m.thread_id`,
      [...ids, ...partners, ...staff],
      'all',
    );
    if (rows.length === 0) return new Map<string, Message[]>();
    const cutoff = new Date(Date.now() - THREAD_ANSWER_DAYS * 24 * 60 * 60 * 1000);
    const waiting = await em.find(
      Message,
      { $or: rows.map((r) => ({ thread: r.thread_id, seq: Number(r.seq) })), createdAt: { $lt: cutoff } },
      { populate: ['thread', 'author'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return groupBy(waiting, (m) => m.thread.partnership.id);
  });
}

/** Threads whose partner's question has waited more than THREAD_ANSWER_DAYS days for an answer of Fedasil staff. */
export const threadsWaiting: ProposalProvider = async (scope) => {
  const { ctx, locale, partnership } = scope;
  const waiting = (await threadsWaitingForAnswer(ctx).load(partnership.id)).filter((m) => messagingPolicy.viewThread(ctx.viewer, { kind: m.thread.kind, partnership: scope.facts }));
  return Promise.all(
    waiting.map(async (m) => {
      const t = m.thread;
      const household = t.household ? await ctx.loaders.household.load(t.household.id) : null;
      const title = t.subject ? t.subject : household ? T.householdThread[locale]({ household: household.reference }) : T.partnershipThread[locale]({ name: partnership.name });
      const date = brusselsDay(m.createdAt);
      return proposal(scope, 'THREAD', t.id, T.threadWaiting[locale]({ date, thread: title, author: m.author.name }), `/messages/${encodeURIComponent(t.id)}`, household, date);
    }),
  );
};

/** The providers, in the order their proposals are listed. */
export const PROVIDERS: ProposalProvider[] = [overdueGuidanceSteps, housingWarnings, feedbackToFollowUp, threadsWaiting, householdsArrivingSoon];

/**
 * Agenda items proposed from open work of the partnerships concerned that the viewer may see
 * (a partner invited to a consultation only gets proposals from their own partnerships), not
 * yet on the agenda. The caller has loaded the meeting and checked that the viewer sees it
 * (`loadMeetingWithFacts`): proposals take it as an argument rather than load it themselves.
 */
export async function proposedAgendaItems(ctx: Context, { meeting, viewer }: { meeting: Meeting; viewer: Viewer }, providers: ProposalProvider[] = PROVIDERS): Promise<ProposedAgendaItem[]> {
  const l = meetingLoaders(ctx);
  const [partnerships, agenda] = await Promise.all([l.partnerships(meeting), l.agenda.load(meeting.id)]);
  const onAgenda = new Set(agenda.filter((a) => a.sourceType && a.sourceId).map((a) => `${a.sourceType}:${a.sourceId}`));
  const today = todayInBrussels();
  const scopes: ProposalScope[] = [];
  for (const p of partnerships) {
    const facts = await partnershipFacts(ctx, p);
    if (canOnPartnership(viewer, facts, 'view')) scopes.push({ ctx, partnership: p, facts, today, locale: viewer.language });
  }
  const results = await Promise.all(scopes.map(async (scope) => (await Promise.all(providers.map((provide) => provide(scope)))).flat()));
  return results.flat().filter((p) => !onAgenda.has(p.key));
}
