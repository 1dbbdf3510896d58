import { addDays } from './guidance.js';
import { guidanceEndDate, type ProgrammeCode } from './domain.js';

/**
 * Flat amounts Fedasil pays per resettled person, as data per programme and year.
 * All amounts are integer euro cents: money is never a float.
 */
export interface Tariff {
  programme: ProgrammeCode;
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
}

export const TARIFFS: readonly Tariff[] = [
  {
    programme: 'RESETTLEMENT',
    year: 2023,
    basePerPersonCents: 3_000_00,
    secondYearPerPersonCents: 600_00,
    directArrivalHeadCents: 2_000_00,
    directArrivalMemberCents: 500_00,
    extensionGraceDays: 30,
  },
];

/**
 * The tariff in force for a programme in a year: that year's, or else the most recent earlier
 * one (amounts stay until a new tariff is published). Null when the programme has no tariff.
 */
export function findTariff(programme: ProgrammeCode, year: number, tariffs: readonly Tariff[] = TARIFFS): Tariff | null {
  let best: Tariff | null = null;
  for (const t of tariffs) {
    if (t.programme !== programme || t.year > year) continue;
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

/** The key dates of a second year: the last day it may be decided on, and its first day (no withdrawal from then on). */
export function extensionDates(guidanceStart: string, graceDays: number): { firstYearEnd: string; decideBy: string; secondYearStart: string } {
  const firstYearEnd = guidanceEndDate(guidanceStart, false);
  return { firstYearEnd, decideBy: addDays(firstYearEnd, graceDays), secondYearStart: addDays(firstYearEnd, 1) };
}
