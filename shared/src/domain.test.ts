import { describe, expect, it } from 'vitest';
import { addMonths, guidanceEndDate, isIsoDate } from './domain.js';

describe('dates', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-05-10', 12)).toBe('2024-05-10');
  });
  it('ends guidance a term (or two) of the given months after its start, less a day', () => {
    expect(guidanceEndDate('2023-03-01', false, 12)).toBe('2024-02-29');
    expect(guidanceEndDate('2023-03-01', true, 12)).toBe('2025-02-28');
    expect(guidanceEndDate('2023-03-01', false, 6)).toBe('2023-08-31');
    expect(guidanceEndDate('2023-03-01', true, 6)).toBe('2024-02-29');
  });
  it('checks ISO dates strictly', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('29/02/2024')).toBe(false);
  });
});
