import { addDays, type AgendaSourceType, type HouseholdFlag, type Locale } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Household } from '../household/household.entity.js';
import { householdStatus } from '../household/household.service.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { canOnPartnership, type PartnershipFacts } from '../partnership/partnership.policy.js';
import { partnershipFacts } from '../partnership/partnership.service.js';
import { householdFlags } from '../progress/progress.service.js';
import { meetingLoaders } from './meeting.loaders.js';
import { loadMeetingWithFacts } from './meeting.service.js';
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
  return households
    .filter((h) => householdStatus(h, today) === 'PLANNED' && !!h.plannedArrivalDate && h.plannedArrivalDate >= today && h.plannedArrivalDate <= horizon)
    .map((h) => proposal(scope, 'HOUSEHOLD', h.id, T.arriving[locale]({ date: h.plannedArrivalDate!, household: h.reference }), householdUrl(h), h, h.plannedArrivalDate ?? null));
};

/** The providers, in the order their proposals are listed. */
export const PROVIDERS: ProposalProvider[] = [overdueGuidanceSteps, housingWarnings, householdsArrivingSoon];

/**
 * Agenda items proposed from open work of the partnerships concerned that the viewer may see
 * (a partner invited to a consultation only gets proposals from their own partnerships), not
 * yet on the agenda.
 */
export async function proposedAgendaItems(ctx: Context, meetingId: string, providers: ProposalProvider[] = PROVIDERS): Promise<ProposedAgendaItem[]> {
  const { meeting, viewer } = await loadMeetingWithFacts(ctx, meetingId);
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
