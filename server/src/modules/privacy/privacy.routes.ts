import { once } from 'node:events';
import type { MikroORM } from '@mikro-orm/core';
import { LOCALES, type Locale } from '@partner-hub/shared';
import archiver from 'archiver';
import type { Express, Request, Response } from 'express';
import { type AppServices, createContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../auth/index.js';
import { contentDisposition } from '../document/index.js';
import type { DocumentStorage } from '../document/index.js';
import { type Archive, accountArchive, householdArchive } from './privacy.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** Writes the archive as a ZIP stream: entries one after the other, each document read from the store only when its turn comes. */
async function streamZip(res: Response, storage: DocumentStorage, archive: Archive): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  failed.catch(() => undefined);
  zip.pipe(res);
  for (const entry of archive.entries) {
    const added = once(zip, 'entry');
    if ('text' in entry) zip.append(entry.text, { name: entry.name });
    else {
      const stream = await storage.get(entry.storageKey).catch(() => null);
      // A file missing from the store is named in the archive rather than failing the whole export.
      if (stream) zip.append(stream, { name: entry.name });
      else zip.append('This file is no longer in the document store.\n', { name: `${entry.name}.missing.txt` });
    }
    await Promise.race([added, failed]);
  }
  await Promise.race([zip.finalize(), failed]);
}

/**
 * Subject access exports as streamed ZIP files (session cookie): a household or one member (admins)
 * at /privacy/households/:id/export.zip?member=&lang=, and one's own account data at
 * /privacy/me/export.zip?lang=. The length is not known in advance (the ZIP is written as it
 * goes); X-Partner-Hub-Estimated-Bytes gives the uncompressed size, for a progress bar.
 */
export function registerPrivacyRoutes(app: Express, orm: MikroORM, services: AppServices, storage: DocumentStorage) {
  const { config, logger } = services;

  const contextFor = async (req: Request) => {
    const em = orm.em.fork();
    const viewer = await viewerFromToken(em, config.sessionSecret, sessionTokenFromCookieHeader(req.headers.cookie));
    return createContext({ viewer, em, ip: req.ip ?? 'unknown', cookies: null, app: services });
  };

  const localeOf = (req: Request, fallback: Locale): Locale => {
    const lang = typeof req.query.lang === 'string' ? req.query.lang : '';
    return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : fallback;
  };

  /** `?member=`: one member's id, or null for the whole household. Given twice or as an object it names no member (404). */
  const memberOf = (req: Request): string | null => {
    const member = req.query.member;
    if (member === undefined || typeof member === 'string') return member || null;
    return JSON.stringify(member);
  };

  const send = (build: (req: Request, ctx: Awaited<ReturnType<typeof contextFor>>) => Promise<Archive>) => async (req: Request, res: Response) => {
    try {
      const ctx = await contextFor(req);
      const archive = await build(req, ctx);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', contentDisposition('attachment', archive.filename));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Partner-Hub-Estimated-Bytes', String(archive.estimatedBytes));
      await streamZip(res, storage, archive);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
      // Only the error's kind is logged: an export is full of personal data.
      if (!(error instanceof AppError)) logger.error('privacy export failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (!res.headersSent) res.status(STATUS[code] ?? 500).json({ error: { code } });
      else res.destroy();
    }
  };

  app.get(
    '/privacy/households/:id/export.zip',
    send((req, ctx) => householdArchive(ctx, String(req.params.id), memberOf(req), localeOf(req, ctx.viewer?.language ?? 'nl'))),
  );
  app.get(
    '/privacy/me/export.zip',
    send((req, ctx) => accountArchive(ctx, localeOf(req, ctx.viewer?.language ?? 'nl'))),
  );
}
