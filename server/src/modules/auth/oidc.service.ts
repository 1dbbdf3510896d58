/**
 * Fedasil staff sign-in with OpenID Connect: the authorization code flow with PKCE, state and
 * nonce (openid-client), then the identity is matched to an existing staff account (by issuer and
 * subject once linked, by verified email the first time) and the same session as a password
 * sign-in is started. Nobody gets an account by signing in here.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { ErrorCode } from '@partner-hub/shared';
import * as oidcClient from 'openid-client';
import type { Context } from '../../app/context.js';
import type { Config, OidcConfig } from '../../config.js';
import { User } from '../user/user.entity.js';
import { accountMayUseOidc, type IdentityClaims, isStaffIdentity, verifiedEmail } from './oidc.policy.js';
import { startSession } from './session.service.js';

/** The browser's proof of the flow it started: a short-lived cookie, sealed with the session secret. */
export const FLOW_COOKIE = 'ph_oidc';
export const FLOW_COOKIE_PATH = '/auth/oidc';
/** How long a started sign-in may take at the provider. */
export const FLOW_MINUTES = 10;

/** A refused or failed staff sign-in; the callback sends the browser to the sign-in page with the code. */
export class OidcRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** Epoch ms when the flow started. */
  at: number;
}

// ---------------------------------------------------------------------------------------------
// The provider's configuration, discovered once per process (again after a failure)
// ---------------------------------------------------------------------------------------------

const discovered = new WeakMap<OidcConfig, Promise<oidcClient.Configuration>>();

function isLoopbackUrl(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

export function providerConfiguration(oidc: OidcConfig): Promise<oidcClient.Configuration> {
  let found = discovered.get(oidc);
  if (!found) {
    const issuer = new URL(oidc.issuer);
    // Plain HTTP is accepted only for a provider on this machine (config.ts refuses any other).
    const execute = issuer.protocol === 'http:' && isLoopbackUrl(issuer) ? [oidcClient.allowInsecureRequests] : [];
    const auth = oidc.clientSecret ? oidcClient.ClientSecretBasic(oidc.clientSecret) : oidcClient.None();
    found = oidcClient.discovery(issuer, oidc.clientId, oidc.clientSecret ? { client_secret: oidc.clientSecret } : undefined, auth, { execute, timeout: 10 });
    found.catch(() => discovered.delete(oidc));
    discovered.set(oidc, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The flow cookie: AES-256-GCM with a key derived from the session secret
// ---------------------------------------------------------------------------------------------

function flowKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('partner-hub oidc flow cookie').digest();
}

export function sealFlow(secret: string, flow: Flow): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', flowKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** The flow a cookie holds; null when absent, tampered with, or older than FLOW_MINUTES. */
export function openFlow(secret: string, sealed: string | undefined, now = Date.now()): Flow | null {
  if (!sealed) return null;
  const [iv, body, tag] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !body || !tag || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', flowKey(secret), iv);
    decipher.setAuthTag(tag);
    const flow = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as Flow;
    if (typeof flow.at !== 'number' || now - flow.at > FLOW_MINUTES * 60_000 || now < flow.at - 60_000) return null;
    return flow;
  } catch {
    return null;
  }
}

/** Only a path of this site (no `//host`, no `/\host`), never back to the sign-in page. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])/.test(value) || value.length > 2000 || value.startsWith('/sign-in') || value.startsWith('/auth/')) return '/';
  return value;
}

// ---------------------------------------------------------------------------------------------
// Start and finish
// ---------------------------------------------------------------------------------------------

/** Begins a sign-in: the provider's authorization URL and the sealed flow for the cookie. */
export async function startStaffSignIn(config: Config, returnTo: unknown): Promise<{ url: URL; sealedFlow: string }> {
  const oidc = config.oidc;
  if (!oidc) throw new OidcRefusal('OIDC_NOT_CONFIGURED', 'Sign-in with a Fedasil account is not set up on this hub');
  let provider: oidcClient.Configuration;
  try {
    provider = await providerConfiguration(oidc);
  } catch (error) {
    throw new OidcRefusal('OIDC_UNAVAILABLE', `The sign-in provider cannot be reached: ${String(error)}`);
  }
  const flow: Flow = {
    state: oidcClient.randomState(),
    nonce: oidcClient.randomNonce(),
    verifier: oidcClient.randomPKCECodeVerifier(),
    returnTo: safeReturnPath(returnTo),
    at: Date.now(),
  };
  const url = oidcClient.buildAuthorizationUrl(provider, {
    redirect_uri: oidc.redirectUrl,
    scope: oidc.scopes,
    response_type: 'code',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidcClient.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  });
  return { url, sealedFlow: sealFlow(config.sessionSecret, flow) };
}

/** What openid-client's errors mean to the person signing in. */
function refusalOf(error: unknown): OidcRefusal {
  if (error instanceof OidcRefusal) return error;
  if (error instanceof oidcClient.AuthorizationResponseError) {
    return error.error === 'access_denied'
      ? new OidcRefusal('OIDC_CANCELLED', `The provider answered access_denied: ${error.error_description ?? ''}`)
      : new OidcRefusal('OIDC_FAILED', `The provider answered ${error.error}: ${error.error_description ?? ''}`);
  }
  // invalid_grant (a code used twice or expired), a bad ID token (nonce, signature, audience), ...
  return new OidcRefusal('OIDC_FAILED', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/**
 * Completes a sign-in from the provider's redirect: checks the state against the flow cookie,
 * exchanges the code (PKCE verifier, nonce), reads the claims (ID token and UserInfo), finds the
 * staff account and starts a session (one flush: link and session together). Throws OidcRefusal.
 */
export async function finishStaffSignIn(ctx: Context, query: URLSearchParams, sealedFlow: string | undefined): Promise<{ user: User; returnTo: string; linked: boolean }> {
  const oidc = ctx.app.config.oidc;
  if (!oidc) throw new OidcRefusal('OIDC_NOT_CONFIGURED', 'Sign-in with a Fedasil account is not set up on this hub');
  const flow = openFlow(ctx.app.config.sessionSecret, sealedFlow);
  // No flow in this browser (never started, expired, already finished), or another flow's answer.
  if (!flow || query.get('state') !== flow.state) throw new OidcRefusal('OIDC_STATE_MISMATCH', 'The answer does not belong to a sign-in started in this browser');

  let claims: IdentityClaims;
  let provider: oidcClient.Configuration;
  try {
    provider = await providerConfiguration(oidc);
  } catch (error) {
    throw new OidcRefusal('OIDC_UNAVAILABLE', `The sign-in provider cannot be reached: ${String(error)}`);
  }
  try {
    const currentUrl = new URL(oidc.redirectUrl);
    currentUrl.search = query.toString();
    const tokens = await oidcClient.authorizationCodeGrant(provider, currentUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    // Providers that follow the core spec strictly put profile and email claims only in UserInfo.
    if (provider.serverMetadata().userinfo_endpoint && tokens.access_token) {
      const userInfo = await oidcClient.fetchUserInfo(provider, tokens.access_token, idClaims.sub);
      claims = { ...userInfo, ...idClaims, email: userInfo.email ?? idClaims.email, email_verified: userInfo.email_verified ?? idClaims.email_verified };
    }
  } catch (error) {
    throw refusalOf(error);
  }

  const issuer = provider.serverMetadata().issuer;
  const { user, linked } = await staffAccountFor(ctx, oidc, issuer, claims);
  startSession(ctx, user);
  await ctx.em.flush();
  return { user, returnTo: flow.returnTo, linked };
}

/** The staff account an identity signs in to; links it on first use. Nothing is created. */
export async function staffAccountFor(ctx: Context, oidc: OidcConfig, issuer: string, claims: IdentityClaims): Promise<{ user: User; linked: boolean }> {
  const known = await ctx.em.findOne(User, { oidcIssuer: issuer, oidcSubject: claims.sub });
  if (known) {
    if (known.removedAt) throw new OidcRefusal('OIDC_UNKNOWN_ACCOUNT', 'The account linked to this identity was removed');
    if (!accountMayUseOidc(known)) throw new OidcRefusal('OIDC_ACCOUNT_NOT_STAFF', 'This account does not sign in with a Fedasil account');
    if (!isStaffIdentity(oidc, claims)) throw new OidcRefusal('OIDC_NOT_STAFF_IDENTITY', 'The provider does not list this identity as Fedasil staff');
    return { user: known, linked: false };
  }
  const email = verifiedEmail(claims);
  if (!email) throw new OidcRefusal('OIDC_EMAIL_NOT_VERIFIED', 'The provider did not confirm a verified email address for this identity');
  if (!isStaffIdentity(oidc, claims)) throw new OidcRefusal('OIDC_NOT_STAFF_IDENTITY', 'The provider does not list this identity as Fedasil staff');
  const user = await ctx.em.findOne(User, { email, removedAt: null });
  if (!user) throw new OidcRefusal('OIDC_UNKNOWN_ACCOUNT', 'No account of the hub has this email address');
  if (!accountMayUseOidc(user)) throw new OidcRefusal('OIDC_ACCOUNT_NOT_STAFF', 'This account does not sign in with a Fedasil account');
  // Linked to another identity of the same provider: refused (someone changed their address?).
  // A link to another issuer is replaced: only the configured provider can sign in anyway.
  if (user.oidcIssuer === issuer && user.oidcSubject && user.oidcSubject !== claims.sub) {
    throw new OidcRefusal('OIDC_ACCOUNT_LINKED_ELSEWHERE', 'This account is linked to another identity of the provider');
  }
  user.oidcIssuer = issuer;
  user.oidcSubject = claims.sub;
  return { user, linked: true };
}
