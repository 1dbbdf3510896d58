// A local OpenID Connect provider (panva's oidc-provider) standing in for Fedasil's directory:
// for the end-to-end journeys (started by playwright.config.ts) and to try staff sign-in by hand
// (README, "Staff sign-in with OpenID Connect"). Loopback only, in memory, with its own plain login
// and consent pages (nothing loaded from elsewhere): type one of the logins below (any password),
// then press Continue.
//
//   OIDC_PROVIDER_PORT  port on 127.0.0.1 (default 4174); the issuer is http://127.0.0.1:PORT
//   HUB_URLS            comma-separated public URLs of hubs that may use it (default http://localhost:4000,http://localhost:5173)
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const LOCAL_CLIENT = { id: 'partner-hub-local', secret: 'local-client-secret-not-for-production' };

/** Logins of the development login page and the claims they sign in with. */
const LOCAL_ACCOUNTS = {
  'fedasil.admin': { email: 'admin@partnerhub.example', email_verified: true, name: 'Anna Peeters' },
  'fedasil.contact': { email: 'contact@partnerhub.example', email_verified: true, name: 'Koen Janssens' },
  'fedasil.deputy': { email: 'deputy@partnerhub.example', email_verified: true, name: 'Sofie Maes' },
  // Refused by the hub: a partner's address, an address the directory has not verified, and nobody.
  'partner.coordinator': { email: 'coordinator@partnerhub.example', email_verified: true, name: 'Lotte Claes' },
  'unverified.deputy': { email: 'deputy@partnerhub.example', email_verified: false, name: 'Sofie Maes' },
  'fedasil.newcomer': { email: 'newcomer@partnerhub.example', email_verified: true, name: 'New Comer' },
};

const port = Number(process.env.OIDC_PROVIDER_PORT ?? 4174);
const hubs = (process.env.HUB_URLS ?? 'http://localhost:4000,http://localhost:5173')
  .split(',')
  .map((u) => u.trim().replace(/\/$/, ''))
  .filter(Boolean);
const issuer = `http://127.0.0.1:${port}`;
const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: LOCAL_CLIENT.id,
      client_secret: LOCAL_CLIENT.secret,
      redirect_uris: hubs.map((hub) => `${hub}/auth/oidc/callback`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  jwks: { keys: [{ ...signingKey, kid: 'local-key', alg: 'RS256', use: 'sig' }] },
  cookies: { keys: ['local-cookie-key-not-for-production'] },
  ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  async findAccount(_ctx, id) {
    const claims = LOCAL_ACCOUNTS[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)} - Local Fedasil directory</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.75rem 0}input{display:block;width:100%;padding:.4rem}button{padding:.5rem 1rem;margin-top:.5rem}.error{color:#a40000}</style>
</head><body><p>Local Fedasil directory (development)</p><h1>${escape(title)}</h1>${body}</body></html>`;

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/** The login and consent pages of an interaction (the provider sends the browser here). */
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const html = (title, body) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page(title, body));
  };
  const loginForm = (error) =>
    html(
      'Sign in',
      `${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}<form method="post" action="/interaction/${uid}/login">
<label>Login <input name="login" autocomplete="off" required autofocus></label>
<label>Password <input name="password" type="password" required></label>
<button type="submit">Sign in</button></form>
<p>Logins: ${Object.keys(LOCAL_ACCOUNTS).map(escape).join(', ')}</p>
<p><a href="/interaction/${uid}/abort">Cancel</a></p>`,
    );

  if (req.method === 'GET' && action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'login') {
    const login = (await readForm(req)).get('login')?.trim() ?? '';
    if (!Object.hasOwn(LOCAL_ACCOUNTS, login)) return loginForm(`Unknown login "${login}"`);
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'confirm') {
    const { prompt, grantId, session, params } = details;
    const grant = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }
  if (details.prompt.name === 'login') return loginForm();
  return html(
    'Share your details with Partner Hub?',
    `<p>Partner Hub asks for: ${escape([...(details.prompt.details.missingOIDCScope ?? [])].join(', ') || 'confirmation')}.</p>
<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Continue</button></form>
<p><a href="/interaction/${uid}/abort">Cancel</a></p>`,
  );
}

const callback = provider.callback();
const server = createServer((req, res) => {
  const m = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/.exec(new URL(req.url, issuer).pathname);
  if (!m) return callback(req, res);
  interaction(req, res, m[1], m[2]).catch((error) => {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`This sign-in can no longer go on (${error.message}). Start again from Partner Hub.`);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`OIDC provider at ${issuer} for ${hubs.join(', ')} (client ${LOCAL_CLIENT.id})`));
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
