import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';
import { THROTTLE } from './auth.service.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email role } }`;
const ME = `{ me { id email role language organisation { name } } }`;

describe('signIn', () => {
  it('signs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const a = hub.agent('10.0.0.1');
    const r = await a.gql(SIGN_IN, { email: ' Admin@PartnerHub.example ', password: 'partnerhub-demo' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.signIn.role).toBe('ADMIN');
    const cookie = a.lastResponse!.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ph_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await a.ok(ME)).me.email).toBe(DEMO.admin);
  });

  it('refuses a wrong password with INVALID_CREDENTIALS, the same as an unknown address', async () => {
    const a = hub.agent('10.0.0.2');
    expect(codes(await a.gql(SIGN_IN, { email: DEMO.contact, password: 'wrong-password' }))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await a.gql(SIGN_IN, { email: 'nobody@partnerhub.example', password: 'wrong-password' }))).toEqual(['INVALID_CREDENTIALS']);
    expect(a.cookie).toBeUndefined();
    expect((await a.ok(ME)).me).toBeNull();
  });

  it('stores passwords as argon2id with at least OWASP parameters', async () => {
    const [row] = await hub.orm.em.fork().getConnection().execute<{ password_hash: string }[]>(`select password_hash from app_user where email = '${DEMO.admin}'`);
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row!.password_hash)!;
    expect(m).not.toBeNull();
    expect(Number(m[1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(m[2])).toBeGreaterThanOrEqual(2);
  });

  it('throttles failed sign-ins per account, also with the right password afterwards', async () => {
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      await hub.agent(`10.1.0.${i}`).gql(SIGN_IN, { email: DEMO.deputy, password: 'guess' });
    }
    const r = await hub.agent('10.1.1.1').gql(SIGN_IN, { email: DEMO.deputy, password: 'partnerhub-demo' });
    expect(codes(r)).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('throttles failed sign-ins per address across accounts', async () => {
    const a = hub.agent('10.2.0.1');
    for (let i = 0; i < THROTTLE.perAddress; i++) await a.gql(SIGN_IN, { email: `guess${i}@partnerhub.example`, password: 'guess' });
    expect(codes(await a.gql(SIGN_IN, { email: DEMO.volunteer, password: 'partnerhub-demo' }))).toEqual(['TOO_MANY_ATTEMPTS']);
    // Another address is not affected.
    expect(codes(await hub.agent('10.2.0.2').gql(SIGN_IN, { email: DEMO.volunteer, password: 'partnerhub-demo' }))).toEqual([]);
  });
});

describe('signOut', () => {
  it('ends the session at once, also for a copied cookie', async () => {
    const a = await hub.as(DEMO.coordinator);
    const copy = hub.agent();
    copy.cookie = a.cookie;
    expect((await copy.ok(ME)).me.email).toBe(DEMO.coordinator);
    expect((await a.ok('mutation { signOut }')).signOut).toBe(true);
    expect((await copy.ok(ME)).me).toBeNull();
  });
});

describe('me and changeLanguage', () => {
  it('requires sign-in to change language', async () => {
    expect(codes(await hub.agent().gql('mutation { changeLanguage(language: fr) { language } }'))).toEqual(['UNAUTHENTICATED']);
  });
  it('saves the language on the user', async () => {
    const a = await hub.as(DEMO.volunteer);
    expect((await a.ok('mutation { changeLanguage(language: fr) { language } }')).changeLanguage.language).toBe('fr');
    expect((await a.ok(ME)).me.language).toBe('fr');
    expect((await a.ok(ME)).me.organisation.name).toBe('Onthaalgroep Mechelen');
  });
});

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role expiresAt organisation { name } } }`;
const OUTBOX = `{ outbox { to subject body } }`;

async function invitationToken(email: string): Promise<string> {
  const admin = await hub.as(DEMO.admin);
  const mail = (await admin.ok(OUTBOX)).outbox.find((m: { to: string }) => m.to === email);
  return /\/invitation\/([\w-]+)/.exec(mail.body)![1];
}

describe('invitations', () => {
  it('lets a contact person invite a coordinator of their partnership, who accepts and is signed in', async () => {
    const contact = await hub.as(DEMO.contact);
    const invited = await contact.ok(INVITE, {
      input: { email: 'New.Coordinator@gent.example', name: 'Nieuwe Coördinator', role: 'COORDINATOR', partnershipId: ids.partnership.gent, organisationId: ids.org['OCMW Gent'], language: 'fr' },
    });
    expect(invited.inviteUser).toMatchObject({ email: 'new.coordinator@gent.example', role: 'COORDINATOR', organisation: { name: 'OCMW Gent' } });

    const token = await invitationToken('new.coordinator@gent.example');
    const outbox = (await (await hub.as(DEMO.admin)).ok(OUTBOX)).outbox[0];
    expect(outbox.subject).toBe('Invitation à Partner Hub');

    const invitee = hub.agent();
    const preview = await invitee.ok(`query($t: String!) { invitation(token: $t) { email name role organisationName } }`, { t: token });
    expect(preview.invitation).toMatchObject({ email: 'new.coordinator@gent.example', role: 'COORDINATOR', organisationName: 'OCMW Gent' });

    const weak = await invitee.gql(`mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`, { t: token, p: 'short' });
    expect(codes(weak)).toEqual(['PASSWORD_TOO_WEAK']);

    const accepted = await invitee.ok(`mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email role language } }`, { t: token, p: 'a-long-enough-secret' });
    expect(accepted.acceptInvitation).toEqual({ email: 'new.coordinator@gent.example', role: 'COORDINATOR', language: 'fr' });
    const mine = await invitee.ok(`{ partnerships { edges { node { name } } } }`);
    expect(mine.partnerships.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Gent Samen']);

    // The link works once.
    const again = await hub.agent().gql(`mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`, { t: token, p: 'a-long-enough-secret' });
    expect(codes(again)).toEqual(['INVITATION_INVALID']);
  });

  it('refuses roles the inviter may not invite', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await coordinator.gql(INVITE, { input: { email: 'x@example.org', name: 'X Y', role: 'ADMIN' } });
    expect(codes(r)).toEqual(['ROLE_NOT_INVITABLE']);
    const contact = await hub.as(DEMO.contact);
    expect(codes(await contact.gql(INVITE, { input: { email: 'x@example.org', name: 'X Y', role: 'VOLUNTEER' } }))).toEqual(['ROLE_NOT_INVITABLE']);
  });

  it("refuses a contact person inviting for another contact person's partnership, as not found", async () => {
    const contact = await hub.as(DEMO.contact);
    const r = await contact.gql(INVITE, { input: { email: 'y@example.org', name: 'Y Z', role: 'COORDINATOR', partnershipId: ids.partnership.liege } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('refuses an address that already has an account, and an invalid email', async () => {
    const admin = await hub.as(DEMO.admin);
    expect(codes(await admin.gql(INVITE, { input: { email: DEMO.contact, name: 'Again', role: 'CONTACT_PERSON' } }))).toEqual(['EMAIL_TAKEN']);
    const bad = await admin.gql(INVITE, { input: { email: 'not-an-email', name: 'Again', role: 'CONTACT_PERSON' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.validationErrors).toEqual([{ field: 'email', constraints: ['isEmail'] }]);
  });

  it('lets a coordinator invite a volunteer of their organisation', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const r = await coordinator.ok(INVITE, { input: { email: 'helper@mechelen.example', name: 'Helper', role: 'VOLUNTEER', organisationId: ids.org['Onthaalgroep Mechelen'] } });
    expect(r.inviteUser.organisation.name).toBe('Onthaalgroep Mechelen');
    const other = await coordinator.gql(INVITE, { input: { email: 'h2@x.example', name: 'Helper', role: 'VOLUNTEER', organisationId: ids.org['CPAS de Liège'] } });
    expect(codes(other)).toEqual(['NOT_FOUND']);
  });

  it('answers INVITATION_INVALID for an unknown token', async () => {
    expect(codes(await hub.agent().gql(`{ invitation(token: "nope") { email } }`))).toEqual(['INVITATION_INVALID']);
  });
});

describe('removeUser', () => {
  it('ends every session of the removed user at once', async () => {
    const volunteer = await hub.as('volunteer.liege@partnerhub.example');
    expect((await volunteer.ok(ME)).me).not.toBeNull();
    const admin = await hub.as(DEMO.admin);
    expect((await admin.ok(`mutation($id: ID!) { removeUser(id: $id) }`, { id: ids.user['volunteer.liege@partnerhub.example'] })).removeUser).toBe(true);
    expect((await volunteer.ok(ME)).me).toBeNull();
    expect(codes(await hub.agent('10.9.9.9').gql(SIGN_IN, { email: 'volunteer.liege@partnerhub.example', password: 'partnerhub-demo' }))).toEqual(['INVALID_CREDENTIALS']);
  });

  it('does not let an admin remove themselves', async () => {
    const admin = await hub.as(DEMO.admin);
    expect(codes(await admin.gql(`mutation($id: ID!) { removeUser(id: $id) }`, { id: ids.user[DEMO.admin] }))).toEqual(['CANNOT_REMOVE_SELF']);
  });
});
