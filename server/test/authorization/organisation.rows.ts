/** The authorization matrix's rows for the organisation module's root operations. */
import { expect } from 'vitest';
import { SIGNED_IN, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, type OperationSpec } from './table.js';
import { ALL_ORGANISATIONS, MECHELEN_ORGANISATIONS, sorted } from './expected.js';
import { own } from './cases.js';
import type { Answer } from '../harness.js';

export const ORGANISATION_ROWS: Record<string, OperationSpec> = {
  'Query.organisations': {
    query: `{ organisations { name } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [a, ok((list) => expect(sorted(list.map((o: Answer) => o.name))).toEqual(a === 'coordinator' || a === 'volunteer' ? MECHELEN_ORGANISATIONS : ALL_ORGANISATIONS))]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.organisation': {
    // own: a member organisation of the own partnership; other: one of Liège's.
    targets: ['own', 'other'],
    query: `query($id: ID!) { organisation(id: $id) { name } }`,
    vars: (c) => ({ id: c.env.ids.org[own(c) ? 'Samen Thuis vzw' : 'CPAS de Liège'] }),
    expect: (() => {
      const seen = { own: ok((o) => expect(o).toEqual({ name: 'Samen Thuis vzw' })), other: ok((o) => expect(o).toEqual({ name: 'CPAS de Liège' })) };
      return {
        anonymous: UNAUTHENTICATED,
        admin: seen,
        contact: seen, // Fedasil staff see every organisation
        deputy: seen,
        coordinator: { own: seen.own, other: NOT_FOUND },
        volunteer: { own: seen.own, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.createOrganisation': {
    query: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { name } }`,
    vars: (c) => ({ input: { name: (c.fixture.name = c.env.fx.unique('New organisation')), kind: 'NON_PROFIT', city: 'Leuven' } }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((o, c) => expect(o).toEqual({ name: c.fixture.name })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updateOrganisation': {
    // own: a fresh member organisation of the own partnership (coordinator@ and volunteer@ see it in
    // `organisations`); other: one of Liège's.
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { name contactPhone } }`,
    vars: async (c) => {
      const o = await c.env.fx.organisation(c.target!);
      c.fixture.name = o.name;
      return { id: o.id, input: { name: o.name, kind: 'NON_PROFIT', contactPhone: '+32 2 000 00 00' } };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((o, c) => expect(o).toEqual({ name: c.fixture.name, contactPhone: '+32 2 000 00 00' })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: { own: FORBIDDEN, other: NOT_FOUND },
      volunteer: { own: FORBIDDEN, other: NOT_FOUND },
    },
  },
};
