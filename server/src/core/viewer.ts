import type { Locale, Role } from '@partner-hub/shared';

/**
 * The signed-in person, as policies need them. Lives in core/ (below app/ and modules/) so that
 * the request context (app/) and every feature policy (modules/) take it without importing each other.
 */
export interface Viewer {
  id: string;
  role: Role;
  organisationId: string | null;
  language: Locale;
  /** The session this request runs under (to end it on sign-out, and to re-check live subscriptions). */
  sessionTokenHash: string;
}
