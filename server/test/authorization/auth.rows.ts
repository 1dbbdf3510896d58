/** The authorization matrix's rows for the auth module's root operations. */
import { expect } from 'vitest';
import { DEMO_USERS } from '../../src/seeders/demo.js';
import { RETURN_DESK_USERS } from '../../src/seeders/demo-return.js';
import { SOCIOLEGAL_DEMO_USERS } from '../../src/seeders/demo-sociolegal.js';
import { type Answer, DEMO } from '../harness.js';
import { ACTORS, SIGNED_IN, ROLE_OF, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, ROLE_NOT_INVITABLE, type OperationSpec } from './table.js';
import { sorted } from './expected.js';
import { emailOf, QUERY_FIXTURES } from './cases.js';

export const AUTH_ROWS: Record<string, OperationSpec> = {
  'Query.me': {
    query: `{ me { email role } }`,
    expect: {
      anonymous: ok((me) => expect(me).toBeNull()),
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((me) => expect(me).toEqual({ email: emailOf(a), role: ROLE_OF[a] }))])),
    } as OperationSpec['expect'],
  },

  'Query.invitation': {
    query: `query($token: String!) { invitation(token: $token) { email role organisationName } }`,
    vars: () => ({ token: QUERY_FIXTURES.volunteerInvitationToken }),
    expect: Object.fromEntries(
      ACTORS.map((a) => [a, ok((i) => expect(i).toEqual({ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', organisationName: 'Onthaalgroep Mechelen' }))]),
    ) as OperationSpec['expect'],
  },

  'Query.invitations': {
    query: `{ invitations { email role partnership { name } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) =>
        expect(sorted(list.map((i: Answer) => i.email))).toEqual([
          'new.coordinator@fixture.example',
          'new.staff@fixture.example',
          'new.volunteer@fixture.example',
          'other.coordinator@fixture.example',
        ]),
      ),
      contact: ok((list) => expect(list).toEqual([{ email: 'new.coordinator@fixture.example', role: 'COORDINATOR', partnership: { name: 'Onthaalgroep Mechelen' } }])),
      deputy: ok((list) => expect(list).toEqual([])),
      coordinator: ok((list) => expect(list).toEqual([{ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', partnership: null }])),
      volunteer: ok((list) => expect(list).toEqual([])),
    },
  },

  'Query.users': {
    query: `{ users { email } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) => expect(sorted(list.map((u: Answer) => u.email))).toEqual(sorted([...DEMO_USERS, ...RETURN_DESK_USERS, ...SOCIOLEGAL_DEMO_USERS].map((u) => u.email)))),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      // Coordinators see the volunteers they work with (to remove them): here, their welcome group's.
      coordinator: ok((list) => expect(list.map((u: Answer) => u.email)).toEqual([DEMO.volunteer])),
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.signIn': {
    query: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`,
    vars: (c) => ({ email: c.actor === 'anonymous' ? DEMO.volunteer : emailOf(c.actor), password: 'partnerhub-demo' }),
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((u) => expect(u).toEqual({ email: a === 'anonymous' ? DEMO.volunteer : emailOf(a) }))])) as OperationSpec['expect'],
  },

  'Mutation.signOut': {
    query: `mutation { signOut }`,
    freshSession: true,
    expect: Object.fromEntries(
      ACTORS.map((a) => [
        a,
        ok(async (v, c) => {
          expect(v).toBe(true);
          expect((await c.agent.ok(`{ me { id } }`)).me).toBeNull();
        }),
      ]),
    ) as OperationSpec['expect'],
  },

  'Mutation.acceptInvitation': {
    query: `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email role } }`,
    vars: async (c) => {
      c.fixture.email = `${c.env.fx.unique('invitee')}@fixture.example`;
      const token = await c.env.fx.invitation({ email: c.fixture.email, role: 'VOLUNTEER', by: DEMO.coordinator, organisation: 'Onthaalgroep Mechelen' });
      return { token, password: 'a-long-enough-secret' };
    },
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((u, c) => expect(u).toEqual({ email: c.fixture.email, role: 'VOLUNTEER' }))])) as OperationSpec['expect'],
  },

  'Mutation.changeLanguage': {
    query: `mutation { changeLanguage(language: en) { email language } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((u) => expect(u).toEqual({ email: emailOf(a), language: 'en' }))])),
    } as OperationSpec['expect'],
  },

  'Mutation.inviteUser': {
    // By role: admins invite Fedasil staff, contact persons coordinators of their partnerships,
    // coordinators volunteers of the welcome group of their partnerships.
    targets: ['ADMIN', 'CONTACT_PERSON', 'COORDINATOR own', 'COORDINATOR other', 'VOLUNTEER own', 'VOLUNTEER other'],
    query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email role organisation { name } partnership { name } } }`,
    vars: (c) => {
      const [role, where] = c.target!.split(' ') as [string, string | undefined];
      c.fixture.email = `${c.env.fx.unique('invited')}@fixture.example`;
      const input: Record<string, unknown> = { email: c.fixture.email, name: 'Invited Person', role };
      if (role === 'COORDINATOR') {
        input.partnershipId = where === 'own' ? c.env.ids.partnership.mechelen : c.env.ids.partnership.liege;
        input.organisationId = c.env.ids.org[where === 'own' ? 'Samen Thuis vzw' : 'CPAS de Liège'];
      }
      if (role === 'VOLUNTEER') input.organisationId = c.env.ids.org[where === 'own' ? 'Onthaalgroep Mechelen' : "Groupe d'accueil Liège-Centre"];
      return { input };
    },
    expect: (() => {
      const invited = (role: string, organisation: string | null, partnership: string | null) =>
        ok((i, c) => expect(i).toEqual({ email: c.fixture.email, role, organisation: organisation && { name: organisation }, partnership: partnership && { name: partnership } }));
      const contactPerson = {
        ADMIN: ROLE_NOT_INVITABLE,
        CONTACT_PERSON: ROLE_NOT_INVITABLE,
        'COORDINATOR own': invited('COORDINATOR', 'Samen Thuis vzw', 'Onthaalgroep Mechelen'),
        'COORDINATOR other': NOT_FOUND,
        'VOLUNTEER own': ROLE_NOT_INVITABLE,
        'VOLUNTEER other': ROLE_NOT_INVITABLE,
      };
      return {
        anonymous: UNAUTHENTICATED,
        admin: {
          ADMIN: invited('ADMIN', null, null),
          CONTACT_PERSON: invited('CONTACT_PERSON', null, null),
          'COORDINATOR own': ROLE_NOT_INVITABLE,
          'COORDINATOR other': ROLE_NOT_INVITABLE,
          'VOLUNTEER own': ROLE_NOT_INVITABLE,
          'VOLUNTEER other': ROLE_NOT_INVITABLE,
        },
        contact: contactPerson,
        deputy: contactPerson,
        coordinator: {
          ADMIN: ROLE_NOT_INVITABLE,
          CONTACT_PERSON: ROLE_NOT_INVITABLE,
          'COORDINATOR own': ROLE_NOT_INVITABLE,
          'COORDINATOR other': ROLE_NOT_INVITABLE,
          'VOLUNTEER own': invited('VOLUNTEER', 'Onthaalgroep Mechelen', null),
          'VOLUNTEER other': NOT_FOUND,
        },
        volunteer: ROLE_NOT_INVITABLE,
      };
    })(),
  },

  'Mutation.removeUser': {
    // own: a volunteer of the own partnership's welcome group (Onthaalgroep Mechelen, the group
    // coordinator@ invites volunteers for); ownOrg: a volunteer of coordinator@'s own organisation;
    // other: a volunteer of Liège's welcome group.
    targets: ['own', 'ownOrg', 'other'],
    query: `mutation($id: ID!) { removeUser(id: $id) }`,
    vars: async (c) => {
      const org = { own: 'Onthaalgroep Mechelen', ownOrg: 'Samen Thuis vzw', other: "Groupe d'accueil Liège-Centre" }[c.target!]!;
      return { id: (await c.env.fx.user('VOLUNTEER', org)).id };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((v) => expect(v).toBe(true)),
      contact: NOT_FOUND,
      deputy: NOT_FOUND,
      coordinator: { own: ok((v) => expect(v).toBe(true)), ownOrg: ok((v) => expect(v).toBe(true)), other: NOT_FOUND },
      volunteer: NOT_FOUND,
    },
  },
};
