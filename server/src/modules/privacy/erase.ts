/**
 * Erasure of one household (every member) or one account, on request or by the retention job.
 *
 * The household row and its members stay, without what identifies them, so that Fedasil's figures
 * (persons per programme and year, funding per household and partnership) still add up: names
 * become "—", birth years 0, the reference a neutral ERASED-…; specific needs, notes, addresses,
 * free-text reasons, documents (rows and files) and the bodies of its thread's messages go.
 * Mentions elsewhere (meetings, feedback) lose the reference and names; queued email that names
 * the household is removed.
 *
 * A run is: (1) one transaction that blanks the database and notes the files to delete on the
 * erasure row, (2) deleting those files from the store, (3) marking the erasure complete. A run
 * stopped after (1) or during (2) is completed by the next one (the retention job picks up every
 * unfinished erasure); running it again on a completed erasure changes nothing.
 */
import type { EntityManager } from '@mikro-orm/core';
import { ERASED_NAME, type ErasureMode, erasedReference } from '@partner-hub/shared';
import { raw } from '../../app/sql.js';
import { CalendarFeed } from '../meeting/meeting.entity.js';
import { FundingAuditEntry } from '../audit/audit.entity.js';
import { Invitation, Session, SignInFailure } from '../auth/auth.entity.js';
import { Document, DocumentVersion } from '../document/document.entity.js';
import type { DocumentStorage } from '../document/index.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { Message, MessagingProfile, Thread, ThreadState } from '../messaging/messaging.entity.js';
import { Notification, NotificationPreference } from '../notification/notification.entity.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { GuidanceStep, HouseholdEvent, Housing } from '../progress/progress.entity.js';
import { User } from '../user/user.entity.js';
import { findMentions, type HouseholdTerms, redactMentions } from './mentions.js';
import { Erasure, SignInEvent } from './privacy.entity.js';

export type Counts = Record<string, number>;

/** A message whose text an erasure removed (to tell open threads, after the commit). */
export interface BlankedMessage {
  id: string;
  threadId: string;
  internal: boolean;
  authorId: string;
}

/** The reference and the members' full names, for finding mentions. */
export async function householdTerms(em: EntityManager, h: Household): Promise<HouseholdTerms> {
  const [members, steps, housing, threads] = await Promise.all([
    em.find(HouseholdMember, { household: h }, { orderBy: { position: 'asc' } }),
    em.find(GuidanceStep, { household: h }, { fields: ['id'] }),
    em.findOne(Housing, { household: h }, { fields: ['id'] }),
    em.find(Thread, { household: h }, { fields: ['id'] }),
  ]);
  const names = members.filter((m) => m.firstName !== ERASED_NAME).map((m) => `${m.firstName} ${m.lastName}`.trim());
  const terms = [h.reference, ...names].filter((t) => t.length >= 3 && t !== erasedReference(h.id));
  return {
    householdId: h.id,
    partnershipId: h.partnership.id,
    sourceIds: [h.id, ...steps.map((s) => s.id), ...(housing ? [housing.id] : []), ...threads.map((t) => t.id)],
    terms: [...new Set(terms)],
  };
}

/** Documents of the household: shared on it, or attached to a message of its threads. */
async function householdDocuments(em: EntityManager, householdId: string, threadIds: string[]) {
  const docs = await em.find(Document, { $or: [{ household: householdId }, ...(threadIds.length ? [{ thread: { $in: threadIds } }] : [])] });
  const versions = docs.length ? await em.find(DocumentVersion, { document: { $in: docs.map((d) => d.id) } }) : [];
  return { docs, versions };
}

/**
 * Notifications whose excerpt quotes the household's threads or names it. LIKE wildcards in a name
 * are not escaped (SQLite has no default escape character): at worst a few more excerpts go.
 */
const quotingOf = (threadIds: string[], terms: string[]) => [
  ...(threadIds.length ? [{ sourceType: 'THREAD', sourceId: { $in: threadIds } }] : []),
  ...terms.map((t) => ({ excerpt: { $like: `%${t}%` } })),
];

/** What erasing the household would remove or blank, without changing anything (the dry run). */
export async function householdErasureCounts(em: EntityManager, h: Household): Promise<Counts> {
  const terms = await householdTerms(em, h);
  const threads = await em.find(Thread, { household: h });
  const threadIds = threads.map((t) => t.id);
  const [members, steps, housing, events, fundingEdits, messages, notifications, documents, mentions] = await Promise.all([
    em.count(HouseholdMember, { household: h, firstName: { $ne: ERASED_NAME } }),
    em.count(GuidanceStep, { household: h, $or: [{ note: { $ne: null } }, { notApplicableReason: { $ne: null, $nin: [ERASED_NAME] } }] }),
    em.count(Housing, { household: h, $or: [{ street: { $ne: null } }, { postalCode: { $ne: null } }] }),
    em.find(HouseholdEvent, { household: h }),
    em.count(FundingAuditEntry, { household: h, reason: { $ne: null } }),
    threadIds.length ? em.count(Message, { thread: { $in: threadIds }, removedUnder: null }) : 0,
    quotingOf(threadIds, terms.terms).length ? em.count(Notification, { $or: quotingOf(threadIds, terms.terms), excerpt: { $ne: null } } as never) : 0,
    householdDocuments(em, h.id, threadIds),
    findMentions(em, terms),
  ]);
  return {
    members,
    specificNeeds: h.specificNeeds.length || h.specificNeedsNote ? 1 : 0,
    guidanceStepNotes: steps,
    housingAddresses: housing,
    timelineReasons: events.filter((e) => 'reason' in e.data).length,
    fundingEditReasons: fundingEdits,
    messages,
    notifications,
    documents: documents.docs.length,
    documentFiles: new Set(documents.versions.map((v) => v.storageKey)).size,
    meetingMentions: mentions.agendaItems.length + mentions.decisions.length + mentions.actionItems.length + mentions.meetings.length,
    feedbackMentions: mentions.feedbackRounds.length + mentions.feedbackRevisions.length,
    pendingEmails: mentions.outbox.length,
  };
}

/** Raises the thread's change counters for a blanked message, so reconnecting clients catch it up (as a delete does). */
async function nextChangeSeqs(tx: EntityManager, threadId: string, internal: boolean) {
  const set = internal ? 'last_change_seq = last_change_seq + 1' : 'last_change_seq = last_change_seq + 1, last_public_change_seq = last_public_change_seq + 1';
  const rows = await raw(tx).execute<Record<string, number | string>[]>(`update message_thread set ${set} where id = ? returning last_change_seq, last_public_change_seq`, [threadId], 'all');
  return { changeSeq: Number(rows[0].last_change_seq), publicChangeSeq: internal ? null : Number(rows[0].last_public_change_seq) };
}

/** Step (1): blanks the household in the database, in the transaction `tx`; returns counts and the files to delete. */
async function blankHousehold(tx: EntityManager, householdId: string, mode: ErasureMode): Promise<{ counts: Counts; storageKeys: string[]; blanked: BlankedMessage[] }> {
  const h = await tx.findOneOrFail(Household, { id: householdId });
  const counts = await householdErasureCounts(tx, h);
  const terms = await householdTerms(tx, h);
  const now = new Date();

  h.reference = erasedReference(h.id);
  h.specificNeeds = [];
  h.specificNeedsNote = null;
  for (const m of await tx.find(HouseholdMember, { household: h })) {
    m.firstName = ERASED_NAME;
    m.lastName = ERASED_NAME;
    m.birthYear = 0;
  }
  for (const s of await tx.find(GuidanceStep, { household: h })) {
    s.note = null;
    if (s.notApplicableReason) s.notApplicableReason = ERASED_NAME;
  }
  const housing = await tx.findOne(Housing, { household: h });
  if (housing) {
    housing.street = null;
    housing.postalCode = null;
  }
  for (const e of await tx.find(HouseholdEvent, { household: h })) {
    if ('reason' in e.data) e.data = { ...e.data, reason: null };
  }
  await tx.nativeUpdate(FundingAuditEntry, { household: h }, { reason: null });

  const threads = await tx.find(Thread, { household: h });
  const threadIds = threads.map((t) => t.id);
  const blanked: BlankedMessage[] = [];
  for (const t of threads) {
    const messages = await tx.find(Message, { thread: t, removedUnder: null }, { orderBy: { seq: 'asc' } });
    for (const m of messages) {
      const numbers = await nextChangeSeqs(tx, t.id, m.internal);
      Object.assign(m, numbers, { body: '', mentionIds: [], deletedAt: m.deletedAt ?? now, removedUnder: mode });
      blanked.push({ id: m.id, threadId: t.id, internal: m.internal, authorId: m.author.id });
    }
  }
  // Excerpts that quote the household's messages, or name it (a meeting title, say).
  const quoting = quotingOf(threadIds, terms.terms);
  if (quoting.length) await tx.nativeUpdate(Notification, { $or: quoting } as never, { excerpt: null });

  const { docs, versions } = await householdDocuments(tx, h.id, threadIds);
  const keys = [...new Set(versions.map((v) => v.storageKey))];
  if (docs.length) {
    await tx.nativeDelete(DocumentVersion, { document: { $in: docs.map((d) => d.id) } });
    await tx.nativeDelete(Document, { id: { $in: docs.map((d) => d.id) } });
  }

  const mentions = await findMentions(tx, terms);
  redactMentions(mentions, terms.terms);
  if (mentions.outbox.length) await tx.nativeDelete(OutboxMessage, { id: { $in: mentions.outbox.map((o) => o.id) } });
  await tx.flush();
  return { counts, storageKeys: keys, blanked };
}

/** What erasing the account would remove or blank (the dry run). */
export async function userErasureCounts(em: EntityManager, u: User): Promise<Counts> {
  const [sessions, signIns, notifications, notificationSettings, threadStates, messagingProfiles, calendarFeeds, invitations, signInFailures, pendingEmails, messagesWritten] = await Promise.all([
    em.count(Session, { user: u }),
    em.count(SignInEvent, { user: u }),
    em.count(Notification, { recipient: u }),
    em.count(NotificationPreference, { user: u }),
    em.count(ThreadState, { user: u }),
    em.count(MessagingProfile, { user: u }),
    em.count(CalendarFeed, { user: u }),
    em.count(Invitation, { email: u.email }),
    em.count(SignInFailure, { email: u.email }),
    em.count(OutboxMessage, { to: u.email }),
    em.count(Message, { author: u }),
  ]);
  const profile = u.name === ERASED_NAME ? 0 : 1;
  return {
    profile,
    sessions,
    signIns,
    notifications,
    notificationSettings,
    threadStates,
    messagingProfiles,
    calendarFeeds,
    invitations,
    signInFailures,
    pendingEmails,
    messagesKeptAnonymised: messagesWritten,
  };
}

/** Blanks an account: it can no longer sign in, its name and address are gone, its personal settings deleted. */
async function blankUser(tx: EntityManager, userId: string): Promise<Counts> {
  const u = await tx.findOneOrFail(User, { id: userId });
  const counts = await userErasureCounts(tx, u);
  const email = u.email;
  await Promise.all([
    tx.nativeDelete(Session, { user: u }),
    tx.nativeDelete(SignInEvent, { user: u }),
    tx.nativeDelete(Notification, { recipient: u }),
    tx.nativeDelete(NotificationPreference, { user: u }),
    tx.nativeDelete(ThreadState, { user: u }),
    tx.nativeDelete(MessagingProfile, { user: u }),
    tx.nativeDelete(CalendarFeed, { user: u }),
    // Accepted invitations too: they hold the person's name and address.
    tx.nativeDelete(Invitation, { email }),
    tx.nativeDelete(SignInFailure, { email }),
    tx.nativeDelete(OutboxMessage, { to: email }),
  ]);
  u.name = ERASED_NAME;
  u.email = `erased-${u.id}@erased.invalid`;
  u.passwordHash = null;
  u.removedAt ??= new Date();
  await tx.flush();
  return counts;
}

export interface EraseOptions {
  mode: ErasureMode;
  reason?: string | null;
  requestedBy?: string | null;
  /** Called once the database part is committed, with the messages whose text went (to publish the change). */
  onMessagesBlanked?: (messages: BlankedMessage[]) => Promise<void> | void;
}

/**
 * Erases a household or an account (the three steps above). Returns the erasure row; an erasure
 * already complete is returned as it is.
 */
export async function runErasure(em: EntityManager, storage: DocumentStorage, subject: { type: 'HOUSEHOLD' | 'USER'; id: string }, options: EraseOptions): Promise<Erasure> {
  const fork = em.fork();
  let erasure = await fork.findOne(Erasure, { subjectType: subject.type, subjectId: subject.id });
  if (erasure?.completedAt) return erasure;

  // (1) The database, in one transaction (with the erasure row, so the files to delete are never forgotten).
  let blanked: BlankedMessage[] = [];
  erasure = await fork.transactional(async (tx) => {
    const e =
      (await tx.findOne(Erasure, { subjectType: subject.type, subjectId: subject.id })) ??
      tx.create(Erasure, {
        subjectType: subject.type,
        subjectId: subject.id,
        mode: options.mode,
        reason: options.reason ?? null,
        requestedBy: options.requestedBy ? tx.getReference(User, options.requestedBy) : null,
      });
    if (subject.type === 'HOUSEHOLD') {
      const result = await blankHousehold(tx, subject.id, e.mode);
      const { counts, storageKeys } = result;
      blanked = result.blanked;
      if (!Object.keys(e.counts).length) e.counts = counts;
      e.pendingStorageKeys = [...new Set([...e.pendingStorageKeys, ...storageKeys])];
    } else {
      const counts = await blankUser(tx, subject.id);
      if (!Object.keys(e.counts).length) e.counts = counts;
    }
    await tx.flush();
    return e;
  });

  if (blanked.length) await options.onMessagesBlanked?.(blanked);

  // (2) The files: each only when no other document (of another household, say) holds the same content.
  for (const key of erasure.pendingStorageKeys) {
    if ((await fork.count(DocumentVersion, { storageKey: key })) === 0) await storage.delete(key);
  }

  // (3) Done.
  erasure.pendingStorageKeys = [];
  erasure.completedAt = new Date();
  await fork.flush();
  return erasure;
}
