import { describe, expect, it } from 'vitest';
import { calculateFunding, calculateHouseholdFunding, findTariff, sumFunding, TARIFFS } from './funding.js';
import { PROGRAMME_DEFAULTS } from './programme-config.js';

const t2023 = findTariff('RESETTLEMENT_FLAT', 2023)!;
/** Resettlement's guidance term as the migration seeds it: 12 months. */
const guidanceMonths = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

describe('findTariff', () => {
  it('finds the 2023 resettlement tariff by the funding rule resettlement is seeded with', () => {
    expect(t2023).toBe(TARIFFS[0]);
    expect(findTariff(PROGRAMME_DEFAULTS.RESETTLEMENT.fundingRule, 2023)).toBe(t2023);
  });
  it('keeps the latest earlier tariff for a later year', () => {
    expect(findTariff('RESETTLEMENT_FLAT', 2026)).toBe(t2023);
  });
  it('has none before the first tariff or for an agreed budget (every other programme as seeded)', () => {
    expect(findTariff('RESETTLEMENT_FLAT', 2022)).toBeNull();
    expect(findTariff('AGREED_BUDGET', 2023)).toBeNull();
    for (const code of ['VOLUNTARY_RETURN', 'SOCIO_LEGAL_DESK', 'VULNERABLE_GROUPS'] as const) expect(findTariff(PROGRAMME_DEFAULTS[code].fundingRule, 2023), code).toBeNull();
  });
});

describe('calculateFunding (DOMAIN.md worked examples)', () => {
  it('a single person after a stay in the reception network, one year: EUR 3,000', () => {
    const f = calculateFunding(t2023, { persons: 1, directArrival: false, secondYear: false });
    expect(f.totalCents).toBe(300_000);
    expect(f.lines).toEqual([{ kind: 'BASE', quantity: 1, unitCents: 300_000, amountCents: 300_000 }]);
  });

  it('a family of five received directly, two years: EUR 22,000', () => {
    const f = calculateFunding(t2023, { persons: 5, directArrival: true, secondYear: true });
    expect(f.lines).toEqual([
      { kind: 'BASE', quantity: 5, unitCents: 300_000, amountCents: 1_500_000 },
      { kind: 'SECOND_YEAR', quantity: 5, unitCents: 60_000, amountCents: 300_000 },
      { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000 },
      { kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 4, unitCents: 50_000, amountCents: 200_000 },
    ]);
    expect(f.totalCents).toBe(2_200_000);
  });
});

describe('calculateFunding (edge cases)', () => {
  it('a single person received directly: EUR 5,000, no member line', () => {
    const f = calculateFunding(t2023, { persons: 1, directArrival: true, secondYear: false });
    expect(f.totalCents).toBe(500_000);
    expect(f.lines.map((l) => l.kind)).toEqual(['BASE', 'DIRECT_ARRIVAL_HEAD']);
  });

  it('a second year without direct arrival: EUR 3,600 per person', () => {
    const f = calculateFunding(t2023, { persons: 3, directArrival: false, secondYear: true });
    expect(f.totalCents).toBe(3 * 360_000);
    expect(f.lines.map((l) => l.kind)).toEqual(['BASE', 'SECOND_YEAR']);
  });

  it('the family of five before its extension: EUR 19,000', () => {
    expect(calculateFunding(t2023, { persons: 5, directArrival: true, secondYear: false }).totalCents).toBe(1_900_000);
  });

  it('recalculates when a member is added or removed', () => {
    const four = calculateFunding(t2023, { persons: 4, directArrival: true, secondYear: true }).totalCents;
    const five = calculateFunding(t2023, { persons: 5, directArrival: true, secondYear: true }).totalCents;
    const six = calculateFunding(t2023, { persons: 6, directArrival: true, secondYear: true }).totalCents;
    expect(five - four).toBe(300_000 + 60_000 + 50_000);
    expect(six - five).toBe(five - four);
  });

  it('pays nothing without a tariff or without persons', () => {
    expect(calculateFunding(null, { persons: 3, directArrival: true, secondYear: true })).toEqual({ lines: [], totalCents: 0 });
    expect(calculateFunding(t2023, { persons: 0, directArrival: true, secondYear: true }).totalCents).toBe(0);
  });

  it('refuses a fractional person', () => {
    expect(() => calculateFunding(t2023, { persons: 1.5, directArrival: false, secondYear: false })).toThrow(RangeError);
  });

  it('sums a partnership: 22,000 + 3,000 = 25,000', () => {
    const a = calculateFunding(t2023, { persons: 5, directArrival: true, secondYear: true });
    const b = calculateFunding(t2023, { persons: 1, directArrival: false, secondYear: false });
    expect(sumFunding([a, b])).toBe(2_500_000);
  });
});

describe('calculateHouseholdFunding: members who joined later or left, early ends (worked examples, in cents)', () => {
  const start = '2026-01-10';
  const withHousehold = (n: number) => Array.from({ length: n }, () => ({ joined: 'WITH_HOUSEHOLD' as const }));

  it('reproduces the DOMAIN.md examples when everyone arrived together', () => {
    expect(calculateHouseholdFunding(t2023, { directArrival: false, secondYear: false, guidanceStart: start, guidanceMonths, members: withHousehold(1) }).totalCents).toBe(300_000);
    const five = calculateHouseholdFunding(t2023, { directArrival: true, secondYear: true, guidanceStart: start, guidanceMonths, members: withHousehold(5) });
    expect(five.lines).toEqual([
      { kind: 'BASE', quantity: 5, unitCents: 300_000, amountCents: 1_500_000, from: start },
      { kind: 'SECOND_YEAR', quantity: 5, unitCents: 60_000, amountCents: 300_000, from: '2027-01-10' },
      { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: start },
      { kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 4, unitCents: 50_000, amountCents: 200_000, from: start },
    ]);
    expect(five.totalCents).toBe(2_200_000);
    // The same figure as the per-household calculation.
    expect(five.totalCents).toBe(calculateFunding(t2023, { persons: 5, directArrival: true, secondYear: true }).totalCents);
  });

  it('a baby born after a direct arrival brings the base from its birth, no direct-arrival amount: 3 x 3,000 + 2,000 + 2 x 500 + 3,000 = EUR 15,000', () => {
    const f = calculateHouseholdFunding(t2023, {
      directArrival: true,
      secondYear: false,
      guidanceStart: start,
      guidanceMonths,
      members: [...withHousehold(3), { joined: 'BORN', joinedOn: '2026-06-15' }],
    });
    expect(f.lines).toEqual([
      { kind: 'BASE', quantity: 3, unitCents: 300_000, amountCents: 900_000, from: start },
      { kind: 'BASE', quantity: 1, unitCents: 300_000, amountCents: 300_000, from: '2026-06-15' },
      { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: start },
      { kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 2, unitCents: 50_000, amountCents: 100_000, from: start },
    ]);
    expect(f.totalCents).toBe(1_500_000);
  });

  it('extended, the baby brings the second year too: EUR 15,000 + 4 x 600 = EUR 17,400', () => {
    const f = calculateHouseholdFunding(t2023, {
      directArrival: true,
      secondYear: true,
      guidanceStart: start,
      guidanceMonths,
      members: [...withHousehold(3), { joined: 'BORN', joinedOn: '2026-06-15' }],
    });
    expect(f.lines.filter((l) => l.kind === 'SECOND_YEAR')).toEqual([{ kind: 'SECOND_YEAR', quantity: 4, unitCents: 60_000, amountCents: 240_000, from: '2027-01-10' }]);
    expect(f.totalCents).toBe(1_740_000);
  });

  it('a spouse joining by family reunification during the second year: base and second year from that day, no direct-arrival amount', () => {
    const f = calculateHouseholdFunding(t2023, {
      directArrival: true,
      secondYear: true,
      guidanceStart: start,
      guidanceMonths,
      members: [...withHousehold(1), { joined: 'FAMILY_REUNIFICATION', joinedOn: '2027-03-01' }],
    });
    expect(f.lines).toEqual([
      { kind: 'BASE', quantity: 1, unitCents: 300_000, amountCents: 300_000, from: start },
      { kind: 'BASE', quantity: 1, unitCents: 300_000, amountCents: 300_000, from: '2027-03-01' },
      { kind: 'SECOND_YEAR', quantity: 1, unitCents: 60_000, amountCents: 60_000, from: '2027-01-10' },
      { kind: 'SECOND_YEAR', quantity: 1, unitCents: 60_000, amountCents: 60_000, from: '2027-03-01' },
      { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: start },
    ]);
    expect(f.totalCents).toBe(920_000);
  });

  it('a member who left keeps the first year (flat); the second year only if it had started: EUR 21,400 / EUR 22,000', () => {
    const leftIn = (leftOn: string) =>
      calculateHouseholdFunding(t2023, { directArrival: true, secondYear: true, guidanceStart: start, guidanceMonths, members: [...withHousehold(4), { joined: 'WITH_HOUSEHOLD', leftOn }] })
        .totalCents;
    // 5 x 3,000 + 4 x 600 + 2,000 + 4 x 500
    expect(leftIn('2026-08-01')).toBe(2_140_000);
    expect(leftIn('2027-01-09')).toBe(2_140_000);
    expect(leftIn('2027-01-10')).toBe(2_200_000);
  });

  it('an early end drops a second year that had not started, except a transfer (guidance goes on elsewhere)', () => {
    const endedOn = (on: string, reason: 'MOVED_OUT' | 'DEPARTURE' | 'SPONSORSHIP_BREAKDOWN' | 'TRANSFERRED_MUNICIPALITY' | 'TRANSFERRED_PARTNERSHIP') =>
      calculateHouseholdFunding(t2023, { directArrival: true, secondYear: true, guidanceStart: start, guidanceMonths, members: withHousehold(5), end: { on, reason } }).totalCents;
    for (const reason of ['MOVED_OUT', 'DEPARTURE', 'SPONSORSHIP_BREAKDOWN', 'TRANSFERRED_MUNICIPALITY'] as const) {
      expect(endedOn('2026-10-01', reason), reason).toBe(1_900_000);
      expect(endedOn('2027-02-01', reason), reason).toBe(2_200_000);
    }
    expect(endedOn('2026-10-01', 'TRANSFERRED_PARTNERSHIP')).toBe(2_200_000);
    expect(t2023.earlyEnd.TRANSFERRED_PARTNERSHIP.funding).toBe('FOLLOWS_HOUSEHOLD');
  });

  it("the second year starts after the programme's guidance term: six months moves it, the amounts stay", () => {
    const f = calculateHouseholdFunding(t2023, { directArrival: false, secondYear: true, guidanceStart: start, guidanceMonths: 6, members: withHousehold(2) });
    expect(f.lines).toEqual([
      { kind: 'BASE', quantity: 2, unitCents: 300_000, amountCents: 600_000, from: start },
      { kind: 'SECOND_YEAR', quantity: 2, unitCents: 60_000, amountCents: 120_000, from: '2026-07-10' },
    ]);
    const leftOn = (day: string) =>
      calculateHouseholdFunding(t2023, { directArrival: false, secondYear: true, guidanceStart: start, guidanceMonths: 6, members: [...withHousehold(1), { joined: 'WITH_HOUSEHOLD', leftOn: day }] })
        .totalCents;
    expect(leftOn('2026-07-09')).toBe(660_000);
    expect(leftOn('2026-07-10')).toBe(720_000);
  });

  it('a planned household is a projection: lines without a date', () => {
    const f = calculateHouseholdFunding(t2023, { directArrival: false, secondYear: false, guidanceStart: null, guidanceMonths, members: withHousehold(2) });
    expect(f.lines).toEqual([{ kind: 'BASE', quantity: 2, unitCents: 300_000, amountCents: 600_000, from: null }]);
  });

  it('pays nothing without a tariff or without members', () => {
    expect(calculateHouseholdFunding(null, { directArrival: true, secondYear: true, guidanceStart: start, guidanceMonths, members: withHousehold(2) })).toEqual({ lines: [], totalCents: 0 });
    expect(calculateHouseholdFunding(t2023, { directArrival: true, secondYear: true, guidanceStart: start, guidanceMonths, members: [] })).toEqual({ lines: [], totalCents: 0 });
  });
});
