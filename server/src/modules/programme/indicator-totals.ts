import type { ProgrammeCode } from '@partner-hub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { forbidden, notFound } from '../../app/errors.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { visiblePartnerships } from '../partnership/index.js';
import { progressPolicy } from '../progress/index.js';
import { IndicatorType_, Programme } from './programme.entity.js';

@ObjectType({ description: 'How often one choice was answered.' })
export class ChoiceCount {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'One indicator’s figures over the accepted reports of periods starting in one month.' })
export class IndicatorMonthTotal {
  @Field(() => Int, { description: '1–12.' }) month!: number;
  @Field(() => Int, { description: 'Accepted reports that answered it.' }) reports!: number;
  @Field(() => Int, { description: 'NUMBER: the sum of the answers; 0 for other types.' }) total!: number;
  @Field(() => [ChoiceCount], { description: 'CHOICE: how often each choice was answered.' }) choices!: ChoiceCount[];
}

@ObjectType({ description: 'One partnership’s (e.g. one city desk’s) figure of an indicator over the year.' })
export class IndicatorPartnershipTotal {
  @Field(() => ID) partnershipId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Accepted reports that answered it.' }) reports!: number;
  @Field(() => Int, { description: 'NUMBER: the sum of the answers; 0 for other types.' }) total!: number;
}

@ObjectType({ description: 'One indicator’s figures month by month.' })
export class IndicatorTotals {
  @Field(() => IndicatorType_) indicator!: IndicatorType_;
  @Field(() => Int, { description: 'NUMBER: the sum over the year.' }) yearTotal!: number;
  @Field(() => [IndicatorMonthTotal], { description: 'Twelve months, January first.' }) months!: IndicatorMonthTotal[];
  @Field(() => [IndicatorPartnershipTotal], { description: 'The year by partnership (e.g. by city desk), those with an accepted report, by name.' }) partnerships!: IndicatorPartnershipTotal[];
}

@ObjectType({ description: 'A programme’s reported figures for a year: the accepted periodic reports of the partnerships the viewer sees.' })
export class ProgrammeIndicatorTotals {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Accepted reports counted.' }) acceptedReports!: number;
  @Field(() => [IndicatorTotals]) indicators!: IndicatorTotals[];
}

/**
 * Totals per indicator and month of a programme's accepted reports (rounds whose period starts in
 * the year), over the partnerships the viewer sees; the dashboard's policy (Fedasil staff).
 */
export async function programmeIndicatorTotals(ctx: Context, code: ProgrammeCode, year: number): Promise<ProgrammeIndicatorTotals> {
  const viewer = requireViewer(ctx);
  if (!progressPolicy.viewDashboard(viewer)) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const partnerships = await ctx.em.find(Partnership, { $and: [visiblePartnerships(viewer), { programme }] }, { fields: ['id', 'name'] });
  const rounds = partnerships.length
    ? await ctx.em.find(FeedbackRound, { partnership: { $in: partnerships.map((p) => p.id) }, status: 'ACCEPTED', periodStart: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
    : [];
  const indicators = programme.indicators.map((indicator) => {
    const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, reports: 0, total: 0, counts: new Map<string, number>() }));
    const byPartnership = new Map(partnerships.map((p) => [p.id, { partnershipId: p.id, name: p.name, reports: 0, total: 0 }]));
    for (const r of rounds) {
      const v = r.indicatorValues.find((x) => x.key === indicator.key);
      if (!v) continue;
      const m = months[Number(r.periodStart.slice(5, 7)) - 1];
      const p = byPartnership.get(r.partnership.id)!;
      m.reports++;
      p.reports++;
      if (indicator.type === 'NUMBER' && v.number !== null) {
        m.total += v.number;
        p.total += v.number;
      }
      if (indicator.type === 'CHOICE' && v.choice !== null) m.counts.set(v.choice, (m.counts.get(v.choice) ?? 0) + 1);
    }
    return {
      indicator,
      yearTotal: months.reduce((s, m) => s + m.total, 0),
      months: months.map((m) => ({ month: m.month, reports: m.reports, total: m.total, choices: indicator.choices.map((c) => ({ key: c.key, count: m.counts.get(c.key) ?? 0 })) })),
      partnerships: [...byPartnership.values()].filter((p) => p.reports > 0).sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  return { programme, year, acceptedReports: rounds.length, indicators };
}
