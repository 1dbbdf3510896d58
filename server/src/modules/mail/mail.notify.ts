import { defaultEmailMode, type EmailMode, type Locale, type NotificationKind, type NotificationSource, type Role } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { enqueueEmail } from '../outbox/index.js';
import { User } from '../user/user.entity.js';
import { DigestItem } from './mail.entity.js';
import { absolute, sourcePath, unsubscribeHeaders, unsubscribeUrl } from './mail.links.js';
import { FRAME, KIND_WORDS, renderBody } from './mail.templates.js';

/** Kinds whose excerpt a mail may name (a partnership and period, a meeting title); others' excerpts can hold message text. */
const NAMEABLE: ReadonlySet<NotificationKind> = new Set([
  'FEEDBACK_DUE',
  'FEEDBACK_SUBMITTED',
  'FEEDBACK_SENT_BACK',
  'FEEDBACK_ACCEPTED',
  'FEEDBACK_OVERDUE',
  'MEETING_INVITED',
  'MEETING_UPDATED',
  'MEETING_CANCELLED',
]);
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

/** A person as a mail needs them, with the email mode they chose for the notifications' kind (if any). */
export interface MailRecipient {
  id: string;
  email: string;
  name: string;
  language: Locale;
  role: Role;
  /** Their own choice for this kind; null: their role's default. */
  chosenMode: EmailMode | null;
}

/**
 * The columns of `app_user` (alias `u`) and `email_preference` (alias `ep`, left joined on the
 * person and the kind) that a `MailRecipient` is read from, for callers that read the people of
 * their notifications in their own statement (`notify`: with their notification preferences).
 */
export const MAIL_RECIPIENT_COLUMNS = 'u.id, u.email, u.name, u.language, u.role, ep.mode as chosen_mode';
export const MAIL_PREFERENCE_JOIN = 'left join email_preference ep on ep.user_id = u.id and ep.kind = ?';

export function mailRecipient(row: { id: string; email: string; name: string; language: Locale; role: Role; chosen_mode: EmailMode | null }): MailRecipient {
  return { id: row.id, email: row.email, name: row.name, language: row.language, role: row.role, chosenMode: row.chosen_mode ?? null };
}

/**
 * The mail side of notifications of one kind (the kind the people's `chosenMode` is for): for exactly the notifications the bell got (so the
 * two agree), in the caller's unit of work, a mail now (IMMEDIATE), a line for the daily digest
 * (DIGEST), or nothing (NEVER): each recipient's own choice, else their role's default. `people`
 * are the recipients (and the actor, for their name) as the caller read them, removed people left
 * out: no statement of its own beyond the writes.
 */
export function queueNotificationMails(ctx: Context, notes: MailedNotification[], people: MailRecipient[]): void {
  if (!notes.length) return;
  const actorId = ctx.viewer?.id ?? null;
  const byId = new Map(people.map((p) => [p.id, p]));
  const actor = actorId ? (byId.get(actorId)?.name ?? null) : null;
  const { publicUrl, sessionSecret } = ctx.app.config;
  for (const n of notes) {
    const kind = n.kind;
    const r = byId.get(n.recipientId);
    if (!r) continue;
    const mode = r.chosenMode ?? defaultEmailMode(r.role, kind);
    if (mode === 'NEVER') continue;
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
