/**
 * Support trajectories of the vulnerable-groups programme (issue 15), on the demo data, in Dutch
 * (Zorgtraject Kwetsbare Groepen) and French (Trajet de soutien Groupes vulnérables): the contact
 * person sees the partnership's trajectories and the board's flags, a trajectory is opened, moved
 * on, assigned, extended once and closed with a reason; a volunteer sees that there are specific
 * needs, not which; a partnership that follows no trajectories refuses to open one.
 */
import { addDays, addMonths, ROLES } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import { SANTE_TRAJECTORIES, ZORG_TRAJECTORIES } from '../../seeders/demo-vulnerable.js';
import { VULNERABLE_DEMO_PARTNERSHIP, VULNERABLE_DEMO_PARTNERSHIP_FR } from '../../seeders/demo-sociolegal.js';
import { canOnHousehold } from '../household/index.js';
import { trajectoryPolicy } from './trajectory.policy.js';
import { type Agent, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

const FIELDS = `id reference birthYear targetGroup hasSpecificNeeds needsNote stage startedOn plannedEnd extended closeReason flags stages { stage on } followedBy { email }`;
const LIST = `query($p: ID!, $all: Boolean) { supportTrajectories(partnershipId: $p, includeClosed: $all) { ${FIELDS} } }`;
const BOARD = `query($p: ID, $o: Boolean) { supportTrajectoryBoard(partnershipId: $p, overdueOnly: $o) { reference flags needsNote partnership { name } } }`;
const OPEN = `mutation($input: OpenSupportTrajectoryInput!) { openSupportTrajectory(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation($id: ID!, $stage: TrajectoryStage!, $on: String!, $reason: TrajectoryCloseReason) { advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $reason) { ${FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $u: ID) { assignSupportTrajectory(id: $id, followedByUserId: $u) { followedBy { email } } }`;
const EXTEND = `mutation($id: ID!) { extendSupportTrajectory(id: $id) { extended plannedEnd } }`;
const OVERVIEW = `query($p: ID!) { trajectoryOverview(partnershipId: $p) { caseKind caseMonths staff { email } viewerCan { edit extend viewSensitive } } }`;
/** What these tests read of a trajectory (FIELDS) and of a board row (BOARD); the answers themselves are untyped (`Answer` in test/harness.ts). */
interface Trajectory {
  id: string;
  reference: string;
  targetGroup: string | null;
  needsNote: string | null;
  flags: string[];
}
interface BoardRow {
  reference: string;
  flags: string[];
  needsNote: string | null;
  partnership: { name: string };
}
const today = () => todayInBrussels();

const JOURNEYS: { lang: string; name: string; contact: string; coordinator: string; volunteer: string; other: string; demo: typeof ZORG_TRAJECTORIES; flagged: Record<string, string[]> }[] = [
  {
    lang: 'nl',
    name: VULNERABLE_DEMO_PARTNERSHIP,
    contact: 'contact.desks@partnerhub.example',
    coordinator: 'coordinator.zorg@partnerhub.example',
    volunteer: 'volunteer.zorg@partnerhub.example',
    other: 'contact.guichets@partnerhub.example',
    demo: ZORG_TRAJECTORIES,
    flagged: { 'ZKG-001': ['PAST_PLANNED_END'], 'ZKG-003': ['STALE'] },
  },
  {
    lang: 'fr',
    name: VULNERABLE_DEMO_PARTNERSHIP_FR,
    contact: 'contact.guichets@partnerhub.example',
    coordinator: 'coordinateur.sante@partnerhub.example',
    volunteer: 'benevole.sante@partnerhub.example',
    other: 'contact.desks@partnerhub.example',
    demo: SANTE_TRAJECTORIES,
    flagged: { 'TGV-002': ['PAST_PLANNED_END', 'STALE'], 'TGV-004': ['STALE'] },
  },
];

describe.each(JOURNEYS)('the support trajectory journey ($lang)', ({ lang, name, contact, coordinator, volunteer, other, demo, flagged }) => {
  let as: { contact: Agent; coordinator: Agent; volunteer: Agent; other: Agent; admin: Agent };
  let p: string;
  const prefix = lang === 'nl' ? 'ZKG' : 'TGV';
  beforeAll(async () => {
    as = { contact: await hub.as(contact), coordinator: await hub.as(coordinator), volunteer: await hub.as(volunteer), other: await hub.as(other), admin: await hub.as(DEMO.admin) };
    const rows = (await hub.orm.em.fork().getConnection().execute('select id from partnership where name = ?', [name])) as { id: string }[];
    p = rows[0].id;
  });

  it('the contact person sees the open trajectories with their stages, planned ends and flags; the board puts the flagged ones first', async () => {
    const list = (await as.contact.ok(LIST, { p })).supportTrajectories;
    const open = demo.filter((d) => !d.closeReason);
    expect(list.map((t: Trajectory) => t.reference).sort()).toEqual(open.map((d) => d.reference).sort());
    for (const t of list) {
      const d = demo.find((x) => x.reference === t.reference)!;
      expect(t.startedOn).toBe(addDays(today(), -d.stageDaysAgo[0]));
      expect(t.plannedEnd).toBe(d.extended ? addMonths(addMonths(t.startedOn, 6), 6) : addMonths(t.startedOn, 6));
      expect(t.stages).toHaveLength(d.stageDaysAgo.length);
      expect(t.flags).toEqual(flagged[t.reference] ?? []);
    }
    // A normal mix: most on time, some flagged.
    expect(list.filter((t: Trajectory) => t.flags.length).length).toBe(2);
    expect((await as.contact.ok(LIST, { p, all: true })).supportTrajectories).toHaveLength(demo.length);
    const board = (await as.contact.ok(BOARD, { p })).supportTrajectoryBoard;
    expect(
      board
        .slice(0, 2)
        .map((t: BoardRow) => t.reference)
        .sort(),
    ).toEqual(Object.keys(flagged).sort());
    expect(board.every((t: BoardRow) => t.partnership.name === name)).toBe(true);
    expect((await as.contact.ok(BOARD, { p, o: true })).supportTrajectoryBoard.map((t: BoardRow) => t.reference).sort()).toEqual(Object.keys(flagged).sort());
    // The other language's contact person does not follow this partnership.
    expect(codes(await as.other.gql(LIST, { p }))).toEqual(['NOT_FOUND']);
    expect((await as.other.ok(BOARD, {})).supportTrajectoryBoard.some((t: BoardRow) => t.partnership.name === name)).toBe(false);
  });

  it('opens a trajectory planned for the programme’s six months, moves it on, assigns, extends once and closes it with a reason', async () => {
    const { staff } = (await as.contact.ok(OVERVIEW, { p })).trajectoryOverview;
    expect(staff.map((s: { email: string }) => s.email).sort()).toEqual([coordinator, volunteer].sort());
    const start = addDays(today(), -30);
    const opened = (await as.coordinator.ok(OPEN, { input: { partnershipId: p, reference: ` ${prefix}-100 `, birthYear: 1992, targetGroup: 'MEDICAL', startedOn: start, needsNote: 'Chemotherapy' } }))
      .openSupportTrajectory;
    expect(opened).toMatchObject({
      reference: `${prefix}-100`,
      birthYear: 1992,
      targetGroup: 'MEDICAL',
      needsNote: 'Chemotherapy',
      stage: 'REFERRAL_RECEIVED',
      startedOn: start,
      plannedEnd: addMonths(start, 6),
      extended: false,
      flags: [],
      followedBy: null,
    });
    const id = opened.id;
    const advance = (who: Agent, stage: string, on: string, reason?: string) => who.gql(ADVANCE, { id, stage, on, reason });
    expect(codes(await advance(as.contact, 'SUPPORT_PLAN_AGREED', today()))).toEqual(['TRAJECTORY_STAGE_INVALID']);
    expect(codes(await advance(as.contact, 'INTAKE', addDays(start, -1)))).toEqual(['TRAJECTORY_STAGE_INVALID']);
    expect(codes(await advance(as.contact, 'INTAKE', addDays(today(), 1)))).toEqual(['TRAJECTORY_STAGE_INVALID']);
    expect(codes(await advance(as.contact, 'INTAKE', today(), 'WITHDRAWN'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await advance(as.volunteer, 'INTAKE', today()))).toEqual(['FORBIDDEN']);
    expect((await advance(as.contact, 'INTAKE', addDays(today(), -20))).data!.advanceSupportTrajectory).toMatchObject({ stage: 'INTAKE' });
    expect((await advance(as.coordinator, 'SUPPORT_PLAN_AGREED', addDays(today(), -10))).data!.advanceSupportTrajectory.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'REFERRAL_RECEIVED',
      'INTAKE',
      'SUPPORT_PLAN_AGREED',
    ]);

    // Assigned to the partner's volunteer; staff of another partnership is refused.
    expect((await as.coordinator.ok(ASSIGN, { id, u: ids.user[volunteer] })).assignSupportTrajectory).toEqual({ followedBy: { email: volunteer } });
    expect(codes(await as.contact.gql(ASSIGN, { id, u: ids.user[DEMO.coordinator] }))).toEqual(['FOLLOWER_NOT_PARTNER_STAFF']);
    expect(codes(await as.contact.gql(ASSIGN, { id, u: ids.user[contact] }))).toEqual(['FOLLOWER_NOT_PARTNER_STAFF']);

    // Extended once, by the contact person (not the partner's coordinator).
    expect(codes(await as.coordinator.gql(EXTEND, { id }))).toEqual(['FORBIDDEN']);
    expect((await as.contact.ok(EXTEND, { id })).extendSupportTrajectory).toEqual({ extended: true, plannedEnd: addMonths(addMonths(start, 6), 6) });
    expect(codes(await as.contact.gql(EXTEND, { id }))).toEqual(['TRAJECTORY_ALREADY_EXTENDED']);

    // Closed from any stage, with a reason; then nothing moves any more.
    expect(codes(await advance(as.contact, 'CLOSED', today()))).toEqual(['TRAJECTORY_CLOSE_REASON_REQUIRED']);
    const closed = (await advance(as.contact, 'CLOSED', today(), 'RETURNED')).data!.advanceSupportTrajectory;
    expect(closed).toMatchObject({ stage: 'CLOSED', closeReason: 'RETURNED', flags: [] });
    expect(codes(await advance(as.contact, 'CLOSED', today(), 'RETURNED'))).toEqual(['TRAJECTORY_CLOSED']);
    expect(codes(await as.contact.gql(ASSIGN, { id, u: null }))).toEqual(['TRAJECTORY_CLOSED']);
    expect((await as.contact.ok(LIST, { p })).supportTrajectories.some((t: Trajectory) => t.id === id)).toBe(false);
  });

  it('keeps sensitive details need-to-know: a volunteer sees that there are specific needs, not which', async () => {
    const seen = async (who: Agent) => (await who.ok(LIST, { p })).supportTrajectories.filter((t: Trajectory) => t.reference.startsWith(prefix) && t.reference !== `${prefix}-100`);
    const known = await seen(as.coordinator);
    const volunteerView = await seen(as.volunteer);
    expect(volunteerView.map((t: Trajectory) => t.reference).sort()).toEqual(known.map((t: Trajectory) => t.reference).sort());
    for (const t of volunteerView) {
      const d = demo.find((x) => x.reference === t.reference)!;
      const sensitive = d.targetGroup === 'MEDICAL' || d.targetGroup === 'TRAFFICKING';
      expect(t.hasSpecificNeeds).toBe(sensitive || !!d.needsNote);
      expect(t.targetGroup).toBe(sensitive ? null : d.targetGroup);
      expect(t.needsNote).toBeNull();
    }
    for (const t of known) expect(t.needsNote).toBe(demo.find((x) => x.reference === t.reference)!.needsNote ?? null);
    expect(known.some((t: Trajectory) => t.targetGroup === 'MEDICAL')).toBe(true);
    // The board follows the same rule.
    const board = (await as.volunteer.ok(BOARD, { p })).supportTrajectoryBoard;
    expect(board.length).toBeGreaterThan(0);
    expect(board.every((t: BoardRow) => t.needsNote === null)).toBe(true);
    expect((await as.volunteer.ok(OVERVIEW, { p })).trajectoryOverview).toMatchObject({
      caseKind: 'SUPPORT_TRAJECTORY',
      caseMonths: 6,
      viewerCan: { edit: false, extend: false, viewSensitive: false },
    });
  });
});

describe('support trajectories elsewhere', () => {
  it('open only in a partnership whose programme follows them, saving nothing', async () => {
    const contact = await hub.as(DEMO.contact);
    const input = { partnershipId: ids.partnership.mechelen, reference: 'ST-NOPE', targetGroup: 'FAMILIES', startedOn: todayInBrussels() };
    expect(codes(await contact.gql(OPEN, { input }))).toEqual(['TRAJECTORY_NOT_IN_PROGRAMME']);
    expect((await contact.ok(LIST, { p: ids.partnership.mechelen, all: true })).supportTrajectories).toEqual([]);
  });

  it('refuse a taken reference, a future start and a year of birth out of range', async () => {
    const contact = await hub.as('contact.desks@partnerhub.example');
    const rows = (await hub.orm.em.fork().getConnection().execute('select id from partnership where name = ?', [VULNERABLE_DEMO_PARTNERSHIP])) as { id: string }[];
    const base = { partnershipId: rows[0].id, targetGroup: 'MINORS', startedOn: todayInBrussels() };
    expect(codes(await contact.gql(OPEN, { input: { ...base, reference: 'ZKG-001' } }))).toEqual(['TRAJECTORY_REFERENCE_TAKEN']);
    expect(codes(await contact.gql(OPEN, { input: { ...base, reference: 'ZKG-200', startedOn: addDays(todayInBrussels(), 1) } }))).toEqual(['TRAJECTORY_STAGE_INVALID']);
    expect(codes(await contact.gql(OPEN, { input: { ...base, reference: 'ZKG-201', birthYear: 1800 } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await contact.gql(OPEN, { input: { ...base, reference: '  ' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('the need-to-know rule is exactly the household rule for specific needs, for every role and relation', () => {
    const facts = { id: 'p', contactPersonId: 'c', deputyId: 'd', memberOrganisationIds: ['org'] };
    const viewers: (Viewer | null)[] = [null];
    for (const role of ROLES) for (const id of ['c', 'd', 'x']) for (const organisationId of ['org', 'other', null]) viewers.push({ id, role, organisationId } as Viewer);
    for (const v of viewers) expect(trajectoryPolicy.viewSensitive(v, facts)).toBe(canOnHousehold(v, facts, 'viewSpecificNeeds'));
    expect(new Set(viewers.map((v) => trajectoryPolicy.viewSensitive(v, facts)))).toEqual(new Set([true, false]));
  });
});
