/**
 * Funding statements per partnership and year: draft -> approved by the contact person -> paid in
 * instalments; a figure changed after approval shows the difference and needs a new approval.
 * Worked money examples in euro cents (DOMAIN.md: EUR 3,000 per person, +600 per person for a
 * second year, +2,000 for the head and +500 per other member when received directly).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@partner-hub/shared';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { FundingPayment, FundingStatementEvent } from './payments.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};
const YEAR = Number(todayInBrussels().slice(0, 4));
const TODAY = todayInBrussels();
let n = 0;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

/** A copy of Mechelen (own: contact@, deputy@, coordinator@'s and volunteer@'s organisations) or of Liège (other). */
async function partnership(target: 'own' | 'other' = 'own'): Promise<string> {
  const em = hub.orm.em.fork();
  const own = target === 'own';
  const user = (email: string) => em.getReference(User, ids.user[email]);
  const p = em.create(Partnership, {
    name: `Payments fixture ${++n}`,
    programme: await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    capacityPledged: 20,
    contactPerson: user(own ? DEMO.contact : DEMO.otherContact),
    deputy: own ? user(DEMO.deputy) : null,
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

/** A household in guidance since `start`, straight in the database. */
async function household(partnershipId: string, o: { reference: string; persons: number; route: 'DIRECT' | 'AFTER_RECEPTION'; extended: boolean; start: string }): Promise<string> {
  const em = hub.orm.em.fork();
  const h = em.create(Household, {
    partnership: em.getReference(Partnership, partnershipId),
    reference: o.reference,
    arrivalRoute: o.route,
    plannedArrivalDate: o.start,
    arrivalDate: o.start,
    guidanceStart: o.start,
    guidanceExtended: o.extended,
  });
  for (let i = 0; i < o.persons; i++) {
    em.create(HouseholdMember, { household: h, firstName: i === 0 ? 'Amina' : `Member${i}`, lastName: o.reference, birthYear: 1985 + i, relationship: i === 0 ? 'HEAD' : 'CHILD', position: i });
  }
  await em.flush();
  return h.id;
}

const STATEMENT_FIELDS = `id year years status approvedTotalCents paidCents balanceCents
  lines { reference persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents }
  totals { households persons totalCents }
  approval { approvedBy { email } totals { totalCents } lines { reference totalCents } }
  differences { reference deltaCents approved { totalCents } current { totalCents } }
  payments { paidOn amountCents note recordedBy { email } }
  history { kind user { email } approvedTotalCents previousApprovedTotalCents amountCents paidCents }
  viewerCan { approve recordPayment }`;
const READ = `query($p: ID!, $y: Int!) { periodStatement(partnershipId: $p, year: $y) { ${STATEMENT_FIELDS} } }`;
const APPROVE = `mutation($p: ID!, $y: Int!, $t: Int!) { approveFundingStatement(partnershipId: $p, year: $y, totalCents: $t) { ${STATEMENT_FIELDS} } }`;
const PAY = `mutation($p: ID!, $y: Int!, $input: FundingPaymentInput!) { recordFundingPayment(partnershipId: $p, year: $y, input: $input) { ${STATEMENT_FIELDS} } }`;

const read = async (agent: Agent, p: string, y = YEAR) => (await agent.ok(READ, { p, y })).periodStatement;
const approve = (agent: Agent, p: string, t: number, y = YEAR) => agent.gql(APPROVE, { p, y, t });
const pay = (agent: Agent, p: string, input: Record<string, unknown>, y = YEAR) => agent.gql(PAY, { p, y, input: { paidOn: TODAY, ...input } });

async function paymentsStored(statementPartnership: string) {
  const em = hub.orm.em.fork();
  return {
    payments: await em.count(FundingPayment, { statement: { partnership: statementPartnership } }),
    events: await em.count(FundingStatementEvent, { statement: { partnership: statementPartnership } }),
  };
}

describe('the statement workflow, worked example (a family of five direct + extended, a single person after reception)', () => {
  let p: string;
  let single: string;

  beforeAll(async () => {
    p = await partnership('own');
    // 5 x 3,000 + 5 x 600 + 2,000 + 4 x 500 = EUR 22,000
    await household(p, { reference: 'PAY-A', persons: 5, route: 'DIRECT', extended: true, start: `${YEAR}-01-02` });
    // 1 x 3,000 = EUR 3,000
    single = await household(p, { reference: 'PAY-B', persons: 1, route: 'AFTER_RECEPTION', extended: false, start: `${YEAR}-01-03` });
    // Funding year of the year before: on that year's statement, not this one (3 x 3,000 = EUR 9,000).
    await household(p, { reference: 'PAY-C', persons: 3, route: 'AFTER_RECEPTION', extended: false, start: `${YEAR - 1}-06-01` });
  });

  it('starts as a draft with the figures per household and the total; coordinators read it, without actions', async () => {
    const s = await read(as.coordinator, p);
    expect(s).toMatchObject({
      year: YEAR,
      years: [YEAR, YEAR - 1],
      status: 'DRAFT',
      approvedTotalCents: null,
      paidCents: 0,
      balanceCents: null,
      approval: null,
      differences: [],
      payments: [],
      history: [],
    });
    expect(s.lines).toEqual([
      { reference: 'PAY-A', persons: 5, baseCents: 1_500_000, secondYearCents: 300_000, directArrivalHeadCents: 200_000, directArrivalMembersCents: 200_000, totalCents: 2_200_000 },
      { reference: 'PAY-B', persons: 1, baseCents: 300_000, secondYearCents: 0, directArrivalHeadCents: 0, directArrivalMembersCents: 0, totalCents: 300_000 },
    ]);
    expect(s.totals).toEqual({ households: 2, persons: 6, totalCents: 2_500_000 });
    expect(s.viewerCan).toEqual({ approve: false, recordPayment: false });
    expect((await read(as.contact, p)).viewerCan).toEqual({ approve: true, recordPayment: true });
    expect((await read(as.deputy, p)).viewerCan).toEqual({ approve: false, recordPayment: false });
    // The year before holds PAY-C only.
    expect((await read(as.contact, p, YEAR - 1)).totals).toEqual({ households: 1, persons: 3, totalCents: 900_000 });
  });

  it('refuses to pay a draft (STATEMENT_NOT_APPROVED), and the coordinator, deputy, volunteer and another partnership may not approve', async () => {
    expect(codes(await pay(as.contact, p, { amountCents: 100_000 }))).toEqual(['STATEMENT_NOT_APPROVED']);
    expect(codes(await approve(as.coordinator, p, 2_500_000))).toEqual(['FORBIDDEN']);
    expect(codes(await approve(as.deputy, p, 2_500_000))).toEqual(['FORBIDDEN']);
    expect(codes(await approve(as.volunteer, p, 2_500_000))).toEqual(['FORBIDDEN']);
    expect(codes(await approve(as.otherContact, p, 2_500_000))).toEqual(['NOT_FOUND']);
    expect(codes(await approve(hub.agent(), p, 2_500_000))).toEqual(['UNAUTHENTICATED']);
    expect(await paymentsStored(p)).toEqual({ payments: 0, events: 0 });
  });

  it('refuses an approval of another total than the one now (CHANGED_MEANWHILE), of a year not started or without households', async () => {
    expect(codes(await approve(as.contact, p, 2_400_000))).toEqual(['CHANGED_MEANWHILE']);
    expect(codes(await approve(as.contact, p, 0, YEAR + 1))).toEqual(['STATEMENT_PERIOD_NOT_STARTED']);
    expect(codes(await approve(as.contact, p, 0, YEAR - 5))).toEqual(['STATEMENT_EMPTY']);
    expect((await read(as.contact, p)).status).toBe('DRAFT');
  });

  it('the contact person approves EUR 25,000: the figures are frozen, the step audited; approving twice is refused', async () => {
    const s = (await approve(as.contact, p, 2_500_000)).data!.approveFundingStatement;
    expect(s).toMatchObject({ status: 'APPROVED', approvedTotalCents: 2_500_000, paidCents: 0, balanceCents: 2_500_000, differences: [] });
    expect(s.approval).toEqual({
      approvedBy: { email: DEMO.contact },
      totals: { totalCents: 2_500_000 },
      lines: [
        { reference: 'PAY-A', totalCents: 2_200_000 },
        { reference: 'PAY-B', totalCents: 300_000 },
      ],
    });
    expect(s.history).toEqual([{ kind: 'APPROVED', user: { email: DEMO.contact }, approvedTotalCents: 2_500_000, previousApprovedTotalCents: null, amountCents: null, paidCents: 0 }]);
    expect(codes(await approve(as.contact, p, 2_500_000))).toEqual(['STATEMENT_ALREADY_APPROVED']);
    expect(codes(await approve(as.admin, p, 2_500_000))).toEqual(['STATEMENT_ALREADY_APPROVED']);
  });

  it('refuses bad instalments without saving anything: over the approved total, future date, before the approval, zero', async () => {
    expect(codes(await pay(as.contact, p, { amountCents: 2_500_001 }))).toEqual(['PAYMENT_EXCEEDS_APPROVED']);
    expect(codes(await pay(as.contact, p, { amountCents: 100, paidOn: addDays(TODAY, 1) }))).toEqual(['PAYMENT_DATE_IN_FUTURE']);
    expect(codes(await pay(as.contact, p, { amountCents: 100, paidOn: addDays(TODAY, -1) }))).toEqual(['PAYMENT_BEFORE_APPROVAL']);
    expect(codes(await pay(as.contact, p, { amountCents: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await pay(as.contact, p, { amountCents: 100, paidOn: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await pay(as.coordinator, p, { amountCents: 100 }))).toEqual(['FORBIDDEN']);
    expect(codes(await pay(as.deputy, p, { amountCents: 100 }))).toEqual(['FORBIDDEN']);
    expect(await paymentsStored(p)).toEqual({ payments: 0, events: 1 });
  });

  it('a first instalment of EUR 10,000 leaves EUR 15,000; a retry with the same client id records it once', async () => {
    const first = (await pay(as.contact, p, { amountCents: 1_000_000, note: 'Transfer 1', clientId: 'pay-1' })).data!.recordFundingPayment;
    expect(first).toMatchObject({ status: 'PARTLY_PAID', approvedTotalCents: 2_500_000, paidCents: 1_000_000, balanceCents: 1_500_000 });
    expect(first.payments).toEqual([{ paidOn: TODAY, amountCents: 1_000_000, note: 'Transfer 1', recordedBy: { email: DEMO.contact } }]);
    const retried = (await pay(as.contact, p, { amountCents: 1_000_000, note: 'Transfer 1', clientId: 'pay-1' })).data!.recordFundingPayment;
    expect(retried.paidCents).toBe(1_000_000);
    expect(retried.payments).toHaveLength(1);
    // The same client id for another instalment is a mistake of the client, not a retry.
    expect(codes(await pay(as.contact, p, { amountCents: 500_000, clientId: 'pay-1' }))).toEqual(['CLIENT_ID_CONFLICT']);
    // EUR 15,000.01 would exceed the approved total by one cent.
    const over = await pay(as.contact, p, { amountCents: 1_500_001 });
    expect(codes(over)).toEqual(['PAYMENT_EXCEEDS_APPROVED']);
    expect(over.errors![0].extensions!.remainingCents).toBe(1_500_000);
  });

  it('a second year decided for PAY-B after the approval (+EUR 600) shows the difference and needs a new approval before paying on', async () => {
    const em = hub.orm.em.fork();
    await em.nativeUpdate(Household, { id: single }, { guidanceExtended: true });
    const s = await read(as.coordinator, p);
    expect(s).toMatchObject({ status: 'CHANGED_SINCE_APPROVAL', approvedTotalCents: 2_500_000, paidCents: 1_000_000, totals: { households: 2, persons: 6, totalCents: 2_560_000 } });
    expect(s.differences).toEqual([{ reference: 'PAY-B', deltaCents: 60_000, approved: { totalCents: 300_000 }, current: { totalCents: 360_000 } }]);
    expect(s.approval.totals).toEqual({ totalCents: 2_500_000 });
    expect(codes(await pay(as.contact, p, { amountCents: 100 }))).toEqual(['STATEMENT_CHANGED_SINCE_APPROVAL']);

    const again = (await approve(as.admin, p, 2_560_000)).data!.approveFundingStatement;
    expect(again).toMatchObject({
      status: 'PARTLY_PAID',
      approvedTotalCents: 2_560_000,
      paidCents: 1_000_000,
      balanceCents: 1_560_000,
      differences: [],
      approval: { approvedBy: { email: DEMO.admin } },
    });
    expect(again.history.map((e: Answer) => [e.kind, e.user.email, e.approvedTotalCents, e.previousApprovedTotalCents, e.amountCents, e.paidCents])).toEqual([
      ['APPROVED', DEMO.contact, 2_500_000, null, null, 0],
      ['PAYMENT_RECORDED', DEMO.contact, 2_500_000, null, 1_000_000, 1_000_000],
      ['REAPPROVED', DEMO.admin, 2_560_000, 2_500_000, null, 1_000_000],
    ]);
  });

  it('the last instalment of EUR 15,600 makes it paid; any further payment is refused; the coordinator sees it paid', async () => {
    const paid = (await pay(as.contact, p, { amountCents: 1_560_000, note: 'Transfer 2' })).data!.recordFundingPayment;
    expect(paid).toMatchObject({ status: 'PAID', approvedTotalCents: 2_560_000, paidCents: 2_560_000, balanceCents: 0 });
    expect(codes(await pay(as.contact, p, { amountCents: 1 }))).toEqual(['STATEMENT_ALREADY_PAID']);
    const seen = await read(as.coordinator, p);
    expect(seen).toMatchObject({ status: 'PAID', paidCents: 2_560_000, viewerCan: { approve: false, recordPayment: false } });
    expect(seen.payments.map((x: Answer) => x.amountCents)).toEqual([1_000_000, 1_560_000]);
    expect(await paymentsStored(p)).toEqual({ payments: 2, events: 4 });
  });

  it('a household leaving the statement after approval shows as removed (delta minus its total)', async () => {
    const em = hub.orm.em.fork();
    // Moved to the year before: no longer on this year's statement.
    await em.nativeUpdate(Household, { id: single }, { guidanceStart: `${YEAR - 1}-12-01`, arrivalDate: `${YEAR - 1}-12-01` });
    const s = await read(as.contact, p);
    expect(s.status).toBe('CHANGED_SINCE_APPROVAL');
    expect(s.differences).toEqual([{ reference: 'PAY-B', deltaCents: -360_000, approved: { totalCents: 360_000 }, current: null }]);
    // Approving a total below what was paid is allowed: the balance shows what Fedasil recovers.
    const again = (await approve(as.contact, p, 2_200_000)).data!.approveFundingStatement;
    expect(again).toMatchObject({ status: 'PAID', approvedTotalCents: 2_200_000, paidCents: 2_560_000, balanceCents: -360_000 });
  });
});

describe('who sees a statement', () => {
  it('volunteers are refused, another partnership is not found, an unknown partnership neither', async () => {
    const p = await partnership('own');
    const q = await partnership('other');
    expect(codes(await as.volunteer.gql(READ, { p, y: YEAR }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.coordinator.gql(READ, { p: q, y: YEAR }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.contact.gql(READ, { p: q, y: YEAR }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(READ, { p: '00000000-0000-0000-0000-000000000000', y: YEAR }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(READ, { p, y: 1999 }))).toEqual(['BAD_USER_INPUT']);
    expect((await read(as.otherContact, q)).viewerCan).toEqual({ approve: true, recordPayment: true });
  });
});
