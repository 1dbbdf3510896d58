/**
 * Exports of the board, a partnership's households and the funding statement, built from the
 * services the screens use (same policy, same figures), with headers and words in the viewer's
 * language. Money is in euro cents here; sheet.ts writes it as euros.
 */
import type { HouseholdFlag, HouseholdStatus, Locale } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { householdFunding } from '../funding/index.js';
import { can, householdStatus } from '../household/index.js';
import { householdGuidanceMonths } from '../programme/index.js';
import { loadPartnership } from '../partnership/index.js';
import { board, type BoardSort, fundingStatement, householdFlags, lastActivityAt, nextStep, progressOf } from '../progress/index.js';
import type { OutTable } from './sheet.js';

interface Words {
  status: Record<HouseholdStatus, string>;
  flag: Record<HouseholdFlag, string>;
  route: { DIRECT: string; AFTER_RECEPTION: string };
  yes: string;
  no: string;
  total: string;
  board: string;
  households: string;
  funding: string;
  col: Record<
    | 'reference'
    | 'head'
    | 'partnership'
    | 'persons'
    | 'status'
    | 'arrival'
    | 'route'
    | 'funding'
    | 'progressDone'
    | 'progressTotal'
    | 'nextStep'
    | 'due'
    | 'flags'
    | 'lastActivity'
    | 'secondYear'
    | 'base'
    | 'secondYearAmount'
    | 'directHead'
    | 'directMembers'
    | 'totalAmount',
    string
  >;
}

const WORDS: Record<Locale, Words> = {
  nl: {
    status: { PLANNED: 'Aankomst gepland', ARRIVED: 'Aangekomen', IN_GUIDANCE: 'In begeleiding', GUIDANCE_ENDED: 'Begeleiding afgelopen' },
    flag: {
      OVERDUE_STEPS: 'Stappen te laat',
      NO_HOME_YET: 'Nog geen woning',
      LEASE_TOO_SHORT: 'Huurcontract te kort',
      NEXT_HOME_SEARCH_NOT_STARTED: 'Zoektocht naar volgende woning niet gestart',
      STALE: 'Geen recente update',
    },
    route: { DIRECT: 'rechtstreeks', AFTER_RECEPTION: 'na opvang' },
    yes: 'ja',
    no: 'nee',
    total: 'Totaal',
    board: 'Overzicht',
    households: 'Gezinnen',
    funding: 'Financiering',
    col: {
      reference: 'Dossier',
      head: 'Gezinshoofd',
      partnership: 'Partnerschap',
      persons: 'Personen',
      status: 'Status',
      arrival: 'Aankomst',
      route: 'Aankomstroute',
      funding: 'Financiering (EUR)',
      progressDone: 'Stappen gedaan',
      progressTotal: 'Stappen',
      nextStep: 'Volgende stap',
      due: 'Tegen',
      flags: 'Vraagt aandacht',
      lastActivity: 'Laatste activiteit',
      secondYear: 'Tweede jaar',
      base: 'Basis (EUR)',
      secondYearAmount: 'Tweede jaar (EUR)',
      directHead: 'Rechtstreeks: gezinshoofd (EUR)',
      directMembers: 'Rechtstreeks: gezinsleden (EUR)',
      totalAmount: 'Totaal (EUR)',
    },
  },
  fr: {
    status: { PLANNED: 'Arrivée prévue', ARRIVED: 'Arrivé', IN_GUIDANCE: 'En accompagnement', GUIDANCE_ENDED: 'Accompagnement terminé' },
    flag: {
      OVERDUE_STEPS: 'Étapes en retard',
      NO_HOME_YET: 'Pas encore de logement',
      LEASE_TOO_SHORT: 'Bail trop court',
      NEXT_HOME_SEARCH_NOT_STARTED: 'Recherche du prochain logement pas commencée',
      STALE: 'Pas de mise à jour récente',
    },
    route: { DIRECT: 'direct', AFTER_RECEPTION: 'après accueil' },
    yes: 'oui',
    no: 'non',
    total: 'Total',
    board: 'Tableau',
    households: 'Ménages',
    funding: 'Financement',
    col: {
      reference: 'Dossier',
      head: 'Chef de ménage',
      partnership: 'Partenariat',
      persons: 'Personnes',
      status: 'Statut',
      arrival: 'Arrivée',
      route: "Voie d'arrivée",
      funding: 'Financement (EUR)',
      progressDone: 'Étapes faites',
      progressTotal: 'Étapes',
      nextStep: 'Prochaine étape',
      due: 'Échéance',
      flags: 'Points d’attention',
      lastActivity: 'Dernière activité',
      secondYear: 'Deuxième année',
      base: 'Base (EUR)',
      secondYearAmount: 'Deuxième année (EUR)',
      directHead: 'Direct : chef de ménage (EUR)',
      directMembers: 'Direct : membres (EUR)',
      totalAmount: 'Total (EUR)',
    },
  },
  en: {
    status: { PLANNED: 'Arrival planned', ARRIVED: 'Arrived', IN_GUIDANCE: 'In guidance', GUIDANCE_ENDED: 'Guidance ended' },
    flag: { OVERDUE_STEPS: 'Overdue steps', NO_HOME_YET: 'No home yet', LEASE_TOO_SHORT: 'Lease too short', NEXT_HOME_SEARCH_NOT_STARTED: 'Next-home search not started', STALE: 'No recent update' },
    route: { DIRECT: 'direct', AFTER_RECEPTION: 'after reception' },
    yes: 'yes',
    no: 'no',
    total: 'Total',
    board: 'Board',
    households: 'Households',
    funding: 'Funding',
    col: {
      reference: 'Case',
      head: 'Head of household',
      partnership: 'Partnership',
      persons: 'Persons',
      status: 'Status',
      arrival: 'Arrival',
      route: 'Arrival route',
      funding: 'Funding (EUR)',
      progressDone: 'Steps done',
      progressTotal: 'Steps',
      nextStep: 'Next step',
      due: 'Due',
      flags: 'Needs attention',
      lastActivity: 'Last activity',
      secondYear: 'Second year',
      base: 'Base (EUR)',
      secondYearAmount: 'Second year (EUR)',
      directHead: 'Direct arrival: head (EUR)',
      directMembers: 'Direct arrival: members (EUR)',
      totalAmount: 'Total (EUR)',
    },
  },
};

export const wordsFor = (ctx: Context): { locale: Locale; w: Words } => {
  const locale = requireViewer(ctx).language ?? 'nl';
  return { locale, w: WORDS[locale] ?? WORDS.nl };
};

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'partnership';

async function headName(ctx: Context, householdId: string): Promise<string> {
  const head = (await ctx.loaders.householdMembers.load(householdId)).find((m) => m.isHead);
  return head ? `${head.firstName} ${head.lastName}` : '';
}

/** The board as the viewer sees it (the same filters and order as Query.board). */
export async function boardTable(ctx: Context, args: { partnershipId?: string | null; flag?: HouseholdFlag | null; sort?: BoardSort | null }): Promise<{ filename: string; table: OutTable }> {
  const { locale, w } = wordsFor(ctx);
  const households = await board(ctx, args);
  const rows = await Promise.all(
    households.map(async (h) => {
      const [partnership, head, progress, next, flags, last, months] = await Promise.all([
        ctx.loaders.partnership.load(h.partnership.id),
        headName(ctx, h.id),
        progressOf(ctx, h),
        nextStep(ctx, h),
        householdFlags(ctx, h),
        lastActivityAt(ctx, h),
        householdGuidanceMonths(ctx, h),
      ]);
      return [
        h.reference,
        head,
        partnership?.name ?? '',
        w.status[householdStatus(h, months)],
        progress.done,
        progress.total,
        next ? next.label[locale] : '',
        next?.dueDate ?? null,
        flags.map((f) => w.flag[f]).join(', '),
        last.toISOString().slice(0, 10),
      ];
    }),
  );
  const c = w.col;
  return {
    filename: 'board',
    table: {
      title: w.board,
      columns: [
        { header: c.reference, kind: 'text', width: 16 },
        { header: c.head, kind: 'text' },
        { header: c.partnership, kind: 'text' },
        { header: c.status, kind: 'text', width: 18 },
        { header: c.progressDone, kind: 'int' },
        { header: c.progressTotal, kind: 'int' },
        { header: c.nextStep, kind: 'text', width: 32 },
        { header: c.due, kind: 'date' },
        { header: c.flags, kind: 'text', width: 32 },
        { header: c.lastActivity, kind: 'date' },
      ],
      rows,
    },
  };
}

/** A partnership's households, as its page lists them; the funding column only for who may see funding. */
export async function householdsTable(ctx: Context, partnershipId: string): Promise<{ filename: string; table: OutTable }> {
  const { w } = wordsFor(ctx);
  const partnership = await loadPartnership(ctx, partnershipId);
  const households = await ctx.loaders.households.load(partnership.id);
  const withFunding = households.length > 0 && (await can(ctx, households[0], 'viewFunding'));
  const rows = await Promise.all(
    households.map(async (h) => {
      const [head, members, funding, months] = await Promise.all([
        headName(ctx, h.id),
        ctx.loaders.householdMembers.load(h.id),
        withFunding ? householdFunding(ctx, h) : null,
        householdGuidanceMonths(ctx, h),
      ]);
      return [
        h.reference,
        head,
        members.length,
        w.status[householdStatus(h, months)],
        h.arrivalDate ?? h.plannedArrivalDate ?? null,
        w.route[h.arrivalRoute],
        ...(withFunding ? [funding!.totalCents] : []),
      ];
    }),
  );
  const c = w.col;
  return {
    filename: `households-${slug(partnership.name)}`,
    table: {
      title: w.households,
      columns: [
        { header: c.reference, kind: 'text', width: 16 },
        { header: c.head, kind: 'text' },
        { header: c.persons, kind: 'int' },
        { header: c.status, kind: 'text', width: 18 },
        { header: c.arrival, kind: 'date' },
        { header: c.route, kind: 'text', width: 16 },
        ...(withFunding ? [{ header: c.funding, kind: 'money' as const }] : []),
      ],
      rows,
    },
  };
}

/** The funding statement: each household's lines and the totals (fundingStatement, as on the screen). */
export async function fundingTable(ctx: Context, partnershipId: string): Promise<{ filename: string; table: OutTable }> {
  const { w } = wordsFor(ctx);
  const { partnership, rows, totals } = await fundingStatement(ctx, partnershipId);
  const c = w.col;
  return {
    filename: `funding-${slug(partnership.name)}`,
    table: {
      title: w.funding,
      columns: [
        { header: c.reference, kind: 'text', width: 16 },
        { header: c.head, kind: 'text' },
        { header: c.persons, kind: 'int' },
        { header: c.route, kind: 'text', width: 16 },
        { header: c.secondYear, kind: 'text', width: 12 },
        { header: c.base, kind: 'money' },
        { header: c.secondYearAmount, kind: 'money' },
        { header: c.directHead, kind: 'money' },
        { header: c.directMembers, kind: 'money' },
        { header: c.totalAmount, kind: 'money' },
      ],
      rows: [
        ...rows.map((r) => [
          r.reference,
          r.headName,
          r.persons,
          w.route[r.household.arrivalRoute],
          r.household.guidanceExtended ? w.yes : w.no,
          r.baseCents,
          r.secondYearCents,
          r.directArrivalHeadCents,
          r.directArrivalMembersCents,
          r.totalCents,
        ]),
        [w.total, '', totals.persons, '', '', totals.baseCents, totals.secondYearCents, totals.directArrivalHeadCents, totals.directArrivalMembersCents, totals.totalCents],
      ],
    },
  };
}
