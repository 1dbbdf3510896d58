import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { auditPolicy } from '../audit/index.js';
import { type MeetingInviteAttachment, OutboxMessage, type OutboxStatus } from './outbox.entity.js';

export interface QueuedEmail {
  to: string;
  subject: string;
  /** The plain-text part. */
  body: string;
  html?: string | null;
  headers?: Record<string, string> | null;
  invite?: MeetingInviteAttachment | null;
  kind?: string | null;
}

/**
 * Queues an email in the caller's unit of work: it is stored by the caller's flush, together with
 * the change that causes it (or not at all). The delivery worker sends it once SMTP is set up.
 */
export function enqueueEmail(ctx: Context, message: QueuedEmail): OutboxMessage {
  const m = ctx.em.create(OutboxMessage, { ...message, nextAttemptAt: new Date() });
  ctx.app.logger.debug('outbox: email queued', { id: m.id, kind: message.kind ?? null });
  return m;
}

export async function listOutbox(ctx: Context, status?: OutboxStatus | null): Promise<OutboxMessage[]> {
  if (!auditPolicy.readOutbox(requireViewer(ctx))) throw forbidden();
  return ctx.em.find(OutboxMessage, status ? { status } : {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
}

/** Puts a failed message back in the queue for a new round of attempts (admins). */
export async function retryOutboxMessage(ctx: Context, id: string): Promise<OutboxMessage> {
  if (!auditPolicy.readOutbox(requireViewer(ctx))) throw forbidden();
  const m = await ctx.em.findOne(OutboxMessage, { id });
  if (!m) throw notFound();
  if (m.status !== 'FAILED') throw new AppError('OUTBOX_NOT_RETRYABLE', 'Only a message whose delivery failed can be retried', { status: m.status });
  // Conditional: two admins retrying at once (or a worker) never both win.
  const changed = await ctx.em.nativeUpdate(OutboxMessage, { id, status: 'FAILED' }, { status: 'QUEUED', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null });
  if (changed !== 1) throw new AppError('OUTBOX_NOT_RETRYABLE', 'Only a message whose delivery failed can be retried');
  await ctx.em.refresh(m);
  return m;
}

/** Links that are credentials: whoever holds one sets a password. */
const CREDENTIAL_LINK = /\/(reset-password|invitation)\/[\w-]+/g;

/**
 * The plain-text part as admins see it. With real email (SMTP_URL set) an invitation or password
 * reset link belongs to its recipient alone, so the outbox shows it withheld; without email the
 * outbox is the only way the link reaches anyone, so admins see it to pass it on.
 */
export function visibleBody(ctx: Context, m: OutboxMessage): string {
  if (!ctx.app.config.smtpUrl) return m.body;
  return m.body.replace(CREDENTIAL_LINK, (_, kind: string) => `/${kind}/[withheld: sent to the recipient only]`);
}
