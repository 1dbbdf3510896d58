/**
 * The yearly report across partnerships for the resettlement team: arrivals by month and route,
 * funding committed / approved / paid (from each partnership's statement of the year), feedback
 * status and the last evaluation on the three objectives. Admins see every partnership of the
 * programme; contact persons the partnerships they follow (as contact person or deputy).
 */
import { ARRIVAL_ROUTES, EVALUATION_OBJECTIVES, type EvaluationObjective, type ProgrammeCode } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { EvaluationScore, Meeting } from '../meeting/meeting.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { visiblePartnerships } from '../partnership/index.js';
import { FundingPeriodStatement } from '../payments/payments.entity.js';
import { paymentsPolicy, statementState, totalsOf } from '../payments/index.js';
import { Programme } from '../programme/programme.entity.js';
import type { ReportEvaluation, ReportFeedback, ReportMonthRoute, ReportPartnership, YearlyReport } from './report.types.js';

export async function yearlyReport(ctx: Context, code: ProgrammeCode, year: number): Promise<YearlyReport> {
  const viewer = requireViewer(ctx);
  if (!paymentsPolicy.viewYearlyReport(viewer)) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const partnerships = await ctx.em.find(Partnership, { $and: [visiblePartnerships(viewer), { programme }] }, { orderBy: { name: 'asc', id: 'asc' } });
  partnerships.forEach((p) => ctx.loaders.partnership.prime(p.id, p));
  const ids = partnerships.map((p) => p.id);

  const [arriving, statements, rounds, scores] = await Promise.all([
    ctx.em.find(Household, {
      partnership: { $in: ids },
      $or: [{ arrivalDate: { $gte: from, $lte: to } }, { arrivalDate: null, plannedArrivalDate: { $gte: from, $lte: to } }],
    }),
    ctx.em.find(FundingPeriodStatement, { partnership: { $in: ids }, year }),
    ctx.em.find(FeedbackRound, { partnership: { $in: ids }, periodStart: { $gte: from, $lte: to } }),
    ctx.em.find(
      EvaluationScore,
      {
        partnership: { $in: ids },
        meeting: {
          kind: 'EVALUATION',
          status: { $ne: 'CANCELLED' },
          evaluationSignedOffAt: { $ne: null },
          startsAt: { $gte: new Date(`${from}T00:00:00Z`), $lt: new Date(`${year + 1}-01-01T00:00:00Z`) },
        },
      },
      { populate: ['meeting'] },
    ),
  ]);

  // ----- Arrivals by month and route
  const members = arriving.length ? await ctx.em.find(HouseholdMember, { household: { $in: arriving.map((h) => h.id) } }) : [];
  const personsOf = new Map<string, number>();
  for (const m of members) personsOf.set(m.household.id, (personsOf.get(m.household.id) ?? 0) + 1);
  const months: ReportMonthRoute[] = [];
  for (let month = 1; month <= 12; month++) for (const arrivalRoute of ARRIVAL_ROUTES) months.push({ month, arrivalRoute, households: 0, persons: 0, plannedHouseholds: 0, plannedPersons: 0 });
  for (const h of arriving) {
    const date = h.arrivalDate ?? h.plannedArrivalDate!;
    const cell = months.find((m) => m.month === Number(date.slice(5, 7)) && m.arrivalRoute === h.arrivalRoute)!;
    const n = personsOf.get(h.id) ?? 0;
    if (h.arrivalDate) {
      cell.households += 1;
      cell.persons += n;
    } else {
      cell.plannedHouseholds += 1;
      cell.plannedPersons += n;
    }
  }

  // ----- Per partnership: statement, feedback, evaluation
  const today = todayInBrussels();
  const lastEvaluation = new Map<string, { meeting: Meeting; ratings: Map<EvaluationObjective, number> }>();
  for (const s of scores) {
    const current = lastEvaluation.get(s.partnership.id);
    if (!current || s.meeting.startsAt > current.meeting.startsAt || (s.meeting.startsAt.getTime() === current.meeting.startsAt.getTime() && s.meeting.id > current.meeting.id)) {
      lastEvaluation.set(s.partnership.id, { meeting: s.meeting, ratings: new Map([[s.objective, s.rating]]) });
    } else if (current.meeting.id === s.meeting.id) current.ratings.set(s.objective, s.rating);
  }
  const lines: ReportPartnership[] = await Promise.all(
    partnerships.map(async (p) => {
      const stored = statements.find((s) => s.partnership.id === p.id) ?? null;
      const { lines: figures, status } = await statementState(ctx, p.id, year, stored);
      const totals = totalsOf(figures);
      const own = rounds.filter((r) => r.partnership.id === p.id);
      const pending = own.filter((r) => r.status === 'OPEN' || r.status === 'SENT_BACK');
      const feedback: ReportFeedback = {
        rounds: own.length,
        accepted: own.filter((r) => r.status === 'ACCEPTED').length,
        submitted: own.filter((r) => r.status === 'SUBMITTED').length,
        open: pending.filter((r) => r.dueDate >= today).length,
        overdue: pending.filter((r) => r.dueDate < today).length,
      };
      const ev = lastEvaluation.get(p.id);
      const evaluation: ReportEvaluation | null = ev
        ? {
            meetingId: ev.meeting.id,
            title: ev.meeting.title,
            startsAt: ev.meeting.startsAt,
            ratings: EVALUATION_OBJECTIVES.filter((o) => ev.ratings.has(o)).map((objective) => ({ objective, rating: ev.ratings.get(objective)! })),
          }
        : null;
      return {
        partnership: p,
        track: p.track,
        households: totals.households,
        persons: totals.persons,
        committedCents: totals.totalCents,
        approvedCents: stored?.approvedTotalCents ?? null,
        paidCents: stored?.paidCents ?? 0,
        statementStatus: status,
        feedback,
        evaluation,
      };
    }),
  );

  const objectives = EVALUATION_OBJECTIVES.map((objective) => {
    const ratings = lines.flatMap((l) => l.evaluation?.ratings.filter((r) => r.objective === objective).map((r) => r.rating) ?? []);
    return { objective, evaluations: ratings.length, average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null };
  });
  const sum = (f: (l: ReportPartnership) => number) => lines.reduce((s, l) => s + f(l), 0);
  const query = `programme=${code}&year=${year}`;
  return {
    programme,
    year,
    months,
    partnerships: lines,
    objectives,
    totals: {
      households: sum((l) => l.households),
      persons: sum((l) => l.persons),
      committedCents: sum((l) => l.committedCents),
      approvedCents: sum((l) => l.approvedCents ?? 0),
      paidCents: sum((l) => l.paidCents),
      arrivedPersons: months.reduce((s, m) => s + m.persons, 0),
      plannedPersons: months.reduce((s, m) => s + m.plannedPersons, 0),
    },
    csvUrl: `/reports/yearly.csv?${query}`,
    monthsCsvUrl: `/reports/yearly-months.csv?${query}`,
  };
}
