import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentCategory } from '@partner-hub/shared';
import { fileTypeFromBuffer } from 'file-type';
import type { Context } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { recordHouseholdAccess } from '../audit/audit.service.js';
import { requireViewer } from '../auth/viewer.js';
import { Household } from '../household/household.entity.js';
import { loadHousehold } from '../household/household.service.js';
import { Partnership } from '../partnership/partnership.entity.js';
import type { PartnershipFacts } from '../partnership/partnership.policy.js';
import { loadPartnership, partnershipFacts } from '../partnership/partnership.service.js';
import { User } from '../user/user.entity.js';
import { Document, DocumentVersion } from './document.entity.js';
import { documentPolicy, isSensitive } from './document.policy.js';
import type { DocumentStorage } from './storage.js';

/** Where a document goes: a partnership, or a household (and so its partnership). */
export interface DocumentTarget {
  partnership: Partnership;
  household: Household | null;
  facts: PartnershipFacts;
}

/** Resolves and checks the target of an upload or a list: NOT_FOUND when the viewer does not see it. */
export async function loadTarget(ctx: Context, ids: { partnershipId?: string | null; householdId?: string | null }): Promise<DocumentTarget> {
  requireViewer(ctx);
  if (ids.householdId) {
    const household = await loadHousehold(ctx, ids.householdId);
    const partnership = (await ctx.loaders.partnership.load(household.partnership.id))!;
    return { partnership, household, facts: await partnershipFacts(ctx, partnership) };
  }
  if (!ids.partnershipId) throw new AppError('BAD_USER_INPUT', 'Say where the document belongs', { validationErrors: [{ field: 'partnershipId', constraints: ['isNotEmpty'] }] });
  const partnership = await loadPartnership(ctx, ids.partnershipId);
  return { partnership, household: null, facts: await partnershipFacts(ctx, partnership) };
}

async function factsOf(ctx: Context, d: Document): Promise<PartnershipFacts> {
  const p = await ctx.loaders.partnership.load(d.partnership.id);
  if (!p) throw notFound();
  return partnershipFacts(ctx, p);
}

/** Logs the view of a need-to-know document (identity, residence, medical). */
export async function logIfSensitive(ctx: Context, d: Document): Promise<void> {
  if (isSensitive(d.category) && d.household) await recordHouseholdAccess(ctx, d.household.id, `document:${d.id}`);
}

/** A document the viewer may see: NOT_FOUND otherwise (also when deleted). */
export async function loadDocument(ctx: Context, id: string, action: 'view' | 'manage' = 'view'): Promise<Document> {
  const viewer = requireViewer(ctx);
  const d = await ctx.em.findOne(Document, { id, deletedAt: null });
  if (!d) throw notFound();
  const facts = await factsOf(ctx, d);
  if (!documentPolicy.view(viewer, facts, d.category)) throw notFound();
  if (action === 'manage' && !documentPolicy.manage(viewer, facts, d.category, d.createdBy?.id ?? null)) throw forbidden();
  return d;
}

/** The documents of a partnership (its own, not its households') or of a household, newest first. */
export async function listDocuments(ctx: Context, ids: { partnershipId?: string | null; householdId?: string | null }): Promise<Document[]> {
  const target = await loadTarget(ctx, ids);
  const all = await ctx.em.find(Document, { partnership: target.partnership, household: target.household ?? null, deletedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const visible = all.filter((d) => documentPolicy.view(ctx.viewer, target.facts, d.category));
  await Promise.all(visible.map((d) => logIfSensitive(ctx, d)));
  return visible;
}

export function checkCategoryFits(category: DocumentCategory, onHousehold: boolean) {
  if (isSensitive(category) && !onHousehold) {
    throw new AppError('BAD_USER_INPUT', 'Identity, residence and medical papers belong to a household', { validationErrors: [{ field: 'category', constraints: ['householdOnly'] }] });
  }
}

export async function renameDocument(ctx: Context, id: string, name: string): Promise<Document> {
  const d = await loadDocument(ctx, id, 'manage');
  if (!name.trim()) throw new AppError('BAD_USER_INPUT', 'Give the document a name', { validationErrors: [{ field: 'name', constraints: ['isNotEmpty'] }] });
  d.name = safeName(name);
  await ctx.em.flush();
  return d;
}

export async function recategoriseDocument(ctx: Context, id: string, category: DocumentCategory): Promise<Document> {
  const d = await loadDocument(ctx, id, 'manage');
  checkCategoryFits(category, !!d.household);
  if (!documentPolicy.manage(ctx.viewer, await factsOf(ctx, d), category, d.createdBy?.id ?? null)) throw forbidden();
  d.category = category;
  await ctx.em.flush();
  return d;
}

/** Soft delete: who and when are kept; the document leaves lists and downloads. */
export async function deleteDocument(ctx: Context, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const d = await loadDocument(ctx, id, 'manage');
  d.deletedAt = new Date();
  d.deletedBy = ctx.em.getReference(User, viewer.id);
  await ctx.em.flush();
  return true;
}

export async function versionsOf(ctx: Context, d: Document): Promise<DocumentVersion[]> {
  return ctx.em.find(DocumentVersion, { document: d }, { orderBy: { number: 'desc' } });
}

// ----- Upload --------------------------------------------------------------------------------

export interface UploadRequest {
  target: { partnershipId?: string | null; householdId?: string | null };
  documentId?: string | null;
  category?: string | null;
}

export interface IncomingFile {
  stream: Readable;
  filename: string;
  /** Set by the parser when the stream was cut at the size limit. */
  truncated: () => boolean;
}

/** Checks everything that can be checked before reading the body: where, what, who. */
export async function prepareUpload(ctx: Context, request: UploadRequest): Promise<{ target: DocumentTarget; category: DocumentCategory; existing: Document | null }> {
  const viewer = requireViewer(ctx);
  let existing: Document | null = null;
  let target: DocumentTarget;
  let category: DocumentCategory;
  if (request.documentId) {
    existing = await loadDocument(ctx, request.documentId);
    target = await loadTarget(ctx, { partnershipId: existing.partnership.id, householdId: existing.household?.id });
    category = existing.category;
  } else {
    target = await loadTarget(ctx, request.target);
    if (!request.category || !DOCUMENT_CATEGORIES.includes(request.category as DocumentCategory)) {
      throw new AppError('BAD_USER_INPUT', 'Choose a category', { validationErrors: [{ field: 'category', constraints: ['isEnum'] }] });
    }
    category = request.category as DocumentCategory;
    checkCategoryFits(category, !!target.household);
  }
  if (!documentPolicy.upload(viewer, target.facts, category, !!target.household)) throw forbidden();
  return { target, category, existing };
}

/** A safe display name: no path, no control characters, at most 200 characters. */
export function safeName(filename: string): string {
  // Browsers escape these three in multipart file names (HTML spec); undo that first.
  const unescaped = filename.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  const base = unescaped.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').trim();
  return (cleaned || 'document').slice(0, 200);
}

/**
 * Streams one file to a temporary file while hashing it, then decides its type from its first
 * bytes and stores it under its hash. Nothing is left behind when the upload fails, is cancelled
 * (the stream errors) or is refused.
 */
export async function receiveFile(ctx: Context, storage: DocumentStorage, tmpDir: string, file: IncomingFile, prepared: Awaited<ReturnType<typeof prepareUpload>>): Promise<Document> {
  const viewer = requireViewer(ctx);
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let stored: { key: string; created: boolean } | null = null;
  try {
    file.stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < 4100) {
        head.push(chunk);
        headLength += chunk.length;
      }
    });
    await pipeline(file.stream, createWriteStream(tmp));
    if (file.truncated()) throw new AppError('FILE_TOO_LARGE', 'The file is larger than allowed', { limitBytes: ctx.app.config.uploadLimitBytes });
    if (size === 0) throw new AppError('FILE_MISSING', 'The file is empty');
    const type = await fileTypeFromBuffer(Buffer.concat(head));
    if (!type || !DOCUMENT_TYPES[type.mime]) throw new AppError('FILE_TYPE_NOT_ALLOWED', 'This kind of file is not accepted', { detected: type?.mime ?? null });
    const key = hash.digest('hex');
    stored = { key, ...(await storage.put(tmp, key, type.mime)) };

    const { target, category, existing } = prepared;
    const document = existing ?? ctx.em.create(Document, { partnership: target.partnership, household: target.household, name: safeName(file.filename), category, createdBy: ctx.em.getReference(User, viewer.id) });
    const last = existing ? await ctx.em.findOne(DocumentVersion, { document: existing }, { orderBy: { number: 'desc' } }) : null;
    ctx.em.create(DocumentVersion, {
      document,
      number: (last?.number ?? 0) + 1,
      storageKey: key,
      size,
      contentType: type.mime,
      originalName: safeName(file.filename),
      uploadedBy: ctx.em.getReference(User, viewer.id),
    });
    await ctx.em.flush();
    ctx.app.pubSub.publish('DOCUMENT_ADDED', { documentId: document.id, partnershipId: target.partnership.id, householdId: target.household?.id ?? null });
    return document;
  } catch (error) {
    file.stream.resume();
    if (stored?.created && !(await ctx.em.fork().count(DocumentVersion, { storageKey: stored.key }))) await storage.delete(stored.key).catch(() => undefined);
    throw error;
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The bytes of a version (the latest by default), for someone who may see the document; logged when need-to-know. */
export async function openDownload(ctx: Context, storage: DocumentStorage, documentId: string, versionNumber?: number) {
  const d = await loadDocument(ctx, documentId);
  const version = await ctx.em.findOne(DocumentVersion, versionNumber ? { document: d, number: versionNumber } : { document: d }, { orderBy: { number: 'desc' } });
  if (!version) throw notFound();
  await logIfSensitive(ctx, d);
  return { document: d, version, stream: await storage.get(version.storageKey) };
}
