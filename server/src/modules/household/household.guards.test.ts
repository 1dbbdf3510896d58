/** Issue 18: the edits around a household's funding are guarded, and each allowed one is audited (euro cents). */
import { addDays } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, codes, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';
import { todayInBrussels } from '../../app/validators.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
let contact: Agent;
let admin: Agent;
let coordinator: Agent;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  [contact, admin, coordinator] = await Promise.all([hub.as(DEMO.contact), hub.as(DEMO.admin), hub.as(DEMO.coordinator)]);
});
afterAll(() => hub?.close());

const today = todayInBrussels();
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id funding { totalCents } } }`;
const ARRIVE = `mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id guidanceEnd } }`;
const EXTEND = `mutation($id: ID!, $reason: String) { extendGuidance(id: $id, reason: $reason) { guidanceExtended funding { totalCents } } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String) { withdrawExtension(id: $id, reason: $reason) { guidanceExtended funding { totalCents } viewerCan { extendGuidance withdrawExtension } } }`;
const HISTORY = `query($id: ID!) { household(id: $id) { fundingHistory { action reason beforeCents afterCents user { email } } } }`;
const person = (firstName: string, birthYear = 1990, relationship = 'HEAD') => ({ firstName, lastName: 'Guard', birthYear, relationship });

/** A single person after a stay in the reception network (EUR 3,000), in Gent Samen, arrived `daysAgo` days ago. */
async function arrivedSingle(daysAgo: number): Promise<string> {
  const { registerHousehold: h } = await contact.ok(REGISTER, { input: { partnershipId: ids.partnership.gent, arrivalRoute: 'AFTER_RECEPTION', members: [person('Single')] } });
  await contact.ok(ARRIVE, { id: h.id, d: addDays(today, -daysAgo) });
  return h.id;
}

const history = async (id: string) => (await admin.ok(HISTORY, { id })).household.fundingHistory;

describe('extendGuidance: before the end of the first year plus the grace period', () => {
  it('lets the contact person extend within the grace period (30 days after the first year): EUR 3,000 -> 3,600, audited', async () => {
    const id = await arrivedSingle(365 + 10);
    expect((await contact.ok(EXTEND, { id })).extendGuidance).toEqual({ guidanceExtended: true, funding: { totalCents: 360_000 } });
    expect((await history(id)).at(-1)).toEqual({ action: 'GUIDANCE_EXTENDED', reason: null, beforeCents: 300_000, afterCents: 360_000, user: { email: DEMO.contact } });
  });

  it('refuses the contact person 27 months after the first year ended; an admin extends only with a reason', async () => {
    const id = await arrivedSingle(365 + 27 * 30);
    expect(codes(await contact.gql(EXTEND, { id, reason: 'Forgotten' }))).toEqual(['EXTENSION_TOO_LATE']);
    expect(codes(await admin.gql(EXTEND, { id }))).toEqual(['REASON_REQUIRED']);
    expect(codes(await admin.gql(EXTEND, { id, reason: '   ' }))).toEqual(['REASON_REQUIRED']);
    const before = await history(id);
    expect(before.map((e: { action: string }) => e.action)).toEqual(['REGISTERED']);
    expect((await admin.ok(EXTEND, { id, reason: 'Decision of 3 March, recorded late' })).extendGuidance.funding.totalCents).toBe(360_000);
    expect((await history(id)).at(-1)).toEqual({ action: 'GUIDANCE_EXTENDED', reason: 'Decision of 3 March, recorded late', beforeCents: 300_000, afterCents: 360_000, user: { email: DEMO.admin } });
  });
});

describe('withdrawExtension: before the second year starts', () => {
  it('withdraws an extension during the first year: EUR 3,600 -> 3,000, audited with its reason', async () => {
    const id = await arrivedSingle(100);
    await contact.ok(EXTEND, { id });
    const { withdrawExtension } = await contact.ok(WITHDRAW, { id, reason: 'Household moves to its own flat' });
    expect(withdrawExtension).toEqual({ guidanceExtended: false, funding: { totalCents: 300_000 }, viewerCan: { extendGuidance: true, withdrawExtension: false } });
    expect((await history(id)).map((e: Record<string, unknown>) => [e.action, e.beforeCents, e.afterCents, e.reason])).toEqual([
      ['REGISTERED', 0, 300_000, null],
      ['GUIDANCE_EXTENDED', 300_000, 360_000, null],
      ['EXTENSION_WITHDRAWN', 360_000, 300_000, 'Household moves to its own flat'],
    ]);
    expect(codes(await contact.gql(WITHDRAW, { id }))).toEqual(['GUIDANCE_NOT_EXTENDED']);
  });

  it('refuses once the second year has started, and refuses coordinators', async () => {
    const id = await arrivedSingle(400);
    await admin.ok(EXTEND, { id, reason: 'Late decision' });
    expect(codes(await contact.gql(WITHDRAW, { id }))).toEqual(['EXTENSION_NOT_WITHDRAWABLE']);
    const mechelen = (await contact.ok(`query($id: ID!) { household(id: $id) { id } }`, { id: ids.household.mechelen })).household.id;
    expect(codes(await coordinator.gql(WITHDRAW, { id: mechelen }))).toEqual(['FORBIDDEN']);
  });
});

describe('arrival route: fixed once the arrival is recorded', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { arrivalRoute funding { totalCents } } }`;

  it('refuses the coordinator; the contact person corrects it with a reason: EUR 5,000 -> 3,000, audited', async () => {
    expect(codes(await coordinator.gql(UPDATE, { id: ids.household.mechelen, input: { arrivalRoute: 'AFTER_RECEPTION', reason: 'Typo' } }))).toEqual(['ARRIVAL_ROUTE_FIXED']);
    expect(codes(await contact.gql(UPDATE, { id: ids.household.mechelen, input: { arrivalRoute: 'AFTER_RECEPTION' } }))).toEqual(['REASON_REQUIRED']);
    expect((await contact.ok(UPDATE, { id: ids.household.mechelen, input: { arrivalRoute: 'AFTER_RECEPTION', reason: 'Stayed in Fedasil reception first' } })).updateHousehold).toEqual({
      arrivalRoute: 'AFTER_RECEPTION',
      funding: { totalCents: 300_000 },
    });
    expect(await history(ids.household.mechelen)).toEqual([
      { action: 'UPDATED', reason: 'Stayed in Fedasil reception first', beforeCents: 500_000, afterCents: 300_000, user: { email: DEMO.contact } },
    ]);
  });

  it('leaves a planned household free to change its route, audited as a funding change', async () => {
    expect((await coordinator.ok(UPDATE, { id: ids.household.mechelenPlanned, input: { arrivalRoute: 'AFTER_RECEPTION' } })).updateHousehold.funding.totalCents).toBe(900_000);
    expect(await history(ids.household.mechelenPlanned)).toEqual([{ action: 'UPDATED', reason: null, beforeCents: 1_200_000, afterCents: 900_000, user: { email: DEMO.coordinator } }]);
    await coordinator.ok(UPDATE, { id: ids.household.mechelenPlanned, input: { arrivalRoute: 'DIRECT' } });
  });
});

describe('no arrival date, no birth year in the future', () => {
  it('refuses an arrival tomorrow, and saves nothing', async () => {
    const r = await coordinator.gql(ARRIVE, { id: ids.household.mechelenPlanned, d: addDays(today, 1) });
    expect(codes(r)).toEqual(['ARRIVAL_DATE_IN_FUTURE']);
    expect((await coordinator.ok(`query($id: ID!) { household(id: $id) { arrivalDate status } }`, { id: ids.household.mechelenPlanned })).household).toEqual({ arrivalDate: null, status: 'PLANNED' });
  });

  it('refuses a member born next year, on registration and on update', async () => {
    const nextYear = Number(today.slice(0, 4)) + 1;
    const r = await contact.gql(REGISTER, { input: { partnershipId: ids.partnership.gent, arrivalRoute: 'DIRECT', members: [person('Head'), person('Baby', nextYear, 'CHILD')] } });
    expect(codes(r)).toEqual(['BIRTH_YEAR_IN_FUTURE']);
    const u = await contact.gql(`mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { id } }`, {
      id: ids.household.single,
      input: { members: [person('Samuel', nextYear)] },
    });
    expect(codes(u)).toEqual(['BIRTH_YEAR_IN_FUTURE']);
  });
});

describe('capacity and partnership state', () => {
  it('registers up to the pledged capacity; beyond it only the contact person, with a reason (Mechelen: 4 persons on 6)', async () => {
    const input = (n: number, extra: Record<string, unknown> = {}) => ({
      input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'AFTER_RECEPTION', members: Array.from({ length: n }, (_, i) => person(`P${i}`, 1990, i === 0 ? 'HEAD' : 'CHILD')), ...extra },
    });
    await coordinator.ok(REGISTER, input(2));
    const over = await coordinator.gql(REGISTER, input(2));
    expect(codes(over)).toEqual(['CAPACITY_EXCEEDED']);
    expect(over.errors![0].extensions).toMatchObject({ capacityPledged: 6, persons: 6, adding: 2 });
    expect(codes(await coordinator.gql(REGISTER, input(2, { capacityOverrideReason: 'Urgent case' })))).toEqual(['CAPACITY_EXCEEDED']);
    expect(codes(await contact.gql(REGISTER, input(2)))).toEqual(['CAPACITY_EXCEEDED']);
    const { registerHousehold: h } = await contact.ok(REGISTER, input(2, { capacityOverrideReason: 'Family reunited with relatives in Mechelen' }));
    expect(h.funding.totalCents).toBe(600_000);
    expect(await history(h.id)).toEqual([{ action: 'REGISTERED', reason: 'Family reunited with relatives in Mechelen', beforeCents: 0, afterCents: 600_000, user: { email: DEMO.contact } }]);
  });

  it('a draft partnership refuses households', async () => {
    const deputy = await hub.as(DEMO.deputy);
    expect(codes(await deputy.gql(REGISTER, { input: { partnershipId: ids.partnership.zemst, arrivalRoute: 'DIRECT', members: [person('Draft')] } }))).toEqual(['PARTNERSHIP_NOT_ACTIVE']);
  });

  it('activating a partnership requires a contact person', async () => {
    const create = (status: string) =>
      admin.gql(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id status } }`, {
        input: { name: `Guarded ${status}`, programme: 'RESETTLEMENT', track: 'FLEXIBLE_FRAMEWORK', status, leadOrganisationId: ids.org['Gemeente Zemst'] },
      });
    expect(codes(await create('ACTIVE'))).toEqual(['CONTACT_PERSON_REQUIRED']);
    const id = (await create('DRAFT')).data!.createPartnership.id;
    const ACTIVATE = `mutation($id: ID!) { updatePartnership(id: $id, input: { status: ACTIVE }) { status } }`;
    expect(codes(await admin.gql(ACTIVATE, { id }))).toEqual(['CONTACT_PERSON_REQUIRED']);
    await admin.ok(`mutation($p: ID!, $c: ID!) { assignContactPerson(partnershipId: $p, contactPersonId: $c) { id } }`, { p: id, c: ids.user[DEMO.contact] });
    expect((await admin.ok(ACTIVATE, { id })).updatePartnership.status).toBe('ACTIVE');
  });
});
