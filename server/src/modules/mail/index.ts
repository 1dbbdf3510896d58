/**
 * The public face of the mail module: what other modules import (their entities come from
 * mail.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { absolute } from './mail.links.js';
export { MAIL_PREFERENCE_JOIN, MAIL_RECIPIENT_COLUMNS, mailRecipient, queueNotificationMails } from './mail.notify.js';
export { INVITATION_WORDS, PASSWORD_CHANGED_WORDS, renderBody, RESET_WORDS } from './mail.templates.js';
