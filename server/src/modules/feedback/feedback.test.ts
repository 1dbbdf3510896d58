import { addDays, addMonths } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { type Answer, codes, DEMO, fewestStatements } from '../../../test/harness.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from './feedback.entity.js';
import { makeDueRounds, periodAt, periodsDue } from './feedback.service.js';
import { createContext } from '../../app/context.js';
import { MINE, ROUND, ROUNDS, SET, SETTINGS, as, hub, ids, monthlySince, notificationsOf, partnership, round, today, useTestHub } from './feedback.test-support.js';

useTestHub();

describe('periods', () => {
  it('follow the start date month by month (no drift at month ends), quarter by quarter', () => {
    expect(periodAt({ rhythm: 'MONTHLY', startDate: '2026-01-31' }, 1)).toEqual({ periodStart: '2026-02-28', periodEnd: '2026-03-30', dueDate: '2026-03-30' });
    expect(periodAt({ rhythm: 'MONTHLY', startDate: '2026-01-31' }, 2).periodStart).toBe('2026-03-31');
    expect(periodAt({ rhythm: 'QUARTERLY', startDate: '2026-01-01' }, 1)).toEqual({ periodStart: '2026-04-01', periodEnd: '2026-06-30', dueDate: '2026-06-30' });
  });

  it('are owed from the period the rhythm took effect in, up to today, after the newest round made', () => {
    const s = { rhythm: 'MONTHLY' as const, startDate: '2026-01-01', activeFrom: '2026-05-10', madeUntil: null };
    expect(periodsDue(s, '2026-07-02').map((p) => p.periodStart)).toEqual(['2026-05-01', '2026-06-01', '2026-07-01']);
    expect(periodsDue({ ...s, madeUntil: '2026-06-30' }, '2026-07-02').map((p) => p.periodStart)).toEqual(['2026-07-01']);
    expect(periodsDue({ ...s, madeUntil: '2026-07-31' }, '2026-07-02')).toEqual([]);
    expect(periodsDue({ ...s, startDate: '2026-09-01', activeFrom: '2026-09-01' }, '2026-07-02')).toEqual([]);
  });
});

describe('feedbackSettings', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SETTINGS, { p: ids.partnership.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows the demo rhythm, and who may change it', async () => {
    const month = `${today().slice(0, 7)}-01`;
    for (const [who, can] of [
      ['contact', true],
      ['deputy', true],
      ['admin', true],
      ['coordinator', false],
      ['volunteer', false],
    ] as const) {
      const { feedbackSettings } = await as[who].ok(SETTINGS, { p: ids.partnership.mechelen });
      expect(feedbackSettings, who).toEqual({ partnershipId: ids.partnership.mechelen, rhythm: 'MONTHLY', startDate: addMonths(month, -1), viewerCanSet: can });
    }
  });

  it('another partnership is NOT_FOUND', async () => {
    expect(codes(await as.otherContact.gql(SETTINGS, { p: ids.partnership.mechelen }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.volunteer.gql(SETTINGS, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
  });

  it('no rhythm is null', async () => {
    const p = await partnership();
    expect((await as.contact.ok(SETTINGS, { p })).feedbackSettings).toMatchObject({ rhythm: null, startDate: null });
  });
});

describe('feedbackRounds', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(ROUNDS, { p: ids.partnership.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the demo rounds newest first: this month open, last month accepted with its history', async () => {
    const month = `${today().slice(0, 7)}-01`;
    for (const who of ['admin', 'contact', 'deputy', 'coordinator', 'volunteer']) {
      const { feedbackRounds } = await as[who].ok(ROUNDS, { p: ids.partnership.mechelen });
      expect(
        feedbackRounds.map((r: Answer) => [r.periodStart, r.status]),
        who,
      ).toEqual([
        [month, 'OPEN'],
        [addMonths(month, -1), 'ACCEPTED'],
      ]);
      const [open, accepted] = feedbackRounds;
      expect(open.overdue).toBe(false);
      expect(open.answers).toEqual([
        { objective: 'SUSTAINABLE_HOUSING', status: null, text: null },
        { objective: 'GUIDANCE', status: null, text: null },
        { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
      ]);
      expect(accepted.history.map((h: Answer) => [h.kind, h.by.name])).toEqual([
        ['SUBMITTED', 'Lotte Claes'],
        ['ACCEPTED', 'Koen Janssens'],
      ]);
      expect(accepted.history[0].answers[1]).toEqual({ objective: 'GUIDANCE', status: 'CONCERNS', text: 'Waiting for the health insurance card.' });
    }
  });

  it('another partnership is NOT_FOUND, as is an unknown one', async () => {
    expect(codes(await as.otherContact.gql(ROUNDS, { p: ids.partnership.mechelen }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.coordinator.gql(ROUNDS, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(ROUNDS, { p: 'no-such-partnership' }))).toEqual(['NOT_FOUND']);
  });

  it('makes the rounds a rhythm owes on demand, once, also under concurrent reads, and tells the coordinators once', async () => {
    const p = await partnership();
    // A rhythm set two months ago, then nobody looked: the periods since are owed.
    const start = await monthlySince(p, 2);
    const results = await Promise.all([as.volunteer, as.coordinator, as.contact, as.deputy, as.admin].map((a) => a.gql(ROUNDS, { p })));
    for (const r of results) expect(r.errors ?? []).toEqual([]);
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p }, { orderBy: { periodStart: 'asc' } });
    expect(rows.map((r) => r.periodStart)).toEqual([start, addMonths(start, 1), addMonths(start, 2)]);
    expect(rows.map((r) => r.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
    // Past periods are overdue; the current one is not.
    const { feedbackRounds } = await as.contact.ok(ROUNDS, { p });
    expect(feedbackRounds.map((r: Answer) => r.overdue)).toEqual([false, true, true]);
    // One FEEDBACK_DUE for the newest round, to the partner's coordinator only.
    expect(await notificationsOf(rows[2].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    expect(await notificationsOf(rows[0].id)).toEqual([]);
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(3);
  });
});

describe('scheduled job', () => {
  it('makes the rounds every schedule owes and tells the coordinators, with nobody opening the hub; once only', async () => {
    const p = await partnership();
    const start = await monthlySince(p, 1);
    const run = () => makeDueRounds(createContext({ viewer: null, em: hub.orm.em.fork(), ip: 'scheduler', cookies: null, app: hub.server.services }));
    expect(await run()).toBeGreaterThan(0);
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p }, { orderBy: { periodStart: 'asc' } });
    expect(rows.map((r) => r.periodStart)).toEqual([start, addMonths(start, 1)]);
    expect(await notificationsOf(rows[1].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // Again (the next tick, or another server process): nothing more.
    await Promise.all([run(), run()]);
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(2);
    expect(await notificationsOf(rows[1].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // The coordinator sees it among what waits for them.
    const { myFeedbackRounds } = await as.coordinator.ok(MINE);
    expect(myFeedbackRounds.map((r: Answer) => r.id)).toContain(rows[1].id);
  });
});

describe('statement counts', () => {
  /** A partnership with `count` accepted rounds, each with a submission and an acceptance in its history. */
  async function withRounds(count: number): Promise<string> {
    const p = await partnership();
    const em = hub.orm.em.fork();
    for (let i = 0; i < count; i++) {
      const start = addMonths('2020-01-01', i);
      const r = em.create(FeedbackRound, {
        partnership: em.getReference(Partnership, p),
        periodStart: start,
        periodEnd: addDays(addMonths(start, 1), -1),
        dueDate: addDays(addMonths(start, 1), -1),
        status: 'ACCEPTED',
        submittedBy: em.getReference(User, ids.user[i % 2 ? DEMO.volunteer : DEMO.coordinator]),
        reviewedBy: em.getReference(User, ids.user[i % 2 ? DEMO.contact : DEMO.deputy]),
      });
      em.create(FeedbackRevision, { round: r, kind: 'SUBMITTED', by: r.submittedBy, answers: [] });
      em.create(FeedbackRevision, { round: r, kind: 'ACCEPTED', by: r.reviewedBy });
    }
    await em.flush();
    return p;
  }

  it('the rounds of a partnership, with their people and history, cost the same for 2 and for 12 rounds', async () => {
    const few = await withRounds(2);
    const many = await withRounds(12);
    const cost = async (p: string) => {
      const { statements, result } = await fewestStatements(hub, () => as.contact.ok(ROUNDS, { p }));
      expect(result.feedbackRounds.every((r: Answer) => r.history.length === 2 && r.history.every((h: Answer) => h.by.name) && r.submittedBy.name && r.partnership.id === p)).toBe(true);
      return statements;
    };
    expect(await cost(many)).toBe(await cost(few));
  });
});

describe('feedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(ROUND, { id: r.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('opens one round for everyone in the partnership', async () => {
    const r = await round();
    for (const who of ['admin', 'contact', 'deputy', 'coordinator', 'volunteer']) expect((await as[who].ok(ROUND, { id: r.id })).feedbackRound.id, who).toBe(r.id);
  });

  it('another partnership’s round is NOT_FOUND, as is an unknown one', async () => {
    const r = await round({ target: 'other' });
    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer']) expect(codes(await as[who].gql(ROUND, { id: r.id })), who).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(ROUND, { id: 'nope' }))).toEqual(['NOT_FOUND']);
  });

  it('says what the viewer may do now', async () => {
    const open = await round();
    const submitted = await round({ status: 'SUBMITTED' });
    const can = async (who: string, id: string) => (await as[who].ok(ROUND, { id })).feedbackRound.viewerCan;
    expect(await can('volunteer', open.id)).toEqual({ submit: true, review: false });
    expect(await can('coordinator', open.id)).toEqual({ submit: true, review: false });
    expect(await can('contact', open.id)).toEqual({ submit: false, review: false });
    expect(await can('contact', submitted.id)).toEqual({ submit: false, review: true });
    expect(await can('admin', submitted.id)).toEqual({ submit: false, review: true });
    expect(await can('volunteer', submitted.id)).toEqual({ submit: false, review: false });
  });
});

describe('myFeedbackRounds', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(MINE))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows each side what waits for them, and overdue rounds to both sides; nothing of other partnerships', async () => {
    const overdue = await round({ dueDate: addDays(today(), -1) });
    const submitted = await round({ status: 'SUBMITTED' });
    const otherOverdue = await round({ target: 'other', dueDate: addDays(today(), -1) });
    const mine = async (who: string) => (await as[who].ok(MINE)).myFeedbackRounds.map((r: Answer) => r.id) as string[];
    const partner = await mine('volunteer');
    expect(partner).toContain(overdue.id);
    expect(partner).not.toContain(submitted.id);
    expect(partner).not.toContain(otherOverdue.id);
    const { myFeedbackRounds } = await as.coordinator.ok(MINE);
    expect(myFeedbackRounds.find((r: Answer) => r.id === overdue.id)).toEqual({ id: overdue.id, status: 'OPEN', overdue: true, partnership: { id: overdue.partnershipId } });
    // The demo's open round of this month waits for the partner.
    expect(myFeedbackRounds.some((r: Answer) => r.partnership.id === ids.partnership.mechelen && r.status === 'OPEN')).toBe(true);
    const contact = await mine('contact');
    expect(contact).toEqual(expect.arrayContaining([overdue.id, submitted.id]));
    expect(contact).not.toContain(otherOverdue.id);
    expect(contact.some((id) => id === undefined)).toBe(false);
    // The contact person does not answer for the partner: an open round that is not overdue does not wait for them.
    const { feedbackRounds } = await as.contact.ok(ROUNDS, { p: ids.partnership.mechelen });
    expect(contact).not.toContain(feedbackRounds[0].id);
    expect(await mine('otherContact')).toEqual(expect.arrayContaining([otherOverdue.id]));
    expect(await mine('otherContact')).not.toContain(overdue.id);
  });
});

describe('setFeedbackSchedule', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SET, { input: { partnershipId: ids.partnership.mechelen, rhythm: 'MONTHLY', startDate: today() } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the contact person sets a quarterly rhythm: the current quarter’s round opens, and the coordinators are told', async () => {
    const p = await partnership();
    const start = addMonths(`${today().slice(0, 7)}-01`, -1);
    const { setFeedbackSchedule } = await as.contact.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(setFeedbackSchedule).toEqual({ partnershipId: p, rhythm: 'QUARTERLY', startDate: start, viewerCanSet: true });
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p });
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.dueDate, r.status])).toEqual([[start, addDays(addMonths(start, 3), -1), addDays(addMonths(start, 3), -1), 'OPEN']]);
    expect(await notificationsOf(rows[0].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // The same again changes nothing.
    await as.deputy.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
  });

  it('a rhythm started in the past opens the missed rounds of the past periods, marked late and overdue; the coordinators are told once', async () => {
    const p = await partnership();
    const start = addMonths(`${today().slice(0, 7)}-01`, -9);
    await as.contact.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    const { feedbackRounds } = await as.coordinator.ok(`query($p: ID!) { feedbackRounds(partnershipId: $p) { id periodStart periodEnd status overdue late } }`, { p });
    const quarter = (k: number) => [addMonths(start, 3 * k), addDays(addMonths(start, 3 * (k + 1)), -1)];
    expect(feedbackRounds.map((r: Answer) => [r.periodStart, r.periodEnd, r.status, r.overdue, r.late])).toEqual([
      [...quarter(3), 'OPEN', false, false],
      [...quarter(2), 'OPEN', true, true],
      [...quarter(1), 'OPEN', true, true],
      [...quarter(0), 'OPEN', true, true],
    ]);
    // The newest round is announced; the missed ones wait on the coordinators' home as overdue.
    expect(await notificationsOf(feedbackRounds[0].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    const mine = (await as.coordinator.ok(MINE)).myFeedbackRounds.filter((r: Answer) => r.partnership.id === p);
    expect(mine.map((r: Answer) => r.overdue)).toEqual([true, true, true, false]);
    // Setting it again opens nothing twice.
    await as.contact.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(4);
  });

  it('no rhythm stops new rounds; existing rounds stay; setting it again never makes a round twice for the same days', async () => {
    const p = await partnership();
    const month = `${today().slice(0, 7)}-01`;
    await as.admin.ok(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: month } });
    const { setFeedbackSchedule } = await as.contact.ok(SET, { input: { partnershipId: p, rhythm: null } });
    expect(setFeedbackSchedule).toMatchObject({ rhythm: null, startDate: null });
    expect((await as.contact.ok(SETTINGS, { p })).feedbackSettings.rhythm).toBeNull();
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
    await as.contact.ok(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: month } });
    await as.contact.ok(ROUNDS, { p });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
  });

  it('the partner may not set it (FORBIDDEN); another partnership is NOT_FOUND', async () => {
    const p = await partnership();
    for (const who of ['coordinator', 'volunteer']) expect(codes(await as[who].gql(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: today() } })), who).toEqual(['FORBIDDEN']);
    const other = await partnership('other');
    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer'])
      expect(codes(await as[who].gql(SET, { input: { partnershipId: other, rhythm: 'MONTHLY', startDate: today() } })), who).toEqual(['NOT_FOUND']);
    expect(await hub.orm.em.fork().count(FeedbackSchedule, { partnership: { $in: [p, other] } })).toBe(0);
  });

  it('refuses a rhythm without a start date, a date that does not exist, an unknown rhythm', async () => {
    const p = await partnership();
    const bad = async (input: Record<string, unknown>) => as.contact.gql(SET, { input: { partnershipId: p, ...input } });
    const noStart = await bad({ rhythm: 'MONTHLY' });
    expect(codes(noStart)).toEqual(['BAD_USER_INPUT']);
    expect(noStart.errors![0].extensions!.validationErrors).toEqual([{ field: 'startDate', constraints: ['required'] }]);
    const badDate = await bad({ rhythm: 'MONTHLY', startDate: '2026-02-30' });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bad({ rhythm: 'WEEKLY', startDate: today() }))).toEqual(['BAD_USER_INPUT']);
    expect(await hub.orm.em.fork().count(FeedbackSchedule, { partnership: p })).toBe(0);
  });
});
