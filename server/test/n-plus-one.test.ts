import { addDays } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../src/app/validators.js';
import { DEMO, type TestHub, startTestHub } from './harness.js';

const LIST = `query($first: Int!) {
  partnerships(first: $first) {
    totalCount
    edges { node {
      id name fundingTotalCents personsCount status
      programme { code }
      members { lead organisation { name kind } }
      contactPerson { name } deputy { name }
      viewerCan { update registerHousehold }
      households {
        reference status guidanceEnd hasSpecificNeeds
        head { firstName }
        members { firstName relationship }
        funding { totalCents lines { kind amountCents } }
        viewerCan { update }
      }
    } }
  }
}`;

/** Adds partnerships with households to reach `count` visible partnerships for the admin. */
async function grow(hub: TestHub, count: number) {
  const admin = await hub.as(DEMO.admin);
  const { organisations } = await admin.ok(`{ organisations { id } }`);
  const { partnerships } = await admin.ok(`{ partnerships(first: 100) { totalCount } }`);
  for (let i = partnerships.totalCount; i < count; i++) {
    const p = await admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
      input: {
        name: `Extra ${String(i).padStart(3, '0')}`,
        programme: 'RESETTLEMENT',
        track: 'FLEXIBLE_FRAMEWORK',
        leadOrganisationId: organisations[i % organisations.length].id,
        capacityPledged: 5,
        status: 'ACTIVE',
        contactPersonId: (await admin.ok(`{ me { id } }`)).me.id,
      },
    });
    for (let j = 0; j < 2; j++) {
      await admin.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
        input: {
          partnershipId: p.createPartnership.id,
          arrivalRoute: j ? 'DIRECT' : 'AFTER_RECEPTION',
          plannedArrivalDate: '2026-12-01',
          members: [
            { firstName: 'Head', lastName: `P${i}H${j}`, birthYear: 1980, relationship: 'HEAD' },
            { firstName: 'Child', lastName: `P${i}H${j}`, birthYear: 2015, relationship: 'CHILD' },
          ],
          specificNeeds: j ? ['FAMILY_WITH_CHILDREN'] : [],
        },
      });
    }
  }
  return admin;
}

describe('partnerships list with households, members and funding', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('sends the same number of SQL statements for 16 and for 25 partnerships', async () => {
    const admin = await hub.as(DEMO.admin);
    const measure = async () => {
      await admin.ok(LIST, { first: 100 }); // warm-up: the session lookup and metadata
      const before = hub.statements.count;
      const data = await admin.ok(LIST, { first: 100 });
      return { statements: hub.statements.count - before, partnerships: data.partnerships.edges.length };
    };
    const small = await measure();
    await grow(hub, 25);
    const large = await measure();
    // The demo's sixteen partnerships (five of demo.ts, four more return desks of demo-return.ts, the socio-legal
    // desks and the two vulnerable-group partnerships of demo-sociolegal.ts), then twenty-five.
    expect(small.partnerships).toBe(16);
    expect(large.partnerships).toBe(25);
    expect(large.statements).toBe(small.statements);
    // session, list, count, members, programmes, users, organisations, households, household members
    expect(large.statements).toBeLessThanOrEqual(10);
  });
});

const BOARD = `{
  board(sort: FLAGS) {
    reference status flags hasSpecificNeeds guidanceEnd lastActivityAt nextHomeSearchDueFrom
    progress { done total }
    nextStep { key dueDate overdue member { firstName } updatedBy { name } }
    housing { street leaseEnd coversFirstYear movedInOn }
    head { firstName }
    members { firstName }
    funding { totalCents lines { kind amountCents } }
    partnership { name programme { code } }
    viewerCan { updateStep updateHousing }
  }
}`;

describe('the board with progress, next step, flags, housing, head and funding', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  /** Adds households `from`..`to` in guidance, four per new partnership: half housed, a step in progress, a school-age child. */
  async function addHouseholds(from: number, to: number) {
    const admin = await hub.as(DEMO.admin);
    const today = todayInBrussels();
    const { organisations } = await admin.ok(`{ organisations { id } }`);
    let partnershipId = '';
    for (let i = from; i < to; i++) {
      if (i % 4 === 0) {
        partnershipId = (
          await admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
            input: {
              name: `Board ${String(i).padStart(3, '0')}`,
              programme: 'RESETTLEMENT',
              track: 'COMMUNITY_SPONSORSHIP',
              leadOrganisationId: organisations[i % organisations.length].id,
              capacityPledged: 8,
              status: 'ACTIVE',
              contactPersonId: (await admin.ok(`{ me { id } }`)).me.id,
            },
          })
        ).createPartnership.id;
      }
      const arrival = addDays(today, -(10 + i * 7));
      const { registerHousehold: h } = await admin.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id plan { id } } }`, {
        input: {
          partnershipId,
          arrivalRoute: i % 2 ? 'DIRECT' : 'AFTER_RECEPTION',
          plannedArrivalDate: arrival,
          members: [
            { firstName: 'Head', lastName: `B${i}`, birthYear: 1980, relationship: 'HEAD' },
            { firstName: 'Child', lastName: `B${i}`, birthYear: Number(today.slice(0, 4)) - 9, relationship: 'CHILD' },
          ],
          specificNeeds: i % 3 ? [] : ['FAMILY_WITH_CHILDREN'],
        },
      });
      await admin.ok(`mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id } }`, { id: h.id, d: arrival });
      if (i % 2)
        await admin.ok(`mutation($h: ID!, $input: HousingInput!) { updateHousing(householdId: $h, input: $input) { id } }`, {
          h: h.id,
          input: { street: `Straat ${i}`, leaseStart: arrival, leaseEnd: addDays(arrival, 200 + i * 20), movedInOn: arrival },
        });
      await admin.ok(`mutation($id: ID!) { updateGuidanceStep(id: $id, input: { status: IN_PROGRESS, note: "Started" }) { id } }`, { id: h.plan[i % h.plan.length].id });
    }
  }

  it('sends the same number of SQL statements for few and for many households', async () => {
    const admin = await hub.as(DEMO.admin);
    const measure = async () => {
      await admin.ok(BOARD); // warm-up: the session lookup and metadata
      const before = hub.statements.count;
      const data = await admin.ok(BOARD);
      return { statements: hub.statements.count - before, households: data.board.length };
    };
    // Every kind of row first (housed or not, a step changed by someone, specific needs), then many more.
    await addHouseholds(0, 4);
    const small = await measure();
    await addHouseholds(4, 40);
    const large = await measure();
    expect(small.households).toBeGreaterThan(4);
    expect(large.households).toBe(small.households + 36);
    expect(large.statements).toBe(small.statements);
    // One per kind of record: session, households, partnerships, their members, programmes, plan steps,
    // housing, timeline events, household members, users, and the session's touch.
    expect(large.statements).toBeLessThanOrEqual(11);
  });
});
