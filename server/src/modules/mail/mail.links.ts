import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationSource } from '@partner-hub/shared';

/** What an unsubscribe link turns off: one kind of notification mail, or the daily digest. */
export type UnsubscribeTarget = NotificationKind | 'DIGEST';

const sign = (secret: string, userId: string, target: string) => createHmac('sha256', secret).update(`unsubscribe:${userId}:${target}`).digest('base64url').slice(0, 32);

/** A signed token naming a person and what to stop: the link works without signing in, and only for that. */
export function unsubscribeToken(secret: string, userId: string, target: UnsubscribeTarget): string {
  return `${userId}.${target}.${sign(secret, userId, target)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; target: UnsubscribeTarget } | null {
  const [userId, target, signature, ...rest] = token.split('.');
  if (!userId || !target || !signature || rest.length) return null;
  if (target !== 'DIGEST' && !(NOTIFICATION_KINDS as readonly string[]).includes(target)) return null;
  const expected = Buffer.from(sign(secret, userId, target));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, target: target as UnsubscribeTarget };
}

export const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/$/, '')}${path}`;

export const unsubscribeUrl = (publicUrl: string, secret: string, userId: string, target: UnsubscribeTarget) =>
  absolute(publicUrl, `/unsubscribe/${encodeURIComponent(unsubscribeToken(secret, userId, target))}`);

/** RFC 8058: the address to POST to, and that a single POST does it. */
export const unsubscribeHeaders = (url: string) => ({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

/** The client's page of a notification's source (as client/src/features/notification/links.ts opens it). */
export function sourcePath(source: { sourceType: NotificationSource; sourceId: string; partnershipId?: string | null }): string {
  const id = encodeURIComponent(source.sourceId);
  switch (source.sourceType) {
    case 'THREAD':
      return `/messages/${id}`;
    case 'FEEDBACK_ROUND':
      return source.partnershipId ? `/partnerships/${encodeURIComponent(source.partnershipId)}?round=${id}#feedback` : '/';
    case 'MEETING':
      return `/meetings/${id}`;
    case 'HOUSEHOLD':
      return `/households/${id}`;
    default:
      return '/';
  }
}
