import { describe, expect, it } from 'vitest';
import { indicatorListProblems, indicatorProblems, isAnswered, PROGRAMME_DEFAULTS, type Indicator } from './programme-config.js';
import { PROGRAMME_CODES } from './domain.js';

const v = (key: string, o: { number?: number; choice?: string; text?: string } = {}) => ({ key, number: o.number ?? null, choice: o.choice ?? null, text: o.text ?? null });
const indicators = PROGRAMME_DEFAULTS.VOLUNTARY_RETURN.indicators;

describe('indicator answers', () => {
  it('takes whole non-negative numbers, listed choices and text, each in the field of its type', () => {
    expect(indicatorProblems(indicators, [v('returns', { number: 0 }), v('mainCountry', { choice: 'GE' }), v('remarks', { text: 'ok' })])).toEqual([]);
    expect(indicatorProblems(indicators, [v('returns')])).toEqual([]);
  });

  it('names each answer that does not fit, with a code', () => {
    expect(indicatorProblems(indicators, [v('returns', { number: 1.5 }), v('returns', { number: 2 })])).toEqual([
      { key: 'returns', code: 'INDICATOR_VALUE_INVALID' },
      { key: 'returns', code: 'INDICATOR_VALUE_INVALID' },
    ]);
    expect(indicatorProblems(indicators, [v('returns', { text: '3' }), v('mainCountry', { choice: 'XX' }), v('remarks', { text: 'x'.repeat(2001) }), v('nope', { number: 1 })])).toEqual([
      { key: 'returns', code: 'INDICATOR_VALUE_INVALID' },
      { key: 'mainCountry', code: 'INDICATOR_VALUE_INVALID' },
      { key: 'remarks', code: 'INDICATOR_VALUE_INVALID' },
      { key: 'nope', code: 'INDICATOR_UNKNOWN' },
    ]);
    expect(indicatorProblems(indicators, [v('returns', { number: -1 })])).toEqual([{ key: 'returns', code: 'INDICATOR_VALUE_INVALID' }]);
    expect(indicatorProblems(indicators, [v('returns', { number: 1_000_001 })])).toEqual([{ key: 'returns', code: 'INDICATOR_VALUE_INVALID' }]);
  });

  it('counts blank text as unanswered', () => {
    expect(isAnswered(v('remarks', { text: '  ' }))).toBe(false);
    expect(isAnswered(v('returns', { number: 0 }))).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });
});

describe('the programmes as seeded', () => {
  it('are coherent: every indicator list passes the checks admins’ edits pass', () => {
    for (const code of PROGRAMME_CODES) expect(indicatorListProblems(PROGRAMME_DEFAULTS[code].indicators)).toEqual([]);
  });

  it('keep the three resettlement objectives and flat funding for resettlement only', () => {
    expect(PROGRAMME_DEFAULTS.RESETTLEMENT).toMatchObject({
      caseKind: 'RESETTLEMENT_HOUSEHOLD',
      fundingRule: 'RESETTLEMENT_FLAT',
      objectives: ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'],
    });
    for (const code of PROGRAMME_CODES.filter((c) => c !== 'RESETTLEMENT')) expect(PROGRAMME_DEFAULTS[code].fundingRule).toBe('AGREED_BUDGET');
  });

  it('an indicator list with a bad key, a duplicate or a one-choice choice is refused', () => {
    const base: Indicator = { key: 'a', type: 'NUMBER', label: { nl: 'a', fr: 'a', en: 'a' }, choices: [], required: true };
    expect(indicatorListProblems([base, base, { ...base, key: '1x' }, { ...base, key: 'c', type: 'CHOICE', choices: [{ key: 'X', label: base.label }] }])).toEqual(['a', '1x', 'c']);
  });
});
