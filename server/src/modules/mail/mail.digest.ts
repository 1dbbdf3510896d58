import { DEFAULT_DIGEST_TIME, type Locale, TIME_ZONE } from '@partner-hub/shared';
import { DateTime } from 'luxon';
import type { Context } from '../../app/context.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { User } from '../user/user.entity.js';
import { DigestItem, MailSetting } from './mail.entity.js';
import { absolute, unsubscribeHeaders, unsubscribeUrl } from './mail.links.js';
import { FRAME, KIND_WORDS, renderBody } from './mail.templates.js';

/** The latest moment at or before `now` when a digest at `time` (HH:MM, Brussels) was due. */
export function lastDigestMoment(now: Date, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  let at = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (at > local) at = at.minus({ days: 1 }).set({ hour, minute });
  return at.toJSDate();
}

/** Another worker took these lines first. */
class TakenElsewhere extends Error {}

/**
 * Queues the daily digests that are due at `now`: one mail per person who has lines waiting from
 * before their last digest moment, with every line waiting (everything since the last digest).
 * The mail and the lines' mark are written in one transaction, the mark conditional on the lines
 * still being free, so a restart or a second worker never makes a digest twice.
 * Returns how many digests it queued.
 */
export async function makeDigests(ctx: Context, now = new Date()): Promise<number> {
  const waiting = await ctx.em.find(DigestItem, { outboxId: null, createdAt: { $lte: now } }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 10_000 });
  if (!waiting.length) return 0;
  const byUser = new Map<string, DigestItem[]>();
  for (const item of waiting) byUser.set(item.user.id, [...(byUser.get(item.user.id) ?? []), item]);
  const userIds = [...byUser.keys()];
  const [users, settings] = await Promise.all([ctx.em.find(User, { id: { $in: userIds } }), ctx.em.find(MailSetting, { user: { $in: userIds } })]);
  const usersById = new Map(users.map((u) => [u.id, u]));
  const timeOf = new Map(settings.map((s) => [s.user.id, s.digestTime]));
  const { publicUrl, sessionSecret } = ctx.app.config;

  let made = 0;
  for (const [userId, items] of byUser) {
    const user = usersById.get(userId);
    if (!user || user.removedAt) {
      await ctx.em.nativeDelete(DigestItem, { id: { $in: items.map((i) => i.id) }, outboxId: null });
      continue;
    }
    const due = lastDigestMoment(now, timeOf.get(userId) ?? DEFAULT_DIGEST_TIME);
    if (!items.some((i) => i.createdAt <= due)) continue;
    const lang: Locale = user.language;
    const unsubscribe = unsubscribeUrl(publicUrl, sessionSecret, userId, 'DIGEST');
    const { text, html } = renderBody({
      lang,
      lines: [FRAME[lang].greeting(user.name), FRAME[lang].digestIntro(items.length)],
      items: items.map((i) => ({ text: KIND_WORDS[lang][i.kind].line({ actor: i.actorName ?? null, context: i.context ?? null }), url: absolute(publicUrl, i.link) })),
      footer: { why: FRAME[lang].digestWhy, unsubscribe: { label: FRAME[lang].unsubscribeDigest, url: unsubscribe } },
    });
    try {
      await ctx.em.fork().transactional(async (tx) => {
        const mail = tx.create(OutboxMessage, {
          to: user.email,
          subject: FRAME[lang].digestSubject(items.length),
          body: text,
          html,
          headers: unsubscribeHeaders(unsubscribe),
          kind: 'DIGEST',
          nextAttemptAt: now,
        });
        const taken = await tx.nativeUpdate(DigestItem, { id: { $in: items.map((i) => i.id) }, outboxId: null }, { outboxId: mail.id });
        if (taken !== items.length) throw new TakenElsewhere();
      });
      made++;
    } catch (error) {
      if (!(error instanceof TakenElsewhere)) throw error;
    }
  }
  return made;
}
