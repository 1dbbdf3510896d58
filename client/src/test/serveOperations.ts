import { expect, vi } from 'vitest';

/**
 * The API as the pages that run without Apollo Client reach it (app/operation.ts, plain HTTP): an answer
 * per operation name, given its variables. Returns what was sent, in order. Undo with vi.unstubAllGlobals().
 */
export function serveOperations(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const { operationName, variables = {} } = JSON.parse(init.body as string) as { operationName: string; variables?: Record<string, unknown> };
    expect(url).toBe('/graphql');
    sent.push({ operationName, variables });
    const answer = answers[operationName];
    if (!answer) throw new Error(`no answer for ${operationName}`);
    return Promise.resolve(new Response(JSON.stringify(answer(variables)), { headers: { 'content-type': 'application/json' } }));
  });
  return sent;
}
