/**
 * Writes a device queued offline (issue 17): a plan step or the housing changed with a guard
 * (the write's client id and the version the device saw). A replay of the same write is applied
 * once; a write on a record someone else changed meanwhile is refused with CHANGED_MEANWHILE and
 * the current version, so the device can show the conflict instead of overwriting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';

let hub: TestHub;
let coordinator: Agent;
let contact: Agent;
let householdId: string;

beforeAll(async () => {
  hub = await startTestHub();
  householdId = (await demoIds(hub)).household.mechelen;
  [coordinator, contact] = await Promise.all([hub.as(DEMO.coordinator), hub.as(DEMO.contact)]);
});
afterAll(() => hub?.close());

const STEP = `mutation($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {
  updateGuidanceStep(id: $id, input: $input, guard: $guard) { id status note version }
}`;
const HOUSING = `mutation($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {
  updateHousing(householdId: $householdId, input: $input, guard: $guard) { id street city version }
}`;

async function plan(): Promise<{ id: string; status: string; version: number; note: string | null }[]> {
  const { household } = await coordinator.ok(`query($id: ID!) { household(id: $id) { plan { id status version note } } }`, { id: householdId });
  return household.plan;
}

async function timelineCount(): Promise<number> {
  const [{ n }] = (await hub.orm.em.fork().getConnection().execute(`select count(*) as n from household_event where household_id = ?`, [householdId])) as { n: number }[];
  return Number(n);
}

describe('a plan step changed from a queued write', () => {
  it('applies a replay once: same answer, one version more, one timeline entry', async () => {
    const step = (await plan()).find((s) => s.status === 'TODO')!;
    const guard = { clientId: 'offline-step-0001', expectedVersion: step.version };
    const before = await timelineCount();
    const first = await coordinator.ok(STEP, { id: step.id, input: { status: 'DONE', note: 'Done at the town hall' }, guard });
    const replay = await coordinator.ok(STEP, { id: step.id, input: { status: 'DONE', note: 'Done at the town hall' }, guard });
    expect(first.updateGuidanceStep).toMatchObject({ status: 'DONE', version: step.version + 1 });
    expect(replay.updateGuidanceStep).toEqual(first.updateGuidanceStep);
    expect(await timelineCount()).toBe(before + 1);
  });

  it('refuses a write on a step someone else changed meanwhile, with the current version, and changes nothing', async () => {
    const step = (await plan()).find((s) => s.status === 'TODO')!;
    await contact.ok(STEP, { id: step.id, input: { status: 'IN_PROGRESS' }, guard: { clientId: 'contact-step-0001', expectedVersion: step.version } });
    const stale = await coordinator.gql(STEP, { id: step.id, input: { status: 'DONE' }, guard: { clientId: 'offline-step-0002', expectedVersion: step.version } });
    expect(codes(stale)).toEqual(['CHANGED_MEANWHILE']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(step.version + 1);
    expect((await plan()).find((s) => s.id === step.id)).toMatchObject({ status: 'IN_PROGRESS', version: step.version + 1 });
    // The device chose to keep its own change: it sends it again on the version it was shown.
    const mine = await coordinator.ok(STEP, { id: step.id, input: { status: 'DONE' }, guard: { clientId: 'offline-step-0003', expectedVersion: step.version + 1 } });
    expect(mine.updateGuidanceStep).toMatchObject({ status: 'DONE', version: step.version + 2 });
  });

  it('without a guard, the last write wins as before (and still bumps the version)', async () => {
    const step = (await plan()).find((s) => s.status === 'TODO')!;
    const { updateGuidanceStep } = await coordinator.ok(STEP, { id: step.id, input: { note: 'Call the school' } });
    expect(updateGuidanceStep).toMatchObject({ note: 'Call the school', version: step.version + 1 });
  });

  it('refuses a malformed guard before anything is written', async () => {
    const step = (await plan()).find((s) => s.status === 'TODO')!;
    const bad = await coordinator.gql(STEP, { id: step.id, input: { status: 'DONE' }, guard: { clientId: 'x', expectedVersion: 0 } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((await plan()).find((s) => s.id === step.id)).toMatchObject({ status: 'TODO', version: step.version });
  });
});

describe('housing recorded from a queued write', () => {
  it('applies a replay once and refuses a stale version', async () => {
    const { household } = await coordinator.ok(`query($id: ID!) { household(id: $id) { housing { version } } }`, { id: householdId });
    const version: number = household.housing?.version ?? 1;
    const guard = { clientId: 'offline-housing-0001', expectedVersion: version };
    const first = await coordinator.ok(HOUSING, { householdId, input: { street: 'Bruul 12', city: 'Mechelen' }, guard });
    const replay = await coordinator.ok(HOUSING, { householdId, input: { street: 'Bruul 12', city: 'Mechelen' }, guard });
    expect(replay.updateHousing).toEqual(first.updateHousing);
    expect(first.updateHousing.version).toBe(version + 1);
    const stale = await contact.gql(HOUSING, { householdId, input: { street: 'Elsewhere 1' }, guard: { clientId: 'contact-housing-0001', expectedVersion: version } });
    expect(codes(stale)).toEqual(['CHANGED_MEANWHILE']);
    const { household: after } = await coordinator.ok(`query($id: ID!) { household(id: $id) { housing { street version } } }`, { id: householdId });
    expect(after.housing).toEqual({ street: 'Bruul 12', version: version + 1 });
  });

  it('another partner cannot use a guard to learn about a household it does not see', async () => {
    const other = await hub.as(DEMO.otherCoordinator);
    const res = await other.gql(HOUSING, { householdId, input: { street: 'X 1' }, guard: { clientId: 'other-housing-0001', expectedVersion: 99 } });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });
});
