import { defaultEmailMode, type EmailMode, type Locale, type NotificationKind, type NotificationSource, type Role } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { raw } from '../../app/sql.js';
import { enqueueEmail } from '../outbox/outbox.service.js';
import { User } from '../user/user.entity.js';
import { DigestItem } from './mail.entity.js';
import { absolute, sourcePath, unsubscribeHeaders, unsubscribeUrl } from './mail.links.js';
import { FRAME, KIND_WORDS, renderBody } from './mail.templates.js';

/** Kinds whose excerpt a mail may name (a partnership and period, a meeting title); others' excerpts can hold message text. */
const NAMEABLE: ReadonlySet<NotificationKind> = new Set(['FEEDBACK_DUE', 'FEEDBACK_SUBMITTED', 'FEEDBACK_SENT_BACK', 'FEEDBACK_ACCEPTED', 'FEEDBACK_OVERDUE', 'MEETING_INVITED', 'MEETING_UPDATED', 'MEETING_CANCELLED']);
const MEETING_KINDS: ReadonlySet<NotificationKind> = new Set(['MEETING_INVITED', 'MEETING_UPDATED', 'MEETING_CANCELLED']);

export interface MailedNotification {
  recipientId: string;
  kind: NotificationKind;
  sourceType: NotificationSource;
  sourceId: string;
  partnershipId?: string | null;
  /** The notification's excerpt (named in the mail only for nameable kinds). */
  excerpt?: string | null;
}

interface Recipient {
  id: string;
  email: string;
  name: string;
  language: Locale;
  role: Role;
}

/** Each recipient's email mode for a kind: their own choice, else their role's default. */
export async function emailModes(ctx: Context, kind: NotificationKind, recipients: Recipient[]): Promise<Map<string, EmailMode>> {
  if (!recipients.length) return new Map();
  const rows = await raw(ctx.em).execute<{ user_id: string; mode: EmailMode }[]>(
    `select user_id, mode from email_preference where kind = ? and user_id in (${recipients.map(() => '?').join(', ')})`,
    [kind, ...recipients.map((r) => r.id)],
    'all',
  );
  const chosen = new Map(rows.map((r) => [r.user_id, r.mode]));
  return new Map(recipients.map((r) => [r.id, chosen.get(r.id) ?? defaultEmailMode(r.role, kind)]));
}

/**
 * The mail side of notifications: for exactly the notifications the bell got (so the two agree),
 * in the caller's unit of work, a mail now (IMMEDIATE), a line for the daily digest (DIGEST), or
 * nothing (NEVER). Two statements whatever the number of recipients.
 */
export async function queueNotificationMails(ctx: Context, notes: MailedNotification[]): Promise<void> {
  if (!notes.length) return;
  const actorId = ctx.viewer?.id ?? null;
  const ids = [...new Set([...notes.map((n) => n.recipientId), ...(actorId ? [actorId] : [])])];
  const people = await raw(ctx.em).execute<Recipient[]>(
    `select id, email, name, language, role from app_user where removed_at is null and id in (${ids.map(() => '?').join(', ')})`,
    ids,
    'all',
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const actor = actorId ? (byId.get(actorId)?.name ?? null) : null;
  const byKind = new Map<NotificationKind, MailedNotification[]>();
  for (const n of notes) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);

  const { publicUrl, sessionSecret } = ctx.app.config;
  for (const [kind, list] of byKind) {
    const recipients = list.map((n) => byId.get(n.recipientId)).filter((r): r is Recipient => !!r);
    const modes = await emailModes(ctx, kind, recipients);
    for (const n of list) {
      const r = byId.get(n.recipientId);
      const mode = modes.get(n.recipientId);
      if (!r || !mode || mode === 'NEVER') continue;
      const link = sourcePath(n);
      const context = NAMEABLE.has(kind) ? (n.excerpt ?? null) : null;
      if (mode === 'DIGEST') {
        ctx.em.create(DigestItem, { user: ctx.em.getReference(User, r.id), kind, link, actorName: actor, context });
        continue;
      }
      const lang = r.language;
      const words = KIND_WORDS[lang][kind];
      const facts = { actor, context };
      const unsubscribe = unsubscribeUrl(publicUrl, sessionSecret, r.id, kind);
      const { text, html } = renderBody({
        lang,
        lines: [FRAME[lang].greeting(r.name), words.line(facts)],
        action: { label: FRAME[lang].open, url: absolute(publicUrl, link) },
        footer: { why: FRAME[lang].why(FRAME[lang].kindName(kind)), unsubscribe: { label: FRAME[lang].unsubscribe, url: unsubscribe } },
      });
      enqueueEmail(ctx, {
        to: r.email,
        subject: words.subject(facts).slice(0, 300),
        body: text,
        html,
        headers: unsubscribeHeaders(unsubscribe),
        invite: MEETING_KINDS.has(kind) && n.sourceType === 'MEETING' ? { kind: 'meeting-invite', meetingId: n.sourceId, method: kind === 'MEETING_CANCELLED' ? 'CANCEL' : 'REQUEST' } : null,
        kind,
      });
    }
  }
}
