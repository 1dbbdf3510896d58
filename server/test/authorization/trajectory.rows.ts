/** The authorization matrix's rows for support trajectories (trajectory module). */
import { expect } from 'vitest';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { SupportTrajectory } from '../../src/modules/trajectory/trajectory.entity.js';
import { error, FORBIDDEN, ok, type CaseCtx, type OperationSpec } from './table.js';
import { partnershipMatrix } from './expected.js';
import { own, demoPartnershipId } from './cases.js';

/** A partner's staff member of the case's partnership (Mechelen's coordinator, or Liège's). */
const staffOf = (c: CaseCtx) => (own(c) ? 'coordinator@partnerhub.example' : 'coordinator.liege@partnerhub.example');

let made = 0;

/**
 * A trajectory with sensitive details straight in the database, on the case's partnership (the
 * matrix's partnerships follow households: only the service refuses to open one there).
 */
async function trajectory(c: CaseCtx, reference: string): Promise<string> {
  const em = c.env.hub.orm.em.fork();
  const partnership = em.getReference(Partnership, demoPartnershipId(c));
  const found = await em.findOne(SupportTrajectory, { partnership, reference });
  if (found) return found.id;
  const t = em.create(SupportTrajectory, {
    partnership,
    reference,
    targetGroup: 'MEDICAL',
    startedOn: '2026-01-05',
    plannedEnd: '2026-07-05',
    stage: 'REFERRAL_RECEIVED',
    stageDates: [{ stage: 'REFERRAL_RECEIVED', on: '2026-01-05' }],
    needsNote: 'Matrix needs note',
  });
  await em.flush();
  return t.id;
}

const NOT_IN_PROGRAMME = error('TRAJECTORY_NOT_IN_PROGRAMME');

export const TRAJECTORY_ROWS: Record<string, OperationSpec> = {
  'Query.supportTrajectories': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { supportTrajectories(partnershipId: $p) { reference targetGroup hasSpecificNeeds needsNote } }`,
    vars: async (c) => {
      await trajectory(c, 'ST-MATRIX');
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      // Sensitive details are need-to-know: volunteers only learn there are specific needs.
      const seen = (known: boolean) =>
        ok((list) => expect(list).toContainEqual({ reference: 'ST-MATRIX', targetGroup: known ? 'MEDICAL' : null, hasSpecificNeeds: true, needsNote: known ? 'Matrix needs note' : null }));
      return partnershipMatrix({ admin: seen(true), contact: seen(true), deputy: seen(true), coordinator: seen(true), volunteer: seen(false) });
    })(),
  },

  'Query.supportTrajectoryBoard': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { supportTrajectoryBoard(partnershipId: $p) { reference needsNote } }`,
    vars: async (c) => {
      await trajectory(c, 'ST-MATRIX');
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      // Mechelen and Liège follow households, not trajectories: the board has none of theirs, for anyone.
      const none = ok((list) => expect(list).toEqual([]));
      return partnershipMatrix({ admin: none, contact: none, deputy: none, coordinator: none, volunteer: none });
    })(),
  },

  'Query.trajectoryOverview': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { trajectoryOverview(partnershipId: $p) { caseKind staff { email } viewerCan { edit extend viewSensitive } } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const can = (edit: boolean, extend: boolean, viewSensitive: boolean) =>
        ok((v, c) => {
          expect(v).toMatchObject({ caseKind: 'RESETTLEMENT_HOUSEHOLD', viewerCan: { edit, extend, viewSensitive } });
          expect(v.staff.map((s: { email: string }) => s.email)).toContain(staffOf(c));
        });
      return partnershipMatrix({
        admin: can(true, true, true),
        contact: can(true, true, true),
        deputy: can(true, true, true),
        coordinator: can(true, false, true),
        volunteer: can(false, false, false),
      });
    })(),
  },

  'Mutation.openSupportTrajectory': {
    targets: ['own', 'other'],
    query: `mutation($input: OpenSupportTrajectoryInput!) { openSupportTrajectory(input: $input) { reference } }`,
    vars: (c) => ({ input: { partnershipId: demoPartnershipId(c), reference: `ST-OPEN-${++made}`, targetGroup: 'FAMILIES', startedOn: '2026-01-05' } }),
    // Whoever may open one is told the partnership's programme follows no trajectories (the
    // journey test opens them in a vulnerable-group partnership); a volunteer may not open any.
    expect: partnershipMatrix({ admin: NOT_IN_PROGRAMME, contact: NOT_IN_PROGRAMME, deputy: NOT_IN_PROGRAMME, coordinator: NOT_IN_PROGRAMME, volunteer: FORBIDDEN }),
  },

  'Mutation.advanceSupportTrajectory': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { advanceSupportTrajectory(id: $id, stage: INTAKE, on: "2026-01-06") { stage stages { stage on } } }`,
    vars: async (c) => ({ id: await trajectory(c, `ST-ADVANCE-${++made}`) }),
    expect: (() => {
      const moved = ok((t) =>
        expect(t).toEqual({
          stage: 'INTAKE',
          stages: [
            { stage: 'REFERRAL_RECEIVED', on: '2026-01-05' },
            { stage: 'INTAKE', on: '2026-01-06' },
          ],
        }),
      );
      return partnershipMatrix({ admin: moved, contact: moved, deputy: moved, coordinator: moved, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.assignSupportTrajectory': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $u: ID) { assignSupportTrajectory(id: $id, followedByUserId: $u) { followedBy { email } } }`,
    vars: async (c) => ({ id: await trajectory(c, `ST-ASSIGN-${++made}`), u: c.env.ids.user[staffOf(c)] }),
    expect: (() => {
      const assigned = ok((t, c) => expect(t).toEqual({ followedBy: { email: staffOf(c) } }));
      return partnershipMatrix({ admin: assigned, contact: assigned, deputy: assigned, coordinator: assigned, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.extendSupportTrajectory': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { extendSupportTrajectory(id: $id) { extended plannedEnd } }`,
    vars: async (c) => ({ id: await trajectory(c, `ST-EXTEND-${++made}`) }),
    expect: (() => {
      // Mechelen's programme follows twelve-month cases: the planned end moves a year on.
      const extended = ok((t) => expect(t).toEqual({ extended: true, plannedEnd: '2027-07-05' }));
      return partnershipMatrix({ admin: extended, contact: extended, deputy: extended, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },
};
