import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

const REGISTER = `mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { id reference status arrivalRoute members { firstName isHead } funding { totalCents lines { kind quantity unitCents amountCents } } }
}`;
const FAMILY_OF_FIVE = [
  { firstName: 'Amal', lastName: 'Nasser', birthYear: 1984, relationship: 'HEAD' },
  { firstName: 'Karim', lastName: 'Nasser', birthYear: 1981, relationship: 'SPOUSE' },
  { firstName: 'Dina', lastName: 'Nasser', birthYear: 2011, relationship: 'CHILD' },
  { firstName: 'Sami', lastName: 'Nasser', birthYear: 2014, relationship: 'CHILD' },
  { firstName: 'Mira', lastName: 'Nasser', birthYear: 2020, relationship: 'CHILD' },
];

async function countRows(table: string): Promise<number> {
  const [row] = await hub.orm.em.fork().getConnection().execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
  return Number(row!.n);
}

describe('registerHousehold', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(REGISTER, { input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'DIRECT', members: FAMILY_OF_FIVE } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('registers a family of five received directly: EUR 19,000, then EUR 22,000 once extended', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const contact = await hub.as(DEMO.contact);
    // Mechelen receives 4 persons on a pledged 6: five more needs the contact person's override.
    const { registerHousehold: h } = await contact.ok(REGISTER, {
      input: {
        partnershipId: ids.partnership.mechelen,
        reference: 'HH-TEST-0005',
        arrivalRoute: 'DIRECT',
        plannedArrivalDate: '2026-12-01',
        members: FAMILY_OF_FIVE,
        capacityOverrideReason: 'Extra places agreed',
      },
    });
    expect(h.status).toBe('PLANNED');
    expect(h.members.filter((m: { isHead: boolean }) => m.isHead)).toHaveLength(1);
    expect(h.funding.totalCents).toBe(1_900_000);

    const notStarted = await contact.gql(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id });
    expect(codes(notStarted)).toEqual(['GUIDANCE_NOT_STARTED']);

    const arrived = await coordinator.ok(`mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-01-10") { status arrivalDate guidanceStart guidanceEnd } }`, { id: h.id });
    expect(arrived.recordArrival).toEqual({ status: 'IN_GUIDANCE', arrivalDate: '2026-01-10', guidanceStart: '2026-01-10', guidanceEnd: '2027-01-09' });

    // Coordinators do not extend guidance: Fedasil decides on the second year.
    expect(codes(await coordinator.gql(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id }))).toEqual(['FORBIDDEN']);
    const extended = await contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { guidanceExtended guidanceEnd funding { totalCents lines { kind quantity amountCents } } } }`, { id: h.id });
    expect(extended.extendGuidance.guidanceEnd).toBe('2028-01-09');
    expect(extended.extendGuidance.funding).toEqual({
      totalCents: 2_200_000,
      lines: [
        { kind: 'BASE', quantity: 5, amountCents: 1_500_000 },
        { kind: 'SECOND_YEAR', quantity: 5, amountCents: 300_000 },
        { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, amountCents: 200_000 },
        { kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 4, amountCents: 200_000 },
      ],
    });
    expect(codes(await contact.gql(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id }))).toEqual(['GUIDANCE_ALREADY_EXTENDED']);
  });

  it('needs exactly one head of household, and saves nothing otherwise', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const [households, members] = [await countRows('household'), await countRows('household_member')];
    const noHead = FAMILY_OF_FIVE.map((m) => ({ ...m, relationship: 'CHILD' }));
    expect(codes(await coordinator.gql(REGISTER, { input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'DIRECT', members: noHead } }))).toEqual(['HEAD_OF_HOUSEHOLD_REQUIRED']);
    const twoHeads = FAMILY_OF_FIVE.map((m) => ({ ...m, relationship: 'HEAD' }));
    expect(codes(await coordinator.gql(REGISTER, { input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'DIRECT', members: twoHeads } }))).toEqual(['HEAD_OF_HOUSEHOLD_REQUIRED']);
    expect([await countRows('household'), await countRows('household_member')]).toEqual([households, members]);
  });

  it('validates input at the edge with field paths', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await coordinator.gql(REGISTER, {
      input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'DIRECT', plannedArrivalDate: '2026-02-30', members: [{ ...FAMILY_OF_FIVE[0], firstName: '', birthYear: 1800 }] },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fields = (r.errors![0].extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['input.members.0.birthYear', 'input.members.0.firstName', 'input.plannedArrivalDate'].map((f) => f.replace('input.', '')).sort());
  });

  it('refuses a case reference already in use', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await coordinator.gql(REGISTER, { input: { partnershipId: ids.partnership.mechelen, reference: 'HH-2026-0004', arrivalRoute: 'DIRECT', members: [FAMILY_OF_FIVE[0]] } });
    expect(codes(r)).toEqual(['NAME_TAKEN']);
  });

  it("answers NOT_FOUND for another partnership's registration", async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    expect(codes(await coordinator.gql(REGISTER, { input: { partnershipId: ids.partnership.liege, arrivalRoute: 'DIRECT', members: [FAMILY_OF_FIVE[0]] } }))).toEqual(['NOT_FOUND']);
  });
});

describe('updateHousehold', () => {
  it('adds and removes members and recalculates funding', async () => {
    const contact = await hub.as(DEMO.contact);
    const h = (await contact.ok(`query($id: ID!) { household(id: $id) { members { id firstName lastName birthYear relationship } funding { totalCents } } }`, { id: ids.household.single })).household;
    expect(h.funding.totalCents).toBe(300_000);
    const strip = (m: Record<string, unknown>) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear, relationship: m.relationship });
    const added = await contact.ok(`mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { members { firstName } funding { totalCents } } }`, {
      id: ids.household.single,
      // Born after the arrival: how and when it joined (no direct-arrival amount, counted from its birth).
      input: { members: [...h.members.map(strip), { firstName: 'Ruth', lastName: 'Tesfaye', birthYear: 2024, relationship: 'CHILD', joined: 'BORN', joinedOn: '2024-03-01' }] },
    });
    expect(added.updateHousehold.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Samuel', 'Ruth']);
    expect(added.updateHousehold.funding.totalCents).toBe(600_000);
    const removed = await contact.ok(`mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { members { firstName } funding { totalCents } } }`, {
      id: ids.household.single,
      input: { members: h.members.map(strip) },
    });
    expect(removed.updateHousehold.funding.totalCents).toBe(300_000);
  });

  it('keeps everything when the new member list breaks a rule', async () => {
    const contact = await hub.as(DEMO.contact);
    const r = await contact.gql(`mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { id } }`, {
      id: ids.household.family,
      input: { arrivalRoute: 'AFTER_RECEPTION', members: [{ firstName: 'X', lastName: 'Y', birthYear: 2000, relationship: 'CHILD' }] },
    });
    expect(codes(r)).toEqual(['HEAD_OF_HOUSEHOLD_REQUIRED']);
    const h = (await contact.ok(`query($id: ID!) { household(id: $id) { arrivalRoute members { id } } }`, { id: ids.household.family })).household;
    expect(h).toMatchObject({ arrivalRoute: 'DIRECT' });
    expect(h.members).toHaveLength(5);
  });
});

describe('recordArrival', () => {
  it('refuses guidance starting before arrival', async () => {
    const contact = await hub.as(DEMO.contact);
    const r = await contact.gql(`mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-11-15", guidanceStart: "2026-11-01") { id } }`, { id: ids.household.mechelenPlanned });
    expect(codes(r)).toEqual(['INVALID_DATE_RANGE']);
  });
  it('lets a volunteer of the partnership record the arrival', async () => {
    const volunteer = await hub.as(DEMO.volunteer);
    const r = await volunteer.ok(`mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-11-20") { status arrivalDate } }`, { id: ids.household.mechelenPlanned });
    expect(r.recordArrival).toEqual({ status: 'IN_GUIDANCE', arrivalDate: '2026-11-20' });
  });
});

describe('specific needs (need to know)', () => {
  const Q = `query($id: ID!) { household(id: $id) { hasSpecificNeeds specificNeeds { needs note } funding { totalCents } } }`;

  it('shows a volunteer only that there are specific needs, and logs nothing for them', async () => {
    const before = await countRows('access_log');
    const volunteer = await hub.as(DEMO.volunteer);
    const { household } = await volunteer.ok(Q, { id: ids.household.mechelen });
    expect(household).toEqual({ hasSpecificNeeds: true, specificNeeds: null, funding: null });
    expect(await countRows('access_log')).toBe(before);
  });

  it('shows the coordinator and contact person the needs, each read logged; admins list the log', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    expect((await coordinator.ok(Q, { id: ids.household.mechelen })).household.specificNeeds.needs).toEqual(['UNACCOMPANIED_MINOR']);
    const deputy = await hub.as(DEMO.deputy);
    expect((await deputy.ok(Q, { id: ids.household.mechelen })).household.specificNeeds.note).toMatch(/guardian/);

    const admin = await hub.as(DEMO.admin);
    const log = await admin.ok(`query($h: ID) { accessLog(householdId: $h) { totalCount edges { node { at what user { email } household { reference } } } } }`, { h: ids.household.mechelen });
    const readers = log.accessLog.edges.map((e: { node: { user: { email: string } } }) => e.node.user.email);
    expect(readers).toEqual(expect.arrayContaining([DEMO.coordinator, DEMO.deputy]));
    expect(log.accessLog.edges[0].node.household.reference).toBe('HH-2026-0004');

    const byUser = await admin.ok(`query($u: ID) { accessLog(userId: $u) { totalCount } }`, { u: ids.user[DEMO.deputy] });
    expect(byUser.accessLog.totalCount).toBe(1);
  });

  it('pages the access log with a cursor', async () => {
    const admin = await hub.as(DEMO.admin);
    const first = await admin.ok(`{ accessLog(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(first.accessLog.pageInfo.hasNextPage).toBe(true);
    const next = await admin.ok(`query($after: String) { accessLog(first: 1, after: $after) { edges { node { id } } } }`, { after: first.accessLog.pageInfo.endCursor });
    expect(next.accessLog.edges[0].node.id).not.toBe(first.accessLog.edges[0].node.id);
    expect(codes(await admin.gql(`{ accessLog(after: "garbage!") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});
