import type { MikroORM } from '@mikro-orm/core';
import type { Express, Request, Response } from 'express';
import { type AppServices, type CookieJar, createContext } from '../../app/context.js';
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_MINUTES, finishStaffSignIn, OidcRefusal, startStaffSignIn } from './oidc.service.js';
import { parse as parseCookies } from 'cookie';

/** Where a refused sign-in lands: the sign-in page, which explains the code in the viewer's language. */
const refusedPath = (code: string) => `/sign-in?oidcError=${encodeURIComponent(code)}`;

/**
 * Staff sign-in with OpenID Connect: GET /auth/oidc/start sends the browser to the provider,
 * GET /auth/oidc/callback is where the provider sends it back. Both answer with redirects only:
 * into the hub on success, to the sign-in page with a reason otherwise. `sessionCookies` is the
 * session cookie jar GraphQL's signIn uses, so both sign-ins set the very same cookie.
 */
export function registerOidcRoutes(app: Express, orm: MikroORM, services: AppServices, sessionCookies: (res: Response) => CookieJar) {
  const { config, logger } = services;
  const flowCookie = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: FLOW_COOKIE_PATH };

  const refuse = (req: Request, res: Response, error: unknown) => {
    const refusal = error instanceof OidcRefusal ? error : new OidcRefusal('OIDC_FAILED', String(error));
    const detail = error instanceof OidcRefusal ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (error instanceof OidcRefusal) logger.warn('staff sign-in refused', { code: refusal.code, reason: detail, ip: req.ip });
    else logger.error('staff sign-in failed', { error: detail });
    res.redirect(303, refusedPath(refusal.code));
  };

  app.get('/auth/oidc/start', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { url, sealedFlow } = await startStaffSignIn(config, req.query.returnTo);
      res.cookie(FLOW_COOKIE, sealedFlow, { ...flowCookie, maxAge: FLOW_MINUTES * 60_000 });
      res.redirect(303, url.href);
    } catch (error) {
      refuse(req, res, error);
    }
  });

  app.get('/auth/oidc/callback', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    // The flow is used once, whatever happens next.
    const sealed = parseCookies(req.headers.cookie ?? '')[FLOW_COOKIE];
    res.clearCookie(FLOW_COOKIE, flowCookie);
    try {
      const query = new URL(req.originalUrl, 'http://hub.invalid').searchParams;
      const ctx = createContext({ viewer: null, em: orm.em.fork(), ip: req.ip ?? 'unknown', cookies: sessionCookies(res), app: services });
      const { user, returnTo, linked } = await finishStaffSignIn(ctx, query, sealed);
      logger.info('staff signed in with OIDC', { userId: user.id, linkedNow: linked, ip: req.ip });
      res.redirect(303, returnTo);
    } catch (error) {
      refuse(req, res, error);
    }
  });
}
