/** The authorization matrix's rows for the partnership module's root operations. */
import { expect } from 'vitest';
import { type Answer, DEMO } from '../harness.js';
import { SIGNED_IN, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, type OperationSpec } from './table.js';
import { PARTNERSHIP_CAN_FIELDS, demoPartnership, VISIBLE_PARTNERSHIPS, partnershipMatrix } from './expected.js';
import { demoPartnershipId } from './cases.js';

export const PARTNERSHIP_ROWS: Record<string, OperationSpec> = {
  'Query.partnership': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { partnership(id: $id) { name fundingTotalCents ${PARTNERSHIP_CAN_FIELDS} households { reference specificNeeds { needs } funding { totalCents } } } }`,
    vars: (c) => ({ id: demoPartnershipId(c) }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: ok(demoPartnership('Liège Accueil')) },
      contact: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      deputy: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      coordinator: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      volunteer: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
    },
  },

  'Query.partnerships': {
    query: `{ partnerships(first: 100) { totalCount edges { node { name fundingTotalCents } } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          ok((page) => {
            expect(page.edges.map((e: Answer) => e.node.name)).toEqual(VISIBLE_PARTNERSHIPS[a]);
            expect(page.totalCount).toBe(VISIBLE_PARTNERSHIPS[a].length);
            for (const e of page.edges) expect(e.node.fundingTotalCents).toEqual(a === 'volunteer' ? null : expect.any(Number));
          }),
        ]),
      ),
    } as OperationSpec['expect'],
  },

  'Mutation.createPartnership': {
    query: `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { name members { organisation { name } } } }`,
    vars: (c) => ({
      input: {
        name: (c.fixture.name = c.env.fx.unique('New partnership')),
        programme: 'RESETTLEMENT',
        track: 'FLEXIBLE_FRAMEWORK',
        leadOrganisationId: c.env.ids.org['Gemeente Zemst'],
        contactPersonId: c.env.ids.user[DEMO.contact],
      },
    }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((p, c) => expect(p).toEqual({ name: c.fixture.name, members: [{ organisation: { name: 'Gemeente Zemst' } }] })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updatePartnership': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { capacityPledged } }`,
    vars: async (c) => ({ id: (await c.env.fx.partnership(c.target!)).id, input: { capacityPledged: 9 } }),
    expect: partnershipMatrix({
      admin: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      contact: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      deputy: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    }),
  },

  'Mutation.addPartnershipMember': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { members { lead organisation { name } } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id, o: c.env.ids.org['Gemeente Zemst'] }),
    expect: (() => {
      const added = ok((p) => expect(p.members).toContainEqual({ lead: false, organisation: { name: 'Gemeente Zemst' } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removePartnershipMember': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { members { organisation { name } } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!, 'Gemeente Zemst')).id, o: c.env.ids.org['Gemeente Zemst'] }),
    expect: (() => {
      const removed = ok((p) => {
        expect(p.members).toHaveLength(2);
        expect(p.members).not.toContainEqual({ organisation: { name: 'Gemeente Zemst' } });
      });
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.assignContactPerson': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $c: ID!, $d: ID) { assignContactPerson(partnershipId: $p, contactPersonId: $c, deputyId: $d) { contactPerson { email } deputy { email } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id, c: c.env.ids.user[DEMO.deputy], d: c.env.ids.user[DEMO.contact] }),
    expect: partnershipMatrix({
      admin: ok((p) => expect(p).toEqual({ contactPerson: { email: DEMO.deputy }, deputy: { email: DEMO.contact } })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    }),
  },
};
