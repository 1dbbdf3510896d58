/**
 * What a programme's configuration decides for the cases of its partnerships, read where the
 * services need it: whether they register households (caseKind), how long a household's guidance
 * term lasts (caseMonths) and which flat tariff funds it (fundingRule). Nothing here is written
 * per programme code.
 */
import { followsHouseholds, guidanceMonths } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { AppError, notFound } from '../../app/errors.js';
import type { Programme } from './programme.entity.js';

/** The programme of a partnership (batched loads). */
export async function partnershipProgramme(ctx: Context, partnershipId: string): Promise<Programme> {
  const partnership = await ctx.loaders.partnership.load(partnershipId);
  const programme = partnership ? await ctx.loaders.programme.load(partnership.programme.id) : null;
  if (!programme) throw notFound();
  return programme;
}

/** The programme of a household's partnership (batched loads). */
export function householdProgramme(ctx: Context, h: { partnership: { id: string } }): Promise<Programme> {
  return partnershipProgramme(ctx, h.partnership.id);
}

/** Months of one guidance term of the household (its programme's caseMonths; resettlement: 12). */
export async function householdGuidanceMonths(ctx: Context, h: { partnership: { id: string } }): Promise<number> {
  return guidanceMonths(await householdProgramme(ctx, h));
}

/**
 * Households are registered, imported and transferred only into a partnership whose programme
 * follows households (caseKind RESETTLEMENT_HOUSEHOLD); a return desk or a socio-legal desk follows
 * return files or counts desk contacts instead.
 */
export function checkFollowsHouseholds(programme: Pick<Programme, 'caseKind'>): void {
  if (!followsHouseholds(programme)) {
    throw new AppError('PROGRAMME_HAS_NO_HOUSEHOLDS', 'This partnership’s programme does not follow households: register its cases where its programme keeps them', { caseKind: programme.caseKind });
  }
}
