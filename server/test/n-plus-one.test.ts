import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      input: { name: `Extra ${String(i).padStart(3, '0')}`, programme: 'RESETTLEMENT', track: 'FLEXIBLE_FRAMEWORK', leadOrganisationId: organisations[i % organisations.length].id, capacityPledged: 5 },
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

  it('sends the same number of SQL statements for 5 and for 25 partnerships', async () => {
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
    expect(small.partnerships).toBe(5);
    expect(large.partnerships).toBe(25);
    expect(large.statements).toBe(small.statements);
    // session, list, count, members, programmes, users, organisations, households, household members
    expect(large.statements).toBeLessThanOrEqual(10);
  });
});
