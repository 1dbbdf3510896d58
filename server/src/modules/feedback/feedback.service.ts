import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  addDays,
  addMonths,
  FEEDBACK_OBJECTIVES,
  indicatorProblems,
  isAnswered,
  type IndicatorValue,
  FEEDBACK_RHYTHM_MONTHS,
  type FeedbackObjective,
  type FeedbackRhythm,
  type ObjectiveStatus,
} from '@partner-hub/shared';
import DataLoader from 'dataloader';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Notification } from '../notification/notification.entity.js';
import { notify, publishNotifications } from '../notification/index.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { loadPartnership, type PartnershipFacts, partnershipFacts, partnershipWithFacts, visiblePartnerships } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule, type FeedbackSettings } from './feedback.entity.js';
import type { FeedbackAnswersInput, SetFeedbackScheduleInput } from './feedback.inputs.js';
import { feedbackPolicy, feedbackRules } from './feedback.policy.js';

type StoredAnswer = { objective: FeedbackObjective; status: ObjectiveStatus | null; text: string | null };

/** One answer per objective, in the fixed order; missing ones empty. */
export function answersOf(stored: readonly StoredAnswer[]): StoredAnswer[] {
  return FEEDBACK_OBJECTIVES.map((objective) => {
    const a = stored.find((x) => x.objective === objective);
    return { objective, status: a?.status ?? null, text: a?.text ?? null };
  });
}

export const isOverdue = (r: FeedbackRound, today = todayInBrussels()) => feedbackRules.overdue(r, today);

/** A round opened after its due date: a missed period of a rhythm started in the past. */
export const openedLate = (r: Pick<FeedbackRound, 'createdAt' | 'dueDate'>) => todayInBrussels(r.createdAt) > r.dueDate;

// ----- Periods ---------------------------------------------------------------------------------

export interface Period {
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

/** The k-th period of a rhythm, counted from the start date (no drift at month ends). */
export function periodAt(schedule: { rhythm: FeedbackRhythm; startDate: string }, k: number): Period {
  const months = FEEDBACK_RHYTHM_MONTHS[schedule.rhythm];
  const periodStart = addMonths(schedule.startDate, k * months);
  const periodEnd = addDays(addMonths(schedule.startDate, (k + 1) * months), -1);
  // The partner reports on a period by its last day.
  return { periodStart, periodEnd, dueDate: periodEnd };
}

type ActiveSchedule = FeedbackSchedule & { rhythm: FeedbackRhythm; startDate: string; activeFrom: string };
const isActive = (s: FeedbackSchedule): s is ActiveSchedule => !!s.rhythm && !!s.startDate && !!s.activeFrom;

/**
 * The periods a schedule owes rounds for, up to today: those that started by today, end on or
 * after the day the rhythm took effect, and start after the newest round made (`madeUntil`).
 */
export function periodsDue(schedule: Pick<ActiveSchedule, 'rhythm' | 'startDate' | 'activeFrom' | 'madeUntil'>, today: string): Period[] {
  const out: Period[] = [];
  for (let k = 0; k < 5000; k++) {
    const p = periodAt(schedule, k);
    if (p.periodStart > today) break;
    if (p.periodEnd < schedule.activeFrom) continue;
    if (schedule.madeUntil && p.periodStart <= schedule.madeUntil) continue;
    out.push(p);
  }
  return out;
}

const periodLabel = (p: Pick<Period, 'periodStart' | 'periodEnd'>) => `${p.periodStart} – ${p.periodEnd}`;

/** The partner's coordinators (active accounts of its member organisations). */
async function coordinatorIds(em: EntityManager, facts: PartnershipFacts): Promise<string[]> {
  if (!facts.memberOrganisationIds.length) return [];
  const users = await em.find(User, { role: 'COORDINATOR', organisation: { $in: [...facts.memberOrganisationIds] }, removedAt: null }, { fields: ['id'] });
  return users.map((u) => u.id);
}

/** Another request made the rounds first. */
class MadeElsewhere extends Error {}

/**
 * Makes the rounds the schedules owe up to today, idempotently: nothing is read or written when
 * they exist (the schedule knows how far it got); otherwise the missing rounds, the schedule's
 * new `madeUntil` and a FEEDBACK_DUE notification to the coordinators for the newest round are
 * written in one transaction of their own. When another request made them at the same time, the
 * unique (partnership, period) constraint refuses ours and theirs stand.
 */
export async function ensureRounds(ctx: Context, schedules: FeedbackSchedule[]): Promise<void> {
  const today = todayInBrussels();
  const missing = schedules
    .filter(isActive)
    .map((s) => ({ s, periods: periodsDue(s, today) }))
    .filter((x) => x.periods.length);
  if (!missing.length) return;

  // Read before the transaction: on SQLite it holds the only connection.
  const partnerships = new Map<string, { partnership: Partnership; facts: PartnershipFacts }>();
  for (const { s } of missing) {
    const found = await partnershipWithFacts(ctx, s.partnership.id);
    if (found) partnerships.set(s.partnership.id, found);
  }
  const created: FeedbackRound[] = [];
  let notifications: Notification[] = [];
  const em = ctx.em.fork();
  // A system action: no actor, so nobody is skipped as "the one who did it".
  const systemCtx: Context = { ...ctx, em, viewer: null };
  try {
    await em.transactional(async (tx) => {
      const txCtx: Context = { ...systemCtx, em: tx };
      for (const { s, periods } of missing) {
        const rounds = periods.map((p) => tx.create(FeedbackRound, { partnership: tx.getReference(Partnership, s.partnership.id), ...p }));
        created.push(...rounds);
        const newest = rounds.at(-1)!;
        // Only if nobody moved it on meanwhile (else theirs stand and ours roll back).
        const moved = await tx.nativeUpdate(FeedbackSchedule, { id: s.id, madeUntil: s.madeUntil ?? null }, { madeUntil: newest.periodEnd });
        if (moved !== 1) throw new MadeElsewhere();
        const found = partnerships.get(s.partnership.id);
        if (!found) continue;
        const { partnership: p, facts } = found;
        notifications = notifications.concat(
          await notify(txCtx, {
            recipientIds: await coordinatorIds(tx, facts),
            kind: 'FEEDBACK_DUE',
            sourceType: 'FEEDBACK_ROUND',
            sourceId: newest.id,
            partnershipId: p.id,
            excerpt: `${p.name} · ${periodLabel(newest)}`,
          }),
        );
      }
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException || e instanceof MadeElsewhere) return;
    throw e;
  }
  for (const { s } of missing) s.madeUntil = created.filter((r) => r.partnership.id === s.partnership.id).at(-1)!.periodEnd;
  for (const r of created) ctx.app.pubSub.publish('FEEDBACK_ROUND_CHANGED', { roundId: r.id, partnershipId: r.partnership.id });
  publishNotifications(systemCtx, notifications);
}

/**
 * The scheduled job: the rounds every schedule owes up to today, with their FEEDBACK_DUE
 * notifications, so a coordinator learns a round is due without anyone opening the hub first.
 * Idempotent and safe beside requests and other server processes doing the same (see `ensureRounds`).
 * Returns how many schedules it looked at.
 */
export async function makeDueRounds(ctx: Context): Promise<number> {
  const schedules = await ctx.em.find(FeedbackSchedule, { rhythm: { $ne: null } });
  // One at a time: a schedule another process is serving at the same moment holds up no other.
  for (const s of schedules) await ensureRounds(ctx, [s]);
  return schedules.length;
}

// ----- Loading ---------------------------------------------------------------------------------

async function factsOf(ctx: Context, partnershipId: string): Promise<PartnershipFacts> {
  const p = await ctx.loaders.partnership.load(partnershipId);
  if (!p) throw notFound();
  return partnershipFacts(ctx, p);
}

/** A round the viewer may see, else NOT_FOUND (another partnership's round is as absent). */
export async function loadFeedbackRound(ctx: Context, id: string): Promise<FeedbackRound> {
  const viewer = requireViewer(ctx);
  const round = await ctx.em.findOne(FeedbackRound, { id });
  if (!round) throw notFound();
  if (!feedbackPolicy.view(viewer, await factsOf(ctx, round.partnership.id))) throw notFound();
  return round;
}

export async function feedbackSettings(ctx: Context, partnershipId: string): Promise<FeedbackSettings> {
  const viewer = requireViewer(ctx);
  const p = await loadPartnership(ctx, partnershipId);
  const schedule = await ctx.em.findOne(FeedbackSchedule, { partnership: p.id });
  return { partnershipId: p.id, rhythm: schedule?.rhythm ?? null, startDate: schedule?.startDate ?? null, viewerCanSet: feedbackPolicy.setSchedule(viewer, await partnershipFacts(ctx, p)) };
}

export async function listFeedbackRounds(ctx: Context, partnershipId: string): Promise<FeedbackRound[]> {
  const p = await loadPartnership(ctx, partnershipId);
  const schedule = await ctx.em.findOne(FeedbackSchedule, { partnership: p.id });
  if (schedule) await ensureRounds(ctx, [schedule]);
  return ctx.em.find(FeedbackRound, { partnership: p.id }, { orderBy: { periodStart: 'desc' } });
}

/** Rounds that wait for the viewer (or are overdue), across the partnerships they see. */
export async function myFeedbackRounds(ctx: Context): Promise<FeedbackRound[]> {
  const viewer = requireViewer(ctx);
  const schedules = await ctx.em.find(FeedbackSchedule, { partnership: visiblePartnerships(viewer) });
  await ensureRounds(ctx, schedules);
  const rounds = await ctx.em.find(FeedbackRound, { status: { $ne: 'ACCEPTED' }, partnership: visiblePartnerships(viewer) } as never, { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 });
  const today = todayInBrussels();
  const keep = await Promise.all(
    rounds.map(async (r) => {
      const facts = await factsOf(ctx, r.partnership.id);
      if (!feedbackPolicy.view(viewer, facts)) return false;
      return (
        feedbackRules.overdue(r, today) || (feedbackPolicy.answer(viewer, facts) && feedbackRules.editable(r.status)) || (feedbackPolicy.review(viewer, facts) && feedbackRules.reviewable(r.status))
      );
    }),
  );
  return rounds.filter((_, i) => keep[i]);
}

function historyLoader(ctx: Context): DataLoader<string, FeedbackRevision[]> {
  const key = Symbol.for('feedback.history');
  let loader = ctx.scratch.get(key) as DataLoader<string, FeedbackRevision[]> | undefined;
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(FeedbackRevision, { round: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.round.id === id));
    });
    ctx.scratch.set(key, loader);
  }
  return loader;
}

export const historyOf = (ctx: Context, r: FeedbackRound) => historyLoader(ctx).load(r.id);

export async function roundViewerCan(ctx: Context, r: FeedbackRound) {
  const facts = await factsOf(ctx, r.partnership.id);
  return {
    submit: feedbackPolicy.answer(ctx.viewer, facts) && feedbackRules.editable(r.status),
    review: feedbackPolicy.review(ctx.viewer, facts) && feedbackRules.reviewable(r.status),
  };
}

export async function mayReceiveRoundChanged(ctx: Context, payload: { roundId: string; partnershipId: string }, partnershipId: string): Promise<boolean> {
  if (payload.partnershipId !== partnershipId) return false;
  return loadFeedbackRound(ctx, payload.roundId).then(
    () => true,
    () => false,
  );
}

// ----- Changes ---------------------------------------------------------------------------------

export async function setFeedbackSchedule(ctx: Context, input: SetFeedbackScheduleInput): Promise<FeedbackSettings> {
  const viewer = requireViewer(ctx);
  const p = await loadPartnership(ctx, input.partnershipId);
  const facts = await partnershipFacts(ctx, p);
  if (!feedbackPolicy.setSchedule(viewer, facts)) throw forbidden();
  if (input.rhythm && !input.startDate) throw new AppError('BAD_USER_INPUT', 'A rhythm needs a start date', { validationErrors: [{ field: 'startDate', constraints: ['required'] }] });
  let schedule = await ctx.em.findOne(FeedbackSchedule, { partnership: p.id });
  if (!schedule) {
    // Rounds made before (the demo's, or under a rhythm since removed) are never made again.
    const newest = await ctx.em.findOne(FeedbackRound, { partnership: p.id }, { orderBy: { periodEnd: 'desc' } });
    schedule = ctx.em.create(FeedbackSchedule, { partnership: p, madeUntil: newest?.periodEnd ?? null });
  }
  const rhythm = input.rhythm ?? null;
  const startDate = rhythm ? input.startDate! : null;
  if (schedule.rhythm !== rhythm || schedule.startDate !== startDate) {
    // A rhythm started in the past owes the rounds of the periods since then: they open now, late
    // (never before the cooperation agreement started; `madeUntil` keeps any round from being made twice).
    const from = startDate && p.agreementStart && p.agreementStart > startDate ? p.agreementStart : startDate;
    Object.assign(schedule, { rhythm, startDate, activeFrom: from, setBy: ctx.em.getReference(User, viewer.id), updatedAt: new Date() });
  }
  await ctx.em.flush();
  // The current round opens now (its own idempotent unit; should it fail, the next read makes it).
  await ensureRounds(ctx, [schedule]);
  return { partnershipId: p.id, rhythm: schedule.rhythm ?? null, startDate: schedule.startDate ?? null, viewerCanSet: true };
}

/** Loads a round for a partner-side or review action: NOT_FOUND when unseen, FORBIDDEN when seen but not allowed. */
async function loadFor(ctx: Context, id: string, action: 'answer' | 'review') {
  const viewer = requireViewer(ctx);
  const round = await loadFeedbackRound(ctx, id);
  const p = (await ctx.loaders.partnership.load(round.partnership.id))!;
  const facts = await partnershipFacts(ctx, p);
  if (!feedbackPolicy[action](viewer, facts)) throw forbidden();
  return { viewer, round, p, facts };
}

const clean = (s: string | null | undefined) => s?.trim() || null;

/** Merges the given indicator answers into the draft after checking them against the programme's indicators by type. */
function applyIndicatorValues(round: FeedbackRound, programme: Programme, input: FeedbackAnswersInput) {
  if (!input.indicatorValues?.length) return;
  const given: IndicatorValue[] = input.indicatorValues.map((v) => ({
    key: v.key,
    number: v.number ?? null,
    choice: v.choice ?? null,
    text: v.text === undefined || v.text === null ? null : clean(v.text),
  }));
  const problems = indicatorProblems(programme.indicators, given);
  if (problems.length) {
    const code = problems.some((p) => p.code === 'INDICATOR_UNKNOWN') ? 'INDICATOR_UNKNOWN' : 'INDICATOR_VALUE_INVALID';
    throw new AppError(code, 'An indicator answer does not fit the programme’s indicators', { keys: problems.map((p) => p.key) });
  }
  const byKey = new Map(round.indicatorValues.map((v) => [v.key, v]));
  for (const v of given) byKey.set(v.key, v);
  // Kept in the programme's order; answers to indicators since removed are dropped.
  round.indicatorValues = programme.indicators.map((i) => byKey.get(i.key)).filter((v): v is IndicatorValue => !!v && isAnswered(v));
}

async function programmeOf(ctx: Context, p: Partnership): Promise<Programme> {
  // A primary-key lookup: served from the identity map when the programme is loaded.
  return ctx.em.findOneOrFail(Programme, { id: p.programme.id });
}

function applyAnswers(round: FeedbackRound, input: FeedbackAnswersInput) {
  const seen = new Set<string>();
  for (const a of input.answers) {
    if (seen.has(a.objective)) throw new AppError('BAD_USER_INPUT', 'One answer per objective', { validationErrors: [{ field: 'answers', constraints: ['unique'] }] });
    seen.add(a.objective);
  }
  const current = answersOf(round.answers);
  round.answers = current.map((c) => {
    const a = input.answers.find((x) => x.objective === c.objective);
    return a ? { objective: c.objective, status: a.status ?? null, text: clean(a.text) } : c;
  });
  if (input.generalNote !== undefined) round.generalNote = clean(input.generalNote);
  round.updatedAt = new Date();
}

/** One flush; a concurrent change of the same round (optimistic lock) is refused as the rule it broke. */
async function flushRound(ctx: Context, onConflict: () => AppError) {
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw onConflict();
    throw e;
  }
}

const notEditable = () => new AppError('FEEDBACK_NOT_EDITABLE', 'This round was submitted or accepted; it can no longer be changed');
const notSubmitted = () => new AppError('FEEDBACK_NOT_SUBMITTED', 'Only a submitted round can be accepted or sent back');

function publishRound(ctx: Context, round: FeedbackRound, notifications: Notification[] = []) {
  ctx.app.pubSub.publish('FEEDBACK_ROUND_CHANGED', { roundId: round.id, partnershipId: round.partnership.id });
  publishNotifications(ctx, notifications);
}

export async function saveFeedbackDraft(ctx: Context, input: FeedbackAnswersInput): Promise<FeedbackRound> {
  const { round, p } = await loadFor(ctx, input.roundId, 'answer');
  if (!feedbackRules.editable(round.status)) throw notEditable();
  applyIndicatorValues(round, await programmeOf(ctx, p), input);
  applyAnswers(round, input);
  await flushRound(ctx, notEditable);
  publishRound(ctx, round);
  return round;
}

export async function submitFeedbackRound(ctx: Context, input: FeedbackAnswersInput): Promise<FeedbackRound> {
  const { viewer, round, p, facts } = await loadFor(ctx, input.roundId, 'answer');
  if (!feedbackRules.editable(round.status)) throw notEditable();
  const programme = await programmeOf(ctx, p);
  applyIndicatorValues(round, programme, input);
  applyAnswers(round, input);
  // The programme's evaluation objectives each need a status (resettlement: the three).
  const missing = answersOf(round.answers)
    .filter((a) => programme.objectives.includes(a.objective) && !a.status)
    .map((a) => a.objective);
  if (missing.length) throw new AppError('FEEDBACK_INCOMPLETE', 'Every objective needs a status', { objectives: missing });
  const unanswered = programme.indicators.filter((i) => i.required && !isAnswered(round.indicatorValues.find((v) => v.key === i.key))).map((i) => i.key);
  if (unanswered.length) throw new AppError('INDICATORS_INCOMPLETE', 'Every required indicator needs an answer', { keys: unanswered });
  const now = new Date();
  Object.assign(round, { status: 'SUBMITTED', submittedAt: now, submittedBy: ctx.em.getReference(User, viewer.id), updatedAt: now });
  ctx.em.create(FeedbackRevision, {
    round,
    kind: 'SUBMITTED',
    by: ctx.em.getReference(User, viewer.id),
    at: now,
    answers: round.answers,
    indicatorValues: round.indicatorValues,
    generalNote: round.generalNote ?? null,
  });
  const notifications = await notify(ctx, {
    recipientIds: [facts.contactPersonId, facts.deputyId].filter((x): x is string => !!x),
    kind: 'FEEDBACK_SUBMITTED',
    sourceType: 'FEEDBACK_ROUND',
    sourceId: round.id,
    partnershipId: p.id,
    excerpt: `${p.name} · ${periodLabel(round)}`,
  });
  await flushRound(ctx, notEditable);
  publishRound(ctx, round, notifications);
  return round;
}

async function review(ctx: Context, id: string, outcome: 'ACCEPTED' | 'SENT_BACK', note: string | null): Promise<FeedbackRound> {
  const { viewer, round, p, facts } = await loadFor(ctx, id, 'review');
  if (!feedbackRules.reviewable(round.status)) throw notSubmitted();
  const text = clean(note);
  if (outcome === 'SENT_BACK' && !text) throw new AppError('FEEDBACK_NOTE_REQUIRED', 'Say what to revise', { field: 'note' });
  if (text && text.length > 5000) throw new AppError('BAD_USER_INPUT', 'The note is too long', { validationErrors: [{ field: 'note', constraints: ['maxLength'] }] });
  const now = new Date();
  Object.assign(round, { status: outcome, reviewedAt: now, reviewedBy: ctx.em.getReference(User, viewer.id), reviewNote: text, updatedAt: now });
  ctx.em.create(FeedbackRevision, { round, kind: outcome, by: ctx.em.getReference(User, viewer.id), at: now, note: text });
  const notifications = await notify(ctx, {
    recipientIds: [...(round.submittedBy ? [round.submittedBy.id] : []), ...(await coordinatorIds(ctx.em, facts))],
    kind: outcome === 'ACCEPTED' ? 'FEEDBACK_ACCEPTED' : 'FEEDBACK_SENT_BACK',
    sourceType: 'FEEDBACK_ROUND',
    sourceId: round.id,
    partnershipId: p.id,
    excerpt: `${p.name} · ${periodLabel(round)}`,
  });
  await flushRound(ctx, notSubmitted);
  publishRound(ctx, round, notifications);
  return round;
}

export const acceptFeedbackRound = (ctx: Context, id: string, note: string | null) => review(ctx, id, 'ACCEPTED', note);
export const sendBackFeedbackRound = (ctx: Context, id: string, note: string) => review(ctx, id, 'SENT_BACK', note);
