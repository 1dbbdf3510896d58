import type { MikroORM } from '@mikro-orm/core';
import { HOUSEHOLD_FLAGS, HOUSEHOLD_IMPORT_MAX_BYTES, type HouseholdFlag } from '@partner-hub/shared';
import busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import { type AppServices, createContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../auth/index.js';
import { loadPartnership } from '../partnership/index.js';
import { checkFollowsHouseholds, partnershipProgramme } from '../programme/index.js';
import type { BoardSort } from '../progress/index.js';
import { boardTable, fundingTable, householdsTable, wordsFor } from './exports.js';
import { type ImportProgress, importHouseholds } from './household-import.js';
import { sendSheet } from './send-sheet.js';
import type { OutTable } from './sheet.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_MISSING: 400,
  IMPORT_HAS_ERRORS: 422,
  PROGRAMME_HAS_NO_HOUSEHOLDS: 409,
};
const statusOf = (code: string) => STATUS[code] ?? (code.startsWith('IMPORT_') || code === 'BAD_USER_INPUT' ? 400 : 500);

const SORTS: readonly BoardSort[] = ['NEXT_DUE', 'FLAGS', 'REFERENCE'];

/** Reads the one file of a multipart upload into memory, refusing more than `limit` bytes. */
function receiveUpload(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit, fields: 5 } });
    } catch {
      reject(new AppError('FILE_MISSING', 'Send the file as multipart/form-data'));
      return;
    }
    let file: Promise<Buffer> | null = null;
    parser.on('file', (_field, stream) => {
      if (file) {
        stream.resume();
        return;
      }
      file = new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('limit', () => fail(new AppError('FILE_TOO_LARGE', 'The file is larger than allowed', { limitBytes: limit })));
        stream.on('end', () => done(Buffer.concat(chunks)));
        stream.on('error', fail);
      });
    });
    parser.on('close', () => {
      if (file) file.then(resolve, reject);
      else reject(new AppError('FILE_MISSING', 'No file was sent'));
    });
    parser.on('error', reject);
    req.on('aborted', () => parser.destroy(new AppError('UPLOAD_FAILED', 'The upload was cancelled')));
    req.pipe(parser);
  });
}

/**
 * Household import (preview and import, multipart upload of one CSV or XLSX file) and the exports
 * of the board, a partnership's households and its funding statement as CSV or XLSX. All use the
 * session cookie and the policies of the screens they mirror: an import is registering households,
 * an export is reading what the screen shows.
 */
export function registerIoRoutes(app: Express, orm: MikroORM, services: AppServices, options: { importLimitBytes?: number } = {}) {
  const { config, logger } = services;
  const importLimit = options.importLimitBytes ?? HOUSEHOLD_IMPORT_MAX_BYTES;

  const contextFor = async (req: Request) => {
    const em = orm.em.fork();
    const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
    return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: null, app: services });
  };

  /** The status and JSON body of a refusal (an AppError's code and extensions), logging what is not one. */
  const refusal = (error: unknown, what: string) => {
    const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
    if (!(error instanceof AppError)) logger.error(`${what} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    const extensions = error instanceof AppError ? Object.fromEntries(Object.entries(error.extensions).filter(([k]) => k !== 'code')) : {};
    return { status: statusOf(code), body: { error: { code, ...extensions } } };
  };

  const fail = (res: Response, error: unknown, what: string) => {
    const { status, body } = refusal(error, what);
    if (res.headersSent) return;
    // A refused upload is answered at once; the rest of the body is not read.
    res.setHeader('Connection', 'close');
    res.status(status).json(body);
  };

  const exportRoute = (path: string, build: (req: Request, ctx: Awaited<ReturnType<typeof contextFor>>) => Promise<{ filename: string; table: OutTable }>) => {
    for (const format of ['csv', 'xlsx'] as const)
      app.get(`${path}.${format}`, async (req, res) => {
        try {
          const ctx = await contextFor(req);
          const built = await build(req, ctx);
          await sendSheet(res, format, built, wordsFor(ctx).locale);
        } catch (error) {
          fail(res, error, 'export');
        }
      });
  };

  exportRoute('/partnerships/:id/funding', (req, ctx) => fundingTable(ctx, String(req.params.id)));
  exportRoute('/partnerships/:id/households', (req, ctx) => householdsTable(ctx, String(req.params.id)));
  exportRoute('/board', (req, ctx) => {
    const q = req.query as Record<string, string | undefined>;
    const flag = HOUSEHOLD_FLAGS.includes(q.flag as HouseholdFlag) ? (q.flag as HouseholdFlag) : null;
    const sort = SORTS.includes(q.sort as BoardSort) ? (q.sort as BoardSort) : null;
    return boardTable(ctx, { partnershipId: q.partnership || null, flag, sort });
  });

  /**
   * With `Accept: application/x-ndjson` the answer is a stream of JSON lines once the file has been
   * read: `{"progress":{"done","total"}}` as rows are checked (and written), then one last line with
   * the status the plain answer would have had and its body (`{"status":201,"import":…}`,
   * `{"status":422,"error":…}`). Refusals before the rows are read (sign-in, policy, size, columns)
   * are plain JSON answers with their status either way.
   */
  const importRoute = (path: string, commit: boolean) =>
    app.post(path, async (req, res) => {
      const streamed = (req.get('accept') ?? '').includes('application/x-ndjson');
      let streaming = false;
      const onProgress = (progress: ImportProgress) => {
        if (!streamed || res.writableEnded) return;
        if (!streaming) {
          streaming = true;
          res.status(200);
          res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
          res.setHeader('Cache-Control', 'private, no-store');
          // Proxies must pass each line on at once.
          res.setHeader('X-Accel-Buffering', 'no');
        }
        res.write(`${JSON.stringify({ progress })}\n`);
      };
      const answer = (status: number, body: Record<string, unknown>) => {
        if (streaming) res.end(`${JSON.stringify({ status, ...body })}\n`);
        else res.status(status).json(body);
      };
      try {
        if (req.get('x-partner-hub-upload') !== '1') throw new AppError('FORBIDDEN', 'Missing upload header');
        const origin = req.get('origin');
        if (origin && new URL(origin).host !== req.get('host')) throw new AppError('FORBIDDEN', 'Cross-site upload refused');
        const ctx = await contextFor(req);
        const partnershipId = String(req.params.id);
        // Who may not register households here, or where the programme follows no households, is refused before the file is read.
        await loadPartnership(ctx, partnershipId, 'registerHousehold');
        checkFollowsHouseholds(await partnershipProgramme(ctx, partnershipId));
        if (Number(req.get('content-length') ?? 0) > importLimit + 64 * 1024) throw new AppError('FILE_TOO_LARGE', 'The file is larger than allowed', { limitBytes: importLimit });
        const bytes = await receiveUpload(req, importLimit);
        const result = await importHouseholds(ctx, partnershipId, bytes, { commit, onProgress });
        if (!commit) answer(200, { preview: result });
        else if (result.errorCount > 0) answer(422, { error: { code: 'IMPORT_HAS_ERRORS', preview: result } });
        else answer(201, { import: result });
      } catch (error) {
        if (!streaming) fail(res, error, 'household import');
        else {
          const { status, body } = refusal(error, 'household import');
          answer(status, body);
        }
      }
    });

  importRoute('/partnerships/:id/households/import/preview', false);
  importRoute('/partnerships/:id/households/import', true);
}
