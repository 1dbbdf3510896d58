/** The authorization matrix's rows for agreed budgets and spending (budget module). */
import { expect } from 'vitest';
import { SpendingReport } from '../../src/modules/budget/budget.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { Programme } from '../../src/modules/programme/programme.entity.js';
import { SOCIOLEGAL_DESKS } from '../../src/seeders/demo-sociolegal.js';
import { FORBIDDEN, ok, UNAUTHENTICATED, type CaseCtx, type OperationSpec } from './table.js';
import { partnershipMatrix, sorted } from './expected.js';
import { demoPartnershipId } from './cases.js';
import type { Answer } from '../harness.js';

/** A fresh partnership of the socio-legal desks programme (agreed budget), with the own or other demo people. */
async function budgetDesk(c: CaseCtx): Promise<string> {
  const { id } = await c.env.fx.partnership(c.target!);
  const em = c.env.hub.orm.em.fork();
  await em.nativeUpdate(Partnership, { id }, { programme: (await em.findOneOrFail(Programme, { code: 'SOCIO_LEGAL_DESK' })).id });
  return id;
}

export const BUDGET_ROWS: Record<string, OperationSpec> = {
  'Query.partnershipBudget': {
    targets: ['own', 'other'],
    // The demo partnerships are resettlement ones: the flat amounts apply, no budget.
    query: `query($p: ID!) { partnershipBudget(partnershipId: $p, year: 2025) { fundingRule budgetCents spentCents spending { amountCents } } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const seen = ok((b) => expect(b).toEqual({ fundingRule: 'RESETTLEMENT_FLAT', budgetCents: null, spentCents: 0, spending: [] }));
      // Volunteers do not see the money.
      return partnershipMatrix({ admin: seen, contact: seen, deputy: seen, coordinator: seen, volunteer: FORBIDDEN });
    })(),
  },

  'Query.programmeBudgetTotals': {
    query: `{ programmeBudgetTotals(programme: SOCIO_LEGAL_DESK, year: 2019) { budgetCents spentCents partnerships { partnership { name } budgetCents spentCents } } }`,
    expect: (() => {
      // 2019: no budget agreed yet; each viewer counts the desks they follow (the demo's desks have their own contact persons).
      const totals = (names: string[]) =>
        ok((t) => {
          expect(t.budgetCents).toBe(0);
          expect(t.spentCents).toBe(0);
          expect(sorted(t.partnerships.map((p: Answer) => p.partnership.name))).toEqual(sorted(names));
          expect(t.partnerships.every((p: Answer) => p.budgetCents === null && p.spentCents === 0)).toBe(true);
        });
      return { anonymous: UNAUTHENTICATED, admin: totals(SOCIOLEGAL_DESKS.map((d) => d.name)), contact: totals([]), deputy: totals([]), coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  'Mutation.setPartnershipBudget': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!) { setPartnershipBudget(partnershipId: $p, year: 2026, amountCents: 10000000) { fundingRule budgetCents spentCents } }`,
    vars: async (c) => ({ p: await budgetDesk(c) }),
    expect: (() => {
      const set = ok((b) => expect(b).toEqual({ fundingRule: 'AGREED_BUDGET', budgetCents: 10_000_000, spentCents: 0 }));
      return partnershipMatrix({ admin: set, contact: set, deputy: set, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.recordSpending': {
    targets: ['own', 'other'],
    query: `mutation($input: RecordSpendingInput!) { recordSpending(input: $input) { spentCents spending { periodStart amountCents } } }`,
    vars: async (c) => ({ input: { partnershipId: await budgetDesk(c), periodStart: '2025-03-01', periodEnd: '2025-03-31', amountCents: 123_456 } }),
    expect: (() => {
      const recorded = ok((b) => expect(b).toEqual({ spentCents: 123_456, spending: [{ periodStart: '2025-03-01', amountCents: 123_456 }] }));
      return partnershipMatrix({ admin: recorded, contact: recorded, deputy: recorded, coordinator: recorded, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeSpending': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeSpending(id: $id) { spentCents } }`,
    vars: async (c) => {
      const p = await budgetDesk(c);
      const em = c.env.hub.orm.em.fork();
      const r = em.create(SpendingReport, { partnership: em.getReference(Partnership, p), periodStart: '2025-04-01', periodEnd: '2025-04-30', amountCents: 5_000 });
      await em.flush();
      return { id: r.id };
    },
    expect: (() => {
      const removed = ok((b) => expect(b).toEqual({ spentCents: 0 }));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: removed, volunteer: FORBIDDEN });
    })(),
  },
};
