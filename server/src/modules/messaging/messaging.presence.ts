import { PRESENCE_ONLINE_SECONDS } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { forbidden } from '../../app/errors.js';
import { User } from '../user/user.entity.js';
import { messagingPolicy, type ThreadFacts } from './messaging.policy.js';
import { viewerIsStaff } from './messaging.numbering.js';
import { raw } from '../../app/sql.js';
import { loadThreadRow, messagingLoaders, threadFacts } from './messaging.access.js';
import { personOf } from './messaging.service.js';
import { ensureProfile } from './messaging.reads.js';

/** Messaging: typing, presence, and whether a subscriber may receive a thread's live events. */

// ---------------------------------------------------------------------------------------------
// Typing and presence
// ---------------------------------------------------------------------------------------------

export async function setTyping(ctx: Context, threadId: string, typing: boolean, internal = false): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThreadRow(ctx, threadId);
  if (!messagingPolicy.post(viewer, facts)) throw forbidden();
  // Typing an internal note: told to those who may read it only, as the note itself will be.
  if (internal && !messagingPolicy.seeInternal(viewer, facts)) throw forbidden();
  ctx.app.pubSub.publish('TYPING', { threadId: thread.id, partnershipId: thread.partnership.id, householdId: thread.household?.id ?? null, userId: viewer.id, typing, internal });
  return typing;
}

const isOnline = (lastSeenAt: Date | null | undefined, now = Date.now()) => !!lastSeenAt && now - lastSeenAt.getTime() < PRESENCE_ONLINE_SECONDS * 1000;

/**
 * The viewer's client reports it is alive (every ~30 s while open) or leaving (`online: false`).
 * Stored in the database, so every server process answers presence the same way; an event is
 * published when the person comes online or goes offline.
 */
export async function heartbeat(ctx: Context, online: boolean): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const profile = await ensureProfile(ctx, viewer.id);
  const wasOnline = isOnline(profile.lastSeenAt);
  const now = new Date();
  profile.lastSeenAt = online ? now : new Date(now.getTime() - PRESENCE_ONLINE_SECONDS * 1000);
  await ctx.em.flush();
  if (wasOnline !== online) ctx.app.pubSub.publish('PRESENCE', { userId: viewer.id, online, lastSeenAt: online ? now.toISOString() : null });
  return online;
}

/**
 * The people of a thread and whether they are online: the partnership's contact person and
 * deputy, the partner members (coordinators and volunteers of its organisations), and anyone
 * else (e.g. an admin) who wrote in it. Internal-note authors only for staff.
 */
export async function threadParticipants(ctx: Context, threadId: string): Promise<User[]> {
  const viewer = requireViewer(ctx);
  const { thread, facts } = await loadThreadRow(ctx, threadId);
  const p = facts.partnership;
  const staffIds = [p.contactPersonId, p.deputyId].filter((id): id is string => !!id);
  const authorRows = await raw(ctx.em).execute<{ author_id: string }[]>(
    `select distinct m.author_id from message m where m.thread_id = ?${messagingPolicy.seeInternal(viewer, facts) ? '' : ' and not m.internal'}`,
    [thread.id],
    'all',
  );
  const members = p.memberOrganisationIds.length
    ? await ctx.em.find(User, { organisation: { $in: [...p.memberOrganisationIds] }, role: { $in: ['COORDINATOR', 'VOLUNTEER'] }, removedAt: null }, { orderBy: { name: 'asc' } })
    : [];
  const others = await ctx.em.find(User, { id: { $in: [...new Set([...staffIds, ...authorRows.map((r) => r.author_id)])] }, removedAt: null });
  const seen = new Set<string>();
  const people = [...others.filter((u) => staffIds.includes(u.id)), ...members, ...others.filter((u) => !staffIds.includes(u.id))].filter((u) => {
    if (seen.has(u.id)) return false;
    seen.add(u.id);
    return messagingPolicy.viewThread(personOf(u), facts);
  });
  people.forEach((u) => ctx.loaders.user.prime(u.id, u));
  return people;
}

export async function presenceOf(ctx: Context, userId: string): Promise<{ online: boolean; lastSeenAt: Date | null }> {
  const profile = await messagingLoaders(ctx).profile.load(userId);
  return { online: isOnline(profile?.lastSeenAt), lastSeenAt: profile?.lastSeenAt && isOnline(profile.lastSeenAt) ? profile.lastSeenAt : (profile?.lastSeenAt ?? null) };
}

export async function threadPresence(ctx: Context, threadId: string) {
  const people = await threadParticipants(ctx, threadId);
  return Promise.all(people.map(async (user) => ({ user, ...(await presenceOf(ctx, user.id)) })));
}

// ---------------------------------------------------------------------------------------------
// Live events: the same policy as the queries, a few queries per event
// ---------------------------------------------------------------------------------------------

/** May the subscriber receive an event of this thread? (internal: an internal note's event) */
/** `known`: the thread's facts as the event carries them (as the change that published it read them); else they are loaded. */
export async function mayReceiveThreadEvent(ctx: Context, threadId: string, internal: boolean, known?: ThreadFacts): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  // Partners never receive anything about an internal note: decided before any query.
  if (internal && !viewerIsStaff(viewer)) return false;
  let facts = known;
  if (!facts) {
    const thread = await messagingLoaders(ctx).thread.load(threadId);
    if (!thread) return false;
    facts = await threadFacts(ctx, thread);
  }
  return internal ? messagingPolicy.seeInternal(viewer, facts) : messagingPolicy.viewThread(viewer, facts);
}

/**
 * May the subscriber hear that this person came online or went offline in this thread? Only of the
 * people `threadPresence` lists to them: the contact person and deputy, the partner organisations'
 * people, and others who wrote in the thread (in a message the subscriber may see).
 */
export async function mayReceivePresence(ctx: Context, threadId: string, userId: string): Promise<boolean> {
  if (!ctx.viewer || !(await mayReceiveThreadEvent(ctx, threadId, false))) return false;
  const [user, thread] = await Promise.all([ctx.loaders.user.load(userId), messagingLoaders(ctx).thread.load(threadId)]);
  if (!user || user.removedAt || !thread) return false;
  const facts = await threadFacts(ctx, thread);
  const person = personOf(user);
  if (!messagingPolicy.viewThread(person, facts)) return false;
  const p = facts.partnership;
  if (person.id === p.contactPersonId || person.id === p.deputyId) return true;
  if (!viewerIsStaff(person) && person.organisationId && p.memberOrganisationIds.includes(person.organisationId)) return true;
  const visible = messagingPolicy.seeInternal(ctx.viewer, facts) ? '' : ' and not internal';
  const wrote = await raw(ctx.em).execute<unknown[]>(`select 1 as wrote from message where thread_id = ? and author_id = ?${visible} limit 1`, [thread.id, user.id], 'all');
  return wrote.length > 0;
}
