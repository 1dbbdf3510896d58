/** The authorization matrix's rows for staff sign-in with OpenID Connect (the matrix hub has no OIDC settings). */
import { expect } from 'vitest';
import { ACTORS, ok, type OperationSpec } from './table.js';

export const OIDC_ROWS: Record<string, OperationSpec> = {
  'Query.signInOptions': {
    // Public: the sign-in page asks it before anyone is signed in; it tells only what the hub offers.
    query: `{ signInOptions { password staffAccount staffAccountStartPath } }`,
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((o) => expect(o).toEqual({ password: true, staffAccount: false, staffAccountStartPath: null }))])) as OperationSpec['expect'],
  },
};
