import { describe, expect, it } from 'vitest';
import { calculateFunding, findTariff, sumFunding, TARIFFS } from './funding.js';

const t2023 = findTariff('RESETTLEMENT', 2023)!;

describe('findTariff', () => {
  it('finds the 2023 resettlement tariff', () => {
    expect(t2023).toBe(TARIFFS[0]);
  });
  it('keeps the latest earlier tariff for a later year', () => {
    expect(findTariff('RESETTLEMENT', 2026)).toBe(t2023);
  });
  it('has none before the first tariff or for a programme without one', () => {
    expect(findTariff('RESETTLEMENT', 2022)).toBeNull();
    expect(findTariff('VOLUNTARY_RETURN', 2023)).toBeNull();
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
