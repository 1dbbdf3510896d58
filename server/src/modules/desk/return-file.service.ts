import { isIsoDate, RETURN_STAGES, type ReturnStage, returnFileOverdue } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { caseFor, casePartnership, caseReference, checkStageDay, factsOfCase, flushNewCase, type PartnershipFacts, visiblePartnerships } from '../partnership/index.js';
import { returnFilePolicy } from './desk.policy.js';
import { ReturnFile } from './return-file.entity.js';

const partnershipFor = (ctx: Context, partnershipId: string, action: 'view' | 'edit') => casePartnership(ctx, partnershipId, returnFilePolicy, action);

export const factsOfFile = (ctx: Context, f: ReturnFile): Promise<PartnershipFacts> => factsOfCase(ctx, f.partnership.id);

/** A partnership's return files, newest first; closed ones only when asked. */
export async function listReturnFiles(ctx: Context, partnershipId: string, includeClosed: boolean): Promise<ReturnFile[]> {
  const { partnership } = await partnershipFor(ctx, partnershipId, 'view');
  return ctx.em.find(ReturnFile, { partnership, ...(includeClosed ? {} : { stage: { $ne: 'FOLLOW_UP_CLOSED' } }) }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['followedBy'] });
}

export async function openReturnFile(
  ctx: Context,
  input: { partnershipId: string; reference: string; country?: string | null; followedByOrganisationId?: string | null; informedOn: string; medicalNote?: string | null },
): Promise<ReturnFile> {
  const { partnership, facts } = await partnershipFor(ctx, input.partnershipId, 'edit');
  if (input.followedByOrganisationId && !facts.memberOrganisationIds.includes(input.followedByOrganisationId))
    throw new AppError('ORGANISATION_NOT_MEMBER', 'The partner that follows up must be a member organisation', { field: 'followedByOrganisationId' });
  checkStageDay(input.informedOn, null, 'RETURN_STAGE_INVALID');
  const reference = caseReference(input.reference);
  const file = ctx.em.create(ReturnFile, {
    partnership,
    reference,
    country: input.country?.trim() || null,
    followedBy: input.followedByOrganisationId ? ctx.em.getReference(Organisation, input.followedByOrganisationId) : null,
    stage: 'INFORMATION',
    stageDates: [{ stage: 'INFORMATION', on: input.informedOn }],
    medicalNote: input.medicalNote?.trim() || null,
  });
  await flushNewCase(ctx, 'RETURN_FILE_REFERENCE_TAKEN');
  return file;
}

/** Moves a file on to the next stage (exactly the next one), on a day not before the last and not in the future. */
export async function advanceReturnFile(ctx: Context, id: string, stage: ReturnStage, on: string): Promise<ReturnFile> {
  const { record: file } = await caseFor(ctx, ReturnFile, id, returnFilePolicy, 'edit');
  const next = RETURN_STAGES[RETURN_STAGES.indexOf(file.stage) + 1];
  if (!isIsoDate(on)) checkStageDay(on, null, 'RETURN_STAGE_INVALID');
  if (stage !== next) throw new AppError('RETURN_STAGE_INVALID', 'Stages go forward one after another', { field: 'on' });
  checkStageDay(on, file.stageDates.at(-1)!.on, 'RETURN_STAGE_INVALID');
  file.stage = stage;
  file.stageDates = [...file.stageDates, { stage, on }];
  file.updatedAt = new Date();
  await ctx.em.flush();
  return file;
}

/** Assigns the member organisation that follows a file up (null: nobody yet). */
export async function assignReturnFile(ctx: Context, id: string, organisationId: string | null): Promise<ReturnFile> {
  const { record: file, facts } = await caseFor(ctx, ReturnFile, id, returnFilePolicy, 'edit');
  if (organisationId && !facts.memberOrganisationIds.includes(organisationId))
    throw new AppError('ORGANISATION_NOT_MEMBER', 'The partner that follows up must be a member organisation', { field: 'followedByOrganisationId' });
  file.followedBy = organisationId ? ctx.em.getReference(Organisation, organisationId) : null;
  file.updatedAt = new Date();
  await ctx.em.flush();
  return file;
}

/** Whether a file is overdue today (in its stage longer than the stage allows). */
export const isOverdue = (f: ReturnFile, today = todayInBrussels()) => returnFileOverdue(f.stage, f.stageDates.at(-1)!.on, today);

/**
 * The board's return files: the open files of every partnership the viewer may see whose
 * programme follows return files (by its case kind), overdue ones first, then the longest in
 * their stage; optionally one partnership, or only the overdue ones.
 */
export async function returnFileBoard(ctx: Context, args: { partnershipId?: string | null; overdueOnly?: boolean | null }): Promise<ReturnFile[]> {
  const viewer = requireViewer(ctx);
  if (args.partnershipId) await partnershipFor(ctx, args.partnershipId, 'view');
  const partnership = { $and: [visiblePartnerships(viewer), { programme: { caseKind: 'RETURN_FILE' } }, ...(args.partnershipId ? [{ id: args.partnershipId }] : [])] };
  const files = await ctx.em.find(ReturnFile, { partnership, stage: { $ne: 'FOLLOW_UP_CLOSED' } } as never, { populate: ['followedBy', 'partnership'], limit: 2000 });
  const today = todayInBrussels();
  const rows = files.map((f) => ({ f, overdue: isOverdue(f, today), since: f.stageDates.at(-1)!.on }));
  return rows
    .filter((r) => !args.overdueOnly || r.overdue)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.since.localeCompare(b.since) || a.f.reference.localeCompare(b.f.reference))
    .map((r) => r.f);
}
