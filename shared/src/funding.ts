import { addDays } from './guidance.js';
import { guidanceEndDate, type GuidanceEndReason, type MemberJoining } from './domain.js';
import type { FundingRule } from './programme-config.js';

/**
 * Flat amounts Fedasil pays per resettled person, as data per funding rule and year: a programme
 * whose fundingRule is RESETTLEMENT_FLAT is funded by them (others by an agreed budget, none here).
 * All amounts are integer euro cents: money is never a float.
 */
export interface Tariff {
  rule: FundingRule;
  year: number;
  /** One year of reception and guidance, per person. */
  basePerPersonCents: number;
  /** Guidance extended by a second year, per person. */
  secondYearPerPersonCents: number;
  /** Received directly on arrival (no earlier stay in the reception network): head of household. */
  directArrivalHeadCents: number;
  /** Received directly on arrival: each other member of the household. */
  directArrivalMemberCents: number;
  /**
   * Days after the last day of the first year during which the second year may still be decided;
   * later, only an admin may extend, with a reason.
   */
  extensionGraceDays: number;
  /**
   * Which amounts a member brings, by how they joined the household. A member who did not arrive
   * with the household brings no direct-arrival amount; their amounts count from the day they joined.
   */
  memberAmounts: Record<MemberJoining, readonly MemberAmount[]>;
  /**
   * What an early end of guidance does to the amounts of a guidance year that had not started yet
   * on the day guidance ended (by reason): DROPPED, or KEPT. Amounts of a year that had started
   * stay: they are flat amounts per person, not paid by the day.
   */
  earlyEnd: Record<GuidanceEndReason, { unstartedYear: 'DROPPED' | 'KEPT'; funding: 'STAYS' | 'FOLLOWS_HOUSEHOLD' }>;
  /** A member who left keeps the amounts of the years that had started; those of a later year: DROPPED or KEPT. */
  memberLeft: { unstartedYear: 'DROPPED' | 'KEPT' };
}

/** The amounts a member can bring: the base year, the second year, the direct-arrival supplement. */
export type MemberAmount = 'BASE' | 'SECOND_YEAR' | 'DIRECT_ARRIVAL';

export const TARIFFS: readonly Tariff[] = [
  {
    rule: 'RESETTLEMENT_FLAT',
    year: 2023,
    basePerPersonCents: 3_000_00,
    secondYearPerPersonCents: 600_00,
    directArrivalHeadCents: 2_000_00,
    directArrivalMemberCents: 500_00,
    extensionGraceDays: 30,
    memberAmounts: {
      WITH_HOUSEHOLD: ['BASE', 'SECOND_YEAR', 'DIRECT_ARRIVAL'],
      BORN: ['BASE', 'SECOND_YEAR'],
      FAMILY_REUNIFICATION: ['BASE', 'SECOND_YEAR'],
    },
    earlyEnd: {
      MOVED_OUT: { unstartedYear: 'DROPPED', funding: 'STAYS' },
      // Guidance goes on with the receiving partnership: the household's figure moves with it.
      TRANSFERRED_PARTNERSHIP: { unstartedYear: 'KEPT', funding: 'FOLLOWS_HOUSEHOLD' },
      TRANSFERRED_MUNICIPALITY: { unstartedYear: 'DROPPED', funding: 'STAYS' },
      SPONSORSHIP_BREAKDOWN: { unstartedYear: 'DROPPED', funding: 'STAYS' },
      DEPARTURE: { unstartedYear: 'DROPPED', funding: 'STAYS' },
    },
    memberLeft: { unstartedYear: 'DROPPED' },
  },
];

/**
 * The tariff in force for a funding rule (the programme's fundingRule) in a year: that year's, or
 * else the most recent earlier one (amounts stay until a new tariff is published). Null when the
 * rule has no tariff (AGREED_BUDGET: the budget module funds those partnerships).
 */
export function findTariff(rule: FundingRule, year: number, tariffs: readonly Tariff[] = TARIFFS): Tariff | null {
  let best: Tariff | null = null;
  for (const t of tariffs) {
    if (t.rule !== rule || t.year > year) continue;
    if (!best || t.year > best.year) best = t;
  }
  return best;
}

export const FUNDING_LINE_KINDS = ['BASE', 'SECOND_YEAR', 'DIRECT_ARRIVAL_HEAD', 'DIRECT_ARRIVAL_MEMBERS'] as const;
export type FundingLineKind = (typeof FUNDING_LINE_KINDS)[number];

export interface FundingLine {
  kind: FundingLineKind;
  quantity: number;
  unitCents: number;
  amountCents: number;
  /** The day the amount counts from (YYYY-MM-DD): the start of guidance, of the second year, or a later member's joining; null while planned. */
  from?: string | null;
}

export interface Funding {
  lines: FundingLine[];
  totalCents: number;
}

export interface FundingInput {
  /** Number of resettled persons in the household, the head included. */
  persons: number;
  /** Received directly on arrival, without an earlier stay in the reception network. */
  directArrival: boolean;
  /** Guidance extended to a second year. */
  secondYear: boolean;
}

/** The funding of one household under a tariff: the lines that apply, and their total. */
export function calculateFunding(tariff: Tariff | null, input: FundingInput): Funding {
  if (!tariff || input.persons <= 0) return { lines: [], totalCents: 0 };
  if (!Number.isInteger(input.persons)) throw new RangeError('persons must be a whole number');
  const lines: FundingLine[] = [];
  const add = (kind: FundingLineKind, quantity: number, unitCents: number) => {
    if (quantity > 0 && unitCents > 0) lines.push({ kind, quantity, unitCents, amountCents: quantity * unitCents });
  };
  add('BASE', input.persons, tariff.basePerPersonCents);
  if (input.secondYear) add('SECOND_YEAR', input.persons, tariff.secondYearPerPersonCents);
  if (input.directArrival) {
    add('DIRECT_ARRIVAL_HEAD', 1, tariff.directArrivalHeadCents);
    add('DIRECT_ARRIVAL_MEMBERS', input.persons - 1, tariff.directArrivalMemberCents);
  }
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0) };
}

/** Sums several fundings (e.g. the households of a partnership). */
export function sumFunding(fundings: readonly Funding[]): number {
  return fundings.reduce((sum, f) => sum + f.totalCents, 0);
}

/** Grace days when a programme has no tariff (nothing to fund, but the rule stays the same). */
export const DEFAULT_EXTENSION_GRACE_DAYS = 30;

/**
 * The key dates of a second year (term) of guidance of `months` (the programme's caseMonths): the
 * last day it may be decided on, and its first day (no withdrawal from then on).
 */
export function extensionDates(guidanceStart: string, months: number, graceDays: number): { firstYearEnd: string; decideBy: string; secondYearStart: string } {
  const firstYearEnd = guidanceEndDate(guidanceStart, false, months);
  return { firstYearEnd, decideBy: addDays(firstYearEnd, graceDays), secondYearStart: addDays(firstYearEnd, 1) };
}

/** A member as the funding sees them. */
export interface FundingMember {
  joined: MemberJoining;
  /** The day a later member joined (born, family reunification); null for those who arrived with the household. */
  joinedOn?: string | null;
  /** The day the member left the household, if they did. */
  leftOn?: string | null;
}

export interface HouseholdFundingInput {
  directArrival: boolean;
  secondYear: boolean;
  /** First day of guidance; null while planned (a projection: everyone counted as arriving). */
  guidanceStart: string | null;
  /** Months of one guidance term (the programme's caseMonths; resettlement: 12): when the second year starts. */
  guidanceMonths: number;
  members: readonly FundingMember[];
  /** Guidance ended before its term: the day and the reason. */
  end?: { on: string; reason: GuidanceEndReason } | null;
}

const LINE_ORDER: Record<FundingLineKind, number> = { BASE: 0, SECOND_YEAR: 1, DIRECT_ARRIVAL_HEAD: 2, DIRECT_ARRIVAL_MEMBERS: 3 };

/**
 * The funding of one household, member by member, under a tariff (exact, in cents):
 * - each member brings the amounts the tariff gives for how they joined (memberAmounts), counted
 *   from the start of guidance, or from the day a later member joined (never back-dated);
 * - the direct-arrival supplement: the head amount once and the member amount for every other
 *   member who arrived with the household;
 * - the second year (when extended), from its first day; dropped for a member who left before it
 *   started, or for everyone when guidance ended before it started (per the tariff's rules);
 * - lines are grouped by kind and the day they count from.
 */
export function calculateHouseholdFunding(tariff: Tariff | null, input: HouseholdFundingInput): Funding {
  if (!tariff || input.members.length === 0) return { lines: [], totalCents: 0 };
  const start = input.guidanceStart;
  const secondYearStart = start ? extensionDates(start, input.guidanceMonths, 0).secondYearStart : null;
  const endedBeforeSecondYear = !!(input.end && secondYearStart && input.end.on < secondYearStart && tariff.earlyEnd[input.end.reason].unstartedYear === 'DROPPED');
  const groups = new Map<string, FundingLine>();
  const add = (kind: FundingLineKind, unitCents: number, from: string | null) => {
    if (unitCents <= 0) return;
    const key = `${kind}|${from ?? ''}`;
    const line = groups.get(key) ?? { kind, quantity: 0, unitCents, amountCents: 0, from };
    line.quantity += 1;
    line.amountCents += unitCents;
    groups.set(key, line);
  };
  let direct = 0;
  for (const m of input.members) {
    const amounts = tariff.memberAmounts[m.joined];
    const joinedOn = m.joined === 'WITH_HOUSEHOLD' ? start : (m.joinedOn ?? start);
    if (amounts.includes('BASE')) add('BASE', tariff.basePerPersonCents, joinedOn);
    const leftBeforeSecondYear = !!(m.leftOn && secondYearStart && m.leftOn < secondYearStart && tariff.memberLeft.unstartedYear === 'DROPPED');
    if (input.secondYear && amounts.includes('SECOND_YEAR') && !endedBeforeSecondYear && !leftBeforeSecondYear) {
      add('SECOND_YEAR', tariff.secondYearPerPersonCents, secondYearStart && joinedOn && joinedOn > secondYearStart ? joinedOn : secondYearStart);
    }
    if (input.directArrival && amounts.includes('DIRECT_ARRIVAL')) direct++;
  }
  for (let i = 0; i < direct; i++) add(i === 0 ? 'DIRECT_ARRIVAL_HEAD' : 'DIRECT_ARRIVAL_MEMBERS', i === 0 ? tariff.directArrivalHeadCents : tariff.directArrivalMemberCents, start);
  const lines = [...groups.values()].sort((a, b) => LINE_ORDER[a.kind] - LINE_ORDER[b.kind] || (a.from ?? '').localeCompare(b.from ?? ''));
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0) };
}
