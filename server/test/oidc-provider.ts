/**
 * A real OpenID Connect provider for tests (panva's oidc-provider) on a loopback port, with one
 * confidential client and accounts whose claims the test chooses; and a small browser (cookie jar,
 * redirects, the provider's development login and consent forms) that drives the full code flow
 * over HTTP.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_CLIENT = { id: 'partner-hub-test', secret: 'a-test-client-secret-of-enough-length' };

export interface TestProvider {
  issuer: string;
  /** Claims per account id (the login typed at the provider): change them between sign-ins. */
  accounts: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

/** A port free on 127.0.0.1 now (to tell the provider the hub's redirect URL before the hub starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startTestProvider(options: { redirectUris: string[] }): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // The hub must send a PKCE challenge, whatever the client kind.
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    features: { devInteractions: { enabled: true } },
    jwks: { keys: [{ ...signingKey, kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['a-test-cookie-key-not-for-production'] },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount(_ctx, id) {
      const claims = accounts.get(id);
      if (!claims) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...claims }) };
    },
  });
  // An unexpected server error of the provider goes to the test's output, not silently to a 500 page.
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider server_error', error));
  // Koa's handler answers its own errors (an error page), so its promise needs no handling here.
  const handler = provider.callback();
  server.on('request', (req, res) => void handler(req, res));

  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A browser as far as the flow needs: one cookie jar per host and port, redirects followed by hand. */
export class FlowBrowser {
  readonly jar = new Map<string, Map<string, string>>();
  /** Every URL requested, in order. */
  readonly visited: string[] = [];

  private cookiesOf(url: URL): Map<string, string> {
    let c = this.jar.get(url.host);
    if (!c) this.jar.set(url.host, (c = new Map()));
    return c;
  }

  cookie(url: string, name: string): string | undefined {
    return this.cookiesOf(new URL(url)).get(name);
  }

  setCookie(url: string, name: string, value: string | undefined) {
    if (value === undefined) this.cookiesOf(new URL(url)).delete(name);
    else this.cookiesOf(new URL(url)).set(name, value);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    this.visited.push(target.href);
    const cookies = [...this.cookiesOf(target)].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), accept: 'text/html' },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]) < new Date()));
      if (expired || value === '') this.cookiesOf(target).delete(name);
      else this.cookiesOf(target).set(name, value);
    }
    return res;
  }

  /** Follows redirects from `url` until an answer that is not a redirect, or a URL `stop` accepts (not requested). */
  async follow(url: string, stop: (u: URL) => boolean = () => false, init?: { form?: Record<string, string> }): Promise<{ url: string; response?: Response }> {
    let current = url;
    let res = await this.request(current, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, response: res };
      current = new URL(location, current).href;
      if (stop(new URL(current))) return { url: current };
      res = await this.request(current);
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/** Fills the provider's development login and consent forms for `login`; returns the hub callback URL it sends the browser to. */
export async function signInAtProvider(browser: FlowBrowser, startUrl: string, login: string, hubOrigin: string): Promise<string> {
  const atHub = (u: URL) => u.origin === hubOrigin;
  // The hub sends the browser to the provider (stop there: the hub's answer is what we follow).
  let step = await browser.follow(startUrl, (u) => !atHub(u));
  if (atHub(new URL(step.url))) throw new Error(`the hub did not send the browser to the provider: ${step.url}`);
  step = await browser.follow(step.url, atHub);
  for (let forms = 0; forms < 3 && step.response; forms++) {
    const html = await step.response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no interaction form at ${step.url}: ${html.slice(0, 300)}`);
    const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    step = await browser.follow(new URL(action.replace(/&amp;/g, '&'), step.url).href, atHub, { form });
  }
  if (step.response) throw new Error(`the provider did not send the browser back: ${step.url} answered ${step.response.status}`);
  return step.url;
}
