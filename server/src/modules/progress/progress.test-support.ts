import { addDays, guidanceEndDate, RESETTLEMENT_PLAN, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { type Agent, type Answer, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from '../../../test/harness.js';
import { todayInBrussels } from '../../app/validators.js';
import { AccessLogEntry } from '../audit/audit.entity.js';
import { Household } from '../household/household.entity.js';
import { GuidanceStep, HouseholdEvent, Housing } from './progress.entity.js';

/** Resettlement's guidance term as the migration seeds it (its caseMonths: 12). */
const RESETTLEMENT_MONTHS = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

/**
 * What the progress test files share: the test hub (`useTestHub()`, one per test file), the people,
 * fresh records and the GraphQL documents and helpers the cases use.
 */

/** The due date of a template step, as the plan defines it: counted from arrival, moving in, or the end of guidance. */
export function due(t: { anchor: string; offsetDays: number }, dates: { arrival: string; movedIn?: string; extended?: boolean }): string {
  const from = t.anchor === 'MOVE_IN' ? (dates.movedIn ?? dates.arrival) : t.anchor === 'GUIDANCE_END' ? guidanceEndDate(dates.arrival, !!dates.extended, RESETTLEMENT_MONTHS) : dates.arrival;
  return addDays(from, t.offsetDays);
}

type Ids = Awaited<ReturnType<typeof demoIds>>;
const PEOPLE = ['admin', 'contact', 'deputy', 'otherContact', 'coordinator', 'volunteer', 'otherCoordinator', 'otherVolunteer'] as const;
type Person = (typeof PEOPLE)[number];

export let hub: TestHub;
export let ids: Ids;
export let as: Record<Person, Agent>;
export const today = todayInBrussels();

/** Starts the test hub (and signs the people in) before the calling test file's cases, closes it after. */
export function useTestHub(): void {
  beforeAll(async () => {
    hub = await startTestHub();
    ids = await demoIds(hub);
    as = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await hub.as(DEMO[p])] as const))) as Record<Person, Agent>;
  });
  afterAll(() => hub?.close());
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

export interface MemberInput {
  id?: string;
  firstName: string;
  lastName: string;
  birthYear: number;
  relationship: string;
}
export const head = (lastName = 'Test', birthYear = 1985): MemberInput => ({ firstName: 'Head', lastName, birthYear, relationship: 'HEAD' });
export const child = (firstName: string, birthYear: number): MemberInput => ({ firstName, lastName: 'Test', birthYear, relationship: 'CHILD' });

/**
 * A partnership of its own, looked after like the demo "Onthaalgroep Mechelen": contact@ is its
 * contact person, deputy@ its deputy, coordinator@'s Samen Thuis vzw leads it and volunteer@'s
 * Onthaalgroep Mechelen is a member.
 */
export async function freshPartnership(name: string, programme = 'RESETTLEMENT', capacityPledged = 500): Promise<string> {
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

export async function register(
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

export async function arrive(id: string, arrivalDate: string, agent: Agent = as.coordinator) {
  await agent.ok(`mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id } }`, { id, d: arrivalDate });
}

/** A household arrived `daysAgo` days ago (guidance started the same day). */
export async function arrived(partnershipId: string, daysAgo: number, opts: Parameters<typeof register>[1] = {}) {
  const h = await register(partnershipId, { planned: addDays(today, -daysAgo), ...opts });
  await arrive(h.id, addDays(today, -daysAgo));
  return h;
}

const STEP_FIELDS = 'id key status dueDate anchor owner note notApplicableReason overdue member { firstName } updatedAt updatedBy { email }';
const PLAN = `query($id: ID!) { household(id: $id) { plan { ${STEP_FIELDS} } } }`;

export async function plan(id: string, agent: Agent = as.contact): Promise<Answer[]> {
  return (await agent.ok(PLAN, { id })).household.plan;
}

export async function stepOf(householdId: string, key: string, firstName?: string): Promise<Answer> {
  const step = (await plan(householdId)).find((s) => s.key === key && (firstName === undefined || s.member?.firstName === firstName));
  if (!step) throw new Error(`no step ${key} ${firstName ?? ''}`);
  return step;
}

export async function view(id: string, fields: string, agent: Agent = as.contact): Promise<Answer> {
  return (await agent.ok(`query($id: ID!) { household(id: $id) { ${fields} } }`, { id })).household;
}

export const flagsOf = async (id: string) => (await view(id, 'flags')).flags as string[];

export const UPDATE_STEP = `mutation($id: ID!, $input: UpdateGuidanceStepInput!) { updateGuidanceStep(id: $id, input: $input) { ${STEP_FIELDS} household { id } } }`;
export const UPDATE_HOUSING = `mutation($h: ID!, $input: HousingInput!) {
  updateHousing(householdId: $h, input: $input) { street postalCode city leaseStart leaseEnd monthlyRentCents landlordKind movedInOn coversFirstYear nextHomeSearchStartedOn nextHomeFoundOn }
}`;
export const START_SEARCH = `mutation($h: ID!, $on: String) { startNextHomeSearch(householdId: $h, on: $on) { id housing { nextHomeSearchStartedOn nextHomeFoundOn } flags } }`;
export const NEXT_HOME_FOUND = `mutation($h: ID!, $on: String) { recordNextHomeFound(householdId: $h, on: $on) { id housing { nextHomeSearchStartedOn nextHomeFoundOn } flags plan { key status updatedBy { email } } } }`;
export const TIMELINE = 'timeline { kind actor { email } stepKey fromStatus toStatus fields date }';

export const updateStep = (agent: Agent, id: string, input: Record<string, unknown>) => agent.gql(UPDATE_STEP, { id, input });
export const updateHousing = (agent: Agent, h: string, input: Record<string, unknown>) => agent.gql(UPDATE_HOUSING, { h, input });

/** Backdates every trace of activity of a household (its row, timeline, steps, housing) to noon `daysAgo` days ago. */
export async function backdate(householdId: string, daysAgo: number) {
  const at = new Date(`${addDays(today, -daysAgo)}T12:00:00Z`);
  const em = hub.orm.em.fork();
  await em.nativeUpdate(Household, { id: householdId }, { updatedAt: at });
  await em.nativeUpdate(HouseholdEvent, { household: householdId }, { at });
  await em.nativeUpdate(GuidanceStep, { household: householdId }, { updatedAt: at });
  await em.nativeUpdate(Housing, { household: householdId }, { updatedAt: at });
}

export async function accessLogRows(email: string): Promise<string[]> {
  const rows = await hub.orm.em.fork().find(AccessLogEntry, { user: ids.user[email] });
  return rows.map((r) => r.household.id);
}

export const BOARD = `query($p: ID, $flag: HouseholdFlag, $sort: BoardSort) {
  board(partnershipId: $p, flag: $flag, sort: $sort) {
    id reference status flags progress { done total } nextStep { key dueDate } hasSpecificNeeds specificNeeds { needs } funding { totalCents }
  }
}`;
export const board = async (agent: Agent, vars: Record<string, unknown> = {}) => (await agent.ok(BOARD, vars)).board as Answer[];

/** Expected plan of a household without a move-in date: the template, one school step per named child. */
export function templatePlan(arrival: string, children: string[]) {
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
export function openBoard(agent: Agent | null, query = `subscription { boardUpdated { id reference specificNeeds { needs } progress { done total } } }`) {
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
    async until(trigger: () => Promise<unknown>, matches: (h: Answer) => boolean, from = 0): Promise<Answer> {
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
