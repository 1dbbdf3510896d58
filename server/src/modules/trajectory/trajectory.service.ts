import {
  addMonths,
  PROGRESS_DEFAULTS,
  type TargetGroup,
  type TrajectoryCloseReason,
  type TrajectoryFlag,
  trajectoryFlags,
  trajectoryPlannedEnd,
  TRAJECTORY_STAGES,
  type TrajectoryStage,
} from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { caseFor, casePartnership, caseReference, checkStageDay, factsOfCase, flushNewCase, type PartnershipFacts, requireCaseKind, visiblePartnerships } from '../partnership/index.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { trajectoryPolicy } from './trajectory.policy.js';
import { SupportTrajectory } from './trajectory.entity.js';

type Action = 'view' | 'edit' | 'extend';
const partnershipFor = (ctx: Context, partnershipId: string, action: Action) => casePartnership(ctx, partnershipId, trajectoryPolicy, action);

export const factsOfTrajectory = (ctx: Context, t: SupportTrajectory): Promise<PartnershipFacts> => factsOfCase(ctx, t.partnership.id);

/** A trajectory by id with its partnership, for an action (NOT_FOUND / FORBIDDEN as for its partnership). */
async function trajectoryFor(ctx: Context, id: string, action: Action) {
  const { record, ...found } = await caseFor(ctx, SupportTrajectory, id, trajectoryPolicy, action);
  return { t: record, ...found };
}

const refuseClosed = (t: SupportTrajectory) => {
  if (t.stage === 'CLOSED') throw new AppError('TRAJECTORY_CLOSED', 'The trajectory is closed');
};

/** Who may follow a trajectory: a coordinator or volunteer of a member organisation (null: nobody). */
async function follower(ctx: Context, facts: PartnershipFacts, userId: string | null | undefined): Promise<User | null> {
  if (!userId) return null;
  const user = await ctx.loaders.user.load(userId);
  const staff = user && !user.removedAt && (user.role === 'COORDINATOR' || user.role === 'VOLUNTEER') && user.organisation && facts.memberOrganisationIds.includes(user.organisation.id);
  if (!staff) throw new AppError('FOLLOWER_NOT_PARTNER_STAFF', 'Whoever follows the trajectory works for a member organisation', { field: 'followedByUserId' });
  return user;
}

/** A partnership's trajectories, newest first; closed ones only when asked. */
export async function listTrajectories(ctx: Context, partnershipId: string, includeClosed: boolean): Promise<SupportTrajectory[]> {
  const { partnership } = await partnershipFor(ctx, partnershipId, 'view');
  return ctx.em.find(SupportTrajectory, { partnership, ...(includeClosed ? {} : { stage: { $ne: 'CLOSED' } }) }, { orderBy: { startedOn: 'desc', reference: 'asc' } });
}

export interface OpenTrajectoryArgs {
  partnershipId: string;
  reference: string;
  birthYear?: number | null;
  targetGroup: TargetGroup;
  followedByUserId?: string | null;
  startedOn: string;
  needsNote?: string | null;
}

/** Opens a trajectory at "referral received", planned to end the programme's case months later. */
export async function openTrajectory(ctx: Context, input: OpenTrajectoryArgs): Promise<SupportTrajectory> {
  const { partnership, facts } = await partnershipFor(ctx, input.partnershipId, 'edit');
  const programme = await requireCaseKind(ctx, partnership.programme.id, 'SUPPORT_TRAJECTORY', 'TRAJECTORY_NOT_IN_PROGRAMME');
  const followedBy = await follower(ctx, facts, input.followedByUserId);
  checkStageDay(input.startedOn, null, 'TRAJECTORY_STAGE_INVALID');
  if (input.birthYear != null && (input.birthYear < 1900 || input.birthYear > Number(todayInBrussels().slice(0, 4))))
    throw new AppError('BAD_USER_INPUT', 'Not a year of birth', { validationErrors: [{ field: 'birthYear', constraints: ['range'] }] });
  const t = ctx.em.create(SupportTrajectory, {
    partnership,
    reference: caseReference(input.reference),
    birthYear: input.birthYear ?? null,
    targetGroup: input.targetGroup,
    followedBy,
    startedOn: input.startedOn,
    plannedEnd: trajectoryPlannedEnd(input.startedOn, programme.caseMonths ?? null),
    stage: 'REFERRAL_RECEIVED',
    stageDates: [{ stage: 'REFERRAL_RECEIVED', on: input.startedOn }],
    needsNote: input.needsNote?.trim() || null,
  });
  await flushNewCase(ctx, 'TRAJECTORY_REFERENCE_TAKEN');
  return t;
}

/**
 * Moves a trajectory on to its next stage, or closes it from any stage with a reason, on a day not
 * before the last stage's and not in the future.
 */
export async function advanceTrajectory(ctx: Context, id: string, stage: TrajectoryStage, on: string, closeReason: TrajectoryCloseReason | null): Promise<SupportTrajectory> {
  const { t } = await trajectoryFor(ctx, id, 'edit');
  refuseClosed(t);
  const next = TRAJECTORY_STAGES[TRAJECTORY_STAGES.indexOf(t.stage) + 1];
  if (stage !== next && stage !== 'CLOSED') throw new AppError('TRAJECTORY_STAGE_INVALID', 'Stages go forward one after another', { field: 'stage' });
  if (stage === 'CLOSED' && !closeReason) throw new AppError('TRAJECTORY_CLOSE_REASON_REQUIRED', 'Give the reason it closes', { field: 'closeReason' });
  if (stage !== 'CLOSED' && closeReason) throw new AppError('BAD_USER_INPUT', 'A reason only with the close', { validationErrors: [{ field: 'closeReason', constraints: ['onlyWhenClosing'] }] });
  checkStageDay(on, t.stageDates.at(-1)!.on, 'TRAJECTORY_STAGE_INVALID');
  t.stage = stage;
  t.stageDates = [...t.stageDates, { stage, on }];
  t.closeReason = closeReason;
  t.updatedAt = new Date();
  await ctx.em.flush();
  return t;
}

/** Sets the partner's staff member who follows a trajectory (null: nobody yet). */
export async function assignTrajectory(ctx: Context, id: string, userId: string | null): Promise<SupportTrajectory> {
  const { t, facts } = await trajectoryFor(ctx, id, 'edit');
  refuseClosed(t);
  t.followedBy = await follower(ctx, facts, userId);
  t.updatedAt = new Date();
  await ctx.em.flush();
  return t;
}

/** Extends a trajectory once by the programme's case months (the contact person, deputy or an admin). */
export async function extendTrajectory(ctx: Context, id: string): Promise<SupportTrajectory> {
  const { t, partnership } = await trajectoryFor(ctx, id, 'extend');
  refuseClosed(t);
  if (t.extended) throw new AppError('TRAJECTORY_ALREADY_EXTENDED', 'A trajectory is extended once');
  const programme = await ctx.em.findOneOrFail(Programme, { id: partnership.programme.id });
  t.extended = true;
  if (t.plannedEnd && programme.caseMonths) t.plannedEnd = addMonths(t.plannedEnd, programme.caseMonths);
  t.updatedAt = new Date();
  await ctx.em.flush();
  return t;
}

/** What needs attention on an open trajectory today: its planned end passed, or no update for the programme's staleAfterDays. */
export async function flagsOf(ctx: Context, t: SupportTrajectory, today = todayInBrussels()): Promise<TrajectoryFlag[]> {
  const partnership = await ctx.loaders.partnership.load(t.partnership.id);
  const programme = partnership && (await ctx.loaders.programme.load(partnership.programme.id));
  const staleAfterDays = programme?.staleAfterDays ?? PROGRESS_DEFAULTS.staleAfterDays;
  return trajectoryFlags({ stage: t.stage, plannedEnd: t.plannedEnd ?? null, lastUpdateOn: todayInBrussels(t.updatedAt) }, staleAfterDays, today);
}

/**
 * The board's trajectories: the open trajectories of every partnership the viewer may see whose
 * programme follows support trajectories (by its case kind), flagged ones first, then by planned
 * end; optionally one partnership, or only the flagged ones.
 */
export async function trajectoryBoard(ctx: Context, args: { partnershipId?: string | null; overdueOnly?: boolean | null }): Promise<SupportTrajectory[]> {
  const viewer = requireViewer(ctx);
  if (args.partnershipId) await partnershipFor(ctx, args.partnershipId, 'view');
  const partnership = { $and: [visiblePartnerships(viewer), { programme: { caseKind: 'SUPPORT_TRAJECTORY' } }, ...(args.partnershipId ? [{ id: args.partnershipId }] : [])] };
  const found = await ctx.em.find(SupportTrajectory, { partnership, stage: { $ne: 'CLOSED' } } as never, { limit: 2000 });
  const today = todayInBrussels();
  const rows = await Promise.all(found.map(async (t) => ({ t, flagged: (await flagsOf(ctx, t, today)).length > 0 })));
  return rows
    .filter((r) => !args.overdueOnly || r.flagged)
    .sort((a, b) => Number(b.flagged) - Number(a.flagged) || (a.t.plannedEnd ?? '9999').localeCompare(b.t.plannedEnd ?? '9999') || a.t.reference.localeCompare(b.t.reference))
    .map((r) => r.t);
}

/** What the trajectory sections of a partnership page need: the case kind and months, the partner staff who can follow, what the viewer may do. */
export async function trajectoryOverview(ctx: Context, partnershipId: string) {
  const viewer = requireViewer(ctx);
  const { partnership, facts } = await partnershipFor(ctx, partnershipId, 'view');
  const programme = await ctx.em.findOneOrFail(Programme, { id: partnership.programme.id });
  const staff = facts.memberOrganisationIds.length
    ? await ctx.em.find(User, { organisation: { $in: [...facts.memberOrganisationIds] }, role: { $in: ['COORDINATOR', 'VOLUNTEER'] }, removedAt: null }, { orderBy: { name: 'asc', id: 'asc' } })
    : [];
  return {
    caseKind: programme.caseKind,
    caseMonths: programme.caseMonths ?? null,
    staff,
    viewerCan: { edit: trajectoryPolicy.edit(viewer, facts), extend: trajectoryPolicy.extend(viewer, facts), viewSensitive: trajectoryPolicy.viewSensitive(viewer, facts) },
  };
}
