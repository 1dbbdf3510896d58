/** The desk rota: which partner is present at which desk on which weekdays. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

const ROTA = `query($p: ID!) { deskRota(partnershipId: $p) { id desk weekdays organisation { name } } }`;
const SET = `mutation($input: DeskRotaEntryInput!) { setDeskRotaEntry(input: $input) { id desk weekdays organisation { name } } }`;
const REMOVE = `mutation($id: ID!) { removeDeskRotaEntry(id: $id) }`;

describe('desk rota', () => {
  it('the contact person plans who is at which desk; the partners see it; a line is replaced, not doubled, and can be removed', async () => {
    const p = ids.partnership.mechelen;
    const samen = ids.org['Samen Thuis vzw'];
    const onthaal = ids.org['Onthaalgroep Mechelen'];
    await as.contact.ok(SET, { input: { partnershipId: p, organisationId: samen, desk: 'Brussel', weekdays: [1, 2, 4] } });
    await as.deputy.ok(SET, { input: { partnershipId: p, organisationId: onthaal, desk: 'Brussel', weekdays: [3] } });
    await as.admin.ok(SET, { input: { partnershipId: p, organisationId: samen, desk: 'Antwerpen', weekdays: [5] } });
    // Setting the same organisation at the same desk replaces its days.
    const again = await as.contact.ok(SET, { input: { partnershipId: p, organisationId: samen, desk: 'Brussel', weekdays: [4, 1, 2, 2] } });
    expect(again.setDeskRotaEntry.weekdays).toEqual([1, 2, 4]);

    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer', 'admin']) {
      const { deskRota } = await as[who].ok(ROTA, { p });
      expect(deskRota.map((e: Answer) => [e.desk, e.organisation.name, e.weekdays])).toEqual([
        ['Antwerpen', 'Samen Thuis vzw', [5]],
        ['Brussel', 'Onthaalgroep Mechelen', [3]],
        ['Brussel', 'Samen Thuis vzw', [1, 2, 4]],
      ]);
    }
    // Another partnership's people do not see it.
    for (const who of ['otherContact', 'otherCoordinator', 'otherVolunteer']) expect(codes(await as[who].gql(ROTA, { p }))).toEqual(['NOT_FOUND']);

    const antwerpen = (await as.contact.ok(ROTA, { p })).deskRota.find((e: Answer) => e.desk === 'Antwerpen');
    expect(codes(await as.coordinator.gql(REMOVE, { id: antwerpen.id }))).toEqual(['FORBIDDEN']);
    expect(await as.contact.ok(REMOVE, { id: antwerpen.id })).toEqual({ removeDeskRotaEntry: true });
    expect((await as.contact.ok(ROTA, { p })).deskRota).toHaveLength(2);
  });

  it('refuses an organisation that is not a member, days outside the week and an empty desk, saving nothing', async () => {
    const p = ids.partnership.liege;
    const before = (await as.otherContact.ok(ROTA, { p })).deskRota.length;
    const member = ids.org['CPAS de Liège'];
    expect(codes(await as.otherContact.gql(SET, { input: { partnershipId: p, organisationId: ids.org['Samen Thuis vzw'], desk: 'Liège', weekdays: [1] } }))).toEqual(['ORGANISATION_NOT_MEMBER']);
    expect(codes(await as.otherContact.gql(SET, { input: { partnershipId: p, organisationId: member, desk: 'Liège', weekdays: [0] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.otherContact.gql(SET, { input: { partnershipId: p, organisationId: member, desk: 'Liège', weekdays: [8] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.otherContact.gql(SET, { input: { partnershipId: p, organisationId: member, desk: 'Liège', weekdays: [] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.otherContact.gql(SET, { input: { partnershipId: p, organisationId: member, desk: '   ', weekdays: [2] } }))).toEqual(['BAD_USER_INPUT']);
    expect((await as.otherContact.ok(ROTA, { p })).deskRota).toHaveLength(before);
  });
});
