import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { Document, DocumentVersion } from '../document/document.entity.js';

/**
 * Message attachments: files uploaded to a thread (as documents, see the document module) before
 * the send that attaches them. Messages check and claim them when sent; a job removes those never
 * sent. Its own module so that messaging and documents both use it without calling each other.
 */

/**
 * Checks the attachments a send carries: each must be a pending attachment of this thread,
 * uploaded by the sender, not deleted and not attached yet. The send then attaches them in its
 * own transaction (`claimAttachments`), so a message and its files are stored together or not at all.
 */
export async function checkPendingAttachments(ctx: Context, viewerId: string, threadId: string, ids: readonly string[] | null | undefined): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return [];
  const docs = await ctx.em.find(Document, { id: { $in: unique }, thread: threadId, message: null, createdBy: viewerId, deletedAt: null });
  if (docs.length !== unique.length) throw new AppError('ATTACHMENT_UNAVAILABLE', 'An attachment is not a pending file of yours in this thread');
  return unique;
}

/** How long an attachment may wait to be sent: older pending uploads are removed by the clean-up job. */
export const PENDING_ATTACHMENT_TTL_MS = 24 * 3600 * 1000;

/**
 * The clean-up job: attachments uploaded to a thread but never sent, older than
 * `PENDING_ATTACHMENT_TTL_MS`, are removed, with their bytes when no other version holds them.
 * A send claiming one at the same moment wins or gets ATTACHMENT_UNAVAILABLE (the claim checks).
 * Returns how many were removed.
 */
export async function removeAbandonedAttachments(ctx: Context, storage: { delete(key: string): Promise<void> }, now = new Date()): Promise<number> {
  const em = ctx.em.fork();
  const cutoff = new Date(now.getTime() - PENDING_ATTACHMENT_TTL_MS);
  const stale = await em.find(Document, { thread: { $ne: null }, message: null, createdAt: { $lt: cutoff } }, { fields: ['id'], limit: 500 });
  if (!stale.length) return 0;
  const ids = stale.map((d) => d.id);
  const keys = [...new Set((await em.find(DocumentVersion, { document: { $in: ids } }, { fields: ['storageKey'] })).map((v) => v.storageKey))];
  // Still pending at this moment only; their versions go with them (on delete cascade).
  const removed = await em.nativeDelete(Document, { id: { $in: ids }, message: null });
  for (const key of keys) {
    if (!(await em.count(DocumentVersion, { storageKey: key }))) await storage.delete(key).catch(() => undefined);
  }
  return removed;
}

/** Inside the send's transaction, after the message row is written: attaches the checked files, or fails the whole send. */
export async function claimAttachments(tx: EntityManager, ids: readonly string[], messageId: string, threadId: string, viewerId: string): Promise<void> {
  if (!ids.length) return;
  const n = await tx.nativeUpdate(Document, { id: { $in: [...ids] }, thread: threadId, message: null, createdBy: viewerId, deletedAt: null }, { message: messageId });
  if (n !== ids.length) throw new AppError('ATTACHMENT_UNAVAILABLE', 'An attachment was attached or removed meanwhile');
}
