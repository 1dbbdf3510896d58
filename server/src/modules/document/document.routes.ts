import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../../app/context.js';
import { createContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../auth/index.js';
import { openDownload, prepareUpload, receiveFile } from './document.service.js';
import { type DocumentStorage, LocalDiskStorage, S3Storage } from './storage.js';

export function createStorage(config: AppServices['config']): DocumentStorage {
  const s = config.documentStorage;
  return s.kind === 's3' ? new S3Storage(s) : new LocalDiskStorage(s.root);
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  FILE_MISSING: 400,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
};

/** The name in Content-Disposition: ASCII fallback plus the UTF-8 form (RFC 6266 / 5987). */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'document';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Types a browser may show inline (a preview): never HTML or SVG, which could run script. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);

/**
 * Upload (multipart, streamed, never base64 in GraphQL) and download of documents. Both use the
 * session cookie and the document policy. An upload must carry the `X-Partner-Hub-Upload`
 * header, which a cross-site form cannot send, and a same-site Origin.
 */
export function registerDocumentRoutes(app: Express, orm: MikroORM, services: AppServices, storage: DocumentStorage) {
  const { config, logger } = services;
  const tmpDir = path.join(config.dataDir, 'tmp-uploads');

  const contextFor = async (req: Request) => {
    const em = orm.em.fork();
    const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
    return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: null, app: services });
  };

  const fail = (res: Response, error: unknown) => {
    const code = error instanceof AppError ? error.code : 'UPLOAD_FAILED';
    if (!(error instanceof AppError)) logger.error('document request failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    if (!res.headersSent)
      res.status(STATUS[code] ?? 500).json({ error: { code, message: error instanceof AppError ? error.message : 'The upload failed', ...(error instanceof AppError ? error.extensions : {}) } });
  };

  app.post('/documents', async (req, res) => {
    try {
      if (req.get('x-partner-hub-upload') !== '1') throw new AppError('FORBIDDEN', 'Missing upload header');
      const origin = req.get('origin');
      if (origin && new URL(origin).host !== req.get('host')) throw new AppError('FORBIDDEN', 'Cross-site upload refused');
      const ctx = await contextFor(req);
      const q = req.query as Record<string, string | undefined>;
      const prepared = await prepareUpload(ctx, {
        target: { partnershipId: q.partnershipId, householdId: q.householdId, threadId: q.threadId, meetingId: q.meetingId },
        documentId: q.documentId,
        category: q.category,
      });
      // Refuse at once what is surely too large (the multipart envelope adds a few hundred bytes),
      // rather than reading the whole body first.
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > config.uploadLimitBytes + 64 * 1024) {
        throw new AppError('FILE_TOO_LARGE', 'The file is larger than allowed', { limitBytes: config.uploadLimitBytes });
      }

      const document = await new Promise<Awaited<ReturnType<typeof receiveFile>>>((resolve, reject) => {
        let parser: busboy.Busboy;
        try {
          parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: config.uploadLimitBytes, fields: 10 } });
        } catch {
          reject(new AppError('FILE_MISSING', 'Send the file as multipart/form-data'));
          return;
        }
        let gotFile = false;
        parser.on('file', (_field, stream, info) => {
          if (gotFile) {
            stream.resume();
            return;
          }
          gotFile = true;
          let truncated = false;
          stream.on('limit', () => (truncated = true));
          receiveFile(ctx, storage, tmpDir, { stream, filename: info.filename ?? 'document', truncated: () => truncated }, prepared).then(resolve, reject);
        });
        parser.on('close', () => {
          if (!gotFile) reject(new AppError('FILE_MISSING', 'No file was sent'));
        });
        parser.on('error', reject);
        // A cancelled upload: the browser closes the connection before the body ends.
        req.on('aborted', () => parser.destroy(new AppError('UPLOAD_FAILED', 'The upload was cancelled')));
        req.pipe(parser);
      });
      res.status(201).json({ document: { id: document.id, name: document.name, category: document.category } });
    } catch (error) {
      fail(res, error);
    }
  });

  app.get('/documents/:id/download', async (req, res) => {
    try {
      const ctx = await contextFor(req);
      const version = req.query.version ? Number(req.query.version) : undefined;
      const { version: v, stream } = await openDownload(ctx, storage, String(req.params.id), Number.isInteger(version) ? version : undefined);
      const inline = req.query.inline === '1' && PREVIEWABLE.has(v.contentType);
      res.setHeader('Content-Type', v.contentType);
      res.setHeader('Content-Length', String(v.size));
      res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', v.originalName));
      res.setHeader('Cache-Control', 'private, no-store');
      if (inline) {
        // The preview may be framed by the hub's own pages, and runs nothing.
        res.setHeader('X-Frame-Options', 'SAMEORIGIN');
        res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self'");
      }
      stream.on('error', (error) => fail(res, error));
      stream.pipe(res);
    } catch (error) {
      // Not allowed and not there look the same.
      if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
        fail(res, error.code === 'UNAUTHENTICATED' ? error : new AppError('NOT_FOUND', 'Not found'));
        return;
      }
      fail(res, error);
    }
  });
}
