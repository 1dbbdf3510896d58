import { isErrorCode, type ErrorCode } from '@partner-hub/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { MessageKey } from './i18n';
import { isMessageKey, type Translate } from './i18n';

/** One field's problems, from `extensions.validationErrors` of a BAD_USER_INPUT error. */
export interface FieldError {
  /** The field's path as the API names it, e.g. "email" or "members.0.birthYear". */
  field: string;
  /** The field's name in the active language, e.g. "Family member 1: Year of birth". */
  label: string;
  /** What is wrong, translated when the API sends constraint names. */
  messages: string[];
}

export interface DescribedError {
  /** The coded error (`extensions.code`), or null when there is none (network trouble, unknown errors). */
  code: ErrorCode | null;
  /** The translated message to show. */
  message: string;
  /** Per-field messages of a BAD_USER_INPUT error (empty otherwise). */
  fieldErrors: FieldError[];
}

/**
 * Errors are told apart by name, as Apollo Client names them (CombinedGraphQLErrors, ServerError)
 * and as app/operation.ts does for the pages that run without it: importing Apollo's classes here
 * would bring Apollo Client into every page that shows an error.
 */
function named(error: unknown, name: 'CombinedGraphQLErrors' | 'ServerError'): boolean {
  return error instanceof Error && error.name === name;
}

function isServerError(error: unknown): error is Error & { bodyText: string } {
  return named(error, 'ServerError') && typeof (error as { bodyText?: unknown }).bodyText === 'string';
}

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (named(error, 'CombinedGraphQLErrors')) {
    const errors = (error as { errors?: unknown }).errors;
    if (Array.isArray(errors)) return errors as GraphQLFormattedError[];
  }
  // Non-2xx responses (e.g. 400 for variables the schema refuses) still carry GraphQL errors.
  if (isServerError(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      // not JSON: a plain network-level error
    }
  }
  return [];
}

/** The first `extensions.code` of an Apollo error, whatever it is (known to the hub or not). */
export function errorCodeOf(error: unknown): string | null {
  for (const e of graphQLErrorsOf(error)) {
    const code = e.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/** An extension of the first coded error (e.g. CHANGED_MEANWHILE's currentVersion), if any. */
export function errorExtensionOf(error: unknown, name: string): unknown {
  for (const e of graphQLErrorsOf(error)) if (typeof e.extensions?.code === 'string') return e.extensions[name];
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return errorCodeOf(error) === 'NOT_FOUND';
}

/** Input fields the API may name, and the label the forms show for them. */
const FIELD_LABELS: Record<string, MessageKey> = {
  email: 'signIn.email',
  password: 'signIn.password',
  name: 'col.name',
  role: 'col.role',
  language: 'invite.language',
  partnershipId: 'col.partnership',
  organisationId: 'col.organisation',
  leadOrganisationId: 'partnership.leadOrganisation',
  contactPersonId: 'partnership.contactPerson',
  deputyId: 'partnership.deputy',
  agreementStart: 'partnership.agreementStart',
  agreementEnd: 'partnership.agreementEnd',
  capacityPledged: 'partnership.capacity',
  track: 'partnership.track',
  status: 'partnership.status',
  programme: 'partnership.programme',
  reference: 'household.reference',
  arrivalRoute: 'household.arrivalRoute',
  plannedArrivalDate: 'household.plannedArrival',
  arrivalDate: 'household.arrivalDate',
  guidanceStart: 'household.guidanceStart',
  members: 'household.members',
  firstName: 'household.firstName',
  lastName: 'household.lastName',
  birthYear: 'household.birthYear',
  relationship: 'household.relationship',
  specificNeeds: 'household.specificNeeds',
  specificNeedsNote: 'household.specificNeedsNote',
  kind: 'organisations.kind',
  street: 'organisations.street',
  postalCode: 'organisations.postalCode',
  city: 'organisations.city',
  contactName: 'organisations.contactName',
  contactEmail: 'organisations.contactEmail',
  contactPhone: 'organisations.contactPhone',
  note: 'plan.note',
  notApplicableReason: 'plan.reason',
  dueDate: 'plan.dueDate',
  leaseStart: 'housing.leaseStart',
  leaseEnd: 'housing.leaseEnd',
  monthlyRentCents: 'housing.rent',
  landlordKind: 'housing.landlord',
  movedInOn: 'housing.movedIn',
  on: 'housing.onDate',
  key: 'templates.key',
  label: 'col.label',
  nl: 'lang.nl',
  fr: 'lang.fr',
  en: 'lang.en',
  anchor: 'templates.anchor',
  offsetDays: 'templates.offset',
  owner: 'templates.owner',
  perSchoolAgeChild: 'templates.perChild',
  position: 'templates.position',
  nextHomeSearchMonths: 'templates.nextHomeSearchMonths',
  staleAfterDays: 'templates.staleAfterDays',
  year: 'quota.year',
  category: 'documents.category',
  householdId: 'col.household',
};

/** "members.0.birthYear" -> "Family member 1: Year of birth"; unknown names stay as they are. */
export function fieldLabel(field: string, t: Translate): string {
  const parts = field.split('.').filter((p) => p !== 'input');
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part === 'members' && next !== undefined && /^\d+$/.test(next)) {
      labels.push(t('household.member', { n: Number(next) + 1 }));
      i++;
      continue;
    }
    const key = FIELD_LABELS[part];
    labels.push(key ? t(key) : part);
  }
  return labels.join(': ') || field;
}

/** A class-validator constraint name ("isEmail") as a translated phrase ("must be an email address"). */
function constraintMessage(constraint: string, t: Translate): string {
  const key = `validation.${constraint}`;
  return isMessageKey(key) ? t(key) : t('validation.invalid');
}

function fieldErrorsOf(errors: readonly GraphQLFormattedError[], t: Translate): FieldError[] {
  const result: FieldError[] = [];
  for (const e of errors) {
    const list = e.extensions?.validationErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const { field, messages, constraints } = item as { field?: unknown; messages?: unknown; constraints?: unknown };
      if (typeof field !== 'string') continue;
      const texts: string[] = [];
      // Two shapes are accepted: ready messages, or constraint names (an array, or class-validator's object).
      if (Array.isArray(messages)) texts.push(...messages.filter((m): m is string => typeof m === 'string'));
      const names = Array.isArray(constraints) ? constraints.filter((c): c is string => typeof c === 'string') : constraints && typeof constraints === 'object' ? Object.keys(constraints) : [];
      if (texts.length === 0) texts.push(...names.map((c) => constraintMessage(c, t)));
      if (texts.length === 0) texts.push(t('validation.invalid'));
      result.push({ field, label: fieldLabel(field, t), messages: texts });
    }
  }
  return result;
}

function isNetworkFailure(error: unknown): boolean {
  if (isServerError(error)) return true;
  // fetch() rejects with a TypeError when the server cannot be reached.
  return error instanceof TypeError;
}

/** The translated message for coded errors (GraphQL errors, or an upload's JSON error). */
function describeCoded(errors: readonly GraphQLFormattedError[], networkFailure: boolean, t: Translate, fallback: MessageKey = 'error.generic'): DescribedError {
  const first = errors.find((e) => typeof e.extensions?.code === 'string');
  const code = first ? (first.extensions!.code as string) : null;
  if (code && isErrorCode(code)) {
    const fieldErrors = code === 'BAD_USER_INPUT' ? fieldErrorsOf(errors, t) : [];
    return { code, message: t(`error.${code}`), fieldErrors };
  }
  if (errors.length === 0 && networkFailure) {
    return { code: null, message: t('error.network'), fieldErrors: [] };
  }
  return { code: null, message: t(fallback), fieldErrors: [] };
}

/** The translated message of a bare error code (e.g. one kept with a write queued on the device). */
export function describeErrorCode(code: string | null, t: Translate): string {
  return describeCoded(code ? [{ message: '', extensions: { code } }] : [], code === null, t).message;
}

/** Turns any error from Apollo Client into the translated message for its `extensions.code`. */
export function describeError(error: unknown, t: Translate): DescribedError {
  const errors = graphQLErrorsOf(error);
  return describeCoded(errors, errors.length === 0 && isNetworkFailure(error), t);
}

/**
 * The answer of a refused upload (`POST /documents`): its HTTP status and, when it sent one, its
 * JSON body `{ error: { code, message, ...extensions } }`. Status 0: the server was not reached.
 */
export interface UploadFailure {
  status: number;
  body: unknown;
}

/**
 * The translated message of a refused upload, from the same translations as GraphQL errors: the
 * JSON error's `code` is read like `extensions.code` (FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED...).
 * `limitBytes` of FILE_TOO_LARGE is returned so the caller can say what the limit is.
 */
export function describeUploadError(failure: UploadFailure, t: Translate): DescribedError & { limitBytes: number | null } {
  const error = failure.body && typeof failure.body === 'object' ? (failure.body as { error?: unknown }).error : undefined;
  const extensions = error && typeof error === 'object' ? (error as Record<string, unknown>) : null;
  const errors: GraphQLFormattedError[] = extensions && typeof extensions.code === 'string' ? [{ message: typeof extensions.message === 'string' ? extensions.message : '', extensions }] : [];
  const limit = extensions?.limitBytes;
  // An upload that fails without a coded answer (a proxy's 502, a dropped connection mid-way).
  const described = describeCoded(errors, failure.status === 0, t, 'error.UPLOAD_FAILED');
  return { ...described, limitBytes: typeof limit === 'number' && limit > 0 ? limit : null };
}

/** The messages for one field, or undefined: lets a form put them beside the input. */
export function messagesForField(described: DescribedError | null, field: string): string[] | undefined {
  const found = described?.fieldErrors.filter((f) => f.field === field || f.field === `input.${field}`);
  if (!found || found.length === 0) return undefined;
  return found.flatMap((f) => f.messages);
}
