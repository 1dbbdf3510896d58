/** Agreed budgets of non-flat programmes: a budget per partnership and year, spending per period, audited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { addMonths } from '@partner-hub/shared';
import { todayInBrussels } from '../../app/validators.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

const OVERVIEW = `query($p: ID!, $y: Int!) { partnershipBudget(partnershipId: $p, year: $y) { fundingRule year budgetCents spentCents spending { periodStart periodEnd amountCents note } history { action subject beforeCents afterCents byName } } }`;
const SET = `mutation($p: ID!, $y: Int!, $a: Int!) { setPartnershipBudget(partnershipId: $p, year: $y, amountCents: $a) { budgetCents spentCents } }`;
const RECORD = `mutation($input: RecordSpendingInput!) { recordSpending(input: $input) { year budgetCents spentCents spending { periodStart amountCents note } } }`;
const REMOVE = `mutation($id: ID!) { removeSpending(id: $id) { spentCents } }`;
const TOTALS = `query($p: ProgrammeCode!, $y: Int!) { programmeBudgetTotals(programme: $p, year: $y) { year budgetCents spentCents partnerships { partnership { name } budgetCents spentCents } } }`;

let n = 0;
/** A socio-legal desk partnership followed by the demo contact person (own) or the Walloon one, with their partners. */
async function desk(own = true): Promise<string> {
  const em = hub.orm.em.fork();
  const p = em.create(Partnership, {
    name: `Budget desk ${++n}`,
    programme: await em.findOneOrFail(Programme, { code: 'SOCIO_LEGAL_DESK' }),
    track: 'FLEXIBLE_FRAMEWORK',
    status: 'ACTIVE',
    contactPerson: em.getReference(User, ids.user[own ? DEMO.contact : DEMO.otherContact]),
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

describe('agreed budget and spending', () => {
  it('Fedasil agrees a budget, partners report spending per period, and both show with their history', async () => {
    const p = await desk();
    const y = 2025;
    expect((await as.contact.ok(OVERVIEW, { p, y })).partnershipBudget).toMatchObject({ fundingRule: 'AGREED_BUDGET', budgetCents: null, spentCents: 0, spending: [] });
    expect((await as.contact.ok(SET, { p, y, a: 12_000_000 })).setPartnershipBudget).toEqual({ budgetCents: 12_000_000, spentCents: 0 });

    const spend = (periodStart: string, periodEnd: string, amountCents: number, note?: string) =>
      as.coordinator.gql(RECORD, { input: { partnershipId: p, periodStart, periodEnd, amountCents, note } });
    expect((await spend('2025-01-01', '2025-01-31', 950_012, '  Interpreters and transport  ')).data!.recordSpending).toMatchObject({ year: 2025, budgetCents: 12_000_000, spentCents: 950_012 });
    await spend('2025-02-01', '2025-02-28', 1_010_000);
    // The same period again replaces its amount.
    const again = (await spend('2025-02-01', '2025-02-28', 1_000_001)).data!.recordSpending;
    expect(again.spentCents).toBe(1_950_013);
    expect(again.spending).toEqual([
      { periodStart: '2025-01-01', amountCents: 950_012, note: 'Interpreters and transport' },
      { periodStart: '2025-02-01', amountCents: 1_000_001, note: null },
    ]);
    // Another year's spending does not count against this year's budget.
    await spend('2024-12-01', '2024-12-31', 500_000);

    const o = (await as.admin.ok(OVERVIEW, { p, y })).partnershipBudget;
    expect(o.spentCents).toBe(1_950_013);
    const history = o.history.map((h: Answer) => [h.action, h.subject, h.beforeCents, h.afterCents, h.byName]);
    expect(history).toHaveLength(5);
    expect(history).toEqual(
      expect.arrayContaining([
        ['SPENDING_RECORDED', '2024-12-01', null, 500_000, 'Lotte Claes'],
        ['SPENDING_RECORDED', '2025-02-01', 1_010_000, 1_000_001, 'Lotte Claes'],
        ['SPENDING_RECORDED', '2025-02-01', null, 1_010_000, 'Lotte Claes'],
        ['SPENDING_RECORDED', '2025-01-01', null, 950_012, 'Lotte Claes'],
        ['BUDGET_SET', '2025', null, 12_000_000, 'Koen Janssens'],
      ]),
    );

    // Removing a report is audited too.
    const id = (await hub.orm.em.fork().getConnection().execute(`select id from spending_report where partnership_id = ? and period_start = '2025-02-01'`, [p]))[0].id;
    expect((await as.coordinator.ok(REMOVE, { id })).removeSpending.spentCents).toBe(950_012);
    expect((await as.admin.ok(OVERVIEW, { p, y })).partnershipBudget.history).toContainEqual({
      action: 'SPENDING_REMOVED',
      subject: '2025-02-01',
      beforeCents: 1_000_001,
      afterCents: null,
      byName: 'Lotte Claes',
    });
  });

  it('refuses, with a code and saving nothing, a budget on a flat-funded partnership and a wrong period', async () => {
    const p = await desk();
    const future = addMonths(`${todayInBrussels().slice(0, 7)}-01`, 1);
    const bad = [
      { periodStart: '2025-03-31', periodEnd: '2025-03-01' },
      { periodStart: '2025-12-01', periodEnd: '2026-01-31' },
      { periodStart: future, periodEnd: future },
    ];
    for (const period of bad) expect(codes(await as.contact.gql(RECORD, { input: { partnershipId: p, amountCents: 100, ...period } }))).toEqual(['SPENDING_PERIOD_INVALID']);
    expect(codes(await as.contact.gql(RECORD, { input: { partnershipId: p, amountCents: -1, periodStart: '2025-03-01', periodEnd: '2025-03-31' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await as.contact.ok(OVERVIEW, { p, y: 2025 })).partnershipBudget).toMatchObject({ spentCents: 0, history: [] });

    // Resettlement keeps its flat amounts: no budget, no spending, and its funding figures stay.
    const mechelen = ids.partnership.mechelen;
    expect(codes(await as.contact.gql(SET, { p: mechelen, y: 2025, a: 100 }))).toEqual(['BUDGET_NOT_APPLICABLE']);
    expect(codes(await as.contact.gql(RECORD, { input: { partnershipId: mechelen, amountCents: 100, periodStart: '2025-03-01', periodEnd: '2025-03-31' } }))).toEqual(['BUDGET_NOT_APPLICABLE']);
    expect((await as.contact.ok(OVERVIEW, { p: mechelen, y: 2025 })).partnershipBudget).toMatchObject({ fundingRule: 'RESETTLEMENT_FLAT', budgetCents: null, spentCents: 0 });
    expect((await as.contact.ok(`query($id: ID!) { partnership(id: $id) { fundingTotalCents } }`, { id: mechelen })).partnership.fundingTotalCents).toBe(1_700_000);
  });

  it('need-to-know: volunteers do not see the money, partners do not agree budgets, outsiders find nothing', async () => {
    const p = await desk();
    expect(codes(await as.volunteer.gql(OVERVIEW, { p, y: 2025 }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.coordinator.gql(SET, { p, y: 2025, a: 100 }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.volunteer.gql(RECORD, { input: { partnershipId: p, amountCents: 1, periodStart: '2025-03-01', periodEnd: '2025-03-31' } }))).toEqual(['FORBIDDEN']);
    for (const who of ['otherContact', 'otherCoordinator', 'otherVolunteer']) expect(codes(await as[who].gql(OVERVIEW, { p, y: 2025 }))).toEqual(['NOT_FOUND']);
  });

  it('the dashboard shows each desk’s spending against its budget, over the desks the viewer follows', async () => {
    const [mine, theirs] = [await desk(), await desk(false)];
    await as.contact.ok(SET, { p: mine, y: 2019, a: 5_000_000 });
    await as.contact.ok(RECORD, { input: { partnershipId: mine, amountCents: 1_234_567, periodStart: '2019-05-01', periodEnd: '2019-05-31' } });
    await as.otherContact.ok(SET, { p: theirs, y: 2019, a: 3_000_000 });
    const own = (await as.contact.ok(TOTALS, { p: 'SOCIO_LEGAL_DESK', y: 2019 })).programmeBudgetTotals;
    expect(own.budgetCents).toBe(5_000_000);
    expect(own.spentCents).toBe(1_234_567);
    expect(own.partnerships.filter((r: Answer) => r.budgetCents !== null)).toEqual([{ partnership: { name: expect.stringMatching(/^Budget desk/) }, budgetCents: 5_000_000, spentCents: 1_234_567 }]);
    const all = (await as.admin.ok(TOTALS, { p: 'SOCIO_LEGAL_DESK', y: 2019 })).programmeBudgetTotals;
    expect(all.budgetCents).toBe(8_000_000);
    expect((await as.admin.ok(TOTALS, { p: 'RESETTLEMENT', y: 2019 })).programmeBudgetTotals).toEqual({ year: 2019, budgetCents: 0, spentCents: 0, partnerships: [] });
    expect(codes(await as.coordinator.gql(TOTALS, { p: 'SOCIO_LEGAL_DESK', y: 2019 }))).toEqual(['FORBIDDEN']);
  });
});
