/**
 * Key moments of a household told to the contact person (and deputy) and the partner's
 * coordinators, in the notification centre: the arrival recorded, moving in, one month before the
 * end of guidance, the end of guidance. The time-based ones come from a scheduled job, once per
 * end date (an extension moves the end date, and the notices with it).
 */
import { addDays, addMonths, guidanceEndDate, type NotificationKind } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Notification } from '../notification/notification.entity.js';
import { notify, type NotifyInput, publishNotifications } from '../notification/index.js';
import { type PartnershipFacts, partnershipWithFacts } from '../partnership/index.js';
import { householdGuidanceMonths } from '../programme/index.js';
import { User } from '../user/user.entity.js';
import { Household } from './household.entity.js';

/** The contact person, the deputy and the partner's coordinators (active accounts). */
export async function householdRecipients(ctx: Context, facts: PartnershipFacts): Promise<string[]> {
  const coordinators = facts.memberOrganisationIds.length
    ? await ctx.em.find(User, { role: 'COORDINATOR', organisation: { $in: [...facts.memberOrganisationIds] }, removedAt: null }, { fields: ['id'] })
    : [];
  return [facts.contactPersonId, facts.deputyId, ...coordinators.map((u) => u.id)].filter((x): x is string => !!x);
}

/** Who hears of a key moment of the household, and what they read (no names, no specific needs). */
async function momentOf(ctx: Context, h: Household, kind: NotificationKind, date: string | null): Promise<NotifyInput | null> {
  const found = await partnershipWithFacts(ctx, h.partnership.id);
  if (!found) return null;
  return {
    recipientIds: await householdRecipients(ctx, found.facts),
    kind,
    sourceType: 'HOUSEHOLD',
    sourceId: h.id,
    partnershipId: found.partnership.id,
    excerpt: [h.reference, found.partnership.name, date].filter(Boolean).join(' · '),
  };
}

/** Queues a key-moment notification in the caller's unit of work; publish the result after the flush. */
export async function notifyHouseholdMoment(ctx: Context, h: Household, kind: NotificationKind, date: string | null): Promise<Notification[]> {
  const input = await momentOf(ctx, h, kind, date);
  return input ? notify(ctx, input) : [];
}

/** Notices for an end that passed longer ago than this are not sent (a first run on old data); they are marked as sent. */
const LATE_NOTICE_DAYS = 30;

/**
 * The scheduled job: "guidance ends in a month" and "guidance ended" for every household whose
 * moment came, once each (a conditional update claims the notice, so two processes never both
 * send it). Returns how many notices it sent.
 */
export async function householdMilestones(ctx: Context, today = todayInBrussels()): Promise<number> {
  const rows = await ctx.em.find(Household, { guidanceStart: { $ne: null }, endNoticeFor: null });
  // Each programme's guidance term, loaded in one batch.
  const months = await Promise.all(rows.map((h) => householdGuidanceMonths(ctx, h)));
  let sent = 0;
  for (const [i, h] of rows.entries()) {
    const end = h.endedOn ?? guidanceEndDate(h.guidanceStart!, h.guidanceExtended, months[i]);
    // An early end was told when it was recorded.
    if (h.endedOn) {
      await claim(ctx, h, 'endNoticeFor', end);
      continue;
    }
    if (end < today) {
      const told = end >= addDays(today, -LATE_NOTICE_DAYS) ? await claimAndNotify(ctx, h, 'endNoticeFor', end, 'GUIDANCE_ENDED') : await claim(ctx, h, 'endNoticeFor', end);
      if (told) sent++;
    } else if (today >= addMonths(end, -1) && h.endingSoonNoticeFor !== end) {
      if (await claimAndNotify(ctx, h, 'endingSoonNoticeFor', end, 'GUIDANCE_ENDING_SOON')) sent++;
    }
  }
  return sent;
}

type NoticeField = 'endingSoonNoticeFor' | 'endNoticeFor';

/** Marks the notice sent for this end date, unless someone else did meanwhile. */
async function claim(ctx: Context, h: Household, field: NoticeField, end: string): Promise<boolean> {
  const moved = await ctx.em.fork().nativeUpdate(Household, { id: h.id, [field]: h[field] ?? null }, { [field]: end });
  return moved === 1;
}

async function claimAndNotify(ctx: Context, h: Household, field: NoticeField, end: string, kind: NotificationKind): Promise<boolean> {
  // Read before the transaction: on SQLite it holds the only connection.
  const input = await momentOf(ctx, h, kind, end);
  let notifications: Notification[] = [];
  const em = ctx.em.fork();
  // A system action: no actor, so nobody is skipped as "the one who did it".
  const systemCtx: Context = { ...ctx, em, viewer: null };
  const claimed = await em.transactional(async (tx) => {
    const moved = await tx.nativeUpdate(Household, { id: h.id, [field]: h[field] ?? null }, { [field]: end });
    if (moved !== 1) return false;
    if (input) notifications = await notify({ ...systemCtx, em: tx }, input);
    return true;
  });
  if (claimed) publishNotifications(systemCtx, notifications);
  return claimed;
}
