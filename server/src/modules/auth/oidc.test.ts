/**
 * Staff sign-in with OpenID Connect against a real provider (oidc-provider on a loopback port):
 * the full authorization code flow over HTTP (the hub's redirect, the provider's login and consent
 * forms, the hub's callback), and every refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';
import { FlowBrowser, freePort, signInAtProvider, startTestProvider, TEST_CLIENT, type TestProvider } from '../../../test/oidc-provider.js';
import { FLOW_COOKIE } from './oidc.service.js';
import { SESSION_COOKIE } from './session.service.js';

let provider: TestProvider;
let hub: TestHub;
let plainHub: TestHub;
/** A hub that tells staff by a claim of the provider (a directory group) instead of the email domain. */
let claimHub: TestHub;

beforeAll(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const claimPort = await freePort();
  const claimUrl = `http://127.0.0.1:${claimPort}`;
  provider = await startTestProvider({ redirectUris: [`${publicUrl}/auth/oidc/callback`, `${claimUrl}/auth/oidc/callback`] });
  claimHub = await startTestHub({
    config: {
      port: claimPort,
      publicUrl: claimUrl,
      oidc: {
        issuer: provider.issuer,
        clientId: TEST_CLIENT.id,
        clientSecret: TEST_CLIENT.secret,
        staffDomains: [],
        staffClaim: { name: 'groups', value: 'partner-hub-staff' },
        redirectUrl: `${claimUrl}/auth/oidc/callback`,
        scopes: 'openid email profile groups',
      },
    },
  });
  hub = await startTestHub({
    config: {
      port,
      publicUrl,
      oidc: {
        issuer: provider.issuer,
        clientId: TEST_CLIENT.id,
        clientSecret: TEST_CLIENT.secret,
        staffDomains: ['partnerhub.example'],
        redirectUrl: `${publicUrl}/auth/oidc/callback`,
        scopes: 'openid email profile',
      },
    },
  });
  // The same hub without OIDC settings: password sign-in only.
  plainHub = await startTestHub({ demo: false });
});
afterAll(async () => {
  await hub?.close();
  await plainHub?.close();
  await claimHub?.close();
  await provider?.close();
});

const ME = `{ me { email role } }`;
const OPTIONS = `{ signInOptions { password staffAccount staffAccountStartPath } }`;

async function row(email: string) {
  const conn = hub.orm.em.fork().getConnection();
  const [user] = await conn.execute<{ id: string; oidc_issuer: string | null; oidc_subject: string | null }[]>('select id, oidc_issuer, oidc_subject from app_user where email = ?', [email]);
  const [{ n }] = await conn.execute<{ n: number | string }[]>('select count(*) as n from session where user_id = ?', [user!.id]);
  return { ...user!, sessions: Number(n) };
}

/** Signs in at the provider as `login` and opens the hub callback; the hub's answer. */
async function flow(login: string, claims: Record<string, unknown>, browser = new FlowBrowser(), returnTo = '/meetings', at = hub) {
  provider.accounts.set(login, claims);
  const callback = await signInAtProvider(browser, `${at.url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`, login, at.url);
  const flowCookie = browser.cookie(at.url, FLOW_COOKIE);
  const response = await browser.request(callback);
  return { browser, callback, flowCookie, response, location: response.headers.get('location'), session: browser.cookie(at.url, SESSION_COOKIE) };
}

/** What the hub says about the browser's session. */
async function meOf(session: string | undefined, at = hub) {
  const agent = at.agent();
  agent.cookie = session ? `${SESSION_COOKIE}=${session}` : undefined;
  return { agent, me: (await agent.ok(ME)).me };
}

describe('signInOptions', () => {
  it('offers the Fedasil account sign-in only on a hub set up for it', async () => {
    expect((await hub.agent().ok(OPTIONS)).signInOptions).toEqual({ password: true, staffAccount: true, staffAccountStartPath: '/auth/oidc/start' });
    expect((await plainHub.agent().ok(OPTIONS)).signInOptions).toEqual({ password: true, staffAccount: false, staffAccountStartPath: null });
  });

  it('sends the browser back to the sign-in page from /auth/oidc/start when not set up', async () => {
    const res = await new FlowBrowser().request(`${plainHub.url}/auth/oidc/start`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?oidcError=OIDC_NOT_CONFIGURED');
  });
});

describe('the authorization code flow', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and a sealed flow cookie', async () => {
    const browser = new FlowBrowser();
    const res = await browser.request(`${hub.url}/auth/oidc/start?returnTo=/meetings`);
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: TEST_CLIENT.id,
      response_type: 'code',
      redirect_uri: `${hub.url}/auth/oidc/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${FLOW_COOKIE}=`))!;
    expect(cookie).toMatch(/Path=\/auth\/oidc/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // The state and the PKCE verifier are not readable in the cookie (sealed, not just signed).
    expect(cookie).not.toContain(to.searchParams.get('state')!);
  });

  it('signs in an admin by verified email, links the identity, and sets the same session cookie as signIn', async () => {
    const before = await row(DEMO.admin);
    expect(before.oidc_subject).toBeNull();
    const { response, location, session } = await flow('fedasil-admin-1', { email: 'Admin@PartnerHub.example', email_verified: true, name: 'Admin' });
    expect(response.status).toBe(303);
    expect(location).toBe('/meetings');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/^ph_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    // The flow cookie is gone.
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${FLOW_COOKIE}=;`))).toBe(true);

    expect((await meOf(session)).me).toEqual({ email: DEMO.admin, role: 'ADMIN' });
    const after = await row(DEMO.admin);
    expect(after).toMatchObject({ oidc_issuer: provider.issuer, oidc_subject: 'fedasil-admin-1', sessions: before.sessions + 1 });
  });

  it('matches a linked identity by subject later, also when its address changed at the provider', async () => {
    const { location, session } = await flow('fedasil-admin-1', { email: 'a.admin@partnerhub.example', email_verified: true }, undefined, '/');
    expect(location).toBe('/');
    expect((await meOf(session)).me).toEqual({ email: DEMO.admin, role: 'ADMIN' });
  });

  it('signs in a contact person, whose sign-out ends the local session', async () => {
    const { location, session } = await flow('fedasil-contact-1', { email: DEMO.contact, email_verified: true });
    expect(location).toBe('/meetings');
    const { agent, me } = await meOf(session);
    expect(me).toEqual({ email: DEMO.contact, role: 'CONTACT_PERSON' });
    expect((await agent.ok('mutation { signOut }')).signOut).toBe(true);
    expect((await meOf(session)).me).toBeNull();
  });

  it('goes nowhere but a path of the hub after signing in', async () => {
    const { location, session } = await flow('fedasil-admin-1', { email: DEMO.admin, email_verified: true }, undefined, '//evil.example/x');
    expect(location).toBe('/');
    expect(session).toBeDefined();
  });
});

describe('refused sign-ins', () => {
  it('refuses an answer whose state is not the one this browser was given', async () => {
    provider.accounts.set('fedasil-admin-1', { email: DEMO.admin, email_verified: true });
    const browser = new FlowBrowser();
    const callback = new URL(await signInAtProvider(browser, `${hub.url}/auth/oidc/start`, 'fedasil-admin-1', hub.url));
    callback.searchParams.set('state', 'not-the-state-of-this-flow');
    const res = await browser.request(callback.href);
    expect(res.headers.get('location')).toBe('/sign-in?oidcError=OIDC_STATE_MISMATCH');
    expect(browser.cookie(hub.url, SESSION_COOKIE)).toBeUndefined();
  });

  it("refuses a callback opened in a browser that did not start the flow (another person's code)", async () => {
    provider.accounts.set('fedasil-admin-1', { email: DEMO.admin, email_verified: true });
    const callback = await signInAtProvider(new FlowBrowser(), `${hub.url}/auth/oidc/start`, 'fedasil-admin-1', hub.url);
    const victim = new FlowBrowser();
    const res = await victim.request(callback);
    expect(res.headers.get('location')).toBe('/sign-in?oidcError=OIDC_STATE_MISMATCH');
    expect(victim.cookie(hub.url, SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses a replayed code: once the flow is used, and at the provider even with the flow cookie kept', async () => {
    const before = (await row(DEMO.contact)).sessions;
    const { browser, callback, flowCookie, location } = await flow('fedasil-contact-1', { email: DEMO.contact, email_verified: true });
    expect(location).toBe('/meetings');
    // The same answer again: the flow cookie was used up.
    expect((await browser.request(callback)).headers.get('location')).toBe('/sign-in?oidcError=OIDC_STATE_MISMATCH');
    // With a copy of the flow cookie taken before: the provider refuses the used code (invalid_grant).
    browser.setCookie(hub.url, FLOW_COOKIE, flowCookie);
    browser.setCookie(hub.url, SESSION_COOKIE, undefined);
    const replay = await browser.request(callback);
    expect(replay.headers.get('location')).toBe('/sign-in?oidcError=OIDC_FAILED');
    expect(browser.cookie(hub.url, SESSION_COOKIE)).toBeUndefined();
    expect((await row(DEMO.contact)).sessions).toBe(before + 1);
  });

  it('refuses an identity whose email address the provider has not verified, and links nothing', async () => {
    const { location, session } = await flow('fedasil-deputy-1', { email: DEMO.deputy, email_verified: false });
    expect(location).toBe('/sign-in?oidcError=OIDC_EMAIL_NOT_VERIFIED');
    expect(session).toBeUndefined();
    expect(await row(DEMO.deputy)).toMatchObject({ oidc_issuer: null, oidc_subject: null, sessions: 0 });
    // No email at all is no verified email either.
    expect((await flow('fedasil-deputy-2', {})).location).toBe('/sign-in?oidcError=OIDC_EMAIL_NOT_VERIFIED');
  });

  it('refuses an unknown identity and creates no account', async () => {
    const users = async () => Number((await hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*) as n from app_user'))[0]!.n);
    const count = await users();
    const { location, session } = await flow('fedasil-newcomer', { email: 'newcomer@partnerhub.example', email_verified: true });
    expect(location).toBe('/sign-in?oidcError=OIDC_UNKNOWN_ACCOUNT');
    expect(session).toBeUndefined();
    expect(await users()).toBe(count);
  });

  it('refuses partner and volunteer accounts, who keep their password sign-in', async () => {
    for (const email of [DEMO.coordinator, DEMO.volunteer]) {
      const { location, session } = await flow(`partner-${email}`, { email, email_verified: true });
      expect(location, email).toBe('/sign-in?oidcError=OIDC_ACCOUNT_NOT_STAFF');
      expect(session).toBeUndefined();
      expect(await row(email)).toMatchObject({ oidc_issuer: null, oidc_subject: null });
      expect((await (await hub.as(email)).ok(ME)).me.email).toBe(email);
    }
  });

  it('refuses an identity outside the staff domains', async () => {
    const { location } = await flow('outsider-1', { email: 'admin@elsewhere.example', email_verified: true });
    expect(location).toBe('/sign-in?oidcError=OIDC_NOT_STAFF_IDENTITY');
  });

  it('refuses a second identity for an account already linked to another one of the provider', async () => {
    // contact@ was linked to fedasil-contact-1 above.
    const { location } = await flow('fedasil-contact-2', { email: DEMO.contact, email_verified: true });
    expect(location).toBe('/sign-in?oidcError=OIDC_ACCOUNT_LINKED_ELSEWHERE');
    expect(await row(DEMO.contact)).toMatchObject({ oidc_subject: 'fedasil-contact-1' });
  });

  it('refuses a linked identity whose account was removed', async () => {
    const claims = { email: DEMO.otherContact, email_verified: true };
    expect((await flow('fedasil-wallonie', claims)).location).toBe('/meetings');
    const admin = await hub.as(DEMO.admin);
    await admin.ok(`mutation($id: ID!) { removeUser(id: $id) }`, { id: (await demoIds(hub)).user[DEMO.otherContact] });
    const { location, session } = await flow('fedasil-wallonie', claims);
    expect(location).toBe('/sign-in?oidcError=OIDC_UNKNOWN_ACCOUNT');
    expect(session).toBeUndefined();
  });

  it('refuses an invited staff member who has not accepted yet: signing in creates no account', async () => {
    const admin = await hub.as(DEMO.admin);
    await admin.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, { input: { email: 'staff9@partnerhub.example', name: 'Staff Nine', role: 'CONTACT_PERSON' } });
    // No account yet (only an invitation): refused; nobody is created by signing in.
    expect((await flow('fedasil-staff-9', { email: 'staff9@partnerhub.example', email_verified: true })).location).toBe('/sign-in?oidcError=OIDC_UNKNOWN_ACCOUNT');
  });

  it('tells the person they cancelled when they abort at the provider', async () => {
    const browser = new FlowBrowser();
    const atHub = (u: URL) => u.origin === hub.url;
    const toProvider = await browser.follow(`${hub.url}/auth/oidc/start`, (u) => !atHub(u));
    const login = await browser.follow(toProvider.url, atHub);
    const uid = /\/interaction\/([\w-]+)/.exec(login.url)![1];
    const back = await browser.follow(`${provider.issuer}/interaction/${uid}/abort`, atHub);
    const res = await browser.request(back.url);
    expect(new URL(back.url).searchParams.get('error')).toBe('access_denied');
    expect(res.headers.get('location')).toBe('/sign-in?oidcError=OIDC_CANCELLED');
  });
});

describe('staff told by a claim of the provider (OIDC_STAFF_CLAIM)', () => {
  it('signs in a member of the directory group, and refuses them at the next sign-in once they left it', async () => {
    const inGroup = { email: DEMO.deputy, email_verified: true, groups: ['everyone', 'partner-hub-staff'] };
    const first = await flow('group-deputy', inGroup, undefined, '/', claimHub);
    expect(first.location).toBe('/');
    expect((await meOf(first.session, claimHub)).me).toEqual({ email: DEMO.deputy, role: 'CONTACT_PERSON' });

    // Linked by subject now, but the rule is asked again at every sign-in.
    const left = await flow('group-deputy', { ...inGroup, groups: ['everyone'] }, undefined, '/', claimHub);
    expect(left.location).toBe('/sign-in?oidcError=OIDC_NOT_STAFF_IDENTITY');
    expect(left.session).toBeUndefined();
  });

  it('refuses a verified staff address outside the group: the domain alone is not the rule on this hub', async () => {
    const { location } = await flow('no-group-admin', { email: DEMO.admin, email_verified: true, groups: [] }, undefined, '/', claimHub);
    expect(location).toBe('/sign-in?oidcError=OIDC_NOT_STAFF_IDENTITY');
  });
});
