/**
 * A national year's reads send a constant number of SQL statements: the partnerships dashboard,
 * the contact person's board, the inbox, a thread page and the notification list, measured on the
 * volume data (bench/volume-data.ts) at a small size and again after adding three times as much.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateVolume, VOLUME_CONTACT } from '../bench/volume-data.js';
import { DEMO, fewestStatements, type TestHub, startTestHub } from './harness.js';

export const VOLUME_READS = {
  dashboard: `{ partnerships(first: 50) { totalCount edges { node {
    id name fundingTotalCents personsCount status programme { code }
    members { lead organisation { name kind } } contactPerson { name } deputy { name }
    viewerCan { update registerHousehold }
    households { reference status guidanceEnd hasSpecificNeeds head { firstName } members { firstName relationship } funding { totalCents lines { kind amountCents } } viewerCan { update } }
  } } } }`,
  board: `{ board(sort: FLAGS) {
    reference status flags hasSpecificNeeds guidanceEnd lastActivityAt nextHomeSearchDueFrom
    progress { done total } nextStep { key dueDate overdue member { firstName } updatedBy { name } }
    housing { street leaseEnd coversFirstYear movedInOn } head { firstName } members { firstName }
    funding { totalCents lines { kind amountCents } } partnership { name programme { code } } viewerCan { updateStep updateHousing }
  } }`,
  inbox: `{ threads(first: 30) { edges { node {
    id kind subject lastActivityAt unreadCount viewerLastReadSeq muted
    partnership { name } household { reference } createdBy { name }
    lastMessage { id seq body author { name } createdAt }
  } } } }`,
  thread: `query($id: ID!) { messages(threadId: $id, limit: 50) { hasMore messages {
    id seq body internal createdAt edited deleted author { name } replyTo { id body } mentions { name } attachments { id } seenBy { name }
  } } }`,
  notifications: `{ notifications(first: 20) { totalCount edges { node { id kind sourceType sourceId messageId partnershipId excerpt createdAt readAt actor { name } } } } }`,
} as const;

describe('a national year of data: statements per read do not grow with the data', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('sends the same number of statements for each of the five reads at two sizes', async () => {
    const admin = await hub.as(DEMO.admin);
    const contact = await hub.as(VOLUME_CONTACT);
    // Small: 20 partnerships (200 households), 8 threads of 60 messages, 200 notifications.
    const small = { partnerships: 20, householdsPerPartnership: 10, threads: 8, messagesPerThread: 60, notifications: 200 };
    const first = await generateVolume(hub.orm, small);
    const threadId = first.threadIds[0];
    const measure = async () => {
      const run = async (name: keyof typeof VOLUME_READS, agent: typeof admin, variables: Record<string, unknown> = {}) => {
        await agent.ok(VOLUME_READS[name], variables); // warm-up
        return fewestStatements(hub, () => agent.ok(VOLUME_READS[name], variables));
      };
      const dashboard = await run('dashboard', admin);
      const board = await run('board', contact);
      const inbox = await run('inbox', contact);
      const thread = await run('thread', contact, { id: threadId });
      const notifications = await run('notifications', contact);
      return {
        statements: { dashboard: dashboard.statements, board: board.statements, inbox: inbox.statements, thread: thread.statements, notifications: notifications.statements },
        rows: {
          dashboard: dashboard.result.partnerships.edges.length,
          dashboardTotal: dashboard.result.partnerships.totalCount,
          board: board.result.board.length,
          inbox: inbox.result.threads.edges.length,
          thread: thread.result.messages.messages.length,
          threadSeqs: thread.result.messages.messages.map((m: { seq: number }) => m.seq),
          threadHasMore: thread.result.messages.hasMore,
          notifications: notifications.result.notifications.edges.length,
          notificationsTotal: notifications.result.notifications.totalCount,
        },
      };
    };
    const before = await measure();
    // The generated thread reads as the app keeps it: the newest 50 of 60, numbered without gaps.
    expect(before.rows.threadSeqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    expect(before.rows.threadHasMore).toBe(true);
    // Three times as much again: four times the small size in all.
    await generateVolume(hub.orm, { ...small, partnerships: 60, threads: 24, notifications: 600 });
    const after = await measure();

    // The reads return more rows (or full pages) at the larger size...
    expect(after.rows.dashboardTotal).toBeGreaterThan(before.rows.dashboardTotal + 50);
    expect(after.rows.dashboard).toBe(50);
    expect(after.rows.board).toBeGreaterThan(before.rows.board * 3);
    expect(after.rows.inbox).toBe(30);
    expect(after.rows.thread).toBe(50);
    expect(after.rows.notifications).toBe(20);
    expect(after.rows.notificationsTotal).toBeGreaterThan(before.rows.notificationsTotal * 3);
    // ...with the same statements, and few.
    expect(after.statements).toEqual(before.statements);
    for (const n of Object.values(after.statements)) expect(n).toBeLessThanOrEqual(14);
  }, 300_000);
});
