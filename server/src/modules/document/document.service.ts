import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentCategory } from '@partner-hub/shared';
import DataLoader from 'dataloader';
import { fileTypeFromBuffer } from 'file-type';
import { type Context, inScratch, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { recordHouseholdAccess } from '../audit/index.js';
import { Household } from '../household/household.entity.js';
import { loadHousehold } from '../household/index.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { meetingLoaders } from '../meeting/index.js';
import type { MeetingFacts } from '../meeting/index.js';
import { loadMeetingWithFacts, meetingFacts } from '../meeting/index.js';
import type { Message, Thread } from '../messaging/messaging.entity.js';
import type { ThreadFacts } from '../messaging/index.js';
import { changeAttachmentOf, loadThread, messagingLoaders, threadFacts } from '../messaging/index.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { loadPartnership, type PartnershipFacts, partnershipFacts } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { Document, DocumentVersion } from './document.entity.js';
import { type DocumentPlace, documentPolicy, isSensitive } from './document.policy.js';
import type { DocumentStorage } from './storage.js';

/** Where a document goes: a partnership, a household (and so its partnership), a thread (a pending attachment) or a meeting. */
export interface DocumentTarget {
  partnership: Partnership;
  household: Household | null;
  facts: PartnershipFacts;
  thread?: { thread: Thread; facts: ThreadFacts } | null;
  meeting?: { meeting: Meeting; facts: MeetingFacts } | null;
}

export interface TargetIds {
  partnershipId?: string | null;
  householdId?: string | null;
  /** A message attachment, uploaded before the send that attaches it. */
  threadId?: string | null;
  meetingId?: string | null;
}

/** Resolves and checks the target of an upload or a list: NOT_FOUND when the viewer does not see it. */
export async function loadTarget(ctx: Context, ids: TargetIds): Promise<DocumentTarget> {
  requireViewer(ctx);
  if (ids.threadId) {
    const loaded = await loadThread(ctx, ids.threadId);
    const partnership = (await ctx.loaders.partnership.load(loaded.thread.partnership.id))!;
    const household = loaded.thread.household ? await loadHousehold(ctx, loaded.thread.household.id) : null;
    return { partnership, household, facts: loaded.facts.partnership, thread: loaded };
  }
  if (ids.meetingId) {
    const loaded = await loadMeetingWithFacts(ctx, ids.meetingId);
    const [partnership] = await meetingLoaders(ctx).partnerships(loaded.meeting);
    if (!partnership) throw notFound();
    return { partnership, household: null, facts: await partnershipFacts(ctx, partnership), meeting: loaded };
  }
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

/** What the policy needs to know of where a document belongs (batched loaders only). Null when that record is gone. */
export async function placeOf(ctx: Context, d: Document): Promise<DocumentPlace | null> {
  const partnership = await factsOf(ctx, d);
  if (d.thread) {
    const thread = await messagingLoaders(ctx).thread.load(d.thread.id);
    if (!thread) return null;
    const facts = await threadFacts(ctx, thread);
    if (!d.message) return { kind: 'PENDING', partnership, thread: facts, uploaderId: d.createdBy?.id ?? null };
    const message = await messagingLoaders(ctx).message.load(d.message.id);
    if (!message) return null;
    return { kind: 'MESSAGE', partnership, thread: facts, message: { internal: message.internal, deleted: !!message.deletedAt } };
  }
  if (d.meeting) {
    const meeting = await meetingLoaders(ctx).meeting(d.meeting.id);
    if (!meeting) return null;
    return { kind: 'MEETING', partnership, meeting: await meetingFacts(ctx, meeting) };
  }
  return { kind: 'SHELF', partnership };
}

/** Logs the view of a need-to-know document (identity, residence, medical). */
export async function logIfSensitive(ctx: Context, d: Document): Promise<void> {
  if (isSensitive(d.category) && d.household) await recordHouseholdAccess(ctx, d.household.id, `document:${d.id}`);
}

/** A document the viewer may see: NOT_FOUND otherwise (also when deleted). */
export async function loadDocument(ctx: Context, id: string, action: 'view' | 'manage' = 'view'): Promise<Document> {
  return (await loadDocumentAt(ctx, id, action)).document;
}

export async function loadDocumentAt(ctx: Context, id: string, action: 'view' | 'manage' = 'view'): Promise<{ document: Document; place: DocumentPlace }> {
  const viewer = requireViewer(ctx);
  const d = await ctx.em.findOne(Document, { id, deletedAt: null });
  if (!d) throw notFound();
  const place = await placeOf(ctx, d);
  if (!place || !documentPolicy.viewAt(viewer, place, d.category)) throw notFound();
  if (action === 'manage' && !documentPolicy.manageAt(viewer, place, d.category, d.createdBy?.id ?? null)) throw forbidden();
  return { document: d, place };
}

/** The documents of a partnership (its own shelf, not its households') or of a household, newest first. */
export async function listDocuments(ctx: Context, ids: { partnershipId?: string | null; householdId?: string | null }): Promise<Document[]> {
  const target = await loadTarget(ctx, { partnershipId: ids.partnershipId, householdId: ids.householdId });
  const all = await ctx.em.find(
    Document,
    { partnership: target.partnership, household: target.household ?? null, thread: null, meeting: null, deletedAt: null },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  const visible = all.filter((d) => documentPolicy.view(ctx.viewer, target.facts, d.category));
  await Promise.all(visible.map((d) => logIfSensitive(ctx, d)));
  return visible;
}

// ----- Attachments and meeting documents (batched) -------------------------------------------

const LOADERS = Symbol('document.loaders');

function createDocumentLoaders(ctx: Context) {
  const versions = new DataLoader<string, DocumentVersion[]>(async (documentIds) => {
    const rows = await ctx.em.find(DocumentVersion, { document: { $in: [...documentIds] } }, { orderBy: { number: 'desc' } });
    const groups = new Map<string, DocumentVersion[]>(documentIds.map((id) => [id, []]));
    for (const v of rows) groups.get(v.document.id)?.push(v);
    return documentIds.map((id) => groups.get(id) ?? []);
  });
  const grouped = (key: 'message' | 'meeting') =>
    new DataLoader<string, Document[]>(async (ids) => {
      const rows = await ctx.em.find(Document, { [key]: { $in: [...ids] }, deletedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const groups = new Map<string, Document[]>(ids.map((id) => [id, []]));
      for (const d of rows) groups.get((d[key] as { id: string }).id)?.push(d);
      return ids.map((id) => groups.get(id) ?? []);
    });
  return {
    byMessage: grouped('message'),
    byMeeting: grouped('meeting'),
    versions,
    latestVersion: { load: async (documentId: string) => (await versions.load(documentId))[0] ?? null },
  };
}

export function documentLoaders(ctx: Context): ReturnType<typeof createDocumentLoaders> {
  return inScratch(ctx, LOADERS, () => createDocumentLoaders(ctx));
}

/** Keeps the documents the viewer may see (the same policy as downloads) and logs need-to-know views. */
async function visibleOnly(ctx: Context, docs: Document[]): Promise<Document[]> {
  const checked = await Promise.all(
    docs.map(async (d) => {
      const place = await placeOf(ctx, d);
      return place && documentPolicy.viewAt(ctx.viewer, place, d.category) ? d : null;
    }),
  );
  const visible = checked.filter((d): d is Document => !!d);
  await Promise.all(visible.map((d) => logIfSensitive(ctx, d)));
  return visible;
}

/** A message's attachments the viewer may see (none once the message is deleted), oldest first. */
export async function attachmentsOf(ctx: Context, m: Message): Promise<Document[]> {
  if (m.deletedAt) return [];
  return visibleOnly(ctx, await documentLoaders(ctx).byMessage.load(m.id));
}

/** A meeting's documents the viewer may see, oldest first. */
export async function meetingDocumentsOf(ctx: Context, m: Meeting): Promise<Document[]> {
  return visibleOnly(ctx, await documentLoaders(ctx).byMeeting.load(m.id));
}

export async function latestVersionOf(ctx: Context, d: Document): Promise<DocumentVersion> {
  const v = await documentLoaders(ctx).latestVersion.load(d.id);
  if (!v) throw notFound();
  return v;
}

export function checkCategoryFits(category: DocumentCategory, onHousehold: boolean) {
  if (isSensitive(category) && !onHousehold) {
    throw new AppError('BAD_USER_INPUT', 'Identity, residence and medical papers belong to a household', { validationErrors: [{ field: 'category', constraints: ['householdOnly'] }] });
  }
}

export async function renameDocument(ctx: Context, id: string, name: string): Promise<Document> {
  const d = await loadDocument(ctx, id, 'manage');
  if (!name.trim()) throw new AppError('BAD_USER_INPUT', 'Give the document a name', { validationErrors: [{ field: 'name', constraints: ['isNotEmpty'] }] });
  return saveChange(ctx, d, { name: safeName(name) });
}

export async function recategoriseDocument(ctx: Context, id: string, category: DocumentCategory): Promise<Document> {
  const { document: d, place } = await loadDocumentAt(ctx, id, 'manage');
  checkCategoryFits(category, !!d.household);
  if (!documentPolicy.manageAt(ctx.viewer, place, category, d.createdBy?.id ?? null)) throw forbidden();
  return saveChange(ctx, d, { category });
}

/** Soft delete: who and when are kept; the document leaves lists and downloads. */
export async function deleteDocument(ctx: Context, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const d = await loadDocument(ctx, id, 'manage');
  await saveChange(ctx, d, { deletedAt: new Date(), deletedBy: ctx.em.getReference(User, viewer.id) });
  if (d.meeting) ctx.app.pubSub.publish('MEETING_CHANGED', { meetingId: d.meeting.id });
  return true;
}

/** Writes a change of a document; a sent attachment's change also reaches its message (see `changeAttachmentOf`). */
async function saveChange(ctx: Context, d: Document, values: Partial<Pick<Document, 'name' | 'category' | 'deletedAt' | 'deletedBy'>>): Promise<Document> {
  if (!d.message) {
    Object.assign(d, values);
    await ctx.em.flush();
    return d;
  }
  await changeAttachmentOf(ctx, d.message.id, (tx) => tx.nativeUpdate(Document, { id: d.id }, values));
  await ctx.em.refresh(d);
  return d;
}

/** Every version, newest first (batched: a list of documents costs one query). */
export async function versionsOf(ctx: Context, d: Document): Promise<DocumentVersion[]> {
  return documentLoaders(ctx).versions.load(d.id);
}

// ----- Upload --------------------------------------------------------------------------------

export interface UploadRequest {
  target: TargetIds;
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
  if (request.documentId) {
    const { document: existing, place } = await loadDocumentAt(ctx, request.documentId);
    const target = await loadTarget(
      ctx,
      existing.thread ? { threadId: existing.thread.id } : existing.meeting ? { meetingId: existing.meeting.id } : { partnershipId: existing.partnership.id, householdId: existing.household?.id },
    );
    if (!documentPolicy.uploadVersion(viewer, place, existing.category, existing.createdBy?.id ?? null, !!existing.household)) throw forbidden();
    return { target, category: existing.category, existing };
  }
  const target = await loadTarget(ctx, request.target);
  if (!request.category || !DOCUMENT_CATEGORIES.includes(request.category as DocumentCategory)) {
    throw new AppError('BAD_USER_INPUT', 'Choose a category', { validationErrors: [{ field: 'category', constraints: ['isEnum'] }] });
  }
  const category = request.category as DocumentCategory;
  checkCategoryFits(category, !!target.household);
  const allowed = target.thread
    ? documentPolicy.attachToThread(viewer, target.thread.facts, category)
    : target.meeting
      ? documentPolicy.shareOnMeeting(viewer, target.meeting.facts, category)
      : documentPolicy.upload(viewer, target.facts, category, !!target.household);
  if (!allowed) throw forbidden();
  return { target, category, existing: null };
}

/** A safe display name: no path, no control characters, at most 200 characters. */
export function safeName(filename: string): string {
  // Browsers escape these three in multipart file names (HTML spec); undo that first.
  const unescaped = filename.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  const base = unescaped.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point.
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
    const document =
      existing ??
      ctx.em.create(Document, {
        partnership: target.partnership,
        household: target.household,
        thread: target.thread?.thread ?? null,
        meeting: target.meeting?.meeting ?? null,
        name: safeName(file.filename),
        category,
        createdBy: ctx.em.getReference(User, viewer.id),
      });
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
    // The bytes were there already (the same content uploaded before): if the clean-up of abandoned
    // attachments removed them just now, before this version held them, store them again.
    if (!stored.created && !(await storage.exists(key))) await storage.put(tmp, key, type.mime);
    // A shelf document appears live on its partnership or household; a meeting's on the meeting
    // page; an attachment shows with its message, when the send that attaches it is published.
    if (document.meeting) ctx.app.pubSub.publish('MEETING_CHANGED', { meetingId: document.meeting.id });
    else if (!document.thread) ctx.app.pubSub.publish('DOCUMENT_ADDED', { documentId: document.id, partnershipId: target.partnership.id, householdId: target.household?.id ?? null });
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
