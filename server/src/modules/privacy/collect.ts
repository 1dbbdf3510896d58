/**
 * Everything the hub holds about one household (or one member of it), as plain records per type:
 * what a subject access export writes, one JSON file per type.
 */
import { type EntityManager, wrap } from '@mikro-orm/core';
import type { Locale } from '@partner-hub/shared';
import { AccessLogEntry, FundingAuditEntry } from '../audit/audit.entity.js';
import { Invitation, Session, SignInFailure } from '../auth/auth.entity.js';
import { Document, DocumentVersion } from '../document/document.entity.js';
import { fundingOf, fundingSnapshot } from '../funding/index.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { CalendarFeed } from '../meeting/meeting.entity.js';
import { Message, MessagingProfile, Thread, ThreadState } from '../messaging/messaging.entity.js';
import { NotificationPreference } from '../notification/notification.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { GuidanceStep, HouseholdEvent, Housing } from '../progress/progress.entity.js';
import { User } from '../user/user.entity.js';
import { householdTerms } from './erase.js';
import { findMentions } from './mentions.js';
import { Erasure, SignInEvent } from './privacy.entity.js';

type Row = Record<string, unknown>;
const plain = (e: object): Row => wrap(e as never).toObject();

export interface ExportFile {
  /** Path inside the ZIP. */
  path: string;
  storageKey: string;
  size: number;
}

export interface HouseholdExport {
  household: Household;
  partnership: Partnership;
  programme: Programme;
  member: HouseholdMember | null;
  records: Record<string, Row | Row[]>;
  files: ExportFile[];
  erasure: Erasure | null;
}

/** A file name safe in any ZIP tool: no folders, no control characters. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point.
export const safeName = (name: string) => name.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').slice(0, 120) || 'document';

export async function collectHousehold(em: EntityManager, householdId: string, memberId: string | null): Promise<HouseholdExport | null> {
  const household = await em.findOne(Household, { id: householdId });
  if (!household) return null;
  const partnership = await em.findOneOrFail(Partnership, { id: household.partnership.id });
  const programme = await em.findOneOrFail(Programme, { id: partnership.programme.id });
  const allMembers = await em.find(HouseholdMember, { household }, { orderBy: { position: 'asc' } });
  const member = memberId ? (allMembers.find((m) => m.id === memberId) ?? null) : null;
  if (memberId && !member) return null;
  const threads = await em.find(Thread, { household }, { orderBy: { createdAt: 'asc' } });
  const threadIds = threads.map((t) => t.id);
  const [steps, housing, events, fundingEdits, messages, documents, accessLog, mentions, erasure] = await Promise.all([
    em.find(GuidanceStep, member ? { household, $or: [{ member: null }, { member }] } : { household }, { orderBy: { position: 'asc' } }),
    em.findOne(Housing, { household }),
    em.find(HouseholdEvent, { household }, { orderBy: { at: 'asc', id: 'asc' } }),
    em.find(FundingAuditEntry, { household }, { orderBy: { at: 'asc', id: 'asc' } }),
    threadIds.length ? em.find(Message, { thread: { $in: threadIds } }, { orderBy: { thread: 'asc', seq: 'asc' }, populate: ['author'] }) : Promise.resolve([]),
    em.find(Document, { $or: [{ household }, ...(threadIds.length ? [{ thread: { $in: threadIds } }] : [])] }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(AccessLogEntry, { household }, { orderBy: { at: 'asc', id: 'asc' }, populate: ['user'] }),
    householdTerms(em, household).then((t) => findMentions(em, t)),
    em.findOne(Erasure, { subjectType: 'HOUSEHOLD', subjectId: household.id }),
  ]);
  const versions = documents.length ? await em.find(DocumentVersion, { document: { $in: documents.map((d) => d.id) } }, { orderBy: { number: 'asc' } }) : [];
  const funding = fundingOf(programme, fundingSnapshot(household, allMembers));
  const files: ExportFile[] = versions.map((v) => ({ path: `documents/${v.document.id}/v${v.number}-${safeName(v.originalName)}`, storageKey: v.storageKey, size: v.size }));

  const householdRow = plain(household);
  delete householdRow.members;
  const records: Record<string, Row | Row[]> = {
    household: { ...householdRow, partnership: { id: partnership.id, name: partnership.name }, programme: programme.code },
    members: (member ? [member] : allMembers).map((m) => ({ ...plain(m), isHead: m.isHead })),
    'guidance-plan': steps.map(plain),
    timeline: events.map(plain),
    housing: housing ? plain(housing) : {},
    funding: { ...funding, edits: fundingEdits.map(plain) },
    'message-threads': threads.map(plain),
    messages: messages.map((m) => ({ ...plain(m), author: { id: m.author.id, name: m.author.name } })),
    documents: documents.map((d) => ({ ...plain(d), versions: versions.filter((v) => v.document.id === d.id).map((v) => ({ ...plain(v), file: files[versions.indexOf(v)].path })) })),
    'access-log': accessLog.map((a) => ({ id: a.id, at: a.at, what: a.what, user: { id: a.user.id, name: a.user.name, role: a.user.role } })),
    feedback: [...mentions.feedbackRounds.map((r) => ({ type: 'round', ...plain(r) })), ...mentions.feedbackRevisions.map((r) => ({ type: 'revision', ...plain(r) }))],
    meetings: [
      ...mentions.meetings.map((x) => ({ type: 'meeting', ...plain(x) })),
      ...mentions.agendaItems.map((x) => ({ type: 'agendaItem', ...plain(x) })),
      ...mentions.decisions.map((x) => ({ type: 'decision', ...plain(x) })),
      ...mentions.actionItems.map((x) => ({ type: 'actionItem', ...plain(x) })),
    ],
    'pending-email': mentions.outbox.map(plain),
  };
  return { household, partnership, programme, member, records, files, erasure };
}

/** A person's own account data: profile, messages they wrote, settings, sign-in history. */
export async function collectAccount(em: EntityManager, userId: string) {
  const user = await em.findOneOrFail(User, { id: userId }, { populate: ['organisation'] });
  const [messages, preferences, messaging, threadStates, sessions, failures, invitationsSent, calendarFeed, signIns] = await Promise.all([
    em.find(Message, { author: user }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(NotificationPreference, { user }),
    em.findOne(MessagingProfile, { user }),
    em.find(ThreadState, { user }),
    em.find(Session, { user }, { orderBy: { createdAt: 'asc' } }),
    em.find(SignInFailure, { email: user.email }, { orderBy: { at: 'asc' } }),
    em.find(Invitation, { invitedBy: user }, { orderBy: { createdAt: 'asc' } }),
    em.findOne(CalendarFeed, { user }),
    em.find(SignInEvent, { user }, { orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  const records: Record<string, Row | Row[]> = {
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      organisation: user.organisation ? { id: user.organisation.id, name: user.organisation.name } : null,
      createdAt: user.createdAt,
    },
    messages: messages.map((m) => ({
      id: m.id,
      thread: m.thread.id,
      seq: m.seq,
      body: m.body,
      internal: m.internal,
      createdAt: m.createdAt,
      editedAt: m.editedAt ?? null,
      deletedAt: m.deletedAt ?? null,
    })),
    'notification-settings': {
      turnedOff: preferences.filter((p) => !p.enabled).map((p) => p.kind),
      turnedOn: preferences.filter((p) => p.enabled).map((p) => p.kind),
      sendReadReceipts: messaging?.sendReadReceipts ?? true,
      mutedThreads: threadStates.filter((s) => s.muted).map((s) => s.thread.id),
      calendarFeedSince: calendarFeed?.createdAt ?? null,
    },
    // Sessions hold only a keyed hash of their token; the token itself is never stored.
    'sign-in-history': {
      signIns: signIns.map((s) => ({ at: s.at, ip: s.ip })),
      openSessions: sessions.map((s) => ({ since: s.createdAt, expiresAt: s.expiresAt })),
      failedSignIns: failures.map((f) => ({ at: f.at, ip: f.ip })),
    },
    'invitations-sent': invitationsSent.map((i) => ({ email: i.email, name: i.name, role: i.role, createdAt: i.createdAt, acceptedAt: i.acceptedAt ?? null })),
  };
  return { user, records };
}

export type { Locale };
