import type { MikroORM } from '@mikro-orm/core';
import express, { type Express, type Response } from 'express';
import type { AppServices } from '../../app/context.js';
import { applyUnsubscribe, readUnsubscribe } from './mail.service.js';
import { FRAME, UNSUBSCRIBE_PAGE } from './mail.templates.js';
import type { Locale } from '@partner-hub/shared';
import type { UnsubscribeTarget } from './mail.links.js';

/** An invalid link names nobody: its page is in English. */
const DEFAULT_LOCALE_FALLBACK: Locale = 'en';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function page(res: Response, status: number, lang: Locale, body: string) {
  const words = UNSUBSCRIBE_PAGE[lang];
  res
    .status(status)
    .type('html')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(words.title)} · Partner Hub</title></head>` +
        `<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;line-height:1.5"><h1>${escapeHtml(words.title)}</h1>${body}</body></html>`,
    );
}

const what = (lang: Locale, target: UnsubscribeTarget) => (target === 'DIGEST' ? UNSUBSCRIBE_PAGE[lang].digest : FRAME[lang].kindName(target));

/**
 * One-click unsubscribe, no sign-in: the signed token in the path is the only credential and names
 * one person and one kind. GET shows a button (a link checker opening the mail stops nothing);
 * POST stops it, as RFC 8058 mail clients do with "List-Unsubscribe=One-Click".
 */
export function registerMailRoutes(app: Express, orm: MikroORM, services: AppServices) {
  const { config, logger } = services;
  const fail = (res: Response, error: unknown) => {
    logger.error('unsubscribe failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    res.status(500).type('text').send('Error');
  };

  app.get('/unsubscribe/:token', async (req, res) => {
    try {
      const found = await readUnsubscribe(orm.em.fork(), config.sessionSecret, req.params.token);
      if (!found) return page(res, 404, DEFAULT_LOCALE_FALLBACK, `<p>${escapeHtml(UNSUBSCRIBE_PAGE[DEFAULT_LOCALE_FALLBACK].invalid)}</p>`);
      const words = UNSUBSCRIBE_PAGE[found.language];
      page(
        res,
        200,
        found.language,
        `<p>${escapeHtml(words.ask(what(found.language, found.target)))}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(words.button)}</button></form>`,
      );
    } catch (error) {
      fail(res, error);
    }
  });

  app.post('/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    try {
      const done = await applyUnsubscribe(orm.em.fork(), config.sessionSecret, req.params.token);
      if (!done) return page(res, 404, DEFAULT_LOCALE_FALLBACK, `<p>${escapeHtml(UNSUBSCRIBE_PAGE[DEFAULT_LOCALE_FALLBACK].invalid)}</p>`);
      const words = UNSUBSCRIBE_PAGE[done.language];
      page(res, 200, done.language, `<p>${escapeHtml(words.done(what(done.language, done.target)))}</p><p><a href="/notifications">${escapeHtml(words.settings)}</a></p>`);
    } catch (error) {
      fail(res, error);
    }
  });
}
