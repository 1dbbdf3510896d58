import { describe, expect, it } from 'vitest';
import { withoutSensitive } from './persistence';

describe('the cache kept on the device', () => {
  it('never holds specific needs or the access log; keeps the rest (and a null the viewer was given)', () => {
    const cache = {
      ROOT_QUERY: { __typename: 'Query', 'household({"id":"h-1"})': { __ref: 'Household:h-1' }, 'accessLog({"householdId":"h-1"})': { __typename: 'AccessLogEntryConnection', edges: [] } },
      'Household:h-1': { __typename: 'Household', id: 'h-1', reference: 'HH-1', specificNeeds: { __typename: 'SpecificNeeds', needs: ['MEDICAL'], note: 'x' }, hasSpecificNeeds: true },
      'Household:h-2': { __typename: 'Household', id: 'h-2', reference: 'HH-2', specificNeeds: null },
      'AccessLogEntry:a-1': { __typename: 'AccessLogEntry', id: 'a-1', what: 'specificNeeds' },
    };
    const kept = JSON.parse(withoutSensitive(JSON.stringify(cache))) as Record<string, Record<string, unknown>>;
    expect(kept['Household:h-1']).toEqual({ __typename: 'Household', id: 'h-1', reference: 'HH-1', hasSpecificNeeds: true });
    expect(kept['Household:h-2']).toEqual({ __typename: 'Household', id: 'h-2', reference: 'HH-2', specificNeeds: null });
    expect(kept['AccessLogEntry:a-1']).toBeUndefined();
    expect(Object.keys(kept.ROOT_QUERY)).toEqual(['__typename', 'household({"id":"h-1"})']);
    expect(JSON.stringify(kept)).not.toContain('MEDICAL');
  });
});
