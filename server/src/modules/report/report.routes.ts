import type { MikroORM } from '@mikro-orm/core';
import { FIRST_STATEMENT_YEAR, PROGRAMME_CODES, type ProgrammeCode } from '@partner-hub/shared';
import type { Express, Request, Response } from 'express';
import { type AppServices, createContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../auth/index.js';
import { contentDisposition } from '../document/index.js';
import { type OutTable, sendSheet } from '../io/index.js';
import { loadMinutes, minutesPdf } from './minutes.js';
import { reportWords, yearlyMonthsTable, yearlyReportTable } from './report.exports.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, MINUTES_NOT_AVAILABLE: 409 };

/**
 * Downloads of the report module (session cookie, the policies of the screens): the yearly report's
 * partnerships and months tables as CSV or XLSX.
 */
export function registerReportRoutes(app: Express, orm: MikroORM, services: AppServices) {
  const { config, logger } = services;

  const contextFor = async (req: Request) => {
    const em = orm.em.fork();
    const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
    return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: null, app: services });
  };

  const fail = (res: Response, error: unknown, what: string) => {
    const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
    if (!(error instanceof AppError)) logger.error(`${what} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    if (res.headersSent) return;
    res.status(STATUS[code] ?? 500).json({ error: { code } });
  };

  const reportArgs = (req: Request): { programme: ProgrammeCode; year: number } => {
    const q = req.query as Record<string, string | undefined>;
    const programme = (q.programme ?? 'RESETTLEMENT') as ProgrammeCode;
    const year = Number(q.year);
    if (!PROGRAMME_CODES.includes(programme) || !Number.isInteger(year) || year < FIRST_STATEMENT_YEAR || year > 2100) throw new AppError('BAD_USER_INPUT', 'programme and year are required');
    return { programme, year };
  };

  const table = (path: string, build: typeof yearlyReportTable) => {
    for (const format of ['csv', 'xlsx'] as const)
      app.get(`${path}.${format}`, async (req, res) => {
        try {
          const ctx = await contextFor(req);
          const { programme, year } = reportArgs(req);
          const built: { filename: string; table: OutTable } = await build(ctx, programme, year);
          await sendSheet(res, format, built, reportWords(ctx).locale);
        } catch (error) {
          fail(res, error, 'report export');
        }
      });
  };

  table('/reports/yearly', yearlyReportTable);
  table('/reports/yearly-months', yearlyMonthsTable);

  // Minutes and evaluation of a meeting as a PDF: for those who see the meeting, once there are minutes.
  app.get('/meetings/:id/minutes.pdf', async (req, res) => {
    try {
      const ctx = await contextFor(req);
      const { content, available } = await loadMinutes(ctx, String(req.params.id));
      if (!available) throw new AppError('MINUTES_NOT_AVAILABLE', 'These minutes are not available yet');
      const pdf = await minutesPdf(content, reportWords(ctx).locale);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Type', 'application/pdf');
      const name =
        content.title
          .normalize('NFKD')
          .replace(/[^\w]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'minutes';
      res.setHeader('Content-Disposition', contentDisposition('inline', `${name}.pdf`));
      res.send(pdf);
    } catch (error) {
      fail(res, error, 'minutes pdf');
    }
  });
}
