/** Voluntary return files: stages with days, the partner that follows up, overdue flags, need-to-know medical notes. */
import { addDays, ROLES } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import { canOnHousehold } from '../household/index.js';
import { returnFilePolicy } from './desk.policy.js';
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

const FIELDS = `id reference country stage overdue hasMedicalNote medicalNote stages { stage on } followedBy { name }`;
const LIST = `query($p: ID!, $all: Boolean) { returnFiles(partnershipId: $p, includeClosed: $all) { ${FIELDS} } }`;
const OPEN = `mutation($input: OpenReturnFileInput!) { openReturnFile(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation($id: ID!, $stage: ReturnStage!, $on: String!) { advanceReturnFile(id: $id, stage: $stage, on: $on) { ${FIELDS} } }`;
const today = () => todayInBrussels();

describe('return files', () => {
  it('are opened, moved on stage by stage with their days, flagged overdue, and closed', async () => {
    const p = ids.partnership.mechelen;
    const samen = ids.org['Samen Thuis vzw'];
    const opened = (
      await as.coordinator.ok(OPEN, {
        input: { partnershipId: p, reference: ' RF-001 ', country: 'Georgia', followedByOrganisationId: samen, informedOn: addDays(today(), -100), medicalNote: 'Insulin for six months' },
      })
    ).openReturnFile;
    expect(opened).toMatchObject({ reference: 'RF-001', stage: 'INFORMATION', overdue: true, hasMedicalNote: true, medicalNote: 'Insulin for six months', followedBy: { name: 'Samen Thuis vzw' } });
    const id = opened.id;
    const advance = (who: string, stage: string, on: string) => as[who].gql(ADVANCE, { id, stage, on });
    // Exactly the next stage, on a day neither before the last nor in the future.
    expect(codes(await advance('coordinator', 'DEPARTED', addDays(today(), -90)))).toEqual(['RETURN_STAGE_INVALID']);
    expect(codes(await advance('coordinator', 'APPLICATION', addDays(today(), -101)))).toEqual(['RETURN_STAGE_INVALID']);
    expect(codes(await advance('coordinator', 'APPLICATION', addDays(today(), 1)))).toEqual(['RETURN_STAGE_INVALID']);
    expect(codes(await advance('coordinator', 'APPLICATION', '2026-02-30'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await advance('volunteer', 'APPLICATION', today()))).toEqual(['FORBIDDEN']);
    const app = (await advance('contact', 'APPLICATION', addDays(today(), -10))).data!.advanceReturnFile;
    expect(app).toMatchObject({ stage: 'APPLICATION', overdue: false });
    for (const [stage, d] of [
      ['DEPARTURE_BOOKED', -8],
      ['DEPARTED', -5],
      ['REINTEGRATION_PLAN', -3],
      ['REINTEGRATION_SUPPORT_PAID', -1],
    ] as const)
      await as.coordinator.ok(ADVANCE, { id, stage, on: addDays(today(), d) });
    const list = (await as.deputy.ok(LIST, { p })).returnFiles;
    expect(list.map((f: Answer) => [f.reference, f.stage])).toEqual([['RF-001', 'REINTEGRATION_SUPPORT_PAID']]);
    const closed = (await as.admin.ok(ADVANCE, { id, stage: 'FOLLOW_UP_CLOSED', on: today() })).advanceReturnFile;
    expect(closed.stages.map((s: Answer) => s.stage)).toEqual(['INFORMATION', 'APPLICATION', 'DEPARTURE_BOOKED', 'DEPARTED', 'REINTEGRATION_PLAN', 'REINTEGRATION_SUPPORT_PAID', 'FOLLOW_UP_CLOSED']);
    expect(closed.overdue).toBe(false);
    expect(codes(await advance('admin', 'FOLLOW_UP_CLOSED', today()))).toEqual(['RETURN_STAGE_INVALID']);
    // Closed files leave the open list.
    expect((await as.contact.ok(LIST, { p })).returnFiles).toEqual([]);
    expect((await as.contact.ok(LIST, { p, all: true })).returnFiles).toHaveLength(1);
  });

  it('keeps the medical note need-to-know: volunteers only learn there is one; other partnerships see nothing', async () => {
    const p = ids.partnership.mechelen;
    await as.contact.ok(OPEN, { input: { partnershipId: p, reference: 'RF-002', informedOn: today(), medicalNote: 'Dialysis' } });
    const seen = async (who: string) => (await as[who].ok(LIST, { p })).returnFiles.find((f: Answer) => f.reference === 'RF-002');
    for (const who of ['admin', 'contact', 'deputy', 'coordinator']) expect(await seen(who)).toMatchObject({ hasMedicalNote: true, medicalNote: 'Dialysis' });
    expect(await seen('volunteer')).toMatchObject({ hasMedicalNote: true, medicalNote: null });
    for (const who of ['otherContact', 'otherCoordinator', 'otherVolunteer']) expect(codes(await as[who].gql(LIST, { p }))).toEqual(['NOT_FOUND']);
  });

  it('refuses a taken reference, a partner that is not a member and a future first day, saving nothing', async () => {
    const p = ids.partnership.mechelen;
    await as.contact.ok(OPEN, { input: { partnershipId: p, reference: 'RF-003', informedOn: today() } });
    expect(codes(await as.contact.gql(OPEN, { input: { partnershipId: p, reference: 'RF-003', informedOn: today() } }))).toEqual(['RETURN_FILE_REFERENCE_TAKEN']);
    expect(codes(await as.contact.gql(OPEN, { input: { partnershipId: p, reference: 'RF-004', informedOn: today(), followedByOrganisationId: ids.org['CPAS de Liège'] } }))).toEqual([
      'ORGANISATION_NOT_MEMBER',
    ]);
    expect(codes(await as.contact.gql(OPEN, { input: { partnershipId: p, reference: 'RF-005', informedOn: addDays(today(), 1) } }))).toEqual(['RETURN_STAGE_INVALID']);
    expect(codes(await as.volunteer.gql(OPEN, { input: { partnershipId: p, reference: 'RF-006', informedOn: today() } }))).toEqual(['FORBIDDEN']);
    const refs = (await as.contact.ok(LIST, { p, all: true })).returnFiles.map((f: Answer) => f.reference);
    expect(refs.filter((r: string) => ['RF-004', 'RF-005', 'RF-006'].includes(r))).toEqual([]);
  });

  it('assigns the partner that follows a file up (a member, or nobody), only by those who may move files on', async () => {
    const p = ids.partnership.mechelen;
    const ASSIGN = `mutation($id: ID!, $o: ID) { assignReturnFile(id: $id, followedByOrganisationId: $o) { reference followedBy { name } } }`;
    const { id } = (await as.contact.ok(OPEN, { input: { partnershipId: p, reference: 'RF-010', informedOn: today() } })).openReturnFile;
    expect((await as.coordinator.ok(ASSIGN, { id, o: ids.org['Onthaalgroep Mechelen'] })).assignReturnFile).toEqual({ reference: 'RF-010', followedBy: { name: 'Onthaalgroep Mechelen' } });
    expect(codes(await as.contact.gql(ASSIGN, { id, o: ids.org['CPAS de Liège'] }))).toEqual(['ORGANISATION_NOT_MEMBER']);
    expect(codes(await as.volunteer.gql(ASSIGN, { id, o: ids.org['Samen Thuis vzw'] }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.otherContact.gql(ASSIGN, { id, o: null }))).toEqual(['NOT_FOUND']);
    // Refusals changed nothing; null takes the partner off.
    expect((await as.deputy.ok(LIST, { p })).returnFiles.find((f: Answer) => f.id === id).followedBy).toEqual({ name: 'Onthaalgroep Mechelen' });
    expect((await as.admin.ok(ASSIGN, { id, o: null })).assignReturnFile.followedBy).toBeNull();
  });

  it('tells the interface the case kind, the members, and who may plan the rota, move files on and read medical notes', async () => {
    const p = ids.partnership.mechelen;
    const CAN = `query($p: ID!) { deskOverview(partnershipId: $p) { caseKind members { name } viewerCan { editRota editReturnFiles viewMedical } } }`;
    const expected: Record<string, [boolean, boolean, boolean]> = {
      admin: [true, true, true],
      contact: [true, true, true],
      deputy: [true, true, true],
      coordinator: [false, true, true],
      volunteer: [false, false, false],
    };
    for (const [who, [editRota, editReturnFiles, viewMedical]] of Object.entries(expected))
      expect((await as[who].ok(CAN, { p })).deskOverview).toEqual({
        caseKind: 'RESETTLEMENT_HOUSEHOLD',
        members: [{ name: 'Samen Thuis vzw' }, { name: 'Onthaalgroep Mechelen' }],
        viewerCan: { editRota, editReturnFiles, viewMedical },
      });
    expect(codes(await as.otherCoordinator.gql(CAN, { p }))).toEqual(['NOT_FOUND']);
  });
});

describe('need-to-know for medical notes', () => {
  it('is exactly the household rule for specific needs, for every role and relation', () => {
    const facts = { id: 'p', contactPersonId: 'c', deputyId: 'd', memberOrganisationIds: ['org'] };
    const viewers: (Viewer | null)[] = [null];
    for (const role of ROLES) for (const id of ['c', 'd', 'x']) for (const organisationId of ['org', 'other', null]) viewers.push({ id, role, organisationId } as Viewer);
    for (const v of viewers) expect(returnFilePolicy.viewMedical(v, facts)).toBe(canOnHousehold(v, facts, 'viewSpecificNeeds'));
    // And it is need-to-know: some see it, some do not.
    expect(new Set(viewers.map((v) => returnFilePolicy.viewMedical(v, facts)))).toEqual(new Set([true, false]));
  });
});
