import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { TIME_ZONE } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { ActionItem } from '../meeting/meeting.entity.js';
import type { Notification } from './notification.entity.js';
import { notify, type NotifyInput, publishNotifications } from './notification.service.js';
import { partnershipWithFacts } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { OverdueReminder } from '../mail/mail.entity.js';

/** Sources overdue for longer than this when first seen (the feature arriving on old data) are not reported. */
const LOOK_BACK_DAYS = 14;

/**
 * Reports, once, what has fallen overdue: feedback rounds the partner still owes (to the partner's
 * coordinators and the contact person and deputy) and open action items (to their assignee), by
 * bell and mail alike. Each report is written in one transaction with its reminder row, whose
 * unique key refuses a second report (another process, a later tick). Returns how many it reported.
 */
export async function notifyOverdue(ctx: Context, now = new Date()): Promise<number> {
  const today = todayInBrussels(now);
  const since = DateTime.fromJSDate(now, { zone: TIME_ZONE }).minus({ days: LOOK_BACK_DAYS }).toISODate()!;
  const system: Context = { ...ctx, viewer: null };
  const [rounds, items] = await Promise.all([
    ctx.em.find(FeedbackRound, { status: { $in: ['OPEN', 'SENT_BACK'] }, dueDate: { $lt: today, $gte: since } }, { populate: ['partnership'] }),
    ctx.em.find(ActionItem, { status: 'OPEN', dueDate: { $lt: today, $gte: since } }, { populate: ['meeting'] }),
  ]);
  const sourceIds = [...rounds.map((r) => r.id), ...items.map((i) => i.id)];
  if (!sourceIds.length) return 0;
  const done = new Set((await ctx.em.find(OverdueReminder, { sourceId: { $in: sourceIds } })).map((r) => `${r.sourceType}:${r.sourceId}`));

  const reports: { sourceType: OverdueReminder['sourceType']; sourceId: string; input: () => Promise<NotifyInput> }[] = [];
  for (const r of rounds) {
    if (done.has(`FEEDBACK_ROUND:${r.id}`)) continue;
    reports.push({
      sourceType: 'FEEDBACK_ROUND',
      sourceId: r.id,
      input: async () => {
        const found = await partnershipWithFacts(system, r.partnership.id);
        const facts = found?.facts;
        const coordinators = facts?.memberOrganisationIds.length
          ? (await ctx.em.find(User, { role: 'COORDINATOR', organisation: { $in: [...facts.memberOrganisationIds] }, removedAt: null }, { fields: ['id'] })).map((u) => u.id)
          : [];
        return {
          recipientIds: [...coordinators, ...[facts?.contactPersonId, facts?.deputyId].filter((x): x is string => !!x)],
          kind: 'FEEDBACK_OVERDUE',
          sourceType: 'FEEDBACK_ROUND',
          sourceId: r.id,
          partnershipId: r.partnership.id,
          excerpt: `${r.partnership.name} · ${r.periodStart} – ${r.periodEnd}`,
        };
      },
    });
  }
  for (const i of items) {
    if (done.has(`ACTION_ITEM:${i.id}`)) continue;
    reports.push({
      sourceType: 'ACTION_ITEM',
      sourceId: i.id,
      input: () =>
        Promise.resolve({ recipientIds: [i.assignee.id], kind: 'ACTION_ITEM_OVERDUE', sourceType: 'MEETING', sourceId: i.meeting.id, excerpt: `${i.title} (${i.dueDate}) — ${i.meeting.title}` }),
    });
  }

  let reported = 0;
  for (const report of reports) {
    // Read before the transaction (on SQLite it holds the only connection).
    const input = await report.input();
    let notifications: Notification[] = [];
    const em = ctx.em.fork();
    try {
      await em.transactional(async (tx) => {
        tx.create(OverdueReminder, { sourceType: report.sourceType, sourceId: report.sourceId, at: now });
        notifications = await notify({ ...system, em: tx }, input);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) continue;
      throw error;
    }
    reported++;
    publishNotifications(system, notifications);
  }
  return reported;
}
