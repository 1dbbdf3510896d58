/**
 * The public face of the outbox module: what other modules import (their entities come from
 * outbox.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { BACKOFF_BASE_MS, deliverDue, type MailTransport, MAX_ATTEMPTS, smtpTransport } from './delivery.js';
export { enqueueEmail } from './outbox.service.js';
