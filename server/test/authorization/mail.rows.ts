/** The authorization matrix's rows for email: settings, the delivery queue's retry, and password reset. */
import { randomBytes } from 'node:crypto';
import { defaultEmailMode, NOTIFICATION_KINDS, type Role } from '@partner-hub/shared';
import { expect } from 'vitest';
import { PasswordReset } from '../../src/modules/auth/password-reset.entity.js';
import { tokenHash } from '../../src/modules/auth/session.service.js';
import { OutboxMessage } from '../../src/modules/outbox/outbox.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import { DEMO } from '../harness.js';
import { ACTORS, type CaseCtx, FORBIDDEN, ok, ROLE_OF, SIGNED_IN, type SignedIn, UNAUTHENTICATED, type OperationSpec } from './table.js';

/** Each person's own settings: nobody reads or sets another's (the operations take no person). */
const defaults = (a: SignedIn) => NOTIFICATION_KINDS.map((kind) => ({ kind, mode: defaultEmailMode(ROLE_OF[a] as Role, kind), isDefault: true }));

/** A reset link for a person, straight in the database; returns the token of the link. */
async function resetLink(c: CaseCtx, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const em = c.env.hub.orm.em.fork();
  em.create(PasswordReset, { tokenHash: tokenHash(c.env.hub.config.sessionSecret, token), user: em.getReference(User, userId), expiresAt: new Date(Date.now() + 3600_000) });
  await em.flush();
  return token;
}

export const MAIL_ROWS: Record<string, OperationSpec> = {
  'Query.emailSettings': {
    query: `{ emailSettings { id digestTime kinds { kind mode isDefault } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s, c) => expect(s).toEqual({ id: c.env.ids.user[DEMO[a]], digestTime: '08:00', kinds: defaults(a) }))])),
    } as OperationSpec['expect'],
  },

  'Mutation.setEmailPreference': {
    query: `mutation { setEmailPreference(kind: MESSAGE, mode: NEVER) { id kinds { kind mode isDefault } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          ok((s, c) => {
            expect(s.id).toBe(c.env.ids.user[DEMO[a]]);
            expect(s.kinds.find((k: { kind: string }) => k.kind === 'MESSAGE')).toEqual({ kind: 'MESSAGE', mode: 'NEVER', isDefault: false });
          }),
        ]),
      ),
    } as OperationSpec['expect'],
  },

  'Mutation.setDigestTime': {
    query: `mutation { setDigestTime(time: "18:45") { id digestTime } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s, c) => expect(s).toEqual({ id: c.env.ids.user[DEMO[a]], digestTime: '18:45' }))])),
    } as OperationSpec['expect'],
  },

  'Mutation.retryOutboxMessage': {
    query: `mutation($id: ID!) { retryOutboxMessage(id: $id) { to status attempts } }`,
    vars: async (c) => {
      const em = c.env.hub.orm.em.fork();
      const m = em.create(OutboxMessage, { to: `${c.env.fx.unique('failed')}@fixture.example`, subject: 'Failed', body: 'Failed', status: 'FAILED', attempts: 1, lastError: '550 refused' });
      await em.flush();
      c.fixture.to = m.to;
      return { id: m.id };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((m, c) => expect(m).toEqual({ to: c.fixture.to, status: 'QUEUED', attempts: 0 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  // No sign-in needed, and the same answer for any address (it reveals no accounts).
  'Mutation.requestPasswordReset': {
    query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    vars: (c) => ({ e: c.actor === 'anonymous' ? 'nobody@fixture.example' : DEMO[c.actor] }),
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((v) => expect(v).toBe(true))])) as OperationSpec['expect'],
  },

  // The link is the credential: whoever holds it (signed in as anyone or not) sets that account's password.
  'Query.passwordResetValid': {
    query: `query($t: String!) { passwordResetValid(token: $t) }`,
    vars: async (c) => ({ t: await resetLink(c, c.env.ids.user[DEMO.otherVolunteer]) }),
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((v) => expect(v).toBe(true))])) as OperationSpec['expect'],
  },

  'Mutation.resetPassword': {
    query: `mutation($t: String!) { resetPassword(token: $t, password: "a-long-enough-secret") { email } }`,
    freshSession: true,
    vars: async (c) => {
      const person = await c.env.fx.user('VOLUNTEER', 'Onthaalgroep Mechelen');
      c.fixture.email = person.email;
      return { t: await resetLink(c, person.id) };
    },
    expect: Object.fromEntries(
      ACTORS.map((a) => [
        a,
        ok(async (u, c) => {
          expect(u).toEqual({ email: c.fixture.email });
          // This browser is now signed in as that account.
          expect((await c.agent.ok(`{ me { email } }`)).me).toEqual({ email: c.fixture.email });
        }),
      ]),
    ) as OperationSpec['expect'],
  },
};
