/** The yearly report as tables (CSV/XLSX through io/sheet.ts), with headers and words in the viewer's language. */
import type { ArrivalRoute, EvaluationObjective, FundingStatementStatus, Locale, PartnershipTrack, ProgrammeCode } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import type { OutTable } from '../io/index.js';
import { yearlyReport } from './report.service.js';

interface Words {
  title: string;
  months: string;
  track: Record<PartnershipTrack, string>;
  route: Record<ArrivalRoute, string>;
  status: Record<FundingStatementStatus, string>;
  objective: Record<EvaluationObjective, string>;
  total: string;
  col: Record<
    | 'partnership'
    | 'track'
    | 'households'
    | 'persons'
    | 'committed'
    | 'approved'
    | 'paid'
    | 'status'
    | 'rounds'
    | 'accepted'
    | 'submitted'
    | 'open'
    | 'overdue'
    | 'evaluation'
    | 'month'
    | 'route'
    | 'plannedHouseholds'
    | 'plannedPersons',
    string
  >;
}

export const REPORT_WORDS: Record<Locale, Words> = {
  nl: {
    title: 'Jaarrapport',
    months: 'Aankomsten per maand',
    track: { COMMUNITY_SPONSORSHIP: 'Community sponsorship', FLEXIBLE_FRAMEWORK: 'Flexibel kader' },
    route: { DIRECT: 'rechtstreeks', AFTER_RECEPTION: 'na opvang' },
    status: { DRAFT: 'Ontwerp', APPROVED: 'Goedgekeurd', PARTLY_PAID: 'Deels betaald', PAID: 'Betaald', CHANGED_SINCE_APPROVAL: 'Gewijzigd sinds goedkeuring' },
    objective: { SUSTAINABLE_HOUSING: 'Duurzame huisvesting (1-5)', GUIDANCE: 'Begeleiding (1-5)', OPERATIONAL_COOPERATION: 'Operationele samenwerking (1-5)' },
    total: 'Totaal',
    col: {
      partnership: 'Partnerschap',
      track: 'Spoor',
      households: 'Gezinnen',
      persons: 'Personen',
      committed: 'Vastgelegd (EUR)',
      approved: 'Goedgekeurd (EUR)',
      paid: 'Betaald (EUR)',
      status: 'Status overzicht',
      rounds: 'Feedbackrondes',
      accepted: 'Aanvaard',
      submitted: 'Ingediend',
      open: 'Open',
      overdue: 'Te laat',
      evaluation: 'Evaluatie',
      month: 'Maand',
      route: 'Aankomstroute',
      plannedHouseholds: 'Gepland: gezinnen',
      plannedPersons: 'Gepland: personen',
    },
  },
  fr: {
    title: 'Rapport annuel',
    months: 'Arrivées par mois',
    track: { COMMUNITY_SPONSORSHIP: 'Parrainage communautaire', FLEXIBLE_FRAMEWORK: 'Cadre flexible' },
    route: { DIRECT: 'direct', AFTER_RECEPTION: 'après accueil' },
    status: { DRAFT: 'Brouillon', APPROVED: 'Approuvé', PARTLY_PAID: 'Partiellement payé', PAID: 'Payé', CHANGED_SINCE_APPROVAL: 'Modifié depuis l’approbation' },
    objective: { SUSTAINABLE_HOUSING: 'Logement durable (1-5)', GUIDANCE: 'Accompagnement (1-5)', OPERATIONAL_COOPERATION: 'Coopération opérationnelle (1-5)' },
    total: 'Total',
    col: {
      partnership: 'Partenariat',
      track: 'Volet',
      households: 'Ménages',
      persons: 'Personnes',
      committed: 'Engagé (EUR)',
      approved: 'Approuvé (EUR)',
      paid: 'Payé (EUR)',
      status: 'Statut du décompte',
      rounds: 'Tours de feedback',
      accepted: 'Acceptés',
      submitted: 'Soumis',
      open: 'Ouverts',
      overdue: 'En retard',
      evaluation: 'Évaluation',
      month: 'Mois',
      route: "Voie d'arrivée",
      plannedHouseholds: 'Prévus : ménages',
      plannedPersons: 'Prévus : personnes',
    },
  },
  en: {
    title: 'Yearly report',
    months: 'Arrivals by month',
    track: { COMMUNITY_SPONSORSHIP: 'Community sponsorship', FLEXIBLE_FRAMEWORK: 'Flexible framework' },
    route: { DIRECT: 'direct', AFTER_RECEPTION: 'after reception' },
    status: { DRAFT: 'Draft', APPROVED: 'Approved', PARTLY_PAID: 'Partly paid', PAID: 'Paid', CHANGED_SINCE_APPROVAL: 'Changed since approval' },
    objective: { SUSTAINABLE_HOUSING: 'Sustainable housing (1-5)', GUIDANCE: 'Guidance (1-5)', OPERATIONAL_COOPERATION: 'Operational cooperation (1-5)' },
    total: 'Total',
    col: {
      partnership: 'Partnership',
      track: 'Track',
      households: 'Households',
      persons: 'Persons',
      committed: 'Committed (EUR)',
      approved: 'Approved (EUR)',
      paid: 'Paid (EUR)',
      status: 'Statement status',
      rounds: 'Feedback rounds',
      accepted: 'Accepted',
      submitted: 'Submitted',
      open: 'Open',
      overdue: 'Overdue',
      evaluation: 'Evaluation',
      month: 'Month',
      route: 'Arrival route',
      plannedHouseholds: 'Planned: households',
      plannedPersons: 'Planned: persons',
    },
  },
};

export const reportWords = (ctx: Context) => {
  const locale = requireViewer(ctx).language ?? 'nl';
  return { locale, w: REPORT_WORDS[locale] ?? REPORT_WORDS.nl };
};

/** One row per partnership and a totals row: funding, statement status, feedback and the last evaluation's ratings. */
export async function yearlyReportTable(ctx: Context, programme: ProgrammeCode, year: number): Promise<{ filename: string; table: OutTable }> {
  const { w } = reportWords(ctx);
  const r = await yearlyReport(ctx, programme, year);
  const objectives = ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const;
  const rows = r.partnerships.map((p) => [
    p.partnership.name,
    w.track[p.track],
    p.households,
    p.persons,
    p.committedCents,
    p.approvedCents,
    p.paidCents,
    w.status[p.statementStatus],
    p.feedback.rounds,
    p.feedback.accepted,
    p.feedback.submitted,
    p.feedback.open,
    p.feedback.overdue,
    p.evaluation ? p.evaluation.startsAt.toISOString().slice(0, 10) : null,
    ...objectives.map((o) => p.evaluation?.ratings.find((x) => x.objective === o)?.rating ?? null),
  ]);
  rows.push([w.total, null, r.totals.households, r.totals.persons, r.totals.committedCents, r.totals.approvedCents, r.totals.paidCents, null, ...Array<null>(10).fill(null)]);
  return {
    filename: `${w.title.toLowerCase().replace(/\s+/g, '-')}-${programme.toLowerCase().replace(/_/g, '-')}-${year}`,
    table: {
      title: `${w.title} ${year}`,
      columns: [
        { header: w.col.partnership, kind: 'text', width: 30 },
        { header: w.col.track, kind: 'text' },
        { header: w.col.households, kind: 'int' },
        { header: w.col.persons, kind: 'int' },
        { header: w.col.committed, kind: 'money' },
        { header: w.col.approved, kind: 'money' },
        { header: w.col.paid, kind: 'money' },
        { header: w.col.status, kind: 'text' },
        { header: w.col.rounds, kind: 'int' },
        { header: w.col.accepted, kind: 'int' },
        { header: w.col.submitted, kind: 'int' },
        { header: w.col.open, kind: 'int' },
        { header: w.col.overdue, kind: 'int' },
        { header: w.col.evaluation, kind: 'date' },
        ...objectives.map((o) => ({ header: w.objective[o], kind: 'int' as const })),
      ],
      rows,
    },
  };
}

/** Twelve months by arrival route: households and persons arrived and planned. */
export async function yearlyMonthsTable(ctx: Context, programme: ProgrammeCode, year: number): Promise<{ filename: string; table: OutTable }> {
  const { w } = reportWords(ctx);
  const r = await yearlyReport(ctx, programme, year);
  return {
    filename: `${w.months.toLowerCase().replace(/\s+/g, '-')}-${programme.toLowerCase().replace(/_/g, '-')}-${year}`,
    table: {
      title: `${w.months} ${year}`,
      columns: [
        { header: w.col.month, kind: 'text' },
        { header: w.col.route, kind: 'text' },
        { header: w.col.households, kind: 'int' },
        { header: w.col.persons, kind: 'int' },
        { header: w.col.plannedHouseholds, kind: 'int' },
        { header: w.col.plannedPersons, kind: 'int' },
      ],
      rows: r.months.map((m) => [`${year}-${String(m.month).padStart(2, '0')}`, w.route[m.arrivalRoute], m.households, m.persons, m.plannedHouseholds, m.plannedPersons]),
    },
  };
}
