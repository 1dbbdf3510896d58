/** The public face of the attachments module: what other modules and the app may import. */
export { checkPendingAttachments, claimAttachments, PENDING_ATTACHMENT_TTL_MS, removeAbandonedAttachments } from './attachments.service.js';
