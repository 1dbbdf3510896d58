/**
 * Support trajectories of the vulnerable-groups programme (seed 004): one person followed by a
 * specialised partner for the programme's case months (six by default), stage by stage.
 */
import { addMonths } from './domain.js';

/** The stages of a support trajectory, in order. */
export const TRAJECTORY_STAGES = ['REFERRAL_RECEIVED', 'INTAKE', 'SUPPORT_PLAN_AGREED', 'SUPPORT_UNDER_WAY', 'REVIEW', 'CLOSED'] as const;
export type TrajectoryStage = (typeof TRAJECTORY_STAGES)[number];

/** Whom the programme supports (seed 004); the keys of the programme's "main target group" indicator. */
export const TARGET_GROUPS = ['MEDICAL', 'TRAFFICKING', 'MINORS', 'FAMILIES'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Target groups that are themselves a specific need: need-to-know, as a household's specific needs. */
export const SENSITIVE_TARGET_GROUPS: readonly TargetGroup[] = ['MEDICAL', 'TRAFFICKING'];

/** Why a trajectory was closed. */
export const TRAJECTORY_CLOSE_REASONS = ['SUPPORT_COMPLETED', 'RETURNED', 'REFERRED_ELSEWHERE', 'WITHDRAWN', 'CONTACT_LOST'] as const;
export type TrajectoryCloseReason = (typeof TRAJECTORY_CLOSE_REASONS)[number];

/** What needs attention on the board: the planned end passed, or no update for the programme's staleAfterDays. */
export const TRAJECTORY_FLAGS = ['PAST_PLANNED_END', 'STALE'] as const;
export type TrajectoryFlag = (typeof TRAJECTORY_FLAGS)[number];

/** The planned end of a trajectory started on `start` (YYYY-MM-DD): the programme's case months later; null when open-ended. */
export const trajectoryPlannedEnd = (start: string, caseMonths: number | null): string | null => (caseMonths === null ? null : addMonths(start, caseMonths));

/** The flags of an open trajectory on `today`; a closed one raises none. */
export function trajectoryFlags(t: { stage: TrajectoryStage; plannedEnd: string | null; lastUpdateOn: string }, staleAfterDays: number, today: string): TrajectoryFlag[] {
  if (t.stage === 'CLOSED') return [];
  const flags: TrajectoryFlag[] = [];
  if (t.plannedEnd !== null && t.plannedEnd < today) flags.push('PAST_PLANNED_END');
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${t.lastUpdateOn}T00:00:00Z`)) / 86_400_000;
  if (days > staleAfterDays) flags.push('STALE');
  return flags;
}
