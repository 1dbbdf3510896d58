/**
 * Every coded error the API can return, as `extensions.code`.
 * The client maps each code to a translated message (client/src/locales).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INTERNAL_SERVER_ERROR',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INVITATION_INVALID',
  'INVITATION_EXPIRED',
  'EMAIL_TAKEN',
  'PASSWORD_TOO_WEAK',
  'ROLE_NOT_INVITABLE',
  'HEAD_OF_HOUSEHOLD_REQUIRED',
  'HOUSEHOLD_NEEDS_MEMBER',
  'ORGANISATION_ALREADY_MEMBER',
  'ORGANISATION_NOT_MEMBER',
  'LEAD_ORGANISATION_REQUIRED',
  'CONTACT_PERSON_ROLE_REQUIRED',
  'DEPUTY_SAME_AS_CONTACT_PERSON',
  'INVALID_DATE_RANGE',
  'GUIDANCE_ALREADY_EXTENDED',
  'GUIDANCE_NOT_STARTED',
  'ALREADY_ARRIVED',
  'CANNOT_REMOVE_SELF',
  'NAME_TAKEN',
  'REASON_REQUIRED',
  'LEASE_DATES_INVALID',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_MISSING',
  'UPLOAD_FAILED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
