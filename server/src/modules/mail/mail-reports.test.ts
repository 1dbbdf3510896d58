/**
 * Email reports with a real SMTP server: overdue reports (bell and mail, once) and the daily digest
 * on a fixed clock across a restart. (Shared set-up: mail.test-support.ts.)
 */
import { describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { type Answer, codes, DEMO, startTestHub, type TestHub } from '../../../test/harness.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { ActionItem, Meeting } from '../meeting/meeting.entity.js';
import { notifyOverdue } from '../notification/index.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { makeDigests } from './mail.digest.js';
import { deliver, drain, freshPartnership, header, hub, mechelenThread, SEND, smtp, systemCtx, text, uid, lastFixtureName, useMailHub } from './mail.test-support.js';

useMailHub();

describe('overdue reports', () => {
  it('a feedback round past its due date: the coordinators and the contact person and deputy, bell and mail, once', async () => {
    // What the demo data already has overdue is reported first, apart.
    await notifyOverdue(systemCtx());
    await drain();
    const partnershipId = await freshPartnership();
    const em = hub.orm.em.fork();
    const yesterday = new Date(Date.now() - 24 * 3600_000).toISOString().slice(0, 10);
    const round = em.create(FeedbackRound, { partnership: em.getReference(Partnership, partnershipId), periodStart: '2026-11-01', periodEnd: '2026-11-30', dueDate: yesterday, status: 'OPEN' });
    await em.flush();
    // Only the coordinators of Samen Thuis vzw are coordinators of the partnership's member organisations.
    expect(await notifyOverdue(systemCtx())).toBe(1);
    expect(await notifyOverdue(systemCtx())).toBe(0);
    const rows = (await hub.orm.em.fork().getConnection().execute(`select recipient_id from notification where kind = 'FEEDBACK_OVERDUE' and source_id = ?`, [round.id])) as { recipient_id: string }[];
    expect(rows.map((r) => r.recipient_id).sort()).toEqual([uid(DEMO.coordinator), uid(DEMO.contact), uid(DEMO.deputy)].sort());
    await deliver();
    // Coordinators: at once by default; contact persons: in the digest.
    const [mail, ...more] = smtp.to(DEMO.coordinator);
    expect(more).toEqual([]);
    expect(mail.parsed.subject).toBe(`Feedback te laat: ${lastFixtureName()} · 2026-11-01 – 2026-11-30`);
    expect(text(mail)).toContain(`/partnerships/${partnershipId}?round=${round.id}#feedback`);
    expect(smtp.to(DEMO.contact)).toEqual([]);
  });

  it('an open action item past its due date: its assignee, once', async () => {
    await drain();
    const em = hub.orm.em.fork();
    const meeting = await em.findOneOrFail(Meeting, { status: { $ne: 'CANCELLED' } }, { orderBy: { createdAt: 'asc' } });
    const yesterday = new Date(Date.now() - 24 * 3600_000).toISOString().slice(0, 10);
    const item = em.create(ActionItem, { meeting, title: 'Huurcontract nakijken', assignee: em.getReference(User, uid(DEMO.coordinator)), dueDate: yesterday });
    await em.flush();
    expect(await notifyOverdue(systemCtx())).toBe(1);
    expect(await notifyOverdue(systemCtx())).toBe(0);
    const reminders = (await hub.orm.em.fork().getConnection().execute(`select count(*) as n from overdue_reminder where source_id = ?`, [item.id])) as { n: number }[];
    expect(Number(reminders[0].n)).toBe(1);
    await deliver();
    const mails = smtp.to(DEMO.coordinator).filter((m) => m.parsed.subject === 'Actiepunt te laat');
    expect(mails).toHaveLength(1);
    expect(text(mails[0])).toContain(`/meetings/${meeting.id}`);
    // An action item's title is not named in the mail.
    expect(mails[0].raw).not.toContain('Huurcontract');
  });
});

describe('the daily digest (fixed clock)', () => {
  it('three events, one digest at the chosen Brussels time with every line, nothing twice across a restart', async () => {
    await drain();
    // Only the clock is fixed: sockets and timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-10T08:00:00Z')); // 09:00 in Brussels
    // Nothing else waits for the volunteer's digest (earlier cases' lines went out in a digest of their own).
    await makeDigests(systemCtx(), new Date('2027-03-10T07:59:00Z'));
    await drain();

    const volunteer = await hub.as(DEMO.volunteer);
    const set = await volunteer.ok(`mutation { setDigestTime(time: "17:30") { digestTime kinds { kind mode } } }`);
    expect(set.setDigestTime.digestTime).toBe('17:30');
    expect(set.setDigestTime.kinds.find((k: { kind: string }) => k.kind === 'MENTION').mode).toBe('DIGEST');
    expect(codes(await volunteer.gql(`mutation { setDigestTime(time: "25:00") { digestTime } }`))).toEqual(['DIGEST_TIME_INVALID']);

    const coordinator = await hub.as(DEMO.coordinator);
    const threadId = await mechelenThread(coordinator);
    for (const [at, body] of [
      ['2027-03-10T08:00:00Z', '@Pieter eerste'],
      ['2027-03-10T09:00:00Z', '@Pieter tweede'],
      ['2027-03-10T10:00:00Z', '@Pieter derde'],
    ] as const) {
      vi.setSystemTime(new Date(at));
      await coordinator.ok(SEND, { input: { threadId, clientId: randomUUID(), body, mentionIds: [uid(DEMO.volunteer)] } });
    }
    const count = async (target: TestHub) => (await target.orm.em.fork().find(OutboxMessage, { to: DEMO.volunteer, kind: 'DIGEST' })).length;
    const earlier = await count(hub);
    const digestsTo = async (target: TestHub) => (await count(target)) - earlier;

    // 17:00 in Brussels: not yet.
    await makeDigests(systemCtx(), new Date('2027-03-10T16:00:00Z'));
    expect(await digestsTo(hub)).toBe(0);
    // 17:35: the digest, with the three.
    await makeDigests(systemCtx(), new Date('2027-03-10T16:35:00Z'));
    expect(await digestsTo(hub)).toBe(1);

    // A restart: another process on the same database makes no second digest, and delivers it once.
    const restarted = await startTestHub({ shareDatabaseWith: hub });
    try {
      await makeDigests(systemCtx(restarted), new Date('2027-03-10T16:40:00Z'));
      expect(await digestsTo(restarted)).toBe(1);
      await deliver(new Date('2027-03-10T16:40:00Z'), restarted);
      await deliver(new Date('2027-03-10T16:41:00Z'), hub);
      // The next day: nothing new, no digest.
      await makeDigests(systemCtx(restarted), new Date('2027-03-11T16:35:00Z'));
      expect(await digestsTo(restarted)).toBe(1);
    } finally {
      await restarted.server.close();
      await new Promise((r) => restarted.server.httpServer.close(r));
      await restarted.orm.close(true);
    }

    const [digest, ...more] = smtp.to(DEMO.volunteer);
    expect(more).toEqual([]);
    expect(digest.parsed.subject).toBe('Partner Hub: 3 updates sinds het vorige overzicht');
    expect(text(digest).match(/Lotte Claes noemde je in een gesprek\./g)).toHaveLength(3);
    expect(text(digest)).toContain(`http://localhost:4000/messages/${threadId}`);
    expect(digest.raw).not.toMatch(/eerste|tweede|derde/);
    expect(header(digest, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4000\/unsubscribe\/.+\.DIGEST\./);
    expect(header(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The bell agrees: three mentions.
    const bell = await volunteer.ok(`{ notifications(first: 10) { edges { node { kind sourceId } } } }`);
    expect(bell.notifications.edges.filter((e: Answer) => e.node.kind === 'MENTION' && e.node.sourceId === threadId)).toHaveLength(3);
  });
});
