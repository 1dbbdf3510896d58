/**
 * The public face of the notification module: what other modules import (their entities come from
 * notification.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { notifyOverdue } from './notification.overdue.js';
export { excerptOf, notify, type NotifiedPerson, type NotifyInput, publishNotifications } from './notification.service.js';
