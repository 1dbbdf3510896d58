import { addDays, addMonths } from '@partner-hub/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, codes, DEMO } from '../../../test/harness.js';
import { HouseholdEvent } from './progress.entity.js';
import {
  BOARD,
  START_SEARCH,
  UPDATE_HOUSING,
  UPDATE_STEP,
  accessLogRows,
  arrive,
  arrived,
  as,
  backdate,
  board,
  due,
  flagsOf,
  freshPartnership,
  hub,
  ids,
  openBoard,
  plan,
  register,
  stepOf,
  today,
  view,
  useTestHub,
} from './progress.test-support.js';

/**
 * Household progress: flags, the board, its live subscription, and the timeline (need to know).
 * (Shared setup and helpers: progress.test-support.ts.)
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Flags
// ---------------------------------------------------------------------------------------------

describe('Household.flags', () => {
  let p: string;
  beforeAll(async () => {
    p = await freshPartnership('Flags');
  });

  it('raises nothing for a household planned months ahead', async () => {
    const h = await register(p, { planned: addDays(today, 120) });
    expect(await flagsOf(h.id)).toEqual([]);
  });

  it('NO_HOME_YET from 30 days before arrival without an address; gone once the home is recorded', async () => {
    const far = await register(p, { planned: addDays(today, 31) });
    expect(await flagsOf(far.id)).toEqual([]);
    const h = await register(p, { planned: addDays(today, 30) });
    expect(await flagsOf(h.id)).toEqual(['NO_HOME_YET']);
    // A lease without an address is not a home yet.
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { monthlyRentCents: 50_000 } });
    expect(await flagsOf(h.id)).toEqual(['NO_HOME_YET']);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Nieuwstraat 3', city: 'Mechelen' } });
    expect(await flagsOf(h.id)).toEqual([]);
  });

  it('OVERDUE_STEPS while an open step is past its due date', async () => {
    const h = await arrived(p, 10);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Bruul 40', movedInOn: addDays(today, -10) } });
    const steps = await plan(h.id);
    const overdue = steps.filter((s) => s.overdue);
    // OCMW registration (7 days) and municipal registration (8 days after moving in).
    expect(overdue.map((s) => s.key).sort()).toEqual(['MUNICIPAL_REGISTRATION', 'OCMW_REGISTRATION']);
    expect(await flagsOf(h.id)).toEqual(['OVERDUE_STEPS']);
    await as.volunteer.ok(UPDATE_STEP, { id: overdue[0].id, input: { status: 'DONE' } });
    expect(await flagsOf(h.id)).toEqual(['OVERDUE_STEPS']);
    await as.volunteer.ok(UPDATE_STEP, { id: overdue[1].id, input: { status: 'IN_PROGRESS' } });
    expect(await flagsOf(h.id)).toEqual(['OVERDUE_STEPS']);
    await as.volunteer.ok(UPDATE_STEP, { id: overdue[1].id, input: { status: 'NOT_APPLICABLE', notApplicableReason: 'Registered by the previous municipality' } });
    expect(await flagsOf(h.id)).toEqual([]);
  });

  it('STALE after staleAfterDays (30) without any update; any update clears it', async () => {
    const h = await arrived(p, 3);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Bruul 50' } });
    await backdate(h.id, 29);
    expect(await flagsOf(h.id)).not.toContain('STALE');
    await backdate(h.id, 31);
    expect(await flagsOf(h.id)).toContain('STALE');
    expect(Date.parse((await view(h.id, 'lastActivityAt')).lastActivityAt)).toBe(Date.parse(`${addDays(today, -31)}T12:00:00Z`));
    const step = await stepOf(h.id, 'ORIENTATION');
    await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { note: 'Visited the town hall together' } });
    expect(await flagsOf(h.id)).not.toContain('STALE');
  });

  it('is never STALE while planned, and raises nothing once guidance has ended', async () => {
    const planned = await register(p, { planned: addDays(today, 100) });
    await backdate(planned.id, 90);
    expect(await flagsOf(planned.id)).toEqual([]);
    const ended = await register(p, { planned: addMonths(today, -13) });
    await arrive(ended.id, addMonths(today, -13));
    await backdate(ended.id, 90);
    expect(await view(ended.id, 'status flags')).toEqual({ status: 'GUIDANCE_ENDED', flags: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Query.board
// ---------------------------------------------------------------------------------------------

describe('Query.board', () => {
  let p: string;
  const h: Record<string, { id: string; reference: string }> = {};
  beforeAll(async () => {
    p = await freshPartnership('Board');
    // A: arrived 10 days ago, no home: overdue steps and no home yet.
    h.a = await arrived(p, 10, { reference: 'BRD-A', needs: ['COMPLEX_MEDICAL'] });
    // B: arrives in 20 days, housed with a short lease.
    h.b = await register(p, { reference: 'BRD-B', planned: addDays(today, 20) });
    await as.coordinator.ok(UPDATE_HOUSING, { h: h.b.id, input: { street: 'Korenmarkt 1', leaseStart: addDays(today, 10), leaseEnd: addDays(today, 200) } });
    // C: planned far ahead: nothing to flag.
    h.c = await register(p, { reference: 'BRD-C', planned: addDays(today, 150) });
    // D: guidance ended: not on the board.
    h.d = await register(p, { reference: 'BRD-D', planned: addMonths(today, -14) });
    await arrive(h.d.id, addMonths(today, -14));
    // E: arrived 40 days ago, housed, moved in, every step done so far, but nothing updated for 40 days.
    h.e = await arrived(p, 40, { reference: 'BRD-E' });
    await as.coordinator.ok(UPDATE_HOUSING, { h: h.e.id, input: { street: 'Veemarkt 2', movedInOn: addDays(today, -40) } });
    for (const s of await plan(h.e.id)) if (s.dueDate < addDays(today, 30)) await as.coordinator.ok(UPDATE_STEP, { id: s.id, input: { status: 'DONE' } });
    await backdate(h.e.id, 40);
  });

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(BOARD, { p }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows the households in guidance with progress, next step and flags, next due first; not those whose guidance ended', async () => {
    const rows = await board(as.contact, { p });
    expect(rows.map((r) => r.reference)).toEqual(['BRD-A', 'BRD-B', 'BRD-C', 'BRD-E']);
    const byRef = Object.fromEntries(rows.map((r) => [r.reference, r]));
    expect(byRef['BRD-A']).toMatchObject({
      status: 'IN_GUIDANCE',
      flags: ['OVERDUE_STEPS', 'NO_HOME_YET'],
      progress: { done: 0, total: 11 },
      nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, -3) },
    });
    expect(byRef['BRD-B']).toMatchObject({ status: 'PLANNED', flags: ['LEASE_TOO_SHORT'], progress: { done: 0, total: 11 }, nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, 27) } });
    expect(byRef['BRD-C']).toMatchObject({ status: 'PLANNED', flags: [], nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, 157) } });
    // E: everything due in the next 30 days done; the next home is what is left.
    expect(byRef['BRD-E']).toMatchObject({
      status: 'IN_GUIDANCE',
      flags: ['STALE'],
      progress: { done: 9, total: 11 },
      nextStep: { key: 'NEXT_HOME', dueDate: due({ anchor: 'GUIDANCE_END', offsetDays: -30 }, { arrival: addDays(today, -40) }) },
    });
    expect((await view(h.d.id, 'status')).status).toBe('GUIDANCE_ENDED');
  });

  it('filters by flag and sorts by flags or reference', async () => {
    expect((await board(as.contact, { p, flag: 'OVERDUE_STEPS' })).map((r) => r.reference)).toEqual(['BRD-A']);
    expect((await board(as.contact, { p, flag: 'LEASE_TOO_SHORT' })).map((r) => r.reference)).toEqual(['BRD-B']);
    expect((await board(as.contact, { p, flag: 'STALE' })).map((r) => r.reference)).toEqual(['BRD-E']);
    expect(await board(as.contact, { p, flag: 'NEXT_HOME_SEARCH_NOT_STARTED' })).toEqual([]);
    expect((await board(as.contact, { p, sort: 'FLAGS' })).map((r) => r.reference)).toEqual(['BRD-A', 'BRD-B', 'BRD-E', 'BRD-C']);
    expect((await board(as.contact, { p, sort: 'REFERENCE' })).map((r) => r.reference)).toEqual(['BRD-A', 'BRD-B', 'BRD-C', 'BRD-E']);
    // Most flags first: give C two flags: arriving in 5 days without a home, and a step overdue (an agreed date).
    await as.contact.ok(`mutation($id: ID!, $d: String) { updateHousehold(id: $id, input: { plannedArrivalDate: $d }) { id } }`, { id: h.c.id, d: addDays(today, 5) });
    const c = await stepOf(h.c.id, 'BANK_ACCOUNT');
    await as.contact.ok(UPDATE_STEP, { id: c.id, input: { dueDate: addDays(today, -1) } });
    const sorted = await board(as.contact, { p, sort: 'FLAGS' });
    expect(sorted.map((r) => [r.reference, r.flags.length])).toEqual([
      ['BRD-A', 2],
      ['BRD-C', 2],
      ['BRD-B', 1],
      ['BRD-E', 1],
    ]);
    expect((await board(as.contact, { p, sort: 'NEXT_DUE' })).map((r) => r.reference)).toEqual(['BRD-A', 'BRD-C', 'BRD-B', 'BRD-E']);
    // Back as it was.
    await as.contact.ok(`mutation($id: ID!, $d: String) { updateHousehold(id: $id, input: { plannedArrivalDate: $d }) { id } }`, { id: h.c.id, d: addDays(today, 150) });
    await as.contact.ok(UPDATE_STEP, { id: c.id, input: { dueDate: addDays(today, 164) } });
    expect((await view(h.c.id, 'flags')).flags).toEqual([]);
  });

  it("lists every household the viewer may see without a partnership: a contact person's portfolio, a volunteer's partnerships", async () => {
    const contact = (await board(as.contact)).map((r) => r.reference);
    expect(contact).toEqual(expect.arrayContaining(['BRD-A', 'BRD-B', 'BRD-C', 'BRD-E', 'HH-2026-0004']));
    expect(contact).not.toContain('BRD-D');
    expect(contact).not.toContain('HH-2025-0006');
    const other = (await board(as.otherContact)).map((r) => r.reference);
    expect(other.filter((r) => r.startsWith('BRD-') || r === 'HH-2026-0004')).toEqual([]);
    const volunteer = (await board(as.volunteer)).map((r) => r.reference);
    expect(volunteer).toEqual(expect.arrayContaining(['BRD-A', 'HH-2026-0004']));
    expect(volunteer).not.toContain('HH-2026-0003');
    const admin = (await board(as.admin)).map((r) => r.reference);
    expect(admin).toEqual(expect.arrayContaining([...contact]));
  });

  it("answers NOT_FOUND for another partnership's board", async () => {
    expect(codes(await as.otherContact.gql(BOARD, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherVolunteer.gql(BOARD, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.contact.gql(BOARD, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.volunteer.gql(BOARD, { p: ids.partnership.gent }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.contact.gql(BOARD, { p: '00000000-0000-0000-0000-000000000000' }))).toEqual(['NOT_FOUND']);
  });

  it('validates input at the edge', async () => {
    expect(codes(await as.contact.gql(BOARD, { p, flag: 'ON_FIRE' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.contact.gql(BOARD, { p, sort: 'RANDOM' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps specific needs need-to-know: null for a volunteer (nothing logged), shown to the contact person with every read logged', async () => {
    const volunteerLog = await accessLogRows(DEMO.volunteer);
    const volunteerRows = await board(as.volunteer, { p });
    expect(volunteerRows.find((r) => r.reference === 'BRD-A')).toMatchObject({ hasSpecificNeeds: true, specificNeeds: null, funding: null });
    expect(volunteerRows.every((r) => r.specificNeeds === null && r.funding === null)).toBe(true);
    expect(await accessLogRows(DEMO.volunteer)).toEqual(volunteerLog);

    const contactLog = await accessLogRows(DEMO.contact);
    const contactRows = await board(as.contact, { p });
    expect(contactRows.find((r) => r.reference === 'BRD-A')).toMatchObject({ hasSpecificNeeds: true, specificNeeds: { needs: ['COMPLEX_MEDICAL'] }, funding: { totalCents: 500_000 } });
    const after = await accessLogRows(DEMO.contact);
    expect(after.length - contactLog.length).toBe(contactRows.length);
    expect(after).toEqual(expect.arrayContaining(contactRows.map((r) => r.id)));
  });
});

// ---------------------------------------------------------------------------------------------
// Subscription.boardUpdated
// ---------------------------------------------------------------------------------------------

describe('Subscription.boardUpdated', () => {
  let p: string;
  let h: { id: string; reference: string };
  beforeAll(async () => {
    p = await freshPartnership('Live board');
    h = await arrived(p, 5, { needs: ['FAMILY_WITH_CHILDREN'] });
  });

  it('requires sign-in (the socket is refused)', async () => {
    const sub = openBoard(null);
    try {
      const event = await sub.until(
        () => as.volunteer.ok(START_SEARCH, { h: h.id }),
        () => true,
      );
      expect(event).toBeUndefined();
      expect(sub.closeCode()).toBe(4403);
      expect(sub.data()).toEqual([]);
    } finally {
      await sub.dispose();
    }
  });

  it("delivers a volunteer's change to the contact person's open board, with the specific needs they need to know", async () => {
    const sub = openBoard(as.contact);
    const step = await stepOf(h.id, 'BANK_ACCOUNT');
    let status = 'IN_PROGRESS';
    try {
      const event = await sub.until(
        () => as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { status: (status = status === 'DONE' ? 'IN_PROGRESS' : 'DONE') } }),
        (e) => e.id === h.id && e.progress.done === 1,
      );
      expect(event).toEqual({ id: h.id, reference: h.reference, specificNeeds: { needs: ['FAMILY_WITH_CHILDREN'] }, progress: { done: 1, total: 11 } });
    } finally {
      await sub.dispose();
    }
  });

  it("gives a volunteer's open board the change without the specific needs", async () => {
    const sub = openBoard(as.volunteer);
    try {
      const event = await sub.until(
        () => as.coordinator.ok(START_SEARCH, { h: h.id }),
        (e) => e.id === h.id,
      );
      expect(event).toMatchObject({ id: h.id, specificNeeds: null });
      expect(sub.events.filter((e) => e.errors)).toEqual([]);
    } finally {
      await sub.dispose();
    }
  });

  it("does not deliver another partnership's change", async () => {
    const sub = openBoard(as.otherContact);
    const marker = await register(ids.partnership.liege, {}, as.otherCoordinator);
    const change = (id: string) => () => as.otherCoordinator.ok(UPDATE_HOUSING, { h: id, input: { city: 'Liège' } });
    try {
      // Once a change of their own partnership arrives, the subscription is surely registered ...
      expect(await sub.until(change(ids.household.liege), (e) => e.id === ids.household.liege)).toBeDefined();
      // ... then a change of a partnership they do not see, followed by changes of another of their own
      // households until one arrives: events come in the order of the changes.
      await as.volunteer.ok(START_SEARCH, { h: h.id });
      expect(await sub.until(change(marker.id), (e) => e.id === marker.id)).toBeDefined();
      expect(sub.data().filter((e) => e.id === h.id)).toEqual([]);
      expect(sub.events.filter((e) => e.errors)).toEqual([]);
    } finally {
      await sub.dispose();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Household.timeline and specific needs
// ---------------------------------------------------------------------------------------------

describe('Household.timeline (need to know)', () => {
  it('names the fields that changed, never the content of specific needs, for everyone who sees the household', async () => {
    const p = await freshPartnership('Timeline');
    const h = await register(p, { needs: ['TRAFFICKING_VICTIM'] });
    await as.contact.ok(`mutation($id: ID!) { updateHousehold(id: $id, input: { specificNeeds: [COMPLEX_MEDICAL, UNACCOMPANIED_MINOR], specificNeedsNote: "Secret note about the case" }) { id } }`, {
      id: h.id,
    });
    for (const agent of [as.volunteer, as.contact]) {
      const { timeline } = (await agent.ok(`query($id: ID!) { household(id: $id) { timeline { kind fields date stepKey stepLabel { en } fromStatus toStatus actor { email } } } }`, { id: h.id }))
        .household;
      expect(timeline.map((e: Answer) => e.kind)).toEqual(['REGISTERED', 'HOUSEHOLD_UPDATED']);
      expect([...timeline[1].fields].sort()).toEqual(['specificNeeds', 'specificNeedsNote']);
      const text = JSON.stringify(timeline);
      for (const secret of ['TRAFFICKING_VICTIM', 'COMPLEX_MEDICAL', 'UNACCOMPANIED_MINOR', 'Secret note']) expect(text).not.toContain(secret);
    }
    // Nor is it stored in the events themselves.
    const stored = await hub.orm.em.fork().find(HouseholdEvent, { household: h.id });
    expect(JSON.stringify(stored.map((e) => e.data))).not.toMatch(/TRAFFICKING|COMPLEX|UNACCOMPANIED|Secret/);
  });
});
