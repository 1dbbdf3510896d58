import { type EntityManager } from '@mikro-orm/core';
import type { EmailMode, NotificationKind } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { Notification } from '../notification/notification.entity.js';
import { notify, type NotifiedPerson } from '../notification/index.js';
import { MAIL_PREFERENCE_JOIN, MAIL_RECIPIENT_COLUMNS } from '../mail/index.js';
import { User } from '../user/user.entity.js';
import { Message } from './messaging.entity.js';
import type { ThreadRef } from './messaging.access.js';
import { messagingPolicy, type Person, type ThreadFacts } from './messaging.policy.js';
import { viewerIsStaff } from './messaging.numbering.js';
import { raw } from '../../app/sql.js';

/** Messaging: who hears of a new message (notifications). */

// ---------------------------------------------------------------------------------------------
// Notifications
// ---------------------------------------------------------------------------------------------

/**
 * Who hears of a new message: MESSAGE to the thread's participants, MENTION (instead) to the
 * people mentioned. Participants: everyone who wrote in the thread or started it, plus its natural
 * audience: for a partner's message the contact person (the deputy when there is none), for a
 * Fedasil message the partnership's coordinators, for an internal note the contact person and
 * deputy. Never someone who may not see the message (policy per person), never people who muted
 * the thread (a mention still reaches them: it asks for them by name); `notify` skips the author.
 */
export async function messageRecipients(ctx: Context, m: { internal: boolean; mentionIds: readonly string[] }, thread: ThreadRef, facts: ThreadFacts, author: Person): Promise<MessageRecipients> {
  const p = facts.partnership;
  // Everyone who wrote in the thread, and those named here: one statement with their mute state.
  const candidates = new Set<string>();
  if (thread.createdBy) candidates.add(thread.createdBy.id);
  if (m.internal) {
    for (const id of [p.contactPersonId, p.deputyId]) if (id) candidates.add(id);
  } else if (viewerIsStaff(author)) {
    if (p.memberOrganisationIds.length) {
      const coordinators = await ctx.em.find(User, { organisation: { $in: [...p.memberOrganisationIds] }, role: 'COORDINATOR', removedAt: null });
      for (const c of coordinators) candidates.add(c.id);
    }
  } else {
    const contact = p.contactPersonId ?? p.deputyId;
    if (contact) candidates.add(contact);
  }
  for (const id of m.mentionIds) candidates.add(id);
  const named = [...candidates];
  // Plain rows, asked for every message sent: the candidates with their mute state, and what
  // `notify` reads of them for both kinds (email mode and notification preference: MESSAGE's as
  // `notify` names them, MENTION's beside), with the author (whom mails name): `notify` then asks
  // nothing more.
  const [message, mention]: NotificationKind[] = ['MESSAGE', 'MENTION'];
  const rows = await raw(ctx.em).execute<
    (NotifiedPerson & { organisation_id: string | null; muted: boolean | number | null; mention_mode: EmailMode | null; mention_enabled: boolean | number | null })[]
  >(
    `select ${MAIL_RECIPIENT_COLUMNS}, u.organisation_id, u.removed_at, s.muted, np.enabled,
       epb.mode as mention_mode, npb.enabled as mention_enabled
     from app_user u ${MAIL_PREFERENCE_JOIN}
     left join notification_preference np on np.user_id = u.id and np.kind = ?
     left join email_preference epb on epb.user_id = u.id and epb.kind = ?
     left join notification_preference npb on npb.user_id = u.id and npb.kind = ?
     left join message_thread_state s on s.thread_id = ? and s.user_id = u.id
     where u.id = ? or (u.removed_at is null and (u.id in (select w.author_id from message w where w.thread_id = ?)${named.length ? ` or u.id in (${named.map(() => '?').join(', ')})` : ''}))`,
    [message, message, mention, mention, thread.id, author.id, thread.id, ...named],
    'all',
  );
  const users = rows.filter((u) => u.id !== author.id && u.removed_at == null);
  const maySee = new Set(users.filter((u) => messagingPolicy.viewMessage({ id: u.id, role: u.role, organisationId: u.organisation_id }, facts, m)).map((u) => u.id));
  const mutedIds = new Set(users.filter((u) => !!u.muted).map((u) => u.id));
  const mentioned = [...new Set(m.mentionIds)].filter((id) => maySee.has(id) && id !== author.id);
  const mentionedIds = new Set(mentioned);
  return {
    message: users.map((u) => u.id).filter((id) => maySee.has(id) && !mentionedIds.has(id) && !mutedIds.has(id)),
    mention: mentioned,
    people: {
      MESSAGE: rows,
      MENTION: rows.map((r) => ({ ...r, chosen_mode: r.mention_mode, enabled: r.mention_enabled })),
    },
  };
}

/** Who is told of a message, by kind; `people`: what `notify` reads of them, when already read. */
export interface MessageRecipients {
  message: string[];
  mention: string[];
  people?: Record<'MESSAGE' | 'MENTION', NotifiedPerson[]>;
}

/** Queues the notifications of a message in the unit of work `em` (the message's own transaction). */
export async function queueNotifications(ctx: Context, em: EntityManager, m: Message, thread: ThreadRef, recipients: MessageRecipients): Promise<Notification[]> {
  const inTx: Context = { ...ctx, em };
  const common = { sourceType: 'THREAD' as const, sourceId: thread.id, messageId: m.id, partnershipId: thread.partnership.id, excerpt: m.body };
  return [
    ...(await notify(inTx, { ...common, recipientIds: recipients.message, kind: 'MESSAGE' }, recipients.people?.MESSAGE)),
    ...(await notify(inTx, { ...common, recipientIds: recipients.mention, kind: 'MENTION' }, recipients.people?.MENTION)),
  ];
}
