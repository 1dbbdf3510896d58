import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RETURN_STAGES, type ReturnStage, returnFileOverdue } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { requireViewer } from '../auth/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { type PartnershipFacts, visiblePartnerships } from '../partnership/partnership.policy.js';
import { partnershipWithFacts } from '../partnership/partnership.service.js';
import { returnFilePolicy } from './desk.policy.js';
import { ReturnFile } from './return-file.entity.js';

async function partnershipFor(ctx: Context, partnershipId: string, action: 'view' | 'edit') {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found || !returnFilePolicy.view(viewer, found.facts)) throw notFound();
  if (!returnFilePolicy[action](viewer, found.facts)) throw forbidden();
  return found;
}

export async function factsOfFile(ctx: Context, f: ReturnFile): Promise<PartnershipFacts> {
  const found = await partnershipWithFacts(ctx, f.partnership.id);
  if (!found) throw notFound();
  return found.facts;
}

/** A partnership's return files, newest first; closed ones only when asked. */
export async function listReturnFiles(ctx: Context, partnershipId: string, includeClosed: boolean): Promise<ReturnFile[]> {
  const { partnership } = await partnershipFor(ctx, partnershipId, 'view');
  return ctx.em.find(ReturnFile, { partnership, ...(includeClosed ? {} : { stage: { $ne: 'FOLLOW_UP_CLOSED' } }) }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['followedBy'] });
}

const invalidStage = (why: string) => new AppError('RETURN_STAGE_INVALID', why, { field: 'on' });

export async function openReturnFile(
  ctx: Context,
  input: { partnershipId: string; reference: string; country?: string | null; followedByOrganisationId?: string | null; informedOn: string; medicalNote?: string | null },
): Promise<ReturnFile> {
  const { partnership, facts } = await partnershipFor(ctx, input.partnershipId, 'edit');
  if (input.followedByOrganisationId && !facts.memberOrganisationIds.includes(input.followedByOrganisationId))
    throw new AppError('ORGANISATION_NOT_MEMBER', 'The partner that follows up must be a member organisation', { field: 'followedByOrganisationId' });
  if (input.informedOn > todayInBrussels()) throw invalidStage('Not in the future');
  const reference = input.reference.trim();
  if (!reference) throw new AppError('BAD_USER_INPUT', 'Give a reference', { validationErrors: [{ field: 'reference', constraints: ['required'] }] });
  const file = ctx.em.create(ReturnFile, {
    partnership,
    reference,
    country: input.country?.trim() || null,
    followedBy: input.followedByOrganisationId ? ctx.em.getReference(Organisation, input.followedByOrganisationId) : null,
    stage: 'INFORMATION',
    stageDates: [{ stage: 'INFORMATION', on: input.informedOn }],
    medicalNote: input.medicalNote?.trim() || null,
  });
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new AppError('RETURN_FILE_REFERENCE_TAKEN', 'This reference is taken', { field: 'reference' });
    throw e;
  }
  return file;
}

/** Moves a file on to the next stage (exactly the next one), on a day not before the last and not in the future. */
export async function advanceReturnFile(ctx: Context, id: string, stage: ReturnStage, on: string): Promise<ReturnFile> {
  const file = await ctx.em.findOne(ReturnFile, { id });
  if (!file) throw notFound();
  await partnershipFor(ctx, file.partnership.id, 'edit');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(`${on}T00:00:00Z`)) || new Date(`${on}T00:00:00Z`).toISOString().slice(0, 10) !== on)
    throw new AppError('BAD_USER_INPUT', 'Not a date', { validationErrors: [{ field: 'on', constraints: ['isIsoDate'] }] });
  const next = RETURN_STAGES[RETURN_STAGES.indexOf(file.stage) + 1];
  if (stage !== next) throw invalidStage('Stages go forward one after another');
  const last = file.stageDates.at(-1)!.on;
  if (on < last || on > todayInBrussels()) throw invalidStage('Not before the previous stage, not in the future');
  file.stage = stage;
  file.stageDates = [...file.stageDates, { stage, on }];
  file.updatedAt = new Date();
  await ctx.em.flush();
  return file;
}

/** Assigns the member organisation that follows a file up (null: nobody yet). */
export async function assignReturnFile(ctx: Context, id: string, organisationId: string | null): Promise<ReturnFile> {
  const file = await ctx.em.findOne(ReturnFile, { id });
  if (!file) throw notFound();
  const { facts } = await partnershipFor(ctx, file.partnership.id, 'edit');
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
