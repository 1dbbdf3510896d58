import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import type { Locale, Role } from '@partner-hub/shared';
import type { Context, Viewer } from '../../app/context.js';
import { raw, sqlDate } from '../../app/sql.js';
import { Session } from './auth.entity.js';
import type { User } from '../user/user.entity.js';

export const SESSION_COOKIE = 'ph_session';
export const SESSION_DAYS = 14;

/** Random tokens go to the browser; the database keeps only their keyed hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  return parseCookies(header)[SESSION_COOKIE] || undefined;
}

/** Finds the viewer of a session token: null when unknown, expired, or the user was removed. */
export async function viewerFromToken(em: EntityManager, secret: string, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const hash = tokenHash(secret, token);
  // Every request asks this: one plain row, no entities to hydrate.
  const [user] = await raw(em).execute<{ id: string; role: Role; organisation_id: string | null; language: Locale }[]>(
    'select u.id, u.role, u.organisation_id, u.language from session s join app_user u on u.id = s.user_id where s.token_hash = ? and s.expires_at > ? and u.removed_at is null',
    [hash, sqlDate(em, new Date())],
    'all',
  );
  if (!user) return null;
  return { id: user.id, role: user.role, organisationId: user.organisation_id, language: user.language, sessionTokenHash: hash };
}

/** Whether a session still stands (used to stop live subscriptions of a signed-out session). */
export async function sessionIsActive(em: EntityManager, hash: string): Promise<boolean> {
  return (await em.count(Session, { tokenHash: hash, expiresAt: { $gt: new Date() } })) > 0;
}

/** The query builder of the SQL drivers, as far as `activeSessionHashes` uses it. */
interface SessionQueries {
  createQueryBuilder(entity: typeof Session): {
    select(field: 'tokenHash'): { where(cond: FilterQuery<Session>): { execute(method: 'all'): Promise<{ tokenHash: string }[]> } };
  };
}

/**
 * Which of these sessions stand (not signed out, not expired): the live layer's session check
 * (handed to it in server.ts, `useSessionCheck`). Plain rows, no entities: thousands of sessions
 * are checked every few seconds.
 */
export async function activeSessionHashes(em: EntityManager, hashes: string[]): Promise<string[]> {
  const rows = await (em as unknown as SessionQueries)
    .createQueryBuilder(Session)
    .select('tokenHash')
    .where({ tokenHash: { $in: hashes }, expiresAt: { $gt: new Date() } })
    .execute('all');
  return rows.map((r) => r.tokenHash);
}

/** Starts a session for a user, within the caller's unit of work, and sets the cookie. */
export function startSession(ctx: Context, user: User): void {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  ctx.em.persist(ctx.em.create(Session, { tokenHash: tokenHash(ctx.app.config.sessionSecret, token), user, expiresAt, createdAt: new Date() }));
  ctx.cookies?.set(SESSION_COOKIE, token, SESSION_DAYS * 24 * 3600);
}

/** Ends every session of a user at once (removal). */
export async function endAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(Session, { user: userId });
}
