import { describe, expect, it } from 'vitest';
import { memberRowsFrom, newMemberRow, toMemberInputs } from './MembersEditor';

describe('member rows and what is sent for them', () => {
  it('before the arrival a new member is sent without how they joined (the hub takes "with the household")', () => {
    const row = { ...newMemberRow('CHILD'), firstName: ' Noor ', lastName: 'Saleh', birthYear: '2020' };
    expect(toMemberInputs([row])).toEqual([{ firstName: 'Noor', lastName: 'Saleh', birthYear: 2020, relationship: 'CHILD' }]);
  });

  it('after the arrival a new member is born by default, on the day it is added, and says so', () => {
    const row = newMemberRow('CHILD', true);
    expect(row.joined).toBe('BORN');
    expect(row.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [input] = toMemberInputs([{ ...row, firstName: 'Noor', lastName: 'Saleh', birthYear: '2026', joinedOn: '2026-06-15' }]);
    expect(input).toEqual({ firstName: 'Noor', lastName: 'Saleh', birthYear: 2026, relationship: 'CHILD', joined: 'BORN', joinedOn: '2026-06-15' });
  });

  it('keeps an existing member’s joining, sends a leaving day or null', () => {
    const rows = memberRowsFrom([
      { id: 'm1', firstName: 'Rania', lastName: 'Saleh', birthYear: 1984, relationship: 'HEAD', joined: 'WITH_HOUSEHOLD', joinedOn: null, leftOn: null },
      { id: 'm2', firstName: 'Noor', lastName: 'Saleh', birthYear: 2026, relationship: 'CHILD', joined: 'BORN', joinedOn: '2026-06-15', leftOn: null },
    ]);
    rows[1] = { ...rows[1], leftOn: '2026-09-01' };
    expect(toMemberInputs(rows)).toEqual([
      { id: 'm1', firstName: 'Rania', lastName: 'Saleh', birthYear: 1984, relationship: 'HEAD', joined: 'WITH_HOUSEHOLD', joinedOn: null, leftOn: null },
      { id: 'm2', firstName: 'Noor', lastName: 'Saleh', birthYear: 2026, relationship: 'CHILD', joined: 'BORN', joinedOn: '2026-06-15', leftOn: '2026-09-01' },
    ]);
  });
});
