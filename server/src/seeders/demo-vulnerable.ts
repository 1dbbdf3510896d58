/**
 * Demo support trajectories of the vulnerable-groups programme (seed 004): a dozen people over the
 * two vulnerable-group partnerships, each followed by a partner's staff member, with their stages,
 * a normal mix of trajectories on time, past their planned end, without update for too long,
 * extended once and closed. Every date is relative to today.
 */
import type { EntityManager } from '@mikro-orm/core';
import { addDays, type TargetGroup, type TrajectoryCloseReason, trajectoryPlannedEnd, TRAJECTORY_STAGES, type TrajectoryStage } from '@partner-hub/shared';
import { todayInBrussels } from '../app/validators.js';
import type { Partnership } from '../modules/partnership/partnership.entity.js';
import { SupportTrajectory } from '../modules/trajectory/trajectory.entity.js';
import type { User } from '../modules/user/user.entity.js';

/** One demo trajectory: days ago of each stage reached (in order from the referral), the last update, and who follows it (index into the staff). */
export interface DemoTrajectory {
  reference: string;
  birthYear: number | null;
  targetGroup: TargetGroup;
  stageDaysAgo: number[];
  updatedDaysAgo: number;
  followedBy: number | null;
  needsNote?: string;
  extended?: boolean;
  closeReason?: TrajectoryCloseReason;
}

/** Zorgtraject Kwetsbare Groepen (Dutch): seven trajectories, two of them flagged, one closed. */
export const ZORG_TRAJECTORIES: DemoTrajectory[] = [
  {
    reference: 'ZKG-001',
    birthYear: 1971,
    targetGroup: 'MEDICAL',
    stageDaysAgo: [200, 190, 170, 150, 10],
    updatedDaysAgo: 10,
    followedBy: 0,
    needsNote: 'Dialyse drie keer per week; medicatie voor zes maanden na de terugkeer (AMAAR).',
  },
  { reference: 'ZKG-002', birthYear: 1988, targetGroup: 'FAMILIES', stageDaysAgo: [40, 33, 20], updatedDaysAgo: 20, followedBy: 1 },
  {
    reference: 'ZKG-003',
    birthYear: 1999,
    targetGroup: 'TRAFFICKING',
    stageDaysAgo: [90, 84, 70, 50],
    updatedDaysAgo: 45,
    followedBy: 0,
    needsNote: 'Doorverwezen door het gespecialiseerd opvangcentrum; geen contact met de vorige werkgever.',
  },
  { reference: 'ZKG-004', birthYear: 2007, targetGroup: 'MINORS', stageDaysAgo: [15, 5], updatedDaysAgo: 5, followedBy: 1 },
  {
    reference: 'ZKG-005',
    birthYear: 1965,
    targetGroup: 'MEDICAL',
    stageDaysAgo: [120, 112, 90, 60],
    updatedDaysAgo: 3,
    followedBy: 0,
    needsNote: 'Insuline en opvolging door een diabetoloog in het land van herkomst.',
  },
  { reference: 'ZKG-006', birthYear: 1984, targetGroup: 'FAMILIES', stageDaysAgo: [260, 250, 230, 200, 20], updatedDaysAgo: 20, followedBy: 1, extended: true },
  { reference: 'ZKG-007', birthYear: 2006, targetGroup: 'MINORS', stageDaysAgo: [230, 222, 200, 180, 60, 40], updatedDaysAgo: 40, followedBy: 0, closeReason: 'SUPPORT_COMPLETED' },
];

/** The French-speaking partnership: five trajectories, two of them flagged, one closed. */
export const SANTE_TRAJECTORIES: DemoTrajectory[] = [
  {
    reference: 'TGV-001',
    birthYear: 1979,
    targetGroup: 'MEDICAL',
    stageDaysAgo: [60, 52, 40, 20],
    updatedDaysAgo: 20,
    followedBy: 0,
    needsNote: 'Traitement oncologique à poursuivre six mois après le retour.',
  },
  { reference: 'TGV-002', birthYear: 1990, targetGroup: 'FAMILIES', stageDaysAgo: [190, 182, 160, 140, 35], updatedDaysAgo: 35, followedBy: 1 },
  {
    reference: 'TGV-003',
    birthYear: 1996,
    targetGroup: 'TRAFFICKING',
    stageDaysAgo: [25, 18],
    updatedDaysAgo: 18,
    followedBy: 0,
    needsNote: 'Suivi par un centre spécialisé pour victimes de la traite.',
  },
  { reference: 'TGV-004', birthYear: 2008, targetGroup: 'MINORS', stageDaysAgo: [100, 90, 70], updatedDaysAgo: 70, followedBy: null },
  { reference: 'TGV-005', birthYear: 1986, targetGroup: 'FAMILIES', stageDaysAgo: [210, 200, 180, 160, 25], updatedDaysAgo: 25, followedBy: 1, closeReason: 'RETURNED' },
];

/** Seeds a partnership's trajectories; its programme's case months set the planned end. */
export function seedTrajectories(em: EntityManager, partnership: Partnership, staff: readonly User[], trajectories: readonly DemoTrajectory[]): void {
  const today = todayInBrussels();
  const caseMonths = partnership.programme.caseMonths ?? null;
  for (const d of trajectories) {
    const stageDates = d.stageDaysAgo.map((ago, i): { stage: TrajectoryStage; on: string } => ({
      stage: d.closeReason && i === d.stageDaysAgo.length - 1 ? 'CLOSED' : TRAJECTORY_STAGES[i],
      on: addDays(today, -ago),
    }));
    const startedOn = stageDates[0].on;
    const once = trajectoryPlannedEnd(startedOn, caseMonths);
    const updatedAt = new Date(`${addDays(today, -d.updatedDaysAgo)}T10:00:00Z`);
    em.create(SupportTrajectory, {
      partnership,
      reference: d.reference,
      birthYear: d.birthYear,
      targetGroup: d.targetGroup,
      followedBy: d.followedBy === null ? null : staff[d.followedBy],
      startedOn,
      plannedEnd: d.extended && once ? trajectoryPlannedEnd(once, caseMonths) : once,
      extended: !!d.extended,
      stage: stageDates.at(-1)!.stage,
      stageDates,
      closeReason: d.closeReason ?? null,
      needsNote: d.needsNote ?? null,
      createdAt: new Date(`${startedOn}T09:00:00Z`),
      updatedAt,
    });
  }
}
