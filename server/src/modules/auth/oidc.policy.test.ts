import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { accountMayUseOidc, isStaffIdentity, verifiedEmail } from './oidc.policy.js';
import { FLOW_MINUTES, OidcRefusal, openFlow, safeReturnPath, sealFlow, startStaffSignIn } from './oidc.service.js';

const domains = { staffDomains: ['fedasil.be'], staffClaim: undefined };
const groups = { staffDomains: [], staffClaim: { name: 'groups', value: 'partner-hub-staff' } };

describe('staff sign-in policy', () => {
  it('takes only an email the provider marks verified (the boolean true)', () => {
    expect(verifiedEmail({ sub: 'a', email: ' Ann@Fedasil.BE ', email_verified: true })).toBe('ann@fedasil.be');
    expect(verifiedEmail({ sub: 'a', email: 'ann@fedasil.be', email_verified: 'true' })).toBeNull();
    expect(verifiedEmail({ sub: 'a', email: 'ann@fedasil.be' })).toBeNull();
    expect(verifiedEmail({ sub: 'a', email: 'not an address', email_verified: true })).toBeNull();
  });

  it('recognises staff by the domain of a verified address, exactly', () => {
    expect(isStaffIdentity(domains, { sub: 'a', email: 'ann@fedasil.be', email_verified: true })).toBe(true);
    expect(isStaffIdentity(domains, { sub: 'a', email: 'ann@fedasil.be', email_verified: false })).toBe(false);
    expect(isStaffIdentity(domains, { sub: 'a', email: 'ann@evil-fedasil.be', email_verified: true })).toBe(false);
    expect(isStaffIdentity(domains, { sub: 'a', email: 'ann@fedasil.be.evil.example', email_verified: true })).toBe(false);
  });

  it('recognises staff by a claim equal to, or a list containing, the value', () => {
    expect(isStaffIdentity(groups, { sub: 'a', groups: ['x', 'partner-hub-staff'] })).toBe(true);
    expect(isStaffIdentity(groups, { sub: 'a', groups: 'partner-hub-staff' })).toBe(true);
    expect(isStaffIdentity(groups, { sub: 'a', groups: ['partner-hub-staff-old'] })).toBe(false);
    expect(isStaffIdentity(groups, { sub: 'a', email: 'ann@fedasil.be', email_verified: true })).toBe(false);
  });

  it('lets only Fedasil staff accounts that are not removed use it', () => {
    expect(accountMayUseOidc({ role: 'ADMIN' })).toBe(true);
    expect(accountMayUseOidc({ role: 'CONTACT_PERSON' })).toBe(true);
    expect(accountMayUseOidc({ role: 'COORDINATOR' })).toBe(false);
    expect(accountMayUseOidc({ role: 'VOLUNTEER' })).toBe(false);
    expect(accountMayUseOidc({ role: 'ADMIN', removedAt: new Date() })).toBe(false);
  });
});

describe('the flow cookie and the return path', () => {
  const flow = { state: 's', nonce: 'n', verifier: 'v', returnTo: '/x', at: Date.now() };
  it('opens what it sealed; refuses another secret, a changed byte, and an old flow', () => {
    const sealed = sealFlow('secret-one', flow);
    expect(openFlow('secret-one', sealed)).toEqual(flow);
    expect(openFlow('secret-two', sealed)).toBeNull();
    const [iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = flipped[0] ^ 1;
    expect(openFlow('secret-one', [iv, flipped.toString('base64url'), tag].join('.'))).toBeNull();
    expect(openFlow('secret-one', sealed, flow.at + FLOW_MINUTES * 60_000 + 1)).toBeNull();
    expect(openFlow('secret-one', 'garbage')).toBeNull();
    expect(openFlow('secret-one', undefined)).toBeNull();
  });

  it('returns only to a path of the hub', () => {
    expect(safeReturnPath('/partnerships/1?tab=households')).toBe('/partnerships/1?tab=households');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '/sign-in', '/auth/oidc/start', undefined, ['/x']]) expect(safeReturnPath(bad)).toBe('/');
  });
});

describe('OIDC settings', () => {
  const base = { SESSION_SECRET: 's', DATA_DIR: '/tmp/ph-oidc-config', PUBLIC_URL: 'https://hub.example/' };
  it('is off without OIDC_ISSUER, and derives the redirect URL from PUBLIC_URL', () => {
    expect(loadConfig(base).oidc).toBeNull();
    const config = loadConfig({
      ...base,
      OIDC_ISSUER: 'https://login.fedasil.example',
      OIDC_CLIENT_ID: 'hub',
      OIDC_CLIENT_SECRET: 'x',
      OIDC_STAFF_DOMAINS: 'Fedasil.be, @fedasil.example',
      OIDC_STAFF_CLAIM: 'groups=hub staff',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://login.fedasil.example',
      clientId: 'hub',
      clientSecret: 'x',
      staffDomains: ['fedasil.be', 'fedasil.example'],
      staffClaim: { name: 'groups', value: 'hub staff' },
      redirectUrl: 'https://hub.example/auth/oidc/callback',
      scopes: 'openid email profile',
    });
  });

  it('refuses settings that would be unsafe or incomplete', () => {
    const oidc = { OIDC_ISSUER: 'https://login.fedasil.example', OIDC_CLIENT_ID: 'hub', OIDC_STAFF_DOMAINS: 'fedasil.be' };
    expect(() => loadConfig({ ...base, ...oidc, OIDC_ISSUER: 'http://login.fedasil.example' })).toThrow(/https/);
    expect(() => loadConfig({ ...base, ...oidc, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ ...base, ...oidc, OIDC_STAFF_DOMAINS: '' })).toThrow(/OIDC_STAFF_DOMAINS or OIDC_STAFF_CLAIM/);
    expect(() => loadConfig({ ...base, ...oidc, OIDC_STAFF_CLAIM: 'groups' })).toThrow(/claim=value/);
    // A provider on this machine may use plain HTTP (local trials).
    expect(loadConfig({ ...base, ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4174' }).oidc?.issuer).toBe('http://127.0.0.1:4174');
  });

  it('answers OIDC_UNAVAILABLE when the provider cannot be reached', async () => {
    const config = loadConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_CLIENT_ID: 'hub', OIDC_STAFF_DOMAINS: 'fedasil.be' });
    const refusal = await startStaffSignIn(config, '/').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(OidcRefusal);
    expect((refusal as OidcRefusal).code).toBe('OIDC_UNAVAILABLE');
  });
});
