import { createHash, randomBytes } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TIME_ZONE } from '@partner-hub/shared';
import { DateTime } from 'luxon';
import ical, { ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { type Context, requireViewer } from '../../app/context.js';
import { User } from '../user/user.entity.js';
import { CalendarFeed, Meeting, MeetingInvitee } from './meeting.entity.js';
import { meetingLoaders } from './meeting.loaders.js';
import { loadMeeting } from './meeting.access.js';
import type { CalendarFeedLink, CalendarFeedStatus } from './meeting.types.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A stable UID per meeting: the same in the single invite and in every feed, across updates. */
export const meetingUid = (m: Meeting) => `meeting-${m.id}@partner-hub.fedasil`;

const PARTSTAT = { YES: ICalAttendeeStatus.ACCEPTED, NO: ICalAttendeeStatus.DECLINED, MAYBE: ICalAttendeeStatus.TENTATIVE } as const;

/** The iCalendar text of some meetings (in Brussels time, with its VTIMEZONE). */
async function calendarOf(ctx: Context, meetings: Meeting[], options: { name: string; method?: ICalCalendarMethod }): Promise<string> {
  const l = meetingLoaders(ctx);
  const base = ctx.app.config.publicUrl.replace(/\/$/, '');
  const cal = ical({
    name: options.name,
    prodId: { company: 'Fedasil', product: 'Partner Hub', language: 'EN' },
    method: options.method ?? null,
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
  });
  // Batched: one statement for the invitees of every meeting, one for the people.
  const details = await Promise.all(
    meetings.map(async (m) => {
      const invitees = await l.invitees.load(m.id);
      const [users, organiser] = await Promise.all([Promise.all(invitees.map((i) => ctx.loaders.user.load(i.user.id))), m.createdBy ? ctx.loaders.user.load(m.createdBy.id) : null]);
      return { invitees, users, organiser };
    }),
  );
  for (const [index, m] of meetings.entries()) {
    const { invitees, users, organiser } = details[index];
    const link = `${base}/meetings/${m.id}`;
    const description = [m.description, m.onlineUrl ? `Online: ${m.onlineUrl}` : null, `Partner Hub: ${link}`].filter(Boolean).join('\n\n');
    cal.createEvent({
      id: meetingUid(m),
      sequence: m.sequence,
      stamp: m.updatedAt,
      // Luxon times: ical-generator writes them as Brussels wall-clock times with TZID (a native Date would use the process's zone).
      start: DateTime.fromJSDate(m.startsAt, { zone: TIME_ZONE }),
      end: DateTime.fromJSDate(m.endsAt, { zone: TIME_ZONE }),
      timezone: TIME_ZONE,
      summary: m.status === 'CANCELLED' ? `[Cancelled] ${m.title}` : m.title,
      description,
      location: m.place ?? m.onlineUrl ?? null,
      url: link,
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: organiser ? { name: organiser.name, email: organiser.email } : undefined,
      attendees: invitees.flatMap((i, n) => {
        const u = users[n];
        return u ? [{ name: u.name, email: u.email, status: i.response ? PARTSTAT[i.response] : ICalAttendeeStatus.NEEDSACTION }] : [];
      }),
    });
  }
  return cal.toString();
}

/** The single invite of a meeting (same policy as `meeting`): METHOD:REQUEST, or METHOD:CANCEL once cancelled. */
export async function meetingInvite(ctx: Context, meetingId: string): Promise<{ filename: string; body: string }> {
  const m = await loadMeeting(ctx, meetingId);
  const body = await calendarOf(ctx, [m], { name: m.title, method: m.status === 'CANCELLED' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  return { filename: `meeting-${m.startsAt.toISOString().slice(0, 10)}.ics`, body };
}

/**
 * The invite a mail carries (the outbox's delivery worker, no viewer: the mail was queued for an
 * invitee by the meeting service). The meeting as it now is; null when it no longer exists.
 */
export async function meetingInviteForMail(ctx: Context, meetingId: string, method: 'REQUEST' | 'CANCEL'): Promise<{ method: 'REQUEST' | 'CANCEL'; content: string } | null> {
  const m = await ctx.em.findOne(Meeting, { id: meetingId });
  if (!m) return null;
  // A mail delivered late (a retry) about a meeting cancelled since: the invite cancels it.
  const cancel = method === 'CANCEL' || m.status === 'CANCELLED';
  const content = await calendarOf(ctx, [m], { name: m.title, method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  return { method: cancel ? 'CANCEL' : 'REQUEST', content };
}

/** The private feed of the user the token belongs to: the meetings they are invited to (from a year back). Null for an unknown token. */
export async function calendarFeedBody(ctx: Context, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await ctx.em.findOne(CalendarFeed, { tokenHash: hashToken(token) });
  if (!feed) return null;
  const user = await ctx.em.findOne(User, { id: feed.user.id, removedAt: null });
  if (!user) return null;
  const since = new Date(Date.now() - 365 * 24 * 3600 * 1000);
  const invited = await ctx.em.find(MeetingInvitee, { user: user.id, meeting: { endsAt: { $gte: since } } }, { populate: ['meeting'], orderBy: { meeting: { startsAt: 'asc' } } });
  return calendarOf(
    ctx,
    invited.map((i) => i.meeting),
    { name: 'Partner Hub', method: ICalCalendarMethod.PUBLISH },
  );
}

export async function calendarFeedStatus(ctx: Context): Promise<CalendarFeedStatus> {
  const viewer = requireViewer(ctx);
  const feed = await ctx.em.findOne(CalendarFeed, { user: viewer.id });
  return { active: !!feed, createdAt: feed?.createdAt ?? null };
}

/** A new secret feed URL; only its hash is stored, and the previous one stops working. */
export async function rotateCalendarFeed(ctx: Context): Promise<CalendarFeedLink> {
  const viewer = requireViewer(ctx);
  const token = randomBytes(32).toString('base64url');
  const existing = await ctx.em.findOne(CalendarFeed, { user: viewer.id });
  const feed = existing ?? ctx.em.create(CalendarFeed, { user: ctx.em.getReference(User, viewer.id), tokenHash: hashToken(token) });
  feed.tokenHash = hashToken(token);
  feed.createdAt = new Date();
  await ctx.em.flush();
  return { url: `/calendar/${token}.ics`, createdAt: feed.createdAt };
}

export async function revokeCalendarFeed(ctx: Context): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const feed = await ctx.em.findOne(CalendarFeed, { user: viewer.id });
  if (!feed) return false;
  ctx.em.remove(feed);
  await ctx.em.flush();
  return true;
}
