/**
 * The demo's resettlement year (demo-resettlement*.ts), seeded as a fresh demo start seeds it:
 * its volume, a normal mix of on-time and overdue work relative to today (counts, not time), the
 * hand-written demo left as it was, and every seeded funding figure as the shared funding rules give it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateHouseholdFunding, findTariff, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { todayInBrussels } from '../app/validators.js';
import { type Agent, DEMO, startTestHub, type TestHub } from '../../test/harness.js';
import { feedbackRules } from '../modules/feedback/feedback.policy.js';
import { FeedbackRound } from '../modules/feedback/feedback.entity.js';
import { Household, HouseholdMember } from '../modules/household/household.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import { FundingPayment, FundingPeriodStatement } from '../modules/payments/payments.entity.js';
import { Quota } from '../modules/programme/programme.entity.js';
import { GuidanceStep, Housing } from '../modules/progress/progress.entity.js';
import { User } from '../modules/user/user.entity.js';
import { HAND_WRITTEN_PARTNERSHIPS, seedDemo } from './demo.js';
import { YEAR_CONTACTS } from './demo-resettlement.js';
import { OVERDUE_ROUNDS_AT } from './demo-resettlement-activity.js';

let hub: TestHub;
let admin: Agent;
let seedStatements = 0;
const TODAY = todayInBrussels();
const HAND_WRITTEN = HAND_WRITTEN_PARTNERSHIPS;

beforeAll(async () => {
  // Reference data only, then the demo as a fresh start seeds it (main.ts), its SQL statements counted.
  hub = await startTestHub({ demo: false });
  const before = hub.statements.count;
  await seedDemo(hub.orm.em.fork());
  seedStatements = hub.statements.count - before;
  admin = await hub.as(DEMO.admin);
});
afterAll(() => hub?.close());

const em = () => hub.orm.em.fork();
/** The year's partnerships: those of the regional contact persons. */
async function yearPartnerships() {
  const contacts = Object.values(YEAR_CONTACTS).map((c) => c.email);
  return em().find(Partnership, { contactPerson: { email: { $in: contacts } } }, { populate: ['programme'], orderBy: { name: 'asc' } });
}

describe('the demo year: volume', () => {
  it('seeds about forty resettlement partnerships over the three regions, in Dutch and French, and 150 households of the quota of 500', async () => {
    const year = await yearPartnerships();
    expect(year).toHaveLength(40);
    expect(new Set(year.map((p) => p.programme.code))).toEqual(new Set(['RESETTLEMENT']));
    expect(year.filter((p) => p.status === 'ACTIVE')).toHaveLength(38);
    const households = await em().find(Household, { partnership: { $in: year } });
    expect(households).toHaveLength(150);
    const persons = await em().count(HouseholdMember, { household: { $in: households } });
    expect(persons).toBeGreaterThan(400);
    expect(persons).toBeLessThan(560);
    const quota = await em().findOneOrFail(Quota, { programme: { code: 'RESETTLEMENT' }, year: new Date().getFullYear() });
    expect(quota.persons).toBe(500);
    // Arrivals over the past year and the coming months: most arrived, some still planned.
    const arrived = households.filter((h) => h.arrivalDate);
    expect(arrived.length).toBeGreaterThan(100);
    expect(households.length - arrived.length).toBeGreaterThan(15);
    // Every household has a plan; nearly every arrived one a home.
    expect(await em().count(GuidanceStep, { household: { $in: households } })).toBeGreaterThan(households.length * 9);
    const housed = await em().count(Housing, { household: { $in: arrived }, street: { $ne: null } });
    expect(housed / arrived.length).toBeGreaterThan(0.9);
  });

  it('gives the partners of Wallonia French-speaking users, those of Flanders Dutch-speaking ones', async () => {
    const users = await em().find(User, { email: { $like: 'coordinator.%' } }, { populate: ['organisation'] });
    const byCity = (postal: RegExp) => users.filter((u) => postal.test(u.organisation?.postalCode ?? ''));
    const wallonia = byCity(/^(1[34]|[4-7])\d\d/);
    const flanders = byCity(/^(2|3|8|9)\d\d\d$/);
    expect(wallonia.length).toBeGreaterThan(8);
    expect(flanders.length).toBeGreaterThan(15);
    expect(new Set(wallonia.map((u) => u.language))).toEqual(new Set(['fr']));
    expect(new Set(flanders.map((u) => u.language))).toEqual(new Set(['nl']));
  });

  it('keeps the hand-written demo partnerships, households and accounts as they were', async () => {
    const names = (await em().find(Partnership, { name: { $in: HAND_WRITTEN } })).map((p) => p.name);
    expect(names.sort()).toEqual([...HAND_WRITTEN].sort());
    const refs = (await em().find(Household, { partnership: { name: { $in: HAND_WRITTEN } } })).map((h) => h.reference).sort();
    expect(refs).toEqual(['HH-2023-0001', 'HH-2023-0002', 'HH-2025-0006', 'HH-2026-0003', 'HH-2026-0004', 'HH-2027-0005']);
    // The demo contact person's portfolio is unchanged: the year's partnerships have their own.
    const koen = await hub.as(DEMO.contact);
    const { partnerships } = await koen.ok<{ partnerships: { totalCount: number } }>('{ partnerships(first: 100) { totalCount } }');
    expect(partnerships.totalCount).toBe(3);
  });

  it('is written in few batched statements', () => {
    // Thousands of rows (households, members, steps, rounds...) in a few hundred statements at most.
    expect(seedStatements).toBeLessThan(400);
  });
});

describe('the demo year: a normal mix of on-time and overdue work', () => {
  it('has most plan steps done on time and a few overdue', async () => {
    const year = await yearPartnerships();
    const steps = await em().find(GuidanceStep, { household: { partnership: { $in: year }, arrivalDate: { $ne: null } }, dueDate: { $lt: TODAY } });
    const open = steps.filter((s) => s.status === 'TODO' || s.status === 'IN_PROGRESS');
    expect(steps.length).toBeGreaterThan(500);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length / steps.length).toBeLessThan(0.08);
  });

  it('shows a few households with overdue steps on the board, not all of them', async () => {
    const { board } = await admin.ok<{ board: { reference: string; flags: string[]; partnership: { name: string } }[] }>('{ board { reference flags partnership { name } } }');
    const year = board.filter((h) => !HAND_WRITTEN.includes(h.partnership.name));
    const overdue = year.filter((h) => h.flags.includes('OVERDUE_STEPS'));
    expect(year.length).toBeGreaterThan(100);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length / year.length).toBeLessThan(0.3);
    const flagged = year.filter((h) => h.flags.length > 0);
    expect(flagged.length / year.length).toBeLessThan(0.5);
  });

  it('has feedback rounds mostly submitted and accepted, two overdue, this month open', async () => {
    const year = await yearPartnerships();
    const rounds = await em().find(FeedbackRound, { partnership: { $in: year } });
    const past = rounds.filter((r) => r.dueDate < TODAY);
    const overdue = rounds.filter((r) => feedbackRules.overdue(r, TODAY));
    expect(overdue).toHaveLength(OVERDUE_ROUNDS_AT.length);
    const answered = past.filter((r) => r.status === 'SUBMITTED' || r.status === 'ACCEPTED');
    expect(answered).toHaveLength(past.length - OVERDUE_ROUNDS_AT.length);
    // (In the first days of a month last month's rounds may still wait for their review.)
    expect(past.filter((r) => r.status === 'ACCEPTED').length / past.length).toBeGreaterThanOrEqual(0.75);
    // The current month's round of every active partnership is open and not yet due.
    expect(rounds.filter((r) => r.dueDate >= TODAY && r.status === 'OPEN')).toHaveLength(38);
  });
});

describe('the demo year: funding figures', () => {
  it('approved last year’s statements with the figures of the shared funding rules, and paid no more than approved', async () => {
    const statements = await em().find(FundingPeriodStatement, {}, { populate: ['partnership'] });
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      const households = await em().find(Household, { partnership: s.partnership }, { populate: ['members'] });
      let expected = 0;
      for (const line of s.approvedFigures) {
        const h = households.find((x) => x.id === line.householdId)!;
        const funding = calculateHouseholdFunding(findTariff('RESETTLEMENT_FLAT', s.year), {
          directArrival: h.arrivalRoute === 'DIRECT',
          secondYear: h.guidanceExtended,
          guidanceStart: h.guidanceStart ?? null,
          guidanceMonths: PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!,
          members: h.members.getItems().map((m) => ({ joined: m.joined, joinedOn: m.joinedOn, leftOn: m.leftOn })),
        });
        expect(line.totalCents, line.reference).toBe(funding.totalCents);
        expect(line.baseCents + line.secondYearCents + line.directArrivalHeadCents + line.directArrivalMembersCents).toBe(line.totalCents);
        expect(line.persons).toBe(h.members.length);
        expected += funding.totalCents;
      }
      expect(s.approvedTotalCents).toBe(expected);
      const paid = (await em().find(FundingPayment, { statement: s })).reduce((sum, p) => sum + p.amountCents, 0);
      expect(paid).toBe(s.paidCents);
      expect(paid).toBeLessThanOrEqual(s.approvedTotalCents);
      // The hub's own statement agrees: nothing changed since the approval.
      const { periodStatement } = await admin.ok<{ periodStatement: { status: string; differences: unknown[]; totals: { totalCents: number } } }>(
        'query($p: ID!, $y: Int!) { periodStatement(partnershipId: $p, year: $y) { status differences { reference } totals { totalCents } } }',
        { p: s.partnership.id, y: s.year },
      );
      expect(periodStatement.differences, s.partnership.name).toEqual([]);
      expect(periodStatement.totals.totalCents).toBe(s.approvedTotalCents);
      expect(['APPROVED', 'PARTLY_PAID', 'PAID']).toContain(periodStatement.status);
    }
  });
});
