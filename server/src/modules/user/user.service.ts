import { liveState } from '../../app/live/index.js';
import type { Locale, Role } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { endAllSessions } from '../auth/index.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { User } from './user.entity.js';
import { userPolicy } from './user.policy.js';

/** The viewer's organisation is this one, or shares a partnership with it (a coordinator and their welcome group). */
export async function worksWithOrganisation(ctx: Context, organisationId: string | null): Promise<boolean> {
  const own = ctx.viewer?.organisationId;
  if (!own || !organisationId) return false;
  if (own === organisationId) return true;
  return (await ctx.em.count(Partnership, { $and: [{ members: { organisation: own } }, { members: { organisation: organisationId } }] })) > 0;
}

export async function me(ctx: Context): Promise<User | null> {
  return ctx.viewer ? ctx.loaders.user.load(ctx.viewer.id) : null;
}

export async function listUsers(ctx: Context, role?: Role | null): Promise<User[]> {
  const viewer = requireViewer(ctx);
  if (!userPolicy.list(viewer)) throw forbidden();
  if (viewer.role === 'ADMIN') return ctx.em.find(User, { removedAt: null, ...(role ? { role } : {}) }, { orderBy: { name: 'asc' } });
  // A coordinator: the volunteers of their organisation and of the organisations they share a partnership with.
  if (role && role !== 'VOLUNTEER') return [];
  const memberships = await ctx.em.find(PartnershipMember, { partnership: { members: { organisation: viewer.organisationId } } }, { fields: ['organisation'] });
  const organisations = [...new Set([viewer.organisationId!, ...memberships.map((m) => m.organisation.id)])];
  return ctx.em.find(User, { removedAt: null, role: 'VOLUNTEER', organisation: { $in: organisations } }, { orderBy: { name: 'asc' } });
}

/** Removes a person: they cannot sign in any more and every session of theirs ends at once. */
export async function removeUser(ctx: Context, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (id === viewer.id) throw new AppError('CANNOT_REMOVE_SELF', 'You cannot remove yourself');
  const user = await ctx.em.findOne(User, { id, removedAt: null });
  if (!user) throw notFound();
  const target = { id: user.id, role: user.role, organisationId: user.organisation?.id ?? null };
  const worksWith = await worksWithOrganisation(ctx, target.organisationId);
  if (!userPolicy.remove(viewer, target, worksWith)) throw viewer.role === 'ADMIN' ? forbidden() : notFound();
  await ctx.em.transactional(async (em) => {
    user.removedAt = new Date();
    // Free the address for a new invitation while the record stays for the access log.
    user.email = `${user.id}@removed.invalid`;
    user.passwordHash = null;
    await endAllSessions(em, user.id);
  });
  liveState(ctx.app).sessions.ended();
  return true;
}

export async function changeLanguage(ctx: Context, language: Locale): Promise<User> {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, { id: viewer.id });
  user.language = language;
  await ctx.em.flush();
  return user;
}
