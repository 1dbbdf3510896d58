import type { Context } from '../../app/context.js';
import { forbidden } from '../../app/errors.js';
import { auditPolicy } from '../audit/audit.policy.js';
import { requireViewer } from '../auth/viewer.js';
import { OutboxMessage } from './outbox.entity.js';

/**
 * Queues an email in the caller's unit of work (stored with the change that causes it) and logs it.
 * There is no mail transport yet: admins read the outbox.
 */
export function enqueueEmail(ctx: Context, message: { to: string; subject: string; body: string }): OutboxMessage {
  const m = ctx.em.create(OutboxMessage, message);
  ctx.app.logger.info('outbox: email queued', { to: message.to, subject: message.subject });
  return m;
}

export async function listOutbox(ctx: Context): Promise<OutboxMessage[]> {
  if (!auditPolicy.readOutbox(requireViewer(ctx))) throw forbidden();
  return ctx.em.find(OutboxMessage, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
}
