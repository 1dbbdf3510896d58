/**
 * Household progress: guidance plans, housing and the next-home search, flags, the board and its
 * live subscription, the funding statement (and its CSV), the programme dashboard, plan templates
 * and programme settings.
 *
 * Dates are computed from today (Brussels) so the cases hold whatever day they run; the records a
 * case depends on are made by the case itself (fresh partnerships and households), except where a
 * demo record is the point (HH-2026-0003's short lease).
 */
import { addDays, addMonths, guidanceEndDate, RESETTLEMENT_PLAN } from '@partner-hub/shared';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Agent, codes, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from '../../../test/harness.js';
import { todayInBrussels } from '../../app/validators.js';
import { AccessLogEntry } from '../audit/audit.entity.js';
import { Household } from '../household/household.entity.js';
import { GuidanceStep, HouseholdEvent, Housing } from './progress.entity.js';

/** The due date of a template step, as the plan defines it: counted from arrival, moving in, or the end of guidance. */
function due(t: { anchor: string; offsetDays: number }, dates: { arrival: string; movedIn?: string; extended?: boolean }): string {
  const from = t.anchor === 'MOVE_IN' ? (dates.movedIn ?? dates.arrival) : t.anchor === 'GUIDANCE_END' ? guidanceEndDate(dates.arrival, !!dates.extended) : dates.arrival;
  return addDays(from, t.offsetDays);
}

type Ids = Awaited<ReturnType<typeof demoIds>>;
const PEOPLE = ['admin', 'contact', 'deputy', 'otherContact', 'coordinator', 'volunteer', 'otherCoordinator', 'otherVolunteer'] as const;
type Person = (typeof PEOPLE)[number];

let hub: TestHub;
let ids: Ids;
let as: Record<Person, Agent>;
const today = todayInBrussels();

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  as = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await hub.as(DEMO[p])] as const))) as Record<Person, Agent>;
});
afterAll(() => hub?.close());

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

interface MemberInput {
  id?: string;
  firstName: string;
  lastName: string;
  birthYear: number;
  relationship: string;
}
const head = (lastName = 'Test', birthYear = 1985): MemberInput => ({ firstName: 'Head', lastName, birthYear, relationship: 'HEAD' });
const child = (firstName: string, birthYear: number): MemberInput => ({ firstName, lastName: 'Test', birthYear, relationship: 'CHILD' });

/**
 * A partnership of its own, looked after like the demo "Onthaalgroep Mechelen": contact@ is its
 * contact person, deputy@ its deputy, coordinator@'s Samen Thuis vzw leads it and volunteer@'s
 * Onthaalgroep Mechelen is a member.
 */
async function freshPartnership(name: string, programme = 'RESETTLEMENT', capacityPledged = 500): Promise<string> {
  const { createPartnership } = await as.admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
    input: {
      name: unique(name),
      programme,
      track: 'COMMUNITY_SPONSORSHIP',
      status: 'ACTIVE',
      capacityPledged,
      leadOrganisationId: ids.org['Samen Thuis vzw'],
      contactPersonId: ids.user[DEMO.contact],
      deputyId: ids.user[DEMO.deputy],
    },
  });
  await as.admin.ok(`mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: createPartnership.id, o: ids.org['Onthaalgroep Mechelen'] });
  return createPartnership.id;
}

async function register(
  partnershipId: string,
  opts: { planned?: string | null; members?: MemberInput[]; route?: string; reference?: string; needs?: string[] } = {},
  agent: Agent = as.coordinator,
): Promise<{ id: string; reference: string }> {
  const reference = opts.reference ?? unique('PRG');
  const { registerHousehold } = await agent.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }`, {
    input: {
      partnershipId,
      reference,
      arrivalRoute: opts.route ?? 'DIRECT',
      plannedArrivalDate: opts.planned === undefined ? addDays(today, 90) : opts.planned,
      members: opts.members ?? [head(reference)],
      ...(opts.needs ? { specificNeeds: opts.needs } : {}),
    },
  });
  return registerHousehold;
}

async function arrive(id: string, arrivalDate: string, agent: Agent = as.coordinator) {
  await agent.ok(`mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id } }`, { id, d: arrivalDate });
}

/** A household arrived `daysAgo` days ago (guidance started the same day). */
async function arrived(partnershipId: string, daysAgo: number, opts: Parameters<typeof register>[1] = {}) {
  const h = await register(partnershipId, { planned: addDays(today, -daysAgo), ...opts });
  await arrive(h.id, addDays(today, -daysAgo));
  return h;
}

const STEP_FIELDS = 'id key status dueDate anchor owner note notApplicableReason overdue member { firstName } updatedAt updatedBy { email }';
const PLAN = `query($id: ID!) { household(id: $id) { plan { ${STEP_FIELDS} } } }`;

async function plan(id: string, agent: Agent = as.contact): Promise<any[]> {
  return (await agent.ok(PLAN, { id })).household.plan;
}

async function stepOf(householdId: string, key: string, firstName?: string): Promise<any> {
  const step = (await plan(householdId)).find((s) => s.key === key && (firstName === undefined || s.member?.firstName === firstName));
  if (!step) throw new Error(`no step ${key} ${firstName ?? ''}`);
  return step;
}

async function view(id: string, fields: string, agent: Agent = as.contact): Promise<any> {
  return (await agent.ok(`query($id: ID!) { household(id: $id) { ${fields} } }`, { id })).household;
}

const flagsOf = async (id: string) => (await view(id, 'flags')).flags as string[];

const UPDATE_STEP = `mutation($id: ID!, $input: UpdateGuidanceStepInput!) { updateGuidanceStep(id: $id, input: $input) { ${STEP_FIELDS} household { id } } }`;
const UPDATE_HOUSING = `mutation($h: ID!, $input: HousingInput!) {
  updateHousing(householdId: $h, input: $input) { street postalCode city leaseStart leaseEnd monthlyRentCents landlordKind movedInOn coversFirstYear nextHomeSearchStartedOn nextHomeFoundOn }
}`;
const START_SEARCH = `mutation($h: ID!, $on: String) { startNextHomeSearch(householdId: $h, on: $on) { id housing { nextHomeSearchStartedOn nextHomeFoundOn } flags } }`;
const NEXT_HOME_FOUND = `mutation($h: ID!, $on: String) { recordNextHomeFound(householdId: $h, on: $on) { id housing { nextHomeSearchStartedOn nextHomeFoundOn } flags plan { key status updatedBy { email } } } }`;
const TIMELINE = 'timeline { kind actor { email } stepKey fromStatus toStatus fields date }';

const updateStep = (agent: Agent, id: string, input: Record<string, unknown>) => agent.gql(UPDATE_STEP, { id, input });
const updateHousing = (agent: Agent, h: string, input: Record<string, unknown>) => agent.gql(UPDATE_HOUSING, { h, input });

/** Backdates every trace of activity of a household (its row, timeline, steps, housing) to noon `daysAgo` days ago. */
async function backdate(householdId: string, daysAgo: number) {
  const at = new Date(`${addDays(today, -daysAgo)}T12:00:00Z`);
  const em = hub.orm.em.fork();
  await em.nativeUpdate(Household, { id: householdId }, { updatedAt: at });
  await em.nativeUpdate(HouseholdEvent, { household: householdId }, { at });
  await em.nativeUpdate(GuidanceStep, { household: householdId }, { updatedAt: at });
  await em.nativeUpdate(Housing, { household: householdId }, { updatedAt: at });
}

async function accessLogRows(email: string): Promise<string[]> {
  const rows = await hub.orm.em.fork().find(AccessLogEntry, { user: ids.user[email]! });
  return rows.map((r) => r.household.id);
}

const BOARD = `query($p: ID, $flag: HouseholdFlag, $sort: BoardSort) {
  board(partnershipId: $p, flag: $flag, sort: $sort) {
    id reference status flags progress { done total } nextStep { key dueDate } hasSpecificNeeds specificNeeds { needs } funding { totalCents }
  }
}`;
const board = async (agent: Agent, vars: Record<string, unknown> = {}) => (await agent.ok(BOARD, vars)).board as any[];

/** Expected plan of a household without a move-in date: the template, one school step per named child. */
function templatePlan(arrival: string, children: string[]) {
  return RESETTLEMENT_PLAN.flatMap((t) =>
    (t.perSchoolAgeChild ? children : [null]).map((c) => ({ key: t.key, anchor: t.anchor, owner: t.owner, status: 'TODO', dueDate: due(t, { arrival }), member: c && { firstName: c } })),
  );
}

// ----- Subscriptions -------------------------------------------------------------------------

function webSocketWithCookie(cookie: string | undefined) {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

/** An open `boardUpdated` subscription; `until` repeats a change until a matching event arrives (bounded: a hang guard only). */
function openBoard(agent: Agent | null, query = `subscription { boardUpdated { id reference specificNeeds { needs } progress { done total } } }`) {
  const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: webSocketWithCookie(agent?.cookie), lazy: true, retryAttempts: 0, shouldRetry: () => false });
  const events: GraphQLResult[] = [];
  let closeCode: number | undefined;
  let ended = false;
  let wake: () => void = () => {};
  client.subscribe(
    { query },
    {
      next: (p) => {
        events.push(p as GraphQLResult);
        wake();
      },
      error: (e: unknown) => {
        ended = true;
        if (Array.isArray(e)) events.push({ errors: e });
        else if (e && typeof e === 'object' && 'code' in e) closeCode = (e as { code: number }).code;
        else events.push({ errors: [{ message: String(e) }] });
        wake();
      },
      complete: () => {
        ended = true;
        wake();
      },
    },
  );
  const data = () => events.filter((e) => e.data).map((e) => e.data!.boardUpdated);
  return {
    events,
    data,
    closeCode: () => closeCode,
    /** Makes the change until an event after the first `from` data events matches; returns it. */
    async until(trigger: () => Promise<unknown>, matches: (h: any) => boolean, from = 0): Promise<any> {
      const found = () => data().slice(from).find(matches);
      for (let attempt = 0; attempt < 60 && !found() && !ended; attempt++) {
        await trigger();
        if (found()) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 150);
        });
      }
      return found();
    },
    dispose: () => client.dispose(),
  };
}

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
    expect(timeline.map((e: any) => e.kind)).toEqual(['REGISTERED', 'STEP_UPDATED', 'HOUSEHOLD_UPDATED', 'ARRIVAL_RECORDED']);
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

  it("keeps the done school step of a child who leaves the household, as history", async () => {
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
    expect(timeline.filter((e: any) => e.kind === 'STEP_UPDATED').map((e: any) => [e.stepKey, e.fromStatus, e.toStatus])).toEqual([['SCHOOL_ENROLMENT', 'TODO', 'DONE']]);
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
    expect(timeline.filter((e: any) => e.kind === 'STEP_UPDATED')).toEqual([
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
    expect(without.errors![0]!.extensions!.field).toBe('notApplicableReason');
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
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await updateStep(agent, step.id, { status: 'DONE' }))).toEqual(['NOT_FOUND']);
    expect(codes(await updateStep(as.contact, '00000000-0000-0000-0000-000000000000', { status: 'DONE' }))).toEqual(['NOT_FOUND']);
    expect((await plan(ids.household.liege, as.otherContact)).find((s) => s.id === step.id).status).toBe('TODO');
  });

  it('validates input at the edge', async () => {
    const step = await stepOf(h.id, 'FAMILY_DOCTOR');
    const bad = await updateStep(as.volunteer, step.id, { dueDate: '2026-02-30', note: 'x'.repeat(2001) });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0]!.extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['dueDate', 'note']);
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
    expect(timeline.filter((e: any) => e.kind === 'HOUSING_UPDATED').map((e: any) => [e.actor.email, [...e.fields].sort()])).toEqual([
      [DEMO.volunteer, ['city', 'landlordKind', 'leaseEnd', 'leaseStart', 'monthlyRentCents', 'postalCode', 'street']],
      [DEMO.volunteer, ['leaseEnd']],
      [DEMO.coordinator, ['leaseEnd', 'monthlyRentCents']],
    ]);
  });

  it('flags the demo household whose nine-month lease is shorter than a year (HH-2026-0003)', async () => {
    const gent = (await board(as.contact, { p: ids.partnership.gent, sort: 'REFERENCE' })).find((r) => r.reference === 'HH-2026-0003');
    const h = await view(gent.id, 'reference arrivalDate housing { leaseStart leaseEnd coversFirstYear }');
    expect(h).toEqual({ reference: 'HH-2026-0003', arrivalDate: '2026-06-10', housing: { leaseStart: '2026-06-01', leaseEnd: '2027-02-28', coversFirstYear: false } });
    expect((await view(gent.id, 'flags')).flags).toContain('LEASE_TOO_SHORT');
    expect((await view(ids.household.mechelen, 'housing { coversFirstYear }')).housing.coversFirstYear).toBe(true);
  });

  it('refuses a lease that ends before it starts (LEASE_DATES_INVALID), and saves nothing', async () => {
    const h = await register(p);
    const r = await updateHousing(as.volunteer, h.id, { street: 'Kerkstraat 1', leaseStart: '2027-03-01', leaseEnd: '2027-02-01' });
    expect(codes(r)).toEqual(['LEASE_DATES_INVALID']);
    expect(r.errors![0]!.extensions!.field).toBe('leaseEnd');
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
    expect((r.errors![0]!.extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['leaseStart', 'monthlyRentCents', 'street']);
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
    expect(before.guidanceEnd).toBe(guidanceEndDate(start, false));
    expect(before.nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, false), -3));
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
    expect(nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, true), -3));
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
    expect(r.recordNextHomeFound.plan.find((s: any) => s.key === 'NEXT_HOME')).toEqual({ key: 'NEXT_HOME', status: 'DONE', updatedBy: { email: DEMO.volunteer } });
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
    expect(r.recordNextHomeFound.plan.find((s: any) => s.key === 'NEXT_HOME').status).toBe('NOT_APPLICABLE');
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

  it("shows the households in guidance with progress, next step and flags, next due first; not those whose guidance ended", async () => {
    const rows = await board(as.contact, { p });
    expect(rows.map((r) => r.reference)).toEqual(['BRD-A', 'BRD-B', 'BRD-C', 'BRD-E']);
    const byRef = Object.fromEntries(rows.map((r) => [r.reference, r]));
    expect(byRef['BRD-A']).toMatchObject({ status: 'IN_GUIDANCE', flags: ['OVERDUE_STEPS', 'NO_HOME_YET'], progress: { done: 0, total: 11 }, nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, -3) } });
    expect(byRef['BRD-B']).toMatchObject({ status: 'PLANNED', flags: ['LEASE_TOO_SHORT'], progress: { done: 0, total: 11 }, nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, 27) } });
    expect(byRef['BRD-C']).toMatchObject({ status: 'PLANNED', flags: [], nextStep: { key: 'OCMW_REGISTRATION', dueDate: addDays(today, 157) } });
    // E: everything due in the next 30 days done; the next home is what is left.
    expect(byRef['BRD-E']).toMatchObject({ status: 'IN_GUIDANCE', flags: ['STALE'], progress: { done: 9, total: 11 }, nextStep: { key: 'NEXT_HOME', dueDate: due({ anchor: 'GUIDANCE_END', offsetDays: -30 }, { arrival: addDays(today, -40) }) } });
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
      const event = await sub.until(() => as.volunteer.ok(START_SEARCH, { h: h.id }), () => true);
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
      const event = await sub.until(() => as.coordinator.ok(START_SEARCH, { h: h.id }), (e) => e.id === h.id);
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
    await as.contact.ok(`mutation($id: ID!) { updateHousehold(id: $id, input: { specificNeeds: [COMPLEX_MEDICAL, UNACCOMPANIED_MINOR], specificNeedsNote: "Secret note about the case" }) { id } }`, { id: h.id });
    for (const agent of [as.volunteer, as.contact]) {
      const { timeline } = (await agent.ok(`query($id: ID!) { household(id: $id) { timeline { kind fields date stepKey stepLabel { en } fromStatus toStatus actor { email } } } }`, { id: h.id })).household;
      expect(timeline.map((e: any) => e.kind)).toEqual(['REGISTERED', 'HOUSEHOLD_UPDATED']);
      expect([...timeline[1].fields].sort()).toEqual(['specificNeeds', 'specificNeedsNote']);
      const text = JSON.stringify(timeline);
      for (const secret of ['TRAFFICKING_VICTIM', 'COMPLEX_MEDICAL', 'UNACCOMPANIED_MINOR', 'Secret note']) expect(text).not.toContain(secret);
    }
    // Nor is it stored in the events themselves.
    const stored = await hub.orm.em.fork().find(HouseholdEvent, { household: h.id });
    expect(JSON.stringify(stored.map((e) => e.data))).not.toMatch(/TRAFFICKING|COMPLEX|UNACCOMPANIED|Secret/);
  });
});

// ---------------------------------------------------------------------------------------------
// Query.fundingStatement and its CSV
// ---------------------------------------------------------------------------------------------

const STATEMENT = `query($p: ID!) {
  fundingStatement(partnershipId: $p) {
    partnership { id } csvUrl
    rows { reference headName persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents household { reference } }
    totals { persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents }
  }
}`;

/** The worked examples: a family of five received directly and extended to two years, and a single person after reception. */
async function fundingPartnership(): Promise<string> {
  const p = await freshPartnership('Funding');
  const family = await register(
    p,
    {
      reference: 'FS-1',
      route: 'DIRECT',
      planned: addMonths(today, -2),
      members: [
        { firstName: 'Amal', lastName: 'Nasser', birthYear: 1984, relationship: 'HEAD' },
        { firstName: 'Karim', lastName: 'Nasser', birthYear: 1981, relationship: 'SPOUSE' },
        child('Dina', 2011),
        child('Sami', 2014),
        child('Mira', 2020),
      ],
    },
    as.admin,
  );
  await register(p, { reference: 'FS-2', route: 'AFTER_RECEPTION', members: [{ firstName: 'Samuel', lastName: 'Tesfaye', birthYear: 1996, relationship: 'HEAD' }] }, as.admin);
  await arrive(family.id, addMonths(today, -2), as.admin);
  await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { guidanceExtended } }`, { id: family.id });
  return p;
}

describe('Query.fundingStatement', () => {
  let p: string;
  beforeAll(async () => {
    p = await fundingPartnership();
  });

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(STATEMENT, { p }))).toEqual(['UNAUTHENTICATED']);
  });

  it('states EUR 22,000 for the family of five (direct, two years) and EUR 3,000 for the single person: EUR 25,000', async () => {
    for (const agent of [as.admin, as.contact, as.deputy, as.coordinator]) {
      const { fundingStatement: s } = await agent.ok(STATEMENT, { p });
      expect(s.partnership.id).toBe(p);
      expect(s.csvUrl).toBe(`/partnerships/${p}/funding.csv`);
      expect(s.rows).toEqual([
        {
          reference: 'FS-1',
          headName: 'Amal Nasser',
          persons: 5,
          baseCents: 1_500_000,
          secondYearCents: 300_000,
          directArrivalHeadCents: 200_000,
          directArrivalMembersCents: 200_000,
          totalCents: 2_200_000,
          household: { reference: 'FS-1' },
        },
        { reference: 'FS-2', headName: 'Samuel Tesfaye', persons: 1, baseCents: 300_000, secondYearCents: 0, directArrivalHeadCents: 0, directArrivalMembersCents: 0, totalCents: 300_000, household: { reference: 'FS-2' } },
      ]);
      expect(s.totals).toEqual({ persons: 6, baseCents: 1_800_000, secondYearCents: 300_000, directArrivalHeadCents: 200_000, directArrivalMembersCents: 200_000, totalCents: 2_500_000 });
    }
  });

  it('is not for volunteers (FORBIDDEN)', async () => {
    const r = await as.volunteer.gql(STATEMENT, { p });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.data ?? null).toBeNull();
  });

  it("answers NOT_FOUND for another partnership's statement", async () => {
    for (const agent of [as.otherContact, as.otherCoordinator, as.otherVolunteer]) expect(codes(await agent.gql(STATEMENT, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.coordinator.gql(STATEMENT, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(STATEMENT, { p: '00000000-0000-0000-0000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe('GET /partnerships/:id/funding.csv', () => {
  let p: string;
  const csv = (id: string, agent?: Agent) => fetch(`${hub.url}/partnerships/${id}/funding.csv`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
  beforeAll(async () => {
    p = await fundingPartnership();
  });

  it('requires sign-in (401)', async () => {
    const res = await csv(p);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('downloads the same figures as the statement, as an attachment in the viewer\'s language', async () => {
    const res = await csv(p, as.contact);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="funding-[\w-]+\.csv"; filename\*=UTF-8''funding-[\w-]+\.csv$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // UTF-8 with a byte-order mark, for spreadsheet apps.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    const cells = lines.map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells[0]![0]).toBe('Dossier'); // contact@ reads Dutch
    expect(cells.slice(1)).toEqual([
      // Amounts in the viewer's locale (nl-BE), as on the screen.
      ['FS-1', 'Amal Nasser', '5', 'rechtstreeks', 'ja', '15.000,00', '3.000,00', '2.000,00', '2.000,00', '22.000,00'],
      ['FS-2', 'Samuel Tesfaye', '1', 'na opvang', 'nee', '3.000,00', '0,00', '0,00', '0,00', '3.000,00'],
      ['Totaal', '', '6', '', '', '18.000,00', '3.000,00', '2.000,00', '2.000,00', '25.000,00'],
    ]);
  });

  it('neutralises a cell that a spreadsheet would run as a formula', async () => {
    const q = await freshPartnership('Formula');
    await register(q, { reference: 'CSV-1', members: [{ firstName: '=HYPERLINK("http://evil.example")', lastName: 'X', birthYear: 1990, relationship: 'HEAD' }] });
    const body = await (await csv(q, as.coordinator)).text();
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"") X"`);
    expect(body).not.toMatch(/(^|;)"=/m);
  });

  it('answers 403 for a volunteer of the partnership, 404 for another partnership or none', async () => {
    expect((await csv(p, as.volunteer)).status).toBe(403);
    expect((await csv(p, as.otherCoordinator)).status).toBe(404);
    expect((await csv(p, as.otherContact)).status).toBe(404);
    expect((await csv('00000000-0000-0000-0000-000000000000', as.admin)).status).toBe(404);
    expect((await csv(p, as.coordinator)).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// Query.programmeDashboard
// ---------------------------------------------------------------------------------------------

describe('Query.programmeDashboard', () => {
  const DASHBOARD = `query($programme: ProgrammeCode!, $year: Int!) {
    programmeDashboard(programme: $programme, year: $year) {
      programme { code } year quota personsArrived personsPlanned fundingCommittedCents
      months { month arrived planned }
      partnerships { partnership { id name } capacityPledged persons }
    }
  }`;

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows Fedasil staff the quota against persons arrived by month, and the funding committed (2023: the worked examples)', async () => {
    const { programmeDashboard: d } = await as.admin.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 });
    expect(d).toMatchObject({ programme: { code: 'RESETTLEMENT' }, year: 2023, quota: 500, personsArrived: 6, personsPlanned: 0, fundingCommittedCents: 2_500_000 });
    expect(d.months).toHaveLength(12);
    expect(d.months.filter((m: any) => m.arrived || m.planned)).toEqual([
      { month: 3, arrived: 5, planned: 0 },
      { month: 9, arrived: 1, planned: 0 },
    ]);
    expect(d.partnerships.find((x: any) => x.partnership.name === 'Gent Samen')).toMatchObject({ capacityPledged: 40, persons: 6 });
    expect(d.partnerships.find((x: any) => x.partnership.name === 'Liège Accueil')).toMatchObject({ capacityPledged: 12, persons: 0 });
    // Only the programme's partnerships.
    expect(d.partnerships.map((x: any) => x.partnership.name)).not.toContain('Terugkeerloket Antwerpen');
  });

  it('counts planned and arrived persons per month and partnership, against the capacity pledged', async () => {
    const p = await freshPartnership('Dashboard', 'RESETTLEMENT', 8);
    await as.admin.ok(`mutation { setQuota(programme: RESETTLEMENT, year: 2024, persons: 300) { year } }`);
    await register(p, { planned: '2024-05-10', route: 'DIRECT', members: [head('Dash', 1990), child('A', 2020), child('B', 2022), child('C', 2024)] });
    const b = await register(p, { planned: '2024-02-20', route: 'AFTER_RECEPTION', members: [head('Dash', 1980), { firstName: 'S', lastName: 'Dash', birthYear: 1982, relationship: 'SPOUSE' }] });
    await arrive(b.id, '2024-03-01');
    const { programmeDashboard: d } = await as.admin.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2024 });
    expect(d).toMatchObject({ quota: 300, personsArrived: 2, personsPlanned: 4, fundingCommittedCents: 4 * 300_000 + 200_000 + 3 * 50_000 + 2 * 300_000 });
    expect(d.months.filter((m: any) => m.arrived || m.planned)).toEqual([
      { month: 3, arrived: 2, planned: 0 },
      { month: 5, arrived: 0, planned: 4 },
    ]);
    expect(d.partnerships.find((x: any) => x.partnership.id === p)).toMatchObject({ capacityPledged: 8, persons: 6 });
  });

  it("shows a contact person only the partnerships they look after", async () => {
    const { programmeDashboard: d } = await as.contact.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 });
    const names = d.partnerships.map((x: any) => x.partnership.name);
    expect(names).toEqual(expect.arrayContaining(['Gent Samen', 'Onthaalgroep Mechelen']));
    expect(names).not.toContain('Liège Accueil');
    expect(names).not.toContain('Zemst Verwelkomt');
    expect(d).toMatchObject({ quota: 500, personsArrived: 6, fundingCommittedCents: 2_500_000 });
  });

  it('is not for partners (FORBIDDEN)', async () => {
    for (const agent of [as.coordinator, as.volunteer, as.otherCoordinator]) expect(codes(await agent.gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 }))).toEqual(['FORBIDDEN']);
  });

  it('validates input at the edge', async () => {
    expect(codes(await as.admin.gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 1999 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.admin.gql(DASHBOARD, { programme: 'HOLIDAYS', year: 2023 }))).toEqual(['BAD_USER_INPUT']);
  });
});

// ---------------------------------------------------------------------------------------------
// Templates and settings (on the voluntary-return programme, so the resettlement plans of the
// other cases stay as they are)
// ---------------------------------------------------------------------------------------------

const TEMPLATES = `query($programme: ProgrammeCode!) { stepTemplates(programme: $programme) { id key label { nl fr en } anchor offsetDays owner perSchoolAgeChild position } }`;
const SAVE_TEMPLATE = `mutation($programme: ProgrammeCode!, $input: StepTemplateInput!) { saveStepTemplate(programme: $programme, input: $input) { id key label { nl fr en } anchor offsetDays owner perSchoolAgeChild position active } }`;
const REMOVE_TEMPLATE = `mutation($id: ID!) { removeStepTemplate(id: $id) }`;
const SETTINGS = `mutation($programme: ProgrammeCode!, $months: Int!, $days: Int!) { updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $months, staleAfterDays: $days) { code nextHomeSearchMonths staleAfterDays } }`;
const templateInput = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  label: { nl: `Stap ${key}`, fr: `Étape ${key}`, en: `Step ${key}` },
  anchor: 'ARRIVAL',
  offsetDays: 10,
  owner: 'PARTNER',
  ...extra,
});

describe('Query.stepTemplates', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(TEMPLATES, { programme: 'RESETTLEMENT' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the resettlement template in order for Fedasil staff', async () => {
    for (const agent of [as.admin, as.contact]) {
      const { stepTemplates } = await agent.ok(TEMPLATES, { programme: 'RESETTLEMENT' });
      expect(stepTemplates.map((t: any) => ({ key: t.key, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, perSchoolAgeChild: t.perSchoolAgeChild, label: t.label }))).toEqual(
        RESETTLEMENT_PLAN.map((t) => ({ key: t.key, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, perSchoolAgeChild: !!t.perSchoolAgeChild, label: t.label })),
      );
    }
  });

  it('is not for partners (FORBIDDEN)', async () => {
    for (const agent of [as.coordinator, as.volunteer]) expect(codes(await agent.gql(TEMPLATES, { programme: 'RESETTLEMENT' }))).toEqual(['FORBIDDEN']);
  });

  it('validates input at the edge', async () => {
    expect(codes(await as.admin.gql(TEMPLATES, { programme: 'NOPE' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Mutation.saveStepTemplate', () => {
  let desk: string;
  beforeAll(async () => {
    desk = await freshPartnership('Return desk', 'VOLUNTARY_RETURN');
  });

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('ANON_STEP') }))).toEqual(['UNAUTHENTICATED']);
  });

  it('adds and changes steps of a template; a change applies to new plans only', async () => {
    const before = await register(desk, { planned: '2031-01-01' });
    expect(await plan(before.id)).toEqual([]);

    const { saveStepTemplate: t } = await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('RETURN_INTERVIEW', { label: { nl: ' Gesprek ', fr: 'Entretien', en: 'Interview' } }) });
    expect(t).toMatchObject({ key: 'RETURN_INTERVIEW', label: { nl: 'Gesprek', fr: 'Entretien', en: 'Interview' }, offsetDays: 10, perSchoolAgeChild: false, position: 0, active: true });
    const first = await register(desk, { planned: '2031-01-01' });
    expect((await plan(first.id)).map((s) => [s.key, s.dueDate])).toEqual([['RETURN_INTERVIEW', '2031-01-11']]);
    expect(await plan(before.id)).toEqual([]);

    const { saveStepTemplate: changed } = await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('RETURN_INTERVIEW', { id: t.id, offsetDays: 30, owner: 'VOLUNTEER' }) });
    expect(changed).toMatchObject({ id: t.id, offsetDays: 30, owner: 'VOLUNTEER' });
    const second = await register(desk, { planned: '2031-01-01' });
    expect((await plan(second.id)).map((s) => [s.key, s.dueDate, s.owner])).toEqual([['RETURN_INTERVIEW', '2031-01-31', 'VOLUNTEER']]);
    expect((await plan(first.id)).map((s) => [s.key, s.dueDate, s.owner])).toEqual([['RETURN_INTERVIEW', '2031-01-11', 'PARTNER']]);
    // Even when the existing plan is re-timed, it keeps the step as it was copied.
    await as.contact.ok(`mutation($id: ID!, $d: String) { updateHousehold(id: $id, input: { plannedArrivalDate: $d }) { id } }`, { id: first.id, d: '2031-02-01' });
    expect((await plan(first.id)).map((s) => [s.dueDate, s.owner])).toEqual([['2031-02-11', 'PARTNER']]);

    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.map((x: any) => x.key)).toEqual(['RETURN_INTERVIEW']);
  });

  it('refuses a key another step of the template has (NAME_TAKEN), and an unknown id (NOT_FOUND)', async () => {
    const a = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('TRAVEL_DOCUMENTS', { position: 1 }) })).saveStepTemplate;
    await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('FLIGHT_BOOKED', { position: 2 }) });
    const r = await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('FLIGHT_BOOKED', { id: a.id }) });
    expect(codes(r)).toEqual(['NAME_TAKEN']);
    expect(r.errors![0]!.extensions!.field).toBe('key');
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('NEW_KEY', { id: '00000000-0000-0000-0000-000000000000' }) }))).toEqual(['NOT_FOUND']);
    // A template step of another programme is not found through this one.
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'SOCIO_LEGAL_DESK', input: templateInput('TRAVEL_DOCUMENTS', { id: a.id }) }))).toEqual(['NOT_FOUND']);
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.find((x: any) => x.id === a.id).key).toBe('TRAVEL_DOCUMENTS');
  });

  it('is for admins only (FORBIDDEN)', async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) {
      expect(codes(await agent.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('NOT_ALLOWED') }))).toEqual(['FORBIDDEN']);
    }
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.map((x: any) => x.key)).not.toContain('NOT_ALLOWED');
  });

  it('validates input at the edge', async () => {
    const r = await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('lower case', { offsetDays: 1000, position: -1, label: { nl: '', fr: 'x', en: 'y' } }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0]!.extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['key', 'label.nl', 'offsetDays', 'position']);
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('GOOD_KEY', { anchor: 'LUNCH' }) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Mutation.removeStepTemplate', () => {
  let desk: string;
  beforeAll(async () => {
    desk = await freshPartnership('Return desk removal', 'VOLUNTARY_RETURN');
  });

  it('requires sign-in', async () => {
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'RESETTLEMENT' });
    expect(codes(await hub.agent().gql(REMOVE_TEMPLATE, { id: stepTemplates[0].id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('takes a step out of the template: new plans no longer get it, existing plans keep theirs', async () => {
    const t = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('REINTEGRATION_PLAN', { position: 5 }) })).saveStepTemplate;
    const existing = await register(desk, { planned: '2031-06-01' });
    expect((await plan(existing.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
    expect((await as.admin.ok(REMOVE_TEMPLATE, { id: t.id })).removeStepTemplate).toBe(true);
    expect((await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' })).stepTemplates.map((x: any) => x.key)).not.toContain('REINTEGRATION_PLAN');
    const next = await register(desk, { planned: '2031-06-01' });
    expect((await plan(next.id)).map((s) => s.key)).not.toContain('REINTEGRATION_PLAN');
    expect((await plan(existing.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
    // Saved again under its key, it is back for new plans.
    await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('REINTEGRATION_PLAN', { position: 5 }) });
    const again = await register(desk, { planned: '2031-06-01' });
    expect((await plan(again.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
  });

  it('is for admins only (FORBIDDEN)', async () => {
    const t = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('KEEP_ME', { position: 9 }) })).saveStepTemplate;
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(REMOVE_TEMPLATE, { id: t.id }))).toEqual(['FORBIDDEN']);
    expect((await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' })).stepTemplates.map((x: any) => x.key)).toContain('KEEP_ME');
  });

  it('answers NOT_FOUND for an unknown step', async () => {
    expect(codes(await as.admin.gql(REMOVE_TEMPLATE, { id: '00000000-0000-0000-0000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe('Mutation.updateProgrammeSettings', () => {
  const PROGRAMMES = `{ programmes { code nextHomeSearchMonths staleAfterDays } }`;

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SETTINGS, { programme: 'SOCIO_LEGAL_DESK', months: 4, days: 40 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('starts from three months and 30 days; a change moves the next-home search and the stale threshold', async () => {
    const { programmes } = await as.admin.ok(PROGRAMMES);
    expect(programmes.every((p: any) => p.nextHomeSearchMonths === 3 && p.staleAfterDays === 30)).toBe(true);

    // A programme without a plan template, so no step is overdue.
    const desk = await freshPartnership('Desk settings', 'SOCIO_LEGAL_DESK');
    const start = addMonths(today, -6);
    const h = await register(desk, { planned: start });
    await arrive(h.id, start);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Rue Haute 1' } });
    await backdate(h.id, 45);
    expect(await view(h.id, 'nextHomeSearchDueFrom flags')).toEqual({ nextHomeSearchDueFrom: addMonths(guidanceEndDate(start, false), -3), flags: ['STALE'] });

    const r = await as.admin.ok(SETTINGS, { programme: 'SOCIO_LEGAL_DESK', months: 6, days: 60 });
    expect(r.updateProgrammeSettings).toEqual({ code: 'SOCIO_LEGAL_DESK', nextHomeSearchMonths: 6, staleAfterDays: 60 });
    const after = await view(h.id, 'nextHomeSearchDueFrom flags');
    expect(after.nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, false), -6));
    expect(after.nextHomeSearchDueFrom <= today).toBe(true);
    // Due now; no longer stale after 45 days.
    expect(after.flags).toEqual(['NEXT_HOME_SEARCH_NOT_STARTED']);
    // Other programmes keep theirs.
    expect((await as.admin.ok(PROGRAMMES)).programmes.find((p: any) => p.code === 'RESETTLEMENT')).toEqual({ code: 'RESETTLEMENT', nextHomeSearchMonths: 3, staleAfterDays: 30 });
  });

  it('is for admins only (FORBIDDEN)', async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 4, days: 40 }))).toEqual(['FORBIDDEN']);
    expect((await as.admin.ok(PROGRAMMES)).programmes.find((p: any) => p.code === 'VOLUNTARY_RETURN')).toEqual({ code: 'VOLUNTARY_RETURN', nextHomeSearchMonths: 3, staleAfterDays: 30 });
  });

  it('validates input at the edge', async () => {
    const r = await as.admin.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 0, days: 5 });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0]!.extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['nextHomeSearchMonths', 'staleAfterDays']);
    expect(codes(await as.admin.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 13, days: 366 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.admin.gql(SETTINGS, { programme: 'HOLIDAYS', months: 3, days: 30 }))).toEqual(['BAD_USER_INPUT']);
  });
});
