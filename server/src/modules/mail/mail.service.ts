import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_DIGEST_TIME, DIGEST_TIME_PATTERN, defaultEmailMode, type EmailMode, type Locale, NOTIFICATION_KINDS, type NotificationKind, type Role } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { User } from '../user/user.entity.js';
import { EmailPreference, MailSetting } from './mail.entity.js';
import { readUnsubscribeToken, type UnsubscribeTarget } from './mail.links.js';

export interface EmailSettingsView {
  id: string;
  digestTime: string;
  kinds: { kind: NotificationKind; mode: EmailMode; isDefault: boolean }[];
}

async function settingsOf(em: EntityManager, user: { id: string; role: Role }): Promise<EmailSettingsView> {
  const [prefs, setting] = await Promise.all([em.find(EmailPreference, { user: user.id }), em.findOne(MailSetting, { user: user.id })]);
  const chosen = new Map(prefs.map((p) => [p.kind, p.mode]));
  return {
    id: user.id,
    digestTime: setting?.digestTime ?? DEFAULT_DIGEST_TIME,
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, mode: chosen.get(kind) ?? defaultEmailMode(user.role, kind), isDefault: !chosen.has(kind) })),
  };
}

/** The viewer's own email settings: per kind (their choice or their role's default) and the digest time. */
export function emailSettings(ctx: Context): Promise<EmailSettingsView> {
  return settingsOf(ctx.em, requireViewer(ctx));
}

async function setModes(em: EntityManager, userId: string, kinds: readonly NotificationKind[], mode: EmailMode): Promise<void> {
  const existing = await em.find(EmailPreference, { user: userId, kind: { $in: [...kinds] } });
  const byKind = new Map(existing.map((p) => [p.kind, p]));
  for (const kind of kinds) {
    const row = byKind.get(kind);
    if (row) row.mode = mode;
    else em.create(EmailPreference, { user: em.getReference(User, userId), kind, mode });
  }
  await em.flush();
}

export async function setEmailPreference(ctx: Context, kind: NotificationKind, mode: EmailMode): Promise<EmailSettingsView> {
  const viewer = requireViewer(ctx);
  await setModes(ctx.em, viewer.id, [kind], mode);
  return settingsOf(ctx.em, viewer);
}

export async function setDigestTime(ctx: Context, time: string): Promise<EmailSettingsView> {
  const viewer = requireViewer(ctx);
  if (!DIGEST_TIME_PATTERN.test(time)) throw new AppError('DIGEST_TIME_INVALID', 'Give the time as HH:MM (00:00 to 23:59)', { field: 'time' });
  const setting = await ctx.em.findOne(MailSetting, { user: viewer.id });
  if (setting) setting.digestTime = time;
  else ctx.em.create(MailSetting, { user: ctx.em.getReference(User, viewer.id), digestTime: time });
  await ctx.em.flush();
  return settingsOf(ctx.em, viewer);
}

/**
 * What an unsubscribe link stops, and for whom (null: the link is not valid, or the person is gone).
 * Reading does not change anything (a link checker opening the page stops nothing).
 */
export async function readUnsubscribe(em: EntityManager, secret: string, token: string): Promise<{ user: User; target: UnsubscribeTarget; language: Locale } | null> {
  const read = readUnsubscribeToken(secret, token);
  if (!read) return null;
  const user = await em.findOne(User, { id: read.userId, removedAt: null });
  return user ? { user, target: read.target, language: user.language } : null;
}

/** Stops what the link names: one kind (NEVER), or the digest (every kind now in the digest: NEVER). */
export async function applyUnsubscribe(em: EntityManager, secret: string, token: string): Promise<{ target: UnsubscribeTarget; language: Locale } | null> {
  const found = await readUnsubscribe(em, secret, token);
  if (!found) return null;
  const { user, target } = found;
  if (target === 'DIGEST') {
    const current = await settingsOf(em, user);
    const inDigest = current.kinds.filter((k) => k.mode === 'DIGEST').map((k) => k.kind);
    if (inDigest.length) await setModes(em, user.id, inDigest, 'NEVER');
  } else {
    await setModes(em, user.id, [target], 'NEVER');
  }
  return { target, language: found.language };
}
