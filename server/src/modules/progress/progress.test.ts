import { addDays, addMonths, guidanceEndDate, RESETTLEMENT_PLAN, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, codes, DEMO } from '../../../test/harness.js';
import {
  MemberInput,
  NEXT_HOME_FOUND,
  START_SEARCH,
  TIMELINE,
  UPDATE_HOUSING,
  UPDATE_STEP,
  arrive,
  arrived,
  as,
  board,
  child,
  due,
  flagsOf,
  freshPartnership,
  head,
  hub,
  ids,
  plan,
  register,
  stepOf,
  templatePlan,
  today,
  updateHousing,
  updateStep,
  view,
  useTestHub,
} from './progress.test-support.js';

/** Resettlement's guidance term as the migration seeds it (its caseMonths: 12). */
const RESETTLEMENT_MONTHS = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

/**
 * Household progress: guidance plans, housing and the next-home search, flags, the board and its
 * live subscription, the funding statement (and its CSV), the programme dashboard, plan templates
 * and programme settings.
 *
 * Dates are computed from today (Brussels) so the cases hold whatever day they run; the records a
 * case depends on are made by the case itself (fresh partnerships and households), except where a
 * demo record is the point (HH-2026-0003's short lease).
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// The plan: generated at registration, re-timed, school steps per school-age child
// ---------------------------------------------------------------------------------------------

describe('guidance plan (registerHousehold, updateHousehold, recordArrival)', () => {
  let p: string;
  beforeAll(async () => {
    p = await freshPartnership('Plans');
  });

  it('generates the template plan at registration, with a school step per child aged 5 to 17 in the arrival year', async () => {
    const planned = addDays(today, 60);
    const y = Number(planned.slice(0, 4));
    const h = await register(p, {
      planned,
      members: [head('Plan', y - 40), child('Four', y - 4), child('Five', y - 5), child('Seventeen', y - 17), child('Eighteen', y - 18)],
    });
    const steps = await plan(h.id);
    expect(steps.map(({ key, anchor, owner, status, dueDate, member }) => ({ key, anchor, owner, status, dueDate, member }))).toEqual(templatePlan(planned, ['Five', 'Seventeen']));
    expect(steps.every((s) => s.updatedBy === null && s.note === null && s.overdue === false)).toBe(true);
    const { timeline, progress, nextStep } = await view(h.id, `progress { done total } nextStep { key dueDate } ${TIMELINE}`);
    expect(progress).toEqual({ done: 0, total: RESETTLEMENT_PLAN.length + 1 });
    // Due first: OCMW registration (7 days), before municipal registration (8 days after moving in, else arrival).
    expect(nextStep).toEqual({ key: 'OCMW_REGISTRATION', dueDate: addDays(planned, 7) });
    expect(timeline).toEqual([{ kind: 'REGISTERED', actor: { email: DEMO.coordinator }, stepKey: null, fromStatus: null, toStatus: null, fields: [], date: null }]);
  });

  it('re-times the open steps when the planned arrival changes and when the arrival is recorded; done steps keep their date', async () => {
    const planned = addDays(today, 60);
    const h = await register(p, { planned });
    const ocmw = await stepOf(h.id, 'OCMW_REGISTRATION');
    await as.volunteer.ok(UPDATE_STEP, { id: ocmw.id, input: { status: 'DONE' } });

    const later = addDays(planned, 10);
    await as.coordinator.ok(`mutation($id: ID!, $d: String) { updateHousehold(id: $id, input: { plannedArrivalDate: $d }) { id } }`, { id: h.id, d: later });
    const afterPlan = await plan(h.id);
    for (const t of RESETTLEMENT_PLAN.filter((t) => !t.perSchoolAgeChild)) {
      const s = afterPlan.find((x) => x.key === t.key)!;
      expect(s.dueDate, t.key).toBe(t.key === 'OCMW_REGISTRATION' ? addDays(planned, 7) : due(t, { arrival: later }));
    }

    const arrival = addDays(today, -3);
    await arrive(h.id, arrival);
    const afterArrival = await plan(h.id);
    for (const t of RESETTLEMENT_PLAN.filter((t) => !t.perSchoolAgeChild)) {
      const s = afterArrival.find((x) => x.key === t.key)!;
      expect(s.dueDate, t.key).toBe(t.key === 'OCMW_REGISTRATION' ? addDays(planned, 7) : due(t, { arrival }));
    }
    const { timeline } = await view(h.id, TIMELINE);
    expect(timeline.map((e: Answer) => e.kind)).toEqual(['REGISTERED', 'STEP_UPDATED', 'HOUSEHOLD_UPDATED', 'ARRIVAL_RECORDED']);
    expect(timeline[2].fields).toEqual(['plannedArrivalDate']);
    expect(timeline[3].date).toBe(arrival);
  });

  it("adds a school step for a school-age child added to the household, and removes a removed child's open step", async () => {
    const planned = addDays(today, 60);
    const y = Number(planned.slice(0, 4));
    const h = await register(p, { planned, members: [head('School', y - 40), child('Anna', y - 8), child('Bram', y - 12)] });
    const members = (await view(h.id, 'members { id firstName lastName birthYear relationship }')).members as MemberInput[];
    const schoolSteps = async () =>
      (await plan(h.id))
        .filter((s) => s.key === 'SCHOOL_ENROLMENT')
        .map((s) => ({ child: s.member?.firstName ?? null, status: s.status, dueDate: s.dueDate }))
        .sort((a, b) => String(a.child).localeCompare(String(b.child)));
    const UPDATE = `mutation($id: ID!, $members: [HouseholdMemberInput!]!) { updateHousehold(id: $id, input: { members: $members }) { members { firstName } } }`;
    const due = addDays(planned, 21);

    await as.coordinator.ok(UPDATE, { id: h.id, members: [...members, child('Cleo', y - 6), child('Baby', y - 1)] });
    expect(await schoolSteps()).toEqual([
      { child: 'Anna', status: 'TODO', dueDate: due },
      { child: 'Bram', status: 'TODO', dueDate: due },
      { child: 'Cleo', status: 'TODO', dueDate: due },
    ]);

    const withIds = (await view(h.id, 'members { id firstName lastName birthYear relationship }')).members as MemberInput[];
    await as.coordinator.ok(UPDATE, { id: h.id, members: withIds.filter((m) => m.firstName !== 'Bram') });
    expect(await schoolSteps()).toEqual([
      { child: 'Anna', status: 'TODO', dueDate: due },
      { child: 'Cleo', status: 'TODO', dueDate: due },
    ]);
    expect((await view(h.id, 'progress { total }')).progress.total).toBe(RESETTLEMENT_PLAN.length + 1);
  });

  it('keeps the done school step of a child who leaves the household, as history', async () => {
    const planned = addDays(today, 60);
    const y = Number(planned.slice(0, 4));
    const h = await register(p, { planned, members: [head('History', y - 40), child('Dana', y - 9)] });
    const step = await stepOf(h.id, 'SCHOOL_ENROLMENT', 'Dana');
    await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { status: 'DONE', note: 'Enrolled in the local primary school' } });
    const members = (await view(h.id, 'members { id firstName lastName birthYear relationship }')).members as MemberInput[];
    await as.coordinator.ok(`mutation($id: ID!, $members: [HouseholdMemberInput!]!) { updateHousehold(id: $id, input: { members: $members }) { id } }`, {
      id: h.id,
      members: members.filter((m) => m.firstName !== 'Dana'),
    });
    const kept = (await plan(h.id)).filter((s) => s.key === 'SCHOOL_ENROLMENT');
    expect(kept.map((s) => ({ id: s.id, status: s.status }))).toEqual([{ id: step.id, status: 'DONE' }]);
    const { timeline } = await view(h.id, TIMELINE);
    expect(timeline.filter((e: Answer) => e.kind === 'STEP_UPDATED').map((e: Answer) => [e.stepKey, e.fromStatus, e.toStatus])).toEqual([['SCHOOL_ENROLMENT', 'TODO', 'DONE']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Mutation.updateGuidanceStep
// ---------------------------------------------------------------------------------------------

describe('Mutation.updateGuidanceStep', () => {
  let p: string;
  let h: { id: string; reference: string };
  beforeAll(async () => {
    p = await freshPartnership('Steps');
    h = await arrived(p, 5);
  });

  it('requires sign-in', async () => {
    const step = await stepOf(h.id, 'BANK_ACCOUNT');
    expect(codes(await updateStep(hub.agent(), step.id, { status: 'DONE' }))).toEqual(['UNAUTHENTICATED']);
    expect((await stepOf(h.id, 'BANK_ACCOUNT')).status).toBe('TODO');
  });

  it('lets a volunteer record progress: status, note, who and when; the timeline keeps from and to', async () => {
    const step = await stepOf(h.id, 'BANK_ACCOUNT');
    const before = Date.now();
    const r1 = await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { status: 'IN_PROGRESS', note: '  Appointment at the bank on Monday  ' } });
    expect(r1.updateGuidanceStep).toMatchObject({ id: step.id, status: 'IN_PROGRESS', note: 'Appointment at the bank on Monday', updatedBy: { email: DEMO.volunteer }, household: { id: h.id } });
    expect(Date.parse(r1.updateGuidanceStep.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    const r2 = await as.coordinator.ok(UPDATE_STEP, { id: step.id, input: { status: 'DONE' } });
    // A change that leaves the note out keeps it.
    expect(r2.updateGuidanceStep).toMatchObject({ status: 'DONE', note: 'Appointment at the bank on Monday', updatedBy: { email: DEMO.coordinator } });

    const { timeline, progress } = await view(h.id, `progress { done total } ${TIMELINE}`);
    expect(progress).toEqual({ done: 1, total: RESETTLEMENT_PLAN.length - 1 });
    expect(timeline.filter((e: Answer) => e.kind === 'STEP_UPDATED')).toEqual([
      { kind: 'STEP_UPDATED', actor: { email: DEMO.volunteer }, stepKey: 'BANK_ACCOUNT', fromStatus: 'TODO', toStatus: 'IN_PROGRESS', fields: [], date: null },
      { kind: 'STEP_UPDATED', actor: { email: DEMO.coordinator }, stepKey: 'BANK_ACCOUNT', fromStatus: 'IN_PROGRESS', toStatus: 'DONE', fields: [], date: null },
    ]);
  });

  it('takes a due date agreed for the household; an open step past it is overdue', async () => {
    const step = await stepOf(h.id, 'LANGUAGE_COURSE');
    const r = await as.contact.ok(UPDATE_STEP, { id: step.id, input: { dueDate: addDays(today, -1) } });
    expect(r.updateGuidanceStep).toMatchObject({ dueDate: addDays(today, -1), status: 'TODO', overdue: true });
    expect(await flagsOf(h.id)).toContain('OVERDUE_STEPS');
    const back = await as.contact.ok(UPDATE_STEP, { id: step.id, input: { dueDate: addDays(today, 30) } });
    expect(back.updateGuidanceStep.overdue).toBe(false);
  });

  it('needs a reason for a step that does not apply (REASON_REQUIRED), and leaves it out of the progress', async () => {
    const step = await stepOf(h.id, 'CIVIC_INTEGRATION');
    const without = await updateStep(as.volunteer, step.id, { status: 'NOT_APPLICABLE' });
    expect(codes(without)).toEqual(['REASON_REQUIRED']);
    expect(without.errors![0].extensions!.field).toBe('notApplicableReason');
    expect(codes(await updateStep(as.volunteer, step.id, { status: 'NOT_APPLICABLE', notApplicableReason: '   ' }))).toEqual(['REASON_REQUIRED']);
    expect((await stepOf(h.id, 'CIVIC_INTEGRATION')).status).toBe('TODO');

    const { progress: before } = await view(h.id, 'progress { done total }');
    const na = await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { status: 'NOT_APPLICABLE', notApplicableReason: 'Exempt: already speaks Dutch' } });
    expect(na.updateGuidanceStep).toMatchObject({ status: 'NOT_APPLICABLE', notApplicableReason: 'Exempt: already speaks Dutch' });
    expect((await view(h.id, 'progress { done total }')).progress).toEqual({ done: before.done, total: before.total - 1 });
    // A later change that keeps the status keeps the reason; clearing it is refused.
    expect((await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { note: 'Certificate in the file' } })).updateGuidanceStep.notApplicableReason).toBe('Exempt: already speaks Dutch');
    expect(codes(await updateStep(as.volunteer, step.id, { notApplicableReason: null }))).toEqual(['REASON_REQUIRED']);
    // Back to TODO: the reason goes.
    const reopened = await as.volunteer.ok(UPDATE_STEP, { id: step.id, input: { status: 'TODO' } });
    expect(reopened.updateGuidanceStep).toMatchObject({ status: 'TODO', notApplicableReason: null });
    expect((await view(h.id, 'progress { done total }')).progress).toEqual(before);
  });

  it("answers NOT_FOUND for another partnership's step and for an unknown step", async () => {
    // Liège's contact person reads the id; contact@ and Mechelen's partners do not see Liège.
    const step = (await plan(ids.household.liege, as.otherContact)).find((s) => s.key === 'BANK_ACCOUNT');
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await updateStep(agent, step!.id, { status: 'DONE' }))).toEqual(['NOT_FOUND']);
    expect(codes(await updateStep(as.contact, '00000000-0000-0000-0000-000000000000', { status: 'DONE' }))).toEqual(['NOT_FOUND']);
    expect((await plan(ids.household.liege, as.otherContact)).find((s) => s.id === step!.id)!.status).toBe('TODO');
  });

  it('validates input at the edge', async () => {
    const step = await stepOf(h.id, 'FAMILY_DOCTOR');
    const bad = await updateStep(as.volunteer, step.id, { dueDate: '2026-02-30', note: 'x'.repeat(2001) });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0].extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['dueDate', 'note']);
    expect(codes(await updateStep(as.volunteer, step.id, { status: 'FINISHED' }))).toEqual(['BAD_USER_INPUT']);
    expect((await stepOf(h.id, 'FAMILY_DOCTOR')).note).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Mutation.updateHousing
// ---------------------------------------------------------------------------------------------

describe('Mutation.updateHousing', () => {
  let p: string;
  beforeAll(async () => {
    p = await freshPartnership('Housing');
  });

  it('requires sign-in', async () => {
    const h = await register(p);
    expect(codes(await updateHousing(hub.agent(), h.id, { street: 'Nowhere 1' }))).toEqual(['UNAUTHENTICATED']);
    expect((await view(h.id, 'housing { id }')).housing).toBeNull();
  });

  it('records the home found; the lease must cover a year from arrival (to the day before the first anniversary)', async () => {
    const arrival = addDays(today, 20);
    const h = await register(p, { planned: arrival });
    const lastDay = addDays(addMonths(arrival, 12), -1);
    const r = await as.volunteer.ok(UPDATE_HOUSING, {
      h: h.id,
      input: { street: ' Bruul 20 ', postalCode: '2800', city: 'Mechelen', leaseStart: addDays(arrival, -5), leaseEnd: addDays(lastDay, -1), monthlyRentCents: 65_000, landlordKind: 'PRIVATE' },
    });
    expect(r.updateHousing).toEqual({
      street: 'Bruul 20',
      postalCode: '2800',
      city: 'Mechelen',
      leaseStart: addDays(arrival, -5),
      leaseEnd: addDays(lastDay, -1),
      monthlyRentCents: 65_000,
      landlordKind: 'PRIVATE',
      movedInOn: null,
      coversFirstYear: false,
      nextHomeSearchStartedOn: null,
      nextHomeFoundOn: null,
    });
    expect(await flagsOf(h.id)).toEqual(['LEASE_TOO_SHORT']);

    const longer = await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { leaseEnd: lastDay } });
    expect(longer.updateHousing).toMatchObject({ street: 'Bruul 20', leaseEnd: lastDay, coversFirstYear: true });
    expect(await flagsOf(h.id)).toEqual([]);

    // null clears a field; the lease end unknown: nothing to judge.
    const cleared = await as.coordinator.ok(UPDATE_HOUSING, { h: h.id, input: { leaseEnd: null, monthlyRentCents: null } });
    expect(cleared.updateHousing).toMatchObject({ street: 'Bruul 20', leaseEnd: null, monthlyRentCents: null, coversFirstYear: null });

    const { timeline } = await view(h.id, TIMELINE);
    expect(timeline.filter((e: Answer) => e.kind === 'HOUSING_UPDATED').map((e: Answer) => [e.actor.email, [...e.fields].sort()])).toEqual([
      [DEMO.volunteer, ['city', 'landlordKind', 'leaseEnd', 'leaseStart', 'monthlyRentCents', 'postalCode', 'street']],
      [DEMO.volunteer, ['leaseEnd']],
      [DEMO.coordinator, ['leaseEnd', 'monthlyRentCents']],
    ]);
  });

  it('flags the demo household whose nine-month lease is shorter than a year (HH-2026-0003)', async () => {
    const gent = (await board(as.contact, { p: ids.partnership.gent, sort: 'REFERENCE' })).find((r) => r.reference === 'HH-2026-0003');
    const h = await view(gent!.id, 'reference arrivalDate housing { leaseStart leaseEnd coversFirstYear }');
    expect(h).toEqual({ reference: 'HH-2026-0003', arrivalDate: '2026-06-10', housing: { leaseStart: '2026-06-01', leaseEnd: '2027-02-28', coversFirstYear: false } });
    expect((await view(gent!.id, 'flags')).flags).toContain('LEASE_TOO_SHORT');
    expect((await view(ids.household.mechelen, 'housing { coversFirstYear }')).housing.coversFirstYear).toBe(true);
  });

  it('refuses a lease that ends before it starts (LEASE_DATES_INVALID), and saves nothing', async () => {
    const h = await register(p);
    const r = await updateHousing(as.volunteer, h.id, { street: 'Kerkstraat 1', leaseStart: '2027-03-01', leaseEnd: '2027-02-01' });
    expect(codes(r)).toEqual(['LEASE_DATES_INVALID']);
    expect(r.errors![0].extensions!.field).toBe('leaseEnd');
    expect((await view(h.id, 'housing { id }')).housing).toBeNull();
    // Against the lease already stored, too.
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Kerkstraat 1', leaseStart: '2027-03-01', leaseEnd: '2028-03-01' } });
    expect(codes(await updateHousing(as.volunteer, h.id, { leaseEnd: '2027-01-01' }))).toEqual(['LEASE_DATES_INVALID']);
    expect((await view(h.id, 'housing { leaseEnd }')).housing.leaseEnd).toBe('2028-03-01');
  });

  it('re-times the steps that count from moving in, and only those', async () => {
    const arrival = addDays(today, -5);
    const h = await arrived(p, 5);
    // A due date agreed with the household for a step that counts from arrival.
    const bank = await stepOf(h.id, 'BANK_ACCOUNT');
    await as.contact.ok(UPDATE_STEP, { id: bank.id, input: { dueDate: addDays(arrival, 40) } });
    const movedIn = addDays(arrival, 12);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Bruul 30', movedInOn: movedIn } });
    const steps = await plan(h.id);
    for (const t of RESETTLEMENT_PLAN.filter((t) => !t.perSchoolAgeChild)) {
      const expected = t.key === 'BANK_ACCOUNT' ? addDays(arrival, 40) : due(t, { arrival, movedIn });
      expect(steps.find((s) => s.key === t.key)!.dueDate, t.key).toBe(expected);
    }
    // Moving out of the record (null): the steps count from arrival again.
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { movedInOn: null } });
    expect((await stepOf(h.id, 'MUNICIPAL_REGISTRATION')).dueDate).toBe(addDays(arrival, 8));
  });

  it("answers NOT_FOUND for another partnership's household", async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await updateHousing(agent, ids.household.liege, { street: 'Rue X 1' }))).toEqual(['NOT_FOUND']);
    expect(codes(await updateHousing(as.otherVolunteer, ids.household.mechelen, { street: 'Rue X 1' }))).toEqual(['NOT_FOUND']);
    expect((await view(ids.household.liege, 'housing { street }', as.otherContact)).housing).toBeNull();
  });

  it('validates input at the edge', async () => {
    const h = await register(p);
    const r = await updateHousing(as.volunteer, h.id, { leaseStart: '2027-13-01', monthlyRentCents: -1, street: 'x'.repeat(201) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0].extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['leaseStart', 'monthlyRentCents', 'street']);
    expect(codes(await updateHousing(as.volunteer, h.id, { landlordKind: 'CASTLE' }))).toEqual(['BAD_USER_INPUT']);
  });
});

// ---------------------------------------------------------------------------------------------
// The next home: Mutation.startNextHomeSearch, Mutation.recordNextHomeFound
// ---------------------------------------------------------------------------------------------

describe('Mutation.startNextHomeSearch', () => {
  let p: string;
  beforeAll(async () => {
    p = await freshPartnership('Next home');
  });

  it('requires sign-in', async () => {
    const h = await arrived(p, 5);
    expect(codes(await hub.agent().gql(START_SEARCH, { h: h.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('is due from three months before guidance ends; flagged when due and not started; starting it clears the flag', async () => {
    const start = addMonths(today, -10);
    const h = await arrived(p, 0, { planned: start });
    await arrive(h.id, start);
    const before = await view(h.id, 'guidanceEnd nextHomeSearchDueFrom flags housing { id }');
    expect(before.guidanceEnd).toBe(guidanceEndDate(start, false, RESETTLEMENT_MONTHS));
    expect(before.nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, false, RESETTLEMENT_MONTHS), -3));
    expect(before.nextHomeSearchDueFrom <= today).toBe(true);
    expect(before.flags).toContain('NEXT_HOME_SEARCH_NOT_STARTED');

    const r = await as.volunteer.ok(START_SEARCH, { h: h.id });
    expect(r.startNextHomeSearch.housing).toEqual({ nextHomeSearchStartedOn: today, nextHomeFoundOn: null });
    expect(r.startNextHomeSearch.flags).not.toContain('NEXT_HOME_SEARCH_NOT_STARTED');
    const { timeline } = await view(h.id, TIMELINE);
    expect(timeline.at(-1)).toMatchObject({ kind: 'NEXT_HOME_SEARCH_STARTED', actor: { email: DEMO.volunteer }, date: today });
  });

  it('is not flagged before it is due, nor for a household still planned', async () => {
    const recent = await arrived(p, 30);
    const { nextHomeSearchDueFrom, flags } = await view(recent.id, 'nextHomeSearchDueFrom flags');
    expect(nextHomeSearchDueFrom > today).toBe(true);
    expect(flags).not.toContain('NEXT_HOME_SEARCH_NOT_STARTED');
    const planned = await register(p, { planned: addDays(today, 200) });
    expect(await view(planned.id, 'nextHomeSearchDueFrom flags')).toEqual({ nextHomeSearchDueFrom: null, flags: [] });
  });

  it('moves with an extension to a second year', async () => {
    const start = addMonths(today, -10);
    const h = await register(p, { planned: start });
    await arrive(h.id, start);
    await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id });
    const { nextHomeSearchDueFrom, flags } = await view(h.id, 'nextHomeSearchDueFrom flags');
    expect(nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, true, RESETTLEMENT_MONTHS), -3));
    expect(flags).not.toContain('NEXT_HOME_SEARCH_NOT_STARTED');
  });

  it('takes the date the search started', async () => {
    const h = await arrived(p, 5);
    const r = await as.coordinator.ok(START_SEARCH, { h: h.id, on: addDays(today, -2) });
    expect(r.startNextHomeSearch.housing.nextHomeSearchStartedOn).toBe(addDays(today, -2));
  });

  it("answers NOT_FOUND for another partnership's household", async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(START_SEARCH, { h: ids.household.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherContact.gql(START_SEARCH, { h: ids.household.mechelen }))).toEqual(['NOT_FOUND']);
  });

  it('validates input at the edge', async () => {
    const h = await arrived(p, 5);
    expect(codes(await as.volunteer.gql(START_SEARCH, { h: h.id, on: '2026-02-31' }))).toEqual(['BAD_USER_INPUT']);
    expect((await view(h.id, 'housing { id }')).housing).toBeNull();
  });
});

describe('Mutation.recordNextHomeFound', () => {
  let p: string;
  beforeAll(async () => {
    p = await freshPartnership('Next home found');
  });

  it('requires sign-in', async () => {
    const h = await arrived(p, 5);
    expect(codes(await hub.agent().gql(NEXT_HOME_FOUND, { h: h.id }))).toEqual(['UNAUTHENTICATED']);
    expect((await stepOf(h.id, 'NEXT_HOME')).status).toBe('TODO');
  });

  it('closes the search and marks the NEXT_HOME step done, in the timeline', async () => {
    const start = addMonths(today, -10);
    const h = await register(p, { planned: start });
    await arrive(h.id, start);
    await as.volunteer.ok(START_SEARCH, { h: h.id, on: addDays(today, -20) });
    const r = await as.volunteer.ok(NEXT_HOME_FOUND, { h: h.id });
    expect(r.recordNextHomeFound.housing).toEqual({ nextHomeSearchStartedOn: addDays(today, -20), nextHomeFoundOn: today });
    expect(r.recordNextHomeFound.plan.find((s: Answer) => s.key === 'NEXT_HOME')).toEqual({ key: 'NEXT_HOME', status: 'DONE', updatedBy: { email: DEMO.volunteer } });
    expect(r.recordNextHomeFound.flags).not.toContain('NEXT_HOME_SEARCH_NOT_STARTED');
    const { timeline } = await view(h.id, TIMELINE);
    expect(timeline.at(-1)).toMatchObject({ kind: 'NEXT_HOME_FOUND', actor: { email: DEMO.volunteer }, date: today });
  });

  it('closes a search never recorded as started (it started the day the home was found)', async () => {
    const start = addMonths(today, -10);
    const h = await register(p, { planned: start });
    await arrive(h.id, start);
    expect(await flagsOf(h.id)).toContain('NEXT_HOME_SEARCH_NOT_STARTED');
    const r = await as.coordinator.ok(NEXT_HOME_FOUND, { h: h.id, on: addDays(today, -1) });
    expect(r.recordNextHomeFound.housing).toEqual({ nextHomeSearchStartedOn: addDays(today, -1), nextHomeFoundOn: addDays(today, -1) });
    expect(r.recordNextHomeFound.flags).not.toContain('NEXT_HOME_SEARCH_NOT_STARTED');
  });

  it('leaves a NEXT_HOME step that does not apply as it is', async () => {
    const h = await arrived(p, 5);
    const step = await stepOf(h.id, 'NEXT_HOME');
    await as.contact.ok(UPDATE_STEP, { id: step.id, input: { status: 'NOT_APPLICABLE', notApplicableReason: 'Stays with family' } });
    const r = await as.contact.ok(NEXT_HOME_FOUND, { h: h.id });
    expect(r.recordNextHomeFound.plan.find((s: Answer) => s.key === 'NEXT_HOME').status).toBe('NOT_APPLICABLE');
  });

  it("answers NOT_FOUND for another partnership's household", async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(NEXT_HOME_FOUND, { h: ids.household.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.otherCoordinator.gql(NEXT_HOME_FOUND, { h: ids.household.mechelen }))).toEqual(['NOT_FOUND']);
  });

  it('validates input at the edge', async () => {
    const h = await arrived(p, 5);
    expect(codes(await as.volunteer.gql(NEXT_HOME_FOUND, { h: h.id, on: 'tomorrow' }))).toEqual(['BAD_USER_INPUT']);
    expect((await stepOf(h.id, 'NEXT_HOME')).status).toBe('TODO');
  });
});
