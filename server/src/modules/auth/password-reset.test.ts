/**
 * "Forgot password" by email: the same answer for any address, a single-use link hashed at rest,
 * coded errors for a used or expired link, every session ended, a weak password refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, DEMO, startTestHub, type TestHub } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../seeders/demo.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { RESETS_PER_HOUR } from './password-reset.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const VALID = `query($t: String!) { passwordResetValid(token: $t) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { email } }`;

const mailsTo = (to: string) => hub.orm.em.fork().find(OutboxMessage, { to, kind: 'PASSWORD_RESET' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
const tokenIn = (m: OutboxMessage) => /\/reset-password\/([\w-]+)/.exec(m.body)![1];

describe('requestPasswordReset', () => {
  it('answers the same for an account, an unknown address and a removed account; only the account gets a mail', async () => {
    const anonymous = hub.agent();
    const before = await hub.orm.em.fork().count(OutboxMessage, {});
    expect((await anonymous.ok(REQUEST, { e: '  Coordinator@PartnerHub.example ' })).requestPasswordReset).toBe(true);
    expect((await anonymous.ok(REQUEST, { e: 'nobody@nowhere.example' })).requestPasswordReset).toBe(true);
    expect((await anonymous.ok(REQUEST, { e: '' })).requestPasswordReset).toBe(true);
    expect(await hub.orm.em.fork().count(OutboxMessage, {})).toBe(before + 1);
    const [mail] = await mailsTo(DEMO.coordinator);
    expect(mail.subject).toBe('Nieuw wachtwoord voor Partner Hub');
    expect(mail.body).toMatch(/http:\/\/localhost:4000\/reset-password\/[\w-]{40,}/);
    expect(mail.html).toContain('lang="nl"');
    // Hashed at rest: the token of the mail is not in the table.
    const rows = await hub.orm.em.fork().find(PasswordReset, {});
    expect(rows.some((r) => r.tokenHash === tokenIn(mail))).toBe(false);
  });

  it('sends at most a few links an hour per account, answering the same', async () => {
    const anonymous = hub.agent();
    for (let i = 0; i < RESETS_PER_HOUR + 2; i++) expect((await anonymous.ok(REQUEST, { e: DEMO.otherVolunteer })).requestPasswordReset).toBe(true);
    expect(await mailsTo(DEMO.otherVolunteer)).toHaveLength(RESETS_PER_HOUR);
  });
});

describe('resetPassword', () => {
  it('sets the password once, ends the other sessions, signs this browser in; the link then is used', async () => {
    const elsewhere = await hub.as(DEMO.volunteer);
    await hub.agent().ok(REQUEST, { e: DEMO.volunteer });
    const token = tokenIn((await mailsTo(DEMO.volunteer)).at(-1)!);
    const browser = hub.agent();
    expect((await browser.ok(VALID, { t: token })).passwordResetValid).toBe(true);
    expect(codes(await browser.gql(RESET, { t: token, p: 'short' }))).toEqual(['PASSWORD_TOO_WEAK']);
    expect((await browser.ok(RESET, { t: token, p: 'a brand new long passphrase' })).resetPassword.email).toBe(DEMO.volunteer);
    expect((await browser.ok(`{ me { email } }`)).me.email).toBe(DEMO.volunteer);
    expect((await elsewhere.ok(`{ me { email } }`)).me).toBeNull();
    // The old password no longer works, the new one does.
    expect(codes(await hub.agent().gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, { e: DEMO.volunteer, p: DEMO_PASSWORD }))).toEqual(['INVALID_CREDENTIALS']);
    await hub.agent().signIn(DEMO.volunteer, 'a brand new long passphrase');
    // The owner is told by mail, in their language, with a way to react.
    const [changed, ...more] = await hub.orm.em.fork().find(OutboxMessage, { to: DEMO.volunteer, kind: 'PASSWORD_CHANGED' });
    expect(more).toEqual([]);
    expect(changed.subject).toBe('Je wachtwoord voor Partner Hub is gewijzigd');
    expect(changed.body).toContain('http://localhost:4000/forgot-password');
    // Single use.
    expect(codes(await hub.agent().gql(VALID, { t: token }))).toEqual(['PASSWORD_RESET_INVALID']);
    expect(codes(await hub.agent().gql(RESET, { t: token, p: 'yet another long passphrase' }))).toEqual(['PASSWORD_RESET_INVALID']);
  });

  it('refuses an expired link and an unknown one with their own codes; a newer link ends the older ones when used', async () => {
    const anonymous = hub.agent();
    await anonymous.ok(REQUEST, { e: DEMO.deputy });
    await anonymous.ok(REQUEST, { e: DEMO.deputy });
    const [older, newer] = (await mailsTo(DEMO.deputy)).map(tokenIn);
    await hub.orm.em.fork().nativeUpdate(PasswordReset, { user: { email: DEMO.deputy } }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codes(await anonymous.gql(VALID, { t: older }))).toEqual(['PASSWORD_RESET_EXPIRED']);
    expect(codes(await anonymous.gql(RESET, { t: older, p: 'a brand new long passphrase' }))).toEqual(['PASSWORD_RESET_EXPIRED']);
    expect(codes(await anonymous.gql(VALID, { t: 'not-a-token' }))).toEqual(['PASSWORD_RESET_INVALID']);

    await hub.orm.em.fork().nativeUpdate(PasswordReset, { user: { email: DEMO.deputy } }, { expiresAt: new Date(Date.now() + 3600_000) });
    await hub.agent().ok(RESET, { t: newer, p: 'a brand new long passphrase' });
    expect(codes(await anonymous.gql(VALID, { t: older }))).toEqual(['PASSWORD_RESET_INVALID']);
  });
});
