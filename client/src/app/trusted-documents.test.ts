import { ApolloClient, ApolloLink } from '@apollo/client';
import { type DocumentNode, Kind, OperationTypeNode, parse } from 'graphql';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import manifest from '../gql/persisted-documents.json';
import * as generated from '../gql/graphql';
import { createCache, documentHash, trustedDocumentsLink } from './apollo';

/** Every operation document codegen generated for the app (fragments are not sent on their own). */
const operations = Object.entries(generated).filter(
  ([name, value]) => name.endsWith('Document') && typeof value === 'object' && (value as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
) as [string, DocumentNode][];

/** What the trusted-documents link puts on the wire for each operation, through a real Apollo Client with the app's cache. */
async function sentBodies(): Promise<Map<string, { extensions: Record<string, unknown>; includeQuery: boolean | undefined }>> {
  const sent = new Map<string, { extensions: Record<string, unknown>; includeQuery: boolean | undefined }>();
  const terminal = new ApolloLink((operation) => {
    sent.set(operation.operationName!, { extensions: operation.extensions, includeQuery: (operation.getContext() as { http?: { includeQuery?: boolean } }).http?.includeQuery });
    return new Observable((observer) => {
      // Nothing to cache: an error answer (not one that would make the link send the text).
      observer.next({ errors: [{ message: 'not sent anywhere' }] });
      observer.complete();
    });
  });
  const client = new ApolloClient({ link: ApolloLink.from([trustedDocumentsLink(), terminal]), cache: createCache() });
  for (const [, document] of operations) {
    const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const run =
      op.operation === OperationTypeNode.QUERY
        ? client.query({ query: document, fetchPolicy: 'network-only' })
        : op.operation === OperationTypeNode.MUTATION
          ? client.mutate({ mutation: document })
          : new Promise<void>((resolve) => client.subscribe({ query: document }).subscribe({ complete: resolve, error: () => resolve() }));
    await Promise.resolve(run).catch(() => undefined);
  }
  return sent;
}

describe('trusted documents', () => {
  it('registers every operation of the app in the manifest, under the hash its document carries', () => {
    expect(operations.length).toBeGreaterThan(50);
    const registered = manifest as Record<string, string>;
    for (const [name, document] of operations) {
      const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
      expect(hash, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      const text = registered[hash!];
      expect(text, name).toBeTruthy();
      expect(parse(text).definitions.length).toBeGreaterThan(0);
    }
  });

  it('sends each operation by its registered hash, without its text, through the app cache', async () => {
    const sent = await sentBodies();
    for (const [name, document] of operations) {
      const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const body = sent.get(op.name!.value);
      expect(body, name).toBeDefined();
      expect(body!.extensions.persistedQuery, name).toEqual({ version: 1, sha256Hash: (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash.replace('sha256:', '') });
      expect(body!.includeQuery, name).toBe(false);
    }
  });

  it('hashes a document without a registered hash from its text', async () => {
    const hash = await documentHash(parse('query Unregistered { __typename }'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
