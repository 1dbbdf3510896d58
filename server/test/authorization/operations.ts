/** Every module's rows of the authorization matrix: one table of every root operation of the schema. */
import type { OperationSpec } from './table.js';
import { AUTH_ROWS } from './auth.rows.js';
import { OIDC_ROWS } from './oidc.rows.js';
import { HOUSEHOLD_ROWS } from './household.rows.js';
import { PARTNERSHIP_ROWS } from './partnership.rows.js';
import { ORGANISATION_ROWS } from './organisation.rows.js';
import { PROGRAMME_ROWS } from './programme.rows.js';
import { DESK_ROWS } from './desk.rows.js';
import { TRAJECTORY_ROWS } from './trajectory.rows.js';
import { BUDGET_ROWS } from './budget.rows.js';
import { PROGRESS_ROWS } from './progress.rows.js';
import { DOCUMENT_ROWS } from './document.rows.js';
import { MEETING_ROWS } from './meeting.rows.js';
import { NOTIFICATION_ROWS } from './notification.rows.js';
import { FEEDBACK_ROWS } from './feedback.rows.js';
import { MESSAGING_ROWS } from './messaging.rows.js';
import { PAYMENTS_ROWS } from './payments.rows.js';
import { MAIL_ROWS } from './mail.rows.js';
import { PRIVACY_ROWS } from './privacy.rows.js';

export const OPERATIONS: Record<string, OperationSpec> = {
  ...AUTH_ROWS,
  ...OIDC_ROWS,
  ...HOUSEHOLD_ROWS,
  ...PARTNERSHIP_ROWS,
  ...ORGANISATION_ROWS,
  ...PROGRAMME_ROWS,
  ...DESK_ROWS,
  ...TRAJECTORY_ROWS,
  ...BUDGET_ROWS,
  ...PROGRESS_ROWS,
  ...DOCUMENT_ROWS,
  ...MEETING_ROWS,
  ...NOTIFICATION_ROWS,
  ...FEEDBACK_ROWS,
  ...MESSAGING_ROWS,
  ...PAYMENTS_ROWS,
  ...MAIL_ROWS,
  ...PRIVACY_ROWS,
};
