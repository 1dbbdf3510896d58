import type { EntityManager } from '@mikro-orm/core';
import { type ErasureSubject, type Locale, type ProgrammeCode, RETENTION_DEFAULTS } from '@partner-hub/shared';
import DataLoader from 'dataloader';
import { type Context, requireViewer } from '../../app/context.js';
import type { Config } from '../../config.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { recordHouseholdAccess } from '../audit/index.js';
import { createStorage } from '../document/index.js';
import type { DocumentStorage } from '../document/index.js';
import { Household } from '../household/household.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { collectAccount, collectHousehold } from './collect.js';
import { type BlankedMessage, type Counts, householdErasureCounts, runErasure, userErasureCounts } from './erase.js';
import { Thread } from '../messaging/messaging.entity.js';
import { threadFacts } from '../messaging/index.js';
import { Erasure, RetentionPolicy } from './privacy.entity.js';
import { privacyPolicy } from './privacy.policy.js';
import { accountSummary, householdSummary } from './summary.js';

// ---------------------------------------------------------------------------------------------
// Subject access and portability
// ---------------------------------------------------------------------------------------------

/** One entry of an export archive: a text file, or a document's bytes read from the store when written. */
export type ArchiveEntry = { name: string; text: string } | { name: string; storageKey: string; size: number };

export interface Archive {
  filename: string;
  /** The documents' bytes plus the JSON and summary text (before compression): for a progress estimate. */
  estimatedBytes: number;
  entries: ArchiveEntry[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const withEstimate = (filename: string, entries: ArchiveEntry[]): Archive => ({
  filename,
  entries,
  estimatedBytes: entries.reduce((n, e) => n + ('text' in e ? Buffer.byteLength(e.text) : e.size), 0),
});

/**
 * Everything about one household (or one of its members), for an admin: one JSON file per kind of
 * record, the documents, and a summary in `locale`. The export is logged in the access log first.
 */
export async function householdArchive(ctx: Context, householdId: string, memberId: string | null, locale: Locale): Promise<Archive> {
  const viewer = requireViewer(ctx);
  if (!privacyPolicy.exportHousehold(viewer)) throw forbidden();
  const x = await collectHousehold(ctx.em, householdId, memberId);
  if (!x) throw notFound();
  await recordHouseholdAccess(ctx, householdId, memberId ? `export:member:${memberId}` : 'export');
  const exportedBy = (await ctx.em.findOneOrFail(User, { id: viewer.id })).name;
  const members = x.records.members as { firstName: string; lastName: string; birthYear: number; relationship: string }[];
  const housing = x.records.housing as { street?: string | null; postalCode?: string | null; city?: string | null };
  const funding = x.records.funding as { totalCents: number; lines: { kind: string; quantity: number; amountCents: number }[] };
  const accessLog = (x.records['access-log'] as { at: Date; what: string; user: { name: string } }[]).map((a) => ({ at: a.at, what: a.what, user: a.user.name }));
  const summary = householdSummary(locale, {
    reference: x.household.reference,
    memberName: x.member ? `${x.member.firstName} ${x.member.lastName}` : null,
    programme: x.programme.code,
    partnership: x.partnership.name,
    arrivalDate: x.household.arrivalDate ?? null,
    guidanceStart: x.household.guidanceStart ?? null,
    guidanceExtended: x.household.guidanceExtended,
    members,
    specificNeeds: x.household.specificNeeds,
    specificNeedsNote: x.household.specificNeedsNote ?? null,
    housing: [housing.street, housing.postalCode, housing.city].filter(Boolean).join(', ') || null,
    funding,
    records: x.records,
    files: x.files,
    accessLog,
    erasedAt: x.erasure?.completedAt ?? null,
    exportedBy,
    at: new Date(),
  });
  const base = x.member ? `${x.household.reference}-${x.member.id.slice(0, 8)}` : x.household.reference;
  return withEstimate(`personal-data-${base}.zip`, [
    { name: `summary-${locale}.txt`, text: summary },
    ...Object.entries(x.records).map(([k, v]) => ({ name: `${k}.json`, text: json(v) })),
    ...x.files.map((f) => ({ name: f.path, storageKey: f.storageKey, size: f.size })),
  ]);
}

/** The viewer's own account data (any signed-in person). */
export async function accountArchive(ctx: Context, locale: Locale): Promise<Archive> {
  const viewer = requireViewer(ctx);
  if (!privacyPolicy.exportOwnAccount(viewer)) throw forbidden();
  const { user, records } = await collectAccount(ctx.em, viewer.id);
  const summary = accountSummary(locale, {
    name: user.name,
    email: user.email,
    role: user.role,
    records,
    messages: (records.messages as unknown[]).length,
    signIns: (records['sign-in-history'] as { signIns: unknown[] }).signIns.length,
    at: new Date(),
  });
  return withEstimate('my-account-data.zip', [{ name: `summary-${locale}.txt`, text: summary }, ...Object.entries(records).map(([k, v]) => ({ name: `${k}.json`, text: json(v) }))]);
}

// ---------------------------------------------------------------------------------------------
// Erasure on request
// ---------------------------------------------------------------------------------------------

export interface ErasurePreview {
  subjectType: ErasureSubject;
  subjectId: string;
  /** What is erased, as the admin knows it: the household reference, or the person's name and address. */
  label: string;
  /** What the admin types to confirm: the household's reference, or the account's email. */
  confirmation: string;
  counts: Counts;
  erasure: Erasure | null;
}

async function subjectOf(ctx: Context, type: ErasureSubject, id: string) {
  if (type === 'HOUSEHOLD') {
    const h = await ctx.em.findOne(Household, { id });
    if (!h) throw notFound();
    return { label: h.reference, confirmation: h.reference, counts: () => householdErasureCounts(ctx.em, h) };
  }
  const u = await ctx.em.findOne(User, { id });
  if (!u) throw notFound();
  return { label: `${u.name} <${u.email}>`, confirmation: u.email, counts: () => userErasureCounts(ctx.em, u) };
}

/** The dry run: what erasing would remove, by kind of record, and what to type to confirm. */
export async function previewErasure(ctx: Context, type: ErasureSubject, id: string): Promise<ErasurePreview> {
  if (!privacyPolicy.previewErasure(requireViewer(ctx))) throw forbidden();
  const s = await subjectOf(ctx, type, id);
  const erasure = await ctx.em.findOne(Erasure, { subjectType: type, subjectId: id });
  return { subjectType: type, subjectId: id, label: s.label, confirmation: s.confirmation, counts: await s.counts(), erasure };
}

/**
 * Erases a household or an account on request: the admin names it (the confirmation must match
 * what the preview showed) and gives a reason, which is kept with the erasure.
 */
export async function eraseOnRequest(ctx: Context, type: ErasureSubject, id: string, reason: string, confirmation: string, storage: DocumentStorage = createStorage(ctx.app.config)): Promise<Erasure> {
  const viewer = requireViewer(ctx);
  const allowed = type === 'HOUSEHOLD' ? privacyPolicy.eraseHousehold(viewer) : privacyPolicy.eraseUser(viewer, id);
  if (!allowed) throw type === 'USER' && viewer.role === 'ADMIN' ? new AppError('CANNOT_REMOVE_SELF', 'You cannot erase your own account') : forbidden();
  const s = await subjectOf(ctx, type, id);
  const trimmed = reason.trim();
  if (!trimmed) throw new AppError('REASON_REQUIRED', 'Give the reason for the erasure', { field: 'reason' });
  if (confirmation.trim().toLowerCase() !== s.confirmation.toLowerCase())
    throw new AppError('ERASURE_CONFIRMATION_MISMATCH', 'Type the exact name of what is erased to confirm', { field: 'confirmation' });
  const erasure = await runErasure(ctx.em, storage, { type, id }, { mode: 'REQUEST', reason: trimmed, requestedBy: viewer.id, onMessagesBlanked: (m) => publishBlanked(ctx, m) });
  ctx.app.logger.info('privacy: erasure on request', { erasureId: erasure.id, subjectType: type, subjectId: id });
  return erasure;
}

/**
 * Tells open threads that these messages lost their text (as a delete does): after the commit,
 * ids only; each subscriber's own policy decides again, and reloads the message.
 */
export async function publishBlanked(ctx: Context, messages: BlankedMessage[]): Promise<void> {
  const threads = new Map<string, { thread: Thread; facts: Awaited<ReturnType<typeof threadFacts>> }>();
  for (const m of messages) {
    let t = threads.get(m.threadId);
    if (!t) {
      const thread = await ctx.em.fork().findOneOrFail(Thread, { id: m.threadId });
      t = { thread, facts: await threadFacts(ctx, thread) };
      threads.set(m.threadId, t);
    }
    ctx.app.pubSub.publish('MESSAGE_CHANGED', {
      kind: 'DELETED',
      messageId: m.id,
      threadId: m.threadId,
      partnershipId: t.thread.partnership.id,
      householdId: t.thread.household?.id ?? null,
      internal: m.internal,
      authorId: m.authorId,
      facts: t.facts,
    });
  }
}

export async function listErasures(ctx: Context, first: number): Promise<Erasure[]> {
  if (!privacyPolicy.listErasures(requireViewer(ctx))) throw forbidden();
  return ctx.em.find(Erasure, {}, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 200) });
}

const ERASURE_LOADER = Symbol('erasure-by-household');

/** A household's erasure, if any (batched: the board lists many households). */
export function householdErasure(ctx: Context, householdId: string): Promise<Erasure | null> {
  let loader = ctx.scratch.get(ERASURE_LOADER) as DataLoader<string, Erasure | null> | undefined;
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Erasure, { subjectType: 'HOUSEHOLD', subjectId: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.subjectId === id) ?? null);
    });
    ctx.scratch.set(ERASURE_LOADER, loader);
  }
  return loader.load(householdId);
}

// ---------------------------------------------------------------------------------------------
// Retention policy per programme
// ---------------------------------------------------------------------------------------------

/** The programme's retention policy, or the defaults (not stored until an admin changes them). */
export async function retentionOf(em: EntityManager, programme: Programme, defaults: Config['retention'] = RETENTION_DEFAULTS): Promise<RetentionPolicy> {
  const stored = await em.findOne(RetentionPolicy, { programme });
  if (stored) return stored;
  const policy = new RetentionPolicy();
  Object.assign(policy, { id: programme.id, programme, ...defaults });
  return policy;
}

export async function readRetention(ctx: Context, programme: Programme): Promise<RetentionPolicy> {
  if (!privacyPolicy.readRetention(requireViewer(ctx))) throw forbidden();
  return retentionOf(ctx.em, programme, ctx.app.config.retention);
}

export async function setRetention(ctx: Context, code: ProgrammeCode, values: { householdMonthsAfterGuidance: number; accessLogMonths: number }): Promise<RetentionPolicy> {
  const viewer = requireViewer(ctx);
  if (!privacyPolicy.setRetention(viewer)) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const policy = (await ctx.em.findOne(RetentionPolicy, { programme })) ?? ctx.em.create(RetentionPolicy, { programme });
  Object.assign(policy, values, { updatedAt: new Date(), updatedBy: ctx.em.getReference(User, viewer.id) });
  await ctx.em.flush();
  return policy;
}
