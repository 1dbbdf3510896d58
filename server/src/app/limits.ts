import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { ErrorCode } from '@partner-hub/shared';
import {
  type DocumentNode,
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  specifiedRules,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import type { ApiLimits } from '../config.js';
import { AppError } from './errors.js';

/**
 * Limits on what one GraphQL document may ask, with graphql-armor's rules: the same rules for
 * HTTP (Apollo's validation) and the WebSocket (graphql-ws `onSubscribe`, websocket.ts). A
 * document over a limit is refused at validation, before any resolver runs, with a coded error.
 */

/** armor's rules report through callbacks: each rejection becomes one coded validation error. */
function coded(code: ErrorCode) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
      },
    ],
  };
}

/** The validation rules of the limits (added to graphql's specified rules). */
export function limitRules(limits: ApiLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...coded('QUERY_TOO_DEEP') }),
    maxAliasesRule({ n: limits.maxAliases, ...coded('TOO_MANY_ALIASES') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...coded('TOO_MANY_DIRECTIVES') }),
    costLimitRule({ maxCost: limits.maxCost, flattenFragments: true, ...coded('QUERY_TOO_COSTLY') }),
  ] as ValidationRule[];
}

/** graphql's rules and the limits: what the WebSocket validates with (Apollo adds the limits to its own). */
export function allRules(limits: ApiLimits): ValidationRule[] {
  return [...specifiedRules, ...limitRules(limits)];
}

/**
 * Parses a document, refusing one with more lexical tokens than allowed while reading it (so a
 * huge document is not built into a tree first): TOO_MANY_TOKENS, or GRAPHQL_PARSE_FAILED.
 */
export function parseLimited(source: string, limits: ApiLimits): DocumentNode {
  try {
    return new MaxTokensParserWLexer(source, { n: limits.maxTokens, exposeLimits: true }).parseDocument();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Token limit of \d+ exceeded/.test(message)) throw new GraphQLError(message.replace(/^Syntax Error: /, ''), { extensions: { code: 'TOO_MANY_TOKENS' } });
    throw new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
}

/** Whether the document reads the schema (`__schema`, `__type`); `__typename` is no introspection. */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** The error for introspection outside development, for anyone but admins. */
export const introspectionDisabled = () => new GraphQLError('Introspection is for admins only', { extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } } });

/** The size of one page of a list: `first`, `last` or `limit`, documented as "at most 200". */
export const LIST_ARGUMENTS = new Set(['first', 'last', 'limit']);
export const MAX_LIST_SIZE = 200;

/**
 * Text the stores cannot hold the same way: PostgreSQL text refuses NUL, and a lone UTF-16
 * surrogate is not Unicode (SQLite would store it, PostgreSQL would reject or mangle it). One rule
 * for both: such text is refused.
 */
export function invalidText(value: string): boolean {
  return value.includes('\u0000') || !(value as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Path of the first string in `value` (an argument's value, nested inputs and lists included) that is invalid text. */
function findInvalidText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return invalidText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      const found = findInvalidText(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Whether values of this input type may hold strings (so its arguments need the text check). */
function mayHoldText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => mayHoldText(f.type, seen));
  }
  return false; // enums
}

/** Checks one call's arguments: list sizes within 1..200, no invalid text anywhere. */
function checkArguments(listArgs: string[], textArgs: string[], args: Record<string, unknown>) {
  for (const name of listArgs) {
    const n = args[name];
    if (typeof n === 'number' && (n < 1 || n > MAX_LIST_SIZE)) {
      throw new AppError('LIST_SIZE_OUT_OF_RANGE', `${name} must be between 1 and ${MAX_LIST_SIZE}`, { argument: name, min: 1, max: MAX_LIST_SIZE });
    }
  }
  for (const name of textArgs) {
    const found = findInvalidText(args[name], name);
    if (found) throw new AppError('TEXT_INVALID_CHARACTERS', 'Text may not contain NUL characters or unpaired UTF-16 surrogates', { argument: found });
  }
}

/**
 * Applies the argument rules to every field that takes arguments, in one place for the whole
 * API: the resolver (and a subscription's `subscribe`, not its per-event `resolve`) is wrapped by
 * a check that runs before it. Fields without arguments are left as they are.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const listArgs = field.args.filter((a: GraphQLArgument) => LIST_ARGUMENTS.has(a.name) && getNamedType(a.type).name === 'Int').map((a) => a.name);
      const textArgs = field.args.filter((a) => mayHoldText(a.type)).map((a) => a.name);
      if (!listArgs.length && !textArgs.length) continue;
      const wrap = (inner: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>): GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> =>
        function guarded(source, args, context, info) {
          checkArguments(listArgs, textArgs, args);
          return inner(source, args, context, info);
        };
      if (type === subscriptionType && field.subscribe) field.subscribe = wrap(field.subscribe);
      else field.resolve = wrap(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
