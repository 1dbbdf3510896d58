import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '@partner-hub/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './unavailable.js';

/** Limit errors (limits.ts): Apollo reports them as GRAPHQL_VALIDATION_FAILED; their own code is kept. */
const LIMIT_ERROR_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES', 'TOO_MANY_TOKENS', 'QUERY_TOO_COSTLY']);

/** A rule violation the client can act on: `extensions.code` is one of shared/'s ErrorCode list. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Another partnership's record, or one that does not exist: the same answer for both. */
export const notFound = () => new AppError('NOT_FOUND', 'Not found');
export const forbidden = () => new AppError('FORBIDDEN', 'You may not do this');
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in first');

/** Codes graphql-js and Apollo give to malformed requests; they carry no secrets and stay as they are. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator's nested errors into `{ field: "members.0.birthYear", constraints: [...] }`. */
function flattenValidation(errors: ValidationErrorLike[], prefix = ''): { field: string; constraints: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, constraints: Object.keys(e.constraints) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/**
 * Shapes every error leaving the API: coded errors pass, validation errors become
 * BAD_USER_INPUT with the fields at fault, anything unexpected is logged and hidden.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError) {
      // `http` sets the response status only; it is not part of the answer.
      const { http: _http, ...extensions } = original.extensions;
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    // Duck-typed: graphql may be loaded twice (ESM and CJS), so instanceof GraphQLError can fail.
    const validationErrors = (original as { extensions?: { validationErrors?: unknown } } | null)?.extensions?.validationErrors;
    if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
      return { message: 'Some fields are not valid', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', validationErrors: flattenValidation(validationErrors as ValidationErrorLike[]) } };
    }
    if (code === 'UNAUTHENTICATED') return { ...formatted, message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } };
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') return { ...formatted, message: 'You may not do this', extensions: { code: 'FORBIDDEN' } };
    if (code === 'BAD_USER_INPUT') return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
    const inner = (original as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError?.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof inner === 'string' && LIMIT_ERROR_CODES.has(inner))
      return { message: formatted.message, locations: formatted.locations, extensions: { code: inner } };
    if (code === 'INTROSPECTION_DISABLED') return { message: formatted.message, extensions: { code } };
    if (code && REQUEST_ERROR_CODES.has(code)) return formatted;
    if (isDatabaseUnavailable(original)) {
      // Not a bug: the database was cut off or busy. Logged without the statement (it holds values).
      logger.warn('database unavailable', {
        path: formatted.path,
        code: (original as { code?: unknown }).code,
        error: String((original as Error).message ?? original)
          .split(' - ')
          .at(-1),
      });
      return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    logger.error('unexpected error', { path: formatted.path, error: original instanceof Error ? (original.stack ?? original.message) : String(original) });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
