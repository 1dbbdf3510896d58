import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';

/**
 * One GraphQL operation over plain HTTP, without Apollo Client: for the sign-in page, which opens
 * before anyone is signed in and so without the app's client, its cache and its live link (they
 * are most of the JavaScript a page needs; README "Client"). Sent as the built app sends every
 * operation, by its registered hash (trusted documents); the development server gets its text.
 */
export async function runOperation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  // Kind's values as strings: graphql's enum would bring its module along.
  const operation = document.definitions.find((d): d is OperationDefinitionNode => String(d.kind) === 'OperationDefinition');
  const operationName = operation?.name?.value;
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
  // Every document of the app is registered at build time (codegen): the built app needs no printer.
  const body = import.meta.env.DEV
    ? { operationName, variables, query: (await import('graphql')).print(document) }
    : { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let result: { data?: TData | null; errors?: GraphQLFormattedError[] };
  try {
    result = JSON.parse(text) as typeof result;
  } catch {
    throw new OperationFailed(response.status, text);
  }
  if (result.errors?.length) throw new OperationErrors(result.errors);
  if (!response.ok || result.data == null) throw new OperationFailed(response.status, text);
  return result.data;
}

/**
 * The operation's GraphQL errors (each with its `extensions.code`). Named as Apollo Client names its
 * own, so that app/errors.ts reads both the same way.
 */
export class OperationErrors extends Error {
  override name = 'CombinedGraphQLErrors';
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

/** An answer that is not GraphQL (a proxy's error page, a server that is down): a network failure. */
export class OperationFailed extends Error {
  override name = 'ServerError';
  constructor(
    readonly statusCode: number,
    readonly bodyText: string,
  ) {
    super(`The server answered ${statusCode}`);
  }
}
