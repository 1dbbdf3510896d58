import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../app/context.js';
import { DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { Notification, NotificationPreference } from './notification.entity.js';
import { excerptOf, notify, publishNotifications } from './notification.service.js';
import { User } from '../user/user.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

function contextAs(email: string) {
  const em = hub.orm.em.fork();
  const id = ids.user[email];
  return createContext({
    viewer: { id, role: 'CONTACT_PERSON', organisationId: null, language: 'nl', sessionTokenHash: 'test' },
    em,
    ip: '127.0.0.1',
    cookies: null,
    app: { config: hub.config, logger: console, pubSub: hubPubSub() },
  });
}

/** Collects what is published, in place of the hub's pub/sub. */
const published: unknown[] = [];
function hubPubSub() {
  return {
    publish: (_topic: string, payload: unknown) => published.push(payload),
    subscribe: () => {
      throw new Error('not used');
    },
  } as never;
}

describe('notify', () => {
  it('queues one notification per recipient in the caller’s unit of work, never for the actor, and writes them on the caller’s flush', async () => {
    const ctx = contextAs(DEMO.contact);
    const recipients = [ids.user[DEMO.coordinator], ids.user[DEMO.volunteer], ids.user[DEMO.contact], ids.user[DEMO.volunteer]];
    const queued = await notify(ctx, {
      recipientIds: recipients,
      kind: 'MESSAGE',
      sourceType: 'THREAD',
      sourceId: 'thread-1',
      partnershipId: ids.partnership.mechelen,
      excerpt: 'Hallo\n\n  allemaal',
    });
    expect(queued.map((n) => n.recipient.id).sort()).toEqual([ids.user[DEMO.coordinator], ids.user[DEMO.volunteer]].sort());
    expect(await hub.orm.em.fork().count(Notification, { sourceId: 'thread-1' })).toBe(0); // nothing written before the flush
    await ctx.em.flush();
    publishNotifications(ctx, queued);
    const stored = await hub.orm.em.fork().find(Notification, { sourceId: 'thread-1' }, { populate: ['actor'] });
    expect(stored).toHaveLength(2);
    expect(stored.every((n) => n.actor?.id === ids.user[DEMO.contact] && n.excerpt === 'Hallo allemaal' && n.readAt === null && n.kind === 'MESSAGE')).toBe(true);
    expect(published).toEqual(expect.arrayContaining(queued.map((n) => ({ notificationId: n.id, recipientId: n.recipient.id }))));
  });

  it('skips people who turned that kind off, and only that kind', async () => {
    const em = hub.orm.em.fork();
    em.create(NotificationPreference, { user: em.getReference(User, ids.user[DEMO.volunteer]), kind: 'MENTION', enabled: false });
    await em.flush();
    const ctx = contextAs(DEMO.contact);
    const recipientIds = [ids.user[DEMO.volunteer], ids.user[DEMO.coordinator]];
    const mentions = await notify(ctx, { recipientIds, kind: 'MENTION', sourceType: 'THREAD', sourceId: 'thread-2' });
    const messages = await notify(ctx, { recipientIds, kind: 'MESSAGE', sourceType: 'THREAD', sourceId: 'thread-2' });
    expect(mentions.map((n) => n.recipient.id)).toEqual([ids.user[DEMO.coordinator]]);
    expect(messages).toHaveLength(2);
  });

  it('returns nothing and queries nothing without recipients', async () => {
    const ctx = contextAs(DEMO.contact);
    const before = hub.statements.count;
    expect(await notify(ctx, { recipientIds: [ids.user[DEMO.contact]], kind: 'MESSAGE', sourceType: 'THREAD', sourceId: 'x' })).toEqual([]);
    expect(hub.statements.count).toBe(before);
  });
});

describe('excerptOf', () => {
  it('flattens white space and cuts long text with an ellipsis', () => {
    expect(excerptOf(null)).toBeNull();
    expect(excerptOf(' a \n b ')).toBe('a b');
    const long = excerptOf('x'.repeat(500))!;
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });
});
