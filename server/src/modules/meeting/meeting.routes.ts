import type { MikroORM } from '@mikro-orm/core';
import type { Express, Request } from 'express';
import { type AppServices, createContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../auth/index.js';
import { calendarFeedBody, meetingInvite } from './calendar.service.js';

/**
 * Calendar routes: a meeting's invite (session cookie, same policy as the `meeting` query) and a
 * user's private feed (the secret in the URL is the only credential; anything wrong is a bare 404).
 */
export function registerMeetingRoutes(app: Express, orm: MikroORM, services: AppServices) {
  const { config, logger } = services;

  const contextFor = async (req: Request, withSession: boolean) => {
    const em = orm.em.fork();
    const viewer = withSession ? await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie)) : null;
    return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: null, app: services });
  };

  app.get('/meetings/:id/invite.ics', async (req, res) => {
    try {
      const ctx = await contextFor(req, true);
      const { filename, body } = await meetingInvite(ctx, req.params.id);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') logger.error('meeting invite failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }[code as string] ?? 500;
      res.status(status).json({ error: { code } });
    }
  });

  app.get('/calendar/:file', async (req, res) => {
    const match = /^(.+)\.ics$/.exec(req.params.file);
    try {
      const body = match ? await calendarFeedBody(await contextFor(req, false), match[1]) : null;
      if (body === null) {
        res.status(404).type('text').send('Not found');
        return;
      }
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.send(body);
    } catch (error) {
      logger.error('calendar feed failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      res.status(500).type('text').send('Error');
    }
  });
}
