/**
 * What the per-person cases of a partnership share: the return files of the return desks and the
 * support trajectories of the vulnerable-group partners. Each has its own policy with at least
 * `view` and `edit`; a case is reached through its partnership, stages are dated one after another,
 * and a reference is unique within the partnership.
 */
import { type CaseKind, isIsoDate, type ErrorCode } from '@partner-hub/shared';
import { type EntityClass, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Viewer } from '../../core/viewer.js';
import { Programme } from '../programme/programme.entity.js';
import type { PartnershipFacts } from './partnership.policy.js';
import { partnershipWithFacts } from './partnership.service.js';

type Rule = (viewer: Viewer | null, p: PartnershipFacts) => boolean;

/**
 * The partnership of a case, for an action of the case's policy: one the viewer may not see is
 * NOT_FOUND (as one that does not exist), one they see but may not act on FORBIDDEN.
 */
export async function casePartnership<A extends string>(ctx: Context, partnershipId: string, policy: { view: Rule } & Record<A, Rule>, action: A | 'view') {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found || !policy.view(viewer, found.facts)) throw notFound();
  if (!policy[action](viewer, found.facts)) throw forbidden();
  return found;
}

/** A case by id with its partnership and facts, for an action of its policy (NOT_FOUND / FORBIDDEN as for its partnership). */
export async function caseFor<T extends { partnership: { id: string } }, A extends string>(
  ctx: Context,
  entity: EntityClass<T>,
  id: string,
  policy: { view: Rule } & Record<A, Rule>,
  action: A | 'view',
) {
  const record = (await ctx.em.findOne(entity, { id } as never)) as T | null;
  if (!record) throw notFound();
  return { record, ...(await casePartnership(ctx, record.partnership.id, policy, action)) };
}

/** The facts of the partnership a case belongs to (for field-level rules such as need-to-know). */
export async function factsOfCase(ctx: Context, partnershipId: string): Promise<PartnershipFacts> {
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found) throw notFound();
  return found.facts;
}

/** The programme of a case's partnership, refused with `code` unless it follows `kind`. */
export async function requireCaseKind(ctx: Context, programmeId: string, kind: CaseKind, code: ErrorCode): Promise<Programme> {
  const programme = await ctx.em.findOneOrFail(Programme, { id: programmeId });
  if (programme.caseKind !== kind) throw new AppError(code, `The partnership's programme does not follow ${kind}`, { caseKind: programme.caseKind });
  return programme;
}

/** A stage's day: a real date (BAD_USER_INPUT), not before the last stage's day and not in the future (`code`). */
export function checkStageDay(on: string, last: string | null, code: ErrorCode): void {
  if (!isIsoDate(on)) throw new AppError('BAD_USER_INPUT', 'Not a date', { validationErrors: [{ field: 'on', constraints: ['isIsoDate'] }] });
  if ((last !== null && on < last) || on > todayInBrussels()) throw new AppError(code, 'Not before the previous stage, not in the future', { field: 'on' });
}

/** A trimmed reference, refused when blank. */
export function caseReference(reference: string): string {
  const trimmed = reference.trim();
  if (!trimmed) throw new AppError('BAD_USER_INPUT', 'Give a reference', { validationErrors: [{ field: 'reference', constraints: ['required'] }] });
  return trimmed;
}

/** Flushes a new case; a reference already used in the partnership is `code` (nothing saved). */
export async function flushNewCase(ctx: Context, code: ErrorCode): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new AppError(code, 'This reference is taken', { field: 'reference' });
    throw e;
  }
}
