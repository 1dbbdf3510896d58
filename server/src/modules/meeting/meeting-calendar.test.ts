import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Agent, type Answer, DEMO } from '../../../test/harness.js';
import { Notification } from '../notification/notification.entity.js';
import { CalendarFeed } from './meeting.entity.js';
import { admin, contact, coordinator, deputy, hub, ids, otherContact, schedule, volunteer, useTestHub } from './meeting.test-support.js';

/**
 * Meetings: notifications and the calendar (invitations, feeds).
 * (Shared setup and helpers: meeting.test-support.ts.)
 */

useTestHub();

describe('notifications', () => {
  const notified = async (sourceId: string) => {
    const rows = await hub.orm.em.fork().find(Notification, { sourceId }, { populate: ['recipient'], orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map((r) => `${r.kind} ${r.recipient.email}`).sort();
  };

  it('tells invitees in the hub when they are invited, when the meeting changes or is cancelled, and assignees of action items', async () => {
    const m = await schedule();
    // The organiser (the actor) is not notified.
    expect(await notified(m.id)).toEqual([`MEETING_INVITED ${DEMO.coordinator}`, `MEETING_INVITED ${DEMO.volunteer}`]);
    await contact.ok(`mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2026-12-15T13:00", endsAt: "2026-12-15T14:00" }) { id } }`, { id: m.id });
    expect((await notified(m.id)).filter((x) => x.startsWith('MEETING_UPDATED'))).toEqual([`MEETING_UPDATED ${DEMO.coordinator}`, `MEETING_UPDATED ${DEMO.volunteer}`]);
    // A refused change notifies no one.
    await contact.gql(`mutation($id: ID!) { updateMeeting(id: $id, input: { endsAt: "2026-12-15T12:00" }) { id } }`, { id: m.id });
    expect(await notified(m.id)).toHaveLength(4);
    const item = (
      await contact.ok(`mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Book the room", assigneeId: $u, dueDate: "2027-01-10" }) { id } }`, {
        id: m.id,
        u: ids.user[DEMO.coordinator],
      })
    ).addActionItem;
    // The assignee's notification opens the meeting the item was agreed in.
    expect(await notified(item.id)).toEqual([]);
    expect((await notified(m.id)).filter((x) => x.startsWith('ACTION_ITEM'))).toEqual([`ACTION_ITEM_ASSIGNED ${DEMO.coordinator}`]);
    const [assigned] = await hub.orm.em.fork().find(Notification, { kind: 'ACTION_ITEM_ASSIGNED', sourceId: m.id });
    expect({ sourceType: assigned.sourceType, sourceId: assigned.sourceId, excerpt: assigned.excerpt }).toEqual({
      sourceType: 'MEETING',
      sourceId: m.id,
      excerpt: `Book the room (2027-01-10) — ${m.title}`,
    });
    const { notifications } = await coordinator.ok(`query { notifications(first: 20) { edges { node { kind sourceType sourceId } } } }`);
    expect(notifications.edges.map((e: Answer) => e.node)).toContainEqual({ kind: 'ACTION_ITEM_ASSIGNED', sourceType: 'MEETING', sourceId: m.id });
    await deputy.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
    expect((await notified(m.id)).filter((x) => x.startsWith('MEETING_CANCELLED'))).toEqual([
      `MEETING_CANCELLED ${DEMO.contact}`,
      `MEETING_CANCELLED ${DEMO.coordinator}`,
      `MEETING_CANCELLED ${DEMO.volunteer}`,
    ]);
  });
});

describe('calendar', () => {
  const fetchIcs = async (path: string, agent?: Agent) => {
    const res = await fetch(`${hub.url}${path}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  const parse = (body: string) => {
    const cal = new ICAL.Component(ICAL.parse(body));
    for (const vtimezone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
  };
  const tzid = (ev: ICAL.Event) => ev.component.getFirstProperty('dtstart')!.getParameter('tzid');

  it('the invite is an iCalendar event in Brussels time with a stable UID and a rising SEQUENCE; a cancellation is METHOD:CANCEL', async () => {
    const m = await schedule({ startsAt: '2027-06-15T10:00', endsAt: '2027-06-15T11:30' });
    const first = await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/calendar/);
    const a = parse(first.body);
    expect(a.cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(a.events).toHaveLength(1);
    const ev = a.events[0];
    expect(tzid(ev)).toBe('Europe/Brussels');
    expect([ev.startDate.hour, ev.startDate.minute, ev.endDate.hour, ev.endDate.minute]).toEqual([10, 0, 11, 30]);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2027-06-15T08:00:00.000Z');
    expect(ev.sequence).toBe(0);
    expect(first.body).toContain('BEGIN:VTIMEZONE');
    const uid = ev.uid;

    await contact.ok(`mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2027-06-16T09:00", endsAt: "2027-06-16T10:00" }) { id } }`, { id: m.id });
    const moved = parse((await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator)).body).events[0];
    expect(moved.uid).toBe(uid);
    expect(moved.sequence).toBe(1);
    expect([moved.startDate.day, moved.startDate.hour]).toEqual([16, 9]);

    await contact.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
    const cancelled = parse((await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator)).body);
    expect(cancelled.cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.events[0].uid).toBe(uid);
    expect(cancelled.events[0].sequence).toBe(2);
    expect(cancelled.events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('the invite follows the meeting policy', async () => {
    const m = await schedule({ inviteeIds: [] });
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`)).status).toBe(401);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, volunteer)).status).toBe(404);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, otherContact)).status).toBe(404);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, deputy)).status).toBe(200);
    expect((await fetchIcs(`/meetings/nope/invite.ics`, admin)).status).toBe(404);
  });

  it('the private feed lists the meetings the user is invited to; only a hash is stored; rotation and revocation end the old URL', async () => {
    const invited = await schedule({ startsAt: '2027-01-20T14:00', endsAt: '2027-01-20T15:00' });
    const notInvited = await schedule({ inviteeIds: [] });
    expect((await volunteer.ok(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(false);
    const { url } = (await volunteer.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed;
    expect((await volunteer.ok(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(true);
    const token = /^\/calendar\/(.+)\.ics$/.exec(url)![1];
    const stored = await hub.orm.em.fork().find(CalendarFeed, {});
    expect(stored.every((f) => f.tokenHash !== token && f.tokenHash.length === 64)).toBe(true);

    // No cookie needed: the secret is the credential.
    const feed = await fetchIcs(url);
    expect(feed.status).toBe(200);
    const { events } = parse(feed.body);
    const titles = events.map((e) => e.summary);
    expect(titles).toContain(invited.title);
    expect(titles).not.toContain(notInvited.title);
    const ev = events.find((e) => e.summary === invited.title)!;
    expect([tzid(ev), ev.startDate.hour]).toEqual(['Europe/Brussels', 14]);
    expect(ev.uid).toBe(`meeting-${invited.id}@partner-hub.fedasil`);

    const wrong = await fetchIcs(`/calendar/${token.slice(0, -2)}xx.ics`);
    expect(wrong).toMatchObject({ status: 404, body: 'Not found' });
    expect((await fetchIcs(`/calendar/${token}`)).status).toBe(404);

    const rotated = (await volunteer.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed.url;
    expect(rotated).not.toBe(url);
    expect((await fetchIcs(url)).status).toBe(404);
    expect((await fetchIcs(rotated)).status).toBe(200);
    expect((await volunteer.ok(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(true);
    expect((await fetchIcs(rotated)).status).toBe(404);
    expect((await volunteer.ok(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(false);
  });

  it('the feed costs the same number of SQL statements for few and for many meetings', async () => {
    const { url } = (await coordinator.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed;
    const measure = async () => {
      const start = hub.statements.count;
      const feed = await fetchIcs(url);
      return { statements: hub.statements.count - start, events: parse(feed.body).events.length };
    };
    const before = await measure();
    for (let i = 0; i < 4; i++) await schedule();
    const after = await measure();
    expect(after.events).toBe(before.events + 4);
    expect(after.statements).toBe(before.statements);
  });
});
