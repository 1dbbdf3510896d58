import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@partner-hub/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { MessageKey } from '../locales/en';
import type { Translate } from './i18n';

/** One field's problems, as sent in `extensions.validationErrors` of a BAD_USER_INPUT error. */
export interface FieldError {
  field: string;
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

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // Non-2xx responses (e.g. 400 for variables the schema refuses) still carry GraphQL errors.
  if (ServerError.is(error)) {
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

export function isNotFound(error: unknown): boolean {
  return errorCodeOf(error) === 'NOT_FOUND';
}

function fieldErrorsOf(errors: readonly GraphQLFormattedError[]): FieldError[] {
  const result: FieldError[] = [];
  for (const e of errors) {
    const list = e.extensions?.validationErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const { field, messages } = item as { field?: unknown; messages?: unknown };
      if (typeof field !== 'string') continue;
      const texts = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
      result.push({ field, messages: texts });
    }
  }
  return result;
}

function isNetworkFailure(error: unknown): boolean {
  if (ServerError.is(error)) return true;
  // fetch() rejects with a TypeError when the server cannot be reached.
  return error instanceof TypeError;
}

/** Turns any error from Apollo Client into the translated message for its `extensions.code`. */
export function describeError(error: unknown, t: Translate): DescribedError {
  const errors = graphQLErrorsOf(error);
  const code = errorCodeOf(error);
  if (code && isErrorCode(code)) {
    const fieldErrors = code === 'BAD_USER_INPUT' ? fieldErrorsOf(errors) : [];
    return { code, message: t(`error.${code}` satisfies MessageKey), fieldErrors };
  }
  if (errors.length === 0 && isNetworkFailure(error)) {
    return { code: null, message: t('error.network'), fieldErrors: [] };
  }
  return { code: null, message: t('error.generic'), fieldErrors: [] };
}

/** The messages for one field, or undefined: lets a form put them beside the input. */
export function messagesForField(described: DescribedError | null, field: string): string[] | undefined {
  const found = described?.fieldErrors.filter((f) => f.field === field || f.field.endsWith(`.${field}`));
  if (!found || found.length === 0) return undefined;
  return found.flatMap((f) => f.messages);
}
