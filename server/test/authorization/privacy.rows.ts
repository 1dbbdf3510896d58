/** The authorization matrix's rows for the privacy module's root operations: admins only, a partner never. */
import { expect } from 'vitest';
import { ok, UNAUTHENTICATED, FORBIDDEN, type OperationSpec, type Outcome } from './table.js';
import { own } from './cases.js';

/** Refused for everyone but admins, on the own and the other partnership's records alike. */
const adminsOnly = (admin: Outcome, targets = false): OperationSpec['expect'] => {
  const refused = targets ? { own: FORBIDDEN, other: FORBIDDEN } : FORBIDDEN;
  return { anonymous: UNAUTHENTICATED, admin: targets ? { own: admin, other: admin } : admin, contact: refused, deputy: refused, coordinator: refused, volunteer: refused };
};

const countsOf = (list: { kind: string; count: number }[]) => Object.fromEntries(list.map((c) => [c.kind, c.count]));

export const PRIVACY_ROWS: Record<string, OperationSpec> = {
  'Query.erasurePreview': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { erasurePreview(subjectType: HOUSEHOLD, id: $id) { label confirmation counts { kind count } erasure { id } } }`,
    vars: (c) => ({ id: own(c) ? c.env.ids.household.mechelen : c.env.ids.household.liege }),
    expect: adminsOnly(
      ok((p, c) => {
        const reference = own(c) ? 'HH-2026-0004' : 'HH-2025-0006';
        expect(p).toMatchObject({ label: reference, confirmation: reference, erasure: null });
        expect(countsOf(p.counts)).toMatchObject({ members: own(c) ? 1 : 2, specificNeeds: 1 });
      }),
      true,
    ),
  },

  'Query.erasures': {
    query: `{ erasures { id subjectType mode } }`,
    expect: adminsOnly(ok((list) => expect(list).toEqual([]))),
  },

  'Mutation.eraseHousehold': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $c: String!) { eraseHousehold(id: $id, reason: "Request of the data subject", confirmation: $c) { subjectType subjectId mode reason completedAt removed { kind count } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      Object.assign(c.fixture, h);
      return { id: h.id, c: h.reference };
    },
    expect: adminsOnly(
      ok((e, c) => {
        expect(e).toMatchObject({ subjectType: 'HOUSEHOLD', subjectId: c.fixture.id, mode: 'REQUEST', reason: 'Request of the data subject' });
        expect(e.completedAt).not.toBeNull();
        expect(countsOf(e.removed)).toMatchObject({ members: 1, specificNeeds: 1 });
      }),
      true,
    ),
  },

  'Mutation.eraseUser': {
    query: `mutation($id: ID!, $c: String!) { eraseUser(id: $id, reason: "Asked to be forgotten", confirmation: $c) { subjectType subjectId mode completedAt } }`,
    vars: async (c) => {
      const u = await c.env.fx.user('VOLUNTEER', 'Onthaalgroep Mechelen');
      Object.assign(c.fixture, u);
      return { id: u.id, c: u.email };
    },
    expect: adminsOnly(ok((e, c) => expect(e).toMatchObject({ subjectType: 'USER', subjectId: c.fixture.id, mode: 'REQUEST' }))),
  },

  'Mutation.setRetentionPolicy': {
    // On the socio-legal desks programme, so the resettlement policy of other cases stays.
    query: `mutation { setRetentionPolicy(programme: SOCIO_LEGAL_DESK, householdMonthsAfterGuidance: 18, accessLogMonths: 12) { householdMonthsAfterGuidance accessLogMonths } }`,
    expect: adminsOnly(ok((p) => expect(p).toEqual({ householdMonthsAfterGuidance: 18, accessLogMonths: 12 }))),
  },
};
