import DataLoader from 'dataloader';
import { type Context, requireViewer } from '../../app/context.js';
import { forbidden } from '../../app/errors.js';
import { decodeCursor, toPage } from '../../app/pagination.js';
import { AccessLogEntry, FundingAuditEntry } from './audit.entity.js';
import { auditPolicy } from './audit.policy.js';

const WRITER = Symbol('access-log-writer');

/**
 * Records that the viewer read something need-to-know about a household (its specific needs, an
 * identity or medical document). Reads within one tick of a request are written in one INSERT,
 * and the read is only answered once its row is stored.
 */
export function recordHouseholdAccess(ctx: Context, householdId: string, what: string): Promise<void> {
  const viewer = requireViewer(ctx);
  let writer = ctx.scratch.get(WRITER) as DataLoader<string, void> | undefined;
  if (!writer) {
    writer = new DataLoader<string, void>(
      async (keys) => {
        const at = new Date();
        await ctx.em.insertMany(
          AccessLogEntry,
          keys.map((key) => {
            const [household, ...rest] = key.split('|');
            return { id: crypto.randomUUID(), user: viewer.id, household: household, at, what: rest.join('|') };
          }),
        );
        return keys.map(() => undefined);
      },
      { cache: false },
    );
    ctx.scratch.set(WRITER, writer);
  }
  return writer.load(`${householdId}|${what}`);
}

export const recordSpecificNeedsRead = (ctx: Context, householdId: string) => recordHouseholdAccess(ctx, householdId, 'specificNeeds');

export async function listAccessLog(ctx: Context, args: { first: number; after?: string | null; householdId?: string | null; userId?: string | null }) {
  if (!auditPolicy.readAccessLog(requireViewer(ctx))) throw forbidden();
  const first = Math.min(Math.max(args.first, 1), 200);
  const base: Record<string, unknown> = {};
  if (args.householdId) base.household = args.householdId;
  if (args.userId) base.user = args.userId;
  const where: Record<string, unknown>[] = [base];
  if (args.after) {
    const [at, id] = decodeCursor(args.after).map(String);
    const atDate = new Date(at);
    where.push({ $or: [{ at: { $lt: atDate } }, { at: atDate, id: { $lt: id } }] });
  }
  const rows = await ctx.em.find(AccessLogEntry, { $and: where }, { orderBy: { at: 'desc', id: 'desc' }, limit: first + 1 });
  return toPage(
    rows,
    first,
    (r) => [r.at.toISOString(), r.id],
    () => ctx.em.count(AccessLogEntry, base),
  );
}

/**
 * Records an edit of a household's funding figure (who, when, why, before and after), in the
 * edit's own unit of work: the entry is stored by the same flush as the edit, or not at all.
 */
export function recordFundingEdit(
  ctx: Context,
  household: { id: string; partnership: { id: string } },
  entry: { action: string; beforeCents: number; afterCents: number; reason?: string | null; details?: Record<string, unknown> },
): FundingAuditEntry {
  return ctx.em.create(FundingAuditEntry, {
    household: household.id,
    partnershipId: household.partnership.id,
    user: ctx.viewer?.id ?? null,
    action: entry.action,
    reason: entry.reason ?? null,
    beforeCents: entry.beforeCents,
    afterCents: entry.afterCents,
    details: entry.details ?? {},
  } as never);
}

/** A household's funding edits, oldest first. */
export function listFundingEdits(ctx: Context, householdId: string): Promise<FundingAuditEntry[]> {
  return ctx.em.find(FundingAuditEntry, { household: householdId }, { orderBy: { at: 'asc', id: 'asc' } });
}
