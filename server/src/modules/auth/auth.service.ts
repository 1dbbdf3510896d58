import { liveState } from '../../app/live/index.js';
import type { Locale } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { INVITATION_WORDS, renderBody } from '../mail/index.js';
import { enqueueEmail } from '../outbox/index.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { loadPartnership, partnershipFacts } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { userPolicy, worksWithOrganisation } from '../user/index.js';
import { Invitation, Session, SignInFailure } from './auth.entity.js';
import type { InviteUserInput } from './auth.inputs.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { newToken, SESSION_COOKIE, startSession, tokenHash } from './session.service.js';
import { recordSignIn } from '../privacy/index.js';

/** Failed sign-ins allowed in the window, per account and per address, before sign-in is refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;
export const INVITATION_DAYS = 7;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function signIn(ctx: Context, emailInput: string, password: string): Promise<User> {
  const email = normaliseEmail(emailInput);
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([ctx.em.count(SignInFailure, { email, at: { $gt: since } }), ctx.em.count(SignInFailure, { ip: ctx.ip, at: { $gt: since } })]);
  if (byAccount >= THROTTLE.perAccount || byAddress >= THROTTLE.perAddress) {
    throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins; try again later', { retryAfterMinutes: THROTTLE.windowMinutes });
  }
  const user = await ctx.em.findOne(User, { email, removedAt: null });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await ctx.em.insert(SignInFailure, { id: crypto.randomUUID(), email, ip: ctx.ip, at: new Date() });
    throw new AppError('INVALID_CREDENTIALS', 'Email address or password is not correct');
  }
  await ctx.em.nativeDelete(SignInFailure, { email });
  startSession(ctx, user);
  recordSignIn(ctx, user);
  await ctx.em.flush();
  return user;
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (ctx.viewer) {
    await ctx.em.nativeDelete(Session, { tokenHash: ctx.viewer.sessionTokenHash });
    liveState(ctx.app).sessions.ended(ctx.viewer.sessionTokenHash);
  }
  ctx.cookies?.clear(SESSION_COOKIE);
  return true;
}

/**
 * Invites a person. Admins invite Fedasil staff; contact persons invite coordinators of an
 * organisation of their partnership; coordinators invite volunteers of their own organisation
 * or of a welcome group in one of their partnerships.
 */
export async function inviteUser(ctx: Context, input: InviteUserInput): Promise<Invitation> {
  const viewer = requireViewer(ctx);
  if (!userPolicy.invite(viewer, input.role)) throw new AppError('ROLE_NOT_INVITABLE', 'You may not invite someone in this role');
  const email = normaliseEmail(input.email);
  let organisation: Organisation | null = null;
  let partnership: Partnership | null = null;

  if (input.role === 'COORDINATOR') {
    if (!input.partnershipId) throw new AppError('BAD_USER_INPUT', 'Choose the partnership', { validationErrors: [{ field: 'partnershipId', constraints: ['isNotEmpty'] }] });
    partnership = await loadPartnership(ctx, input.partnershipId, 'inviteCoordinator');
    const facts = await partnershipFacts(ctx, partnership);
    const orgId = input.organisationId ?? facts.memberOrganisationIds[0];
    if (!orgId || !facts.memberOrganisationIds.includes(orgId)) throw new AppError('ORGANISATION_NOT_MEMBER', 'The organisation is not a member of this partnership');
    organisation = await ctx.em.findOneOrFail(Organisation, { id: orgId });
  } else if (input.role === 'VOLUNTEER') {
    const orgId = input.organisationId ?? viewer.organisationId;
    if (!orgId) throw forbidden();
    // Their own organisation, or one they share a partnership with (their welcome group).
    if (!(await worksWithOrganisation(ctx, orgId))) throw notFound();
    organisation = await ctx.em.findOne(Organisation, { id: orgId });
    if (!organisation) throw notFound();
  } else if (input.organisationId) {
    organisation = await ctx.em.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw notFound();
  }

  if (await ctx.em.count(User, { email })) throw new AppError('EMAIL_TAKEN', 'Someone with this email address already has an account', { field: 'email' });

  const token = newToken();
  const language: Locale = input.language ?? 'nl';
  const invitation = ctx.em.create(Invitation, {
    tokenHash: tokenHash(ctx.app.config.sessionSecret, token),
    email,
    name: input.name.trim(),
    role: input.role,
    language,
    organisation,
    partnership,
    invitedBy: ctx.em.getReference(User, viewer.id),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
  });
  const inviter = await ctx.em.findOneOrFail(User, { id: viewer.id });
  const link = `${ctx.app.config.publicUrl.replace(/\/$/, '')}/invitation/${token}`;
  const words = INVITATION_WORDS[language](invitation.name, inviter.name, INVITATION_DAYS);
  const { text, html } = renderBody({ lang: language, lines: words.lines, action: { label: words.action, url: link } });
  enqueueEmail(ctx, { to: email, subject: words.subject, body: text, html, kind: 'INVITATION' });
  await ctx.em.flush();
  return invitation;
}

async function openInvitation(ctx: Context, token: string): Promise<Invitation> {
  const invitation = await ctx.em.findOne(Invitation, { tokenHash: tokenHash(ctx.app.config.sessionSecret, token) }, { populate: ['organisation'] });
  if (!invitation || invitation.acceptedAt) throw new AppError('INVITATION_INVALID', 'This invitation link is not valid (any more)');
  if (invitation.expiresAt < new Date()) throw new AppError('INVITATION_EXPIRED', 'This invitation has expired; ask for a new one');
  return invitation;
}

/** What an invitation link is for, shown before the invitee sets a password (no sign-in needed). */
export async function previewInvitation(ctx: Context, token: string) {
  const invitation = await openInvitation(ctx, token);
  return { email: invitation.email, name: invitation.name, role: invitation.role, language: invitation.language, organisationName: invitation.organisation?.name ?? null };
}

export async function acceptInvitation(ctx: Context, token: string, password: string): Promise<User> {
  const invitation = await openInvitation(ctx, token);
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('PASSWORD_TOO_WEAK', `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters`, { minLength: MIN_PASSWORD_LENGTH });
  if (await ctx.em.count(User, { email: invitation.email })) throw new AppError('EMAIL_TAKEN', 'Someone with this email address already has an account');
  const user = ctx.em.create(User, {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    organisation: invitation.organisation ?? null,
    language: invitation.language,
    passwordHash: await hashPassword(password),
  });
  invitation.acceptedAt = new Date();
  startSession(ctx, user);
  await ctx.em.flush();
  return user;
}

/** Invitations the viewer sent (admins: all), newest first. */
export async function listInvitations(ctx: Context): Promise<Invitation[]> {
  const viewer = requireViewer(ctx);
  const where = viewer.role === 'ADMIN' ? {} : { invitedBy: viewer.id };
  return ctx.em.find(Invitation, where, { orderBy: { createdAt: 'desc' }, limit: 200 });
}
