import { addDays, NOTIFICATION_KINDS } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, fewestStatements, startTestHub, type TestHub } from '../../../test/harness.js';
import { subscribe } from '../../../test/live.js';
import { DEMO_PASSWORD } from '../../seeders/demo.js';
import { hashPassword } from '../auth/index.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { Notification, NotificationPreference } from './notification.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
let passwordHash: string;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

let n = 0;
/** A coordinator of Samen Thuis vzw (a Mechelen member) of their own, so each test starts from an empty centre. */
async function person(): Promise<{ id: string; email: string; agent: Agent }> {
  const em = hub.orm.em.fork();
  const email = `notified-${++n}@fixture.example`;
  const u = em.create(User, { email, name: `Notified ${n}`, role: 'COORDINATOR', organisation: em.getReference(Organisation, ids.org['Samen Thuis vzw']), passwordHash });
  await em.flush();
  return { id: u.id, email, agent: await hub.as(email) };
}

/** `count` notifications for the recipient, one minute apart (the last is the newest), each by a demo actor. */
async function notifications(recipientId: string, count: number, opts: { sourceId?: string; at?: number } = {}): Promise<string[]> {
  const em = hub.orm.em.fork();
  const actors = [DEMO.contact, DEMO.deputy, DEMO.admin, DEMO.volunteer];
  const base = opts.at ?? Date.UTC(2026, 10, 1, 8);
  const rows = Array.from({ length: count }, (_, i) =>
    em.create(Notification, {
      recipient: em.getReference(User, recipientId),
      kind: 'FEEDBACK_SUBMITTED',
      sourceType: 'FEEDBACK_ROUND',
      sourceId: opts.sourceId ?? `round-${i}`,
      actor: em.getReference(User, ids.user[actors[i % actors.length]]),
      excerpt: `Excerpt ${i}`,
      createdAt: new Date(base + i * 60_000),
    }),
  );
  await em.flush();
  return rows.map((r) => r.id);
}

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind sourceType sourceId partnershipId messageId excerpt createdAt readAt actor { name } } }
  }
}`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const PREFS = `{ notificationPreferences { kind enabled } }`;
const SET_PREF = `mutation($kind: NotificationKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind enabled } }`;
const ADDED = `subscription { notificationAdded { id kind sourceType sourceId excerpt partnershipId actor { name } } }`;

describe('notifications', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(LIST, { first: 5 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the viewer’s own, newest first, a page at a time, with no gap and no repeat', async () => {
    const me = await person();
    const other = await person();
    const mine = await notifications(me.id, 7);
    await notifications(other.id, 3);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { notifications: page }: Answer = await me.agent.ok(LIST, { first: 3, after });
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: Answer) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...mine].reverse());
    const { notifications: first } = await me.agent.ok(LIST, { first: 1 });
    expect(first.edges[0].node).toEqual({
      id: mine[6],
      kind: 'FEEDBACK_SUBMITTED',
      sourceType: 'FEEDBACK_ROUND',
      sourceId: 'round-6',
      partnershipId: null,
      messageId: null,
      excerpt: 'Excerpt 6',
      createdAt: new Date(Date.UTC(2026, 10, 1, 8) + 6 * 60_000).toISOString(),
      readAt: null,
      actor: { name: 'Anna Peeters' }, // the admin: actors take turns contact, deputy, admin, volunteer
    });
  });

  it('orders notifications made in the same instant by id, and pages through them too', async () => {
    const me = await person();
    const em = hub.orm.em.fork();
    const at = new Date(Date.UTC(2026, 10, 2, 8));
    const rows = Array.from({ length: 5 }, () => em.create(Notification, { recipient: em.getReference(User, me.id), kind: 'MESSAGE', sourceType: 'THREAD', sourceId: 't', createdAt: at }));
    await em.flush();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { notifications: page }: Answer = await me.agent.ok(LIST, { first: 2, after });
      seen.push(...page.edges.map((e: Answer) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(
      rows
        .map((r) => r.id)
        .sort()
        .reverse(),
    );
  });

  it('only unread ones when asked', async () => {
    const me = await person();
    const [a, b] = await notifications(me.id, 2);
    await me.agent.ok(MARK, { id: a });
    const { notifications: page } = await me.agent.ok(LIST, { unreadOnly: true });
    expect(page.totalCount).toBe(1);
    expect(page.edges.map((e: Answer) => e.node.id)).toEqual([b]);
  });

  it('refuses a cursor that is not one of ours, and page sizes outside 1 to 200', async () => {
    const me = await person();
    await notifications(me.id, 3);
    for (const after of ['not-a-cursor', Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')]) {
      const res = await me.agent.gql(LIST, { first: 2, after });
      expect(codes(res), after).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.validationErrors).toEqual([{ field: 'after', constraints: ['cursor'] }]);
    }
    // Every list argument of the API takes 1 to 200 (test/limits.test.ts); within it, all three come back.
    expect(codes(await me.agent.gql(LIST, { first: 0 }))).toEqual(['LIST_SIZE_OUT_OF_RANGE']);
    expect(codes(await me.agent.gql(LIST, { first: 1000 }))).toEqual(['LIST_SIZE_OUT_OF_RANGE']);
    expect((await me.agent.ok(LIST, { first: 200 })).notifications.edges).toHaveLength(3);
  });

  it('a notification about a source the reader can no longer see shows only its stored excerpt; the source stays closed', async () => {
    // The volunteer was told of a Liège round (as if they had once been part of it).
    const em = hub.orm.em.fork();
    const round = em.create(FeedbackRound, {
      partnership: em.getReference(Partnership, ids.partnership.liege),
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      dueDate: '2026-01-31',
      generalNote: 'Confidential detail',
    });
    em.create(Notification, {
      recipient: em.getReference(User, ids.user[DEMO.volunteer]),
      kind: 'FEEDBACK_ACCEPTED',
      sourceType: 'FEEDBACK_ROUND',
      sourceId: round.id,
      partnershipId: ids.partnership.liege,
      excerpt: 'Liège Accueil · 2026-01-01 – 2026-01-31',
    });
    await em.flush();
    const { notifications: page } = await as.volunteer.ok(LIST, { first: 50 });
    const node = page.edges.map((e: Answer) => e.node).find((x: Answer) => x.sourceId === round.id);
    expect(node.excerpt).toBe('Liège Accueil · 2026-01-01 – 2026-01-31');
    expect(JSON.stringify(node)).not.toContain('Confidential');
    expect(codes(await as.volunteer.gql(`query($id: ID!) { feedbackRound(id: $id) { id } }`, { id: round.id }))).toEqual(['NOT_FOUND']);
  });

  it('sends the same number of SQL statements for 5 and for 40 notifications with their actors', async () => {
    const few = await person();
    const many = await person();
    await notifications(few.id, 5);
    await notifications(many.id, 40);
    const count = async (agent: Agent) => {
      const { statements, result } = await fewestStatements(hub, () => agent.ok(LIST, { first: 50 }));
      expect(result.notifications.edges.every((e: Answer) => e.node.actor?.name)).toBe(true);
      return statements;
    };
    const a = await count(few.agent);
    const b = await count(many.agent);
    expect(b).toBe(a);
    // The session, the page, the count and one batch of actors.
    expect(a).toBeLessThanOrEqual(5);
  });
});

describe('unreadNotificationCount', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(COUNT))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts the viewer’s unread notifications only', async () => {
    const me = await person();
    const other = await person();
    const [first] = await notifications(me.id, 4);
    await notifications(other.id, 2);
    expect((await me.agent.ok(COUNT)).unreadNotificationCount).toBe(4);
    await me.agent.ok(MARK, { id: first });
    expect((await me.agent.ok(COUNT)).unreadNotificationCount).toBe(3);
    expect((await other.agent.ok(COUNT)).unreadNotificationCount).toBe(2);
  });
});

describe('markNotificationRead', () => {
  it('requires sign-in', async () => {
    const me = await person();
    const [id] = await notifications(me.id, 1);
    expect(codes(await hub.agent().gql(MARK, { id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('marks one read, once: marking again keeps the first time', async () => {
    const me = await person();
    const [id] = await notifications(me.id, 1);
    const { markNotificationRead: first } = await me.agent.ok(MARK, { id });
    expect(first.readAt).toEqual(expect.any(String));
    const { markNotificationRead: again } = await me.agent.ok(MARK, { id });
    expect(again.readAt).toBe(first.readAt);
  });

  it('another person’s notification is NOT_FOUND, also for an admin, and stays unread', async () => {
    const me = await person();
    const [id] = await notifications(me.id, 1);
    for (const who of ['admin', 'contact', 'coordinator', 'volunteer']) expect(codes(await as[who].gql(MARK, { id })), who).toEqual(['NOT_FOUND']);
    expect((await hub.orm.em.fork().findOneOrFail(Notification, { id: id })).readAt).toBeNull();
  });

  it('an unknown id is NOT_FOUND', async () => {
    expect(codes(await as.contact.gql(MARK, { id: 'no-such-notification' }))).toEqual(['NOT_FOUND']);
  });
});

describe('markAllNotificationsRead', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(MARK_ALL))).toEqual(['UNAUTHENTICATED']);
  });

  it('marks all the viewer’s unread ones read and says how many; others’ stay unread', async () => {
    const me = await person();
    const other = await person();
    const [first] = await notifications(me.id, 3);
    await notifications(other.id, 2);
    await me.agent.ok(MARK, { id: first });
    expect((await me.agent.ok(MARK_ALL)).markAllNotificationsRead).toBe(2);
    expect((await me.agent.ok(COUNT)).unreadNotificationCount).toBe(0);
    expect((await me.agent.ok(MARK_ALL)).markAllNotificationsRead).toBe(0);
    expect((await other.agent.ok(COUNT)).unreadNotificationCount).toBe(2);
    // The one read before keeps its time.
    const stored = await hub.orm.em.fork().findOneOrFail(Notification, { id: first });
    const { notifications: page } = await me.agent.ok(LIST, { first: 10 });
    expect(page.edges.find((e: Answer) => e.node.id === first).node.readAt).toBe(stored.readAt!.toISOString());
  });
});

describe('notificationPreferences', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(PREFS))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists every kind, on by default, off once turned off', async () => {
    const me = await person();
    expect((await me.agent.ok(PREFS)).notificationPreferences).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: true })));
    await me.agent.ok(SET_PREF, { kind: 'MENTION', enabled: false });
    expect((await me.agent.ok(PREFS)).notificationPreferences).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: kind !== 'MENTION' })));
  });
});

describe('setNotificationPreference', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SET_PREF, { kind: 'MESSAGE', enabled: false }))).toEqual(['UNAUTHENTICATED']);
  });

  it('turns a kind off and on again (one row per person and kind), for the viewer only', async () => {
    const me = await person();
    const other = await person();
    expect((await me.agent.ok(SET_PREF, { kind: 'FEEDBACK_DUE', enabled: false })).setNotificationPreference).toEqual({ kind: 'FEEDBACK_DUE', enabled: false });
    await me.agent.ok(SET_PREF, { kind: 'FEEDBACK_DUE', enabled: false });
    expect((await me.agent.ok(SET_PREF, { kind: 'FEEDBACK_DUE', enabled: true })).setNotificationPreference).toEqual({ kind: 'FEEDBACK_DUE', enabled: true });
    expect(await hub.orm.em.fork().count(NotificationPreference, { user: me.id })).toBe(1);
    expect((await other.agent.ok(PREFS)).notificationPreferences.every((p: Answer) => p.enabled)).toBe(true);
  });

  it('concurrent settings of the same kind leave one row', async () => {
    const me = await person();
    const results = await Promise.all([false, false, false].map((enabled) => me.agent.gql(SET_PREF, { kind: 'MESSAGE', enabled })));
    for (const r of results) expect(r.errors ?? []).toEqual([]);
    expect(await hub.orm.em.fork().count(NotificationPreference, { user: me.id, kind: 'MESSAGE' })).toBe(1);
  });

  it('refuses an unknown kind', async () => {
    expect(codes(await as.contact.gql(SET_PREF, { kind: 'NEWSLETTER', enabled: false }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a kind turned off is not sent: a coordinator who turned off FEEDBACK_SENT_BACK is not told', async () => {
    const me = await person();
    await me.agent.ok(SET_PREF, { kind: 'FEEDBACK_SENT_BACK', enabled: false });
    const em = hub.orm.em.fork();
    const round = em.create(FeedbackRound, {
      partnership: em.getReference(Partnership, ids.partnership.mechelen),
      periodStart: '2025-01-01',
      periodEnd: '2025-01-31',
      dueDate: '2025-01-31',
      status: 'SUBMITTED',
      answers: [],
    });
    await em.flush();
    await as.contact.ok(`mutation($id: ID!) { sendBackFeedbackRound(id: $id, note: "More please") { id } }`, { id: round.id });
    const told = await hub.orm.em.fork().find(Notification, { sourceId: round.id }, { populate: ['recipient'] });
    const recipients = told.map((t) => t.recipient.email);
    expect(recipients).toContain(DEMO.coordinator);
    expect(recipients).not.toContain(me.email);
  });
});

describe('notificationAdded', () => {
  it('refuses a signed-out socket', async () => {
    const sub = subscribe(hub, hub.agent(), ADDED);
    await sub.until(
      async () => {},
      () => false,
    );
    await sub.close();
    expect(sub.closeCode).toBe(4403);
  });

  it('delivers the viewer’s own notifications live, and no one else’s', async () => {
    const me = await person();
    let day = 0;
    /** A submitted round of the partnership, sent back by its contact person: tells the partner's coordinators. */
    const sendBack = async (partnershipId: string, reviewer: Agent) => {
      const em = hub.orm.em.fork();
      const start = addDays('2024-01-01', day++);
      const round = em.create(FeedbackRound, { partnership: em.getReference(Partnership, partnershipId), periodStart: start, periodEnd: start, dueDate: start, status: 'SUBMITTED', answers: [] });
      await em.flush();
      await reviewer.ok(`mutation($id: ID!) { sendBackFeedbackRound(id: $id, note: "Again") { id } }`, { id: round.id });
    };
    const forMe = subscribe(hub, me.agent, ADDED);
    await forMe.until(
      () => sendBack(ids.partnership.mechelen, as.deputy),
      (d) => d.notificationAdded?.kind === 'FEEDBACK_SENT_BACK',
    );
    await forMe.close();
    expect(forMe.payloads.filter((p) => p.errors)).toEqual([]);
    const [event] = forMe.events('notificationAdded');
    expect(event).toMatchObject({
      kind: 'FEEDBACK_SENT_BACK',
      sourceType: 'FEEDBACK_ROUND',
      partnershipId: ids.partnership.mechelen,
      actor: { name: 'Sofie Maes' },
      excerpt: expect.stringMatching(/^Onthaalgroep Mechelen · 2024-/),
    });
    const stored = await hub.orm.em.fork().findOneOrFail(Notification, { id: event.id }, { populate: ['recipient'] });
    expect(stored.recipient.id).toBe(me.id);

    // Liège's coordinator: Mechelen's notifications (made first, each time) never reach them, their own do.
    const bystander = subscribe(hub, as.otherCoordinator, ADDED);
    await bystander.until(
      async () => {
        await sendBack(ids.partnership.mechelen, as.contact);
        await sendBack(ids.partnership.liege, as.otherContact);
      },
      (d) => d.notificationAdded?.partnershipId === ids.partnership.liege,
    );
    await bystander.close();
    const theirs = bystander.events('notificationAdded');
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e: Answer) => e.partnershipId === ids.partnership.liege && e.actor.name === 'Marc Dubois')).toBe(true);
  });
});
