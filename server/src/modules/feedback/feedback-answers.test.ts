import { addDays } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { type Answer, codes, DEMO } from '../../../test/harness.js';
import { subscribe } from '../../../test/live.js';
import { FeedbackRevision } from './feedback.entity.js';
import { ACCEPT, ALL_ANSWERS, ROUND, SAVE, SEND_BACK, SUBMIT, as, emails, hub, ids, notificationsOf, round, stored, today, useTestHub } from './feedback.test-support.js';

/**
 * Feedback rounds: drafts, submitting, accepting, sending back, concurrent changes, and live changes.
 * (Shared setup and helpers: feedback.test-support.ts.)
 */

useTestHub();

describe('saveFeedbackDraft', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(SAVE, { input: { roundId: r.id, answers: [] } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the volunteer and the coordinator draft together; objectives left out keep their draft', async () => {
    const r = await round();
    await as.volunteer.ok(SAVE, { input: { roundId: r.id, answers: [{ objective: 'GUIDANCE', status: 'CONCERNS', text: '  Slow  ' }], generalNote: 'Draft note' } });
    const { saveFeedbackDraft } = await as.coordinator.ok(SAVE, { input: { roundId: r.id, answers: [{ objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK' }] } });
    expect(saveFeedbackDraft.status).toBe('OPEN');
    expect(saveFeedbackDraft.generalNote).toBe('Draft note');
    expect(saveFeedbackDraft.answers).toEqual([
      { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: null },
      { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Slow' },
      { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
    ]);
    expect(saveFeedbackDraft.history).toEqual([]);
  });

  it('Fedasil staff do not answer for the partner (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round();
    for (const who of ['contact', 'deputy', 'admin']) expect(codes(await as[who].gql(SAVE, { input: { roundId: r.id, answers: [] } })), who).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other' });
    for (const who of ['contact', 'coordinator', 'volunteer']) expect(codes(await as[who].gql(SAVE, { input: { roundId: other.id, answers: [] } })), who).toEqual(['NOT_FOUND']);
  });

  it('refuses two answers for one objective, an unknown status, text too long', async () => {
    const r = await round();
    const save = (answers: unknown[]) => as.volunteer.gql(SAVE, { input: { roundId: r.id, answers } });
    expect(
      codes(
        await save([
          { objective: 'GUIDANCE', status: 'ON_TRACK' },
          { objective: 'GUIDANCE', status: 'BLOCKED' },
        ]),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await save([{ objective: 'GUIDANCE', status: 'GREAT' }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await save([{ objective: 'GUIDANCE', text: 'x'.repeat(5001) }]))).toEqual(['BAD_USER_INPUT']);
    expect((await stored(r.id)).answers).toEqual([]);
  });

  it('a submitted or accepted round can no longer be changed', async () => {
    for (const status of ['SUBMITTED', 'ACCEPTED'] as const) {
      const r = await round({ status });
      const res = await as.coordinator.gql(SAVE, { input: { roundId: r.id, answers: [{ objective: 'GUIDANCE', status: 'BLOCKED' }] } });
      expect(codes(res), status).toEqual(['FEEDBACK_NOT_EDITABLE']);
      expect((await stored(r.id)).answers.find((a) => a.objective === 'GUIDANCE')!.status).toBe('ON_TRACK');
    }
  });
});

describe('submitFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the volunteer submits: the answers are kept in the history; the contact person and deputy are told', async () => {
    const r = await round({ dueDate: addDays(today(), -3) });
    expect((await as.volunteer.ok(ROUND, { id: r.id })).feedbackRound.overdue).toBe(true);
    const { submitFeedbackRound: s } = await as.volunteer.ok(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS, generalNote: 'All in all fine.' } });
    expect(s).toMatchObject({ status: 'SUBMITTED', overdue: false, generalNote: 'All in all fine.', submittedBy: { name: 'Pieter Wouters' }, viewerCan: { submit: false, review: false } });
    expect(s.history).toEqual([{ kind: 'SUBMITTED', at: expect.any(String), note: null, generalNote: 'All in all fine.', by: { name: 'Pieter Wouters' }, answers: ALL_ANSWERS }]);
    expect((await notificationsOf(r.id)).sort((a, b) => a.to.localeCompare(b.to))).toEqual(emails('contact', 'deputy').map((to) => ({ kind: 'FEEDBACK_SUBMITTED', to })));
  });

  it('Fedasil staff may not submit (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round();
    expect(codes(await as.contact.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } }))).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other' });
    expect(codes(await as.volunteer.gql(SUBMIT, { input: { roundId: other.id, answers: ALL_ANSWERS } }))).toEqual(['NOT_FOUND']);
    expect((await stored(other.id)).status).toBe('OPEN');
  });

  it('every objective needs a status; nothing is half-saved', async () => {
    const r = await round();
    const res = await as.coordinator.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS.slice(0, 2), generalNote: 'x' } });
    expect(codes(res)).toEqual(['FEEDBACK_INCOMPLETE']);
    expect(res.errors![0].extensions!.objectives).toEqual(['OPERATIONAL_COOPERATION']);
    const s = await stored(r.id);
    expect([s.status, s.answers, s.generalNote]).toEqual(['OPEN', [], null]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(0);
    expect(await notificationsOf(r.id)).toEqual([]);
  });

  it('submitting again while submitted, or once accepted, is refused', async () => {
    for (const status of ['SUBMITTED', 'ACCEPTED'] as const) {
      const r = await round({ status });
      expect(codes(await as.coordinator.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } })), status).toEqual(['FEEDBACK_NOT_EDITABLE']);
      expect((await stored(r.id)).status).toBe(status);
    }
  });
});

describe('acceptFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await hub.agent().gql(ACCEPT, { id: r.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the deputy accepts with a note; the submitter and the coordinators are told', async () => {
    const r = await round({ status: 'SUBMITTED', submittedBy: DEMO.volunteer });
    const { acceptFeedbackRound: a } = await as.deputy.ok(ACCEPT, { id: r.id, note: ' Thanks ' });
    expect(a).toMatchObject({ status: 'ACCEPTED', reviewNote: 'Thanks', reviewedBy: { name: 'Sofie Maes' }, viewerCan: { submit: false, review: false } });
    expect(a.history).toEqual([{ kind: 'ACCEPTED', at: expect.any(String), note: 'Thanks', generalNote: null, by: { name: 'Sofie Maes' }, answers: null }]);
    expect((await notificationsOf(r.id)).sort((x, y) => x.to.localeCompare(y.to))).toEqual(emails('coordinator', 'volunteer').map((to) => ({ kind: 'FEEDBACK_ACCEPTED', to })));
  });

  it('the partner may not accept (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round({ status: 'SUBMITTED' });
    for (const who of ['coordinator', 'volunteer']) expect(codes(await as[who].gql(ACCEPT, { id: r.id })), who).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other', status: 'SUBMITTED' });
    for (const who of ['contact', 'deputy']) expect(codes(await as[who].gql(ACCEPT, { id: other.id })), who).toEqual(['NOT_FOUND']);
    expect((await stored(other.id)).status).toBe('SUBMITTED');
  });

  it('a draft, a sent-back or an accepted round cannot be accepted', async () => {
    for (const status of ['OPEN', 'SENT_BACK', 'ACCEPTED'] as const) {
      const r = await round({ status });
      expect(codes(await as.contact.gql(ACCEPT, { id: r.id })), status).toEqual(['FEEDBACK_NOT_SUBMITTED']);
      expect((await stored(r.id)).status).toBe(status);
    }
  });

  it('refuses a note that is too long', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.contact.gql(ACCEPT, { id: r.id, note: 'x'.repeat(5001) }))).toEqual(['BAD_USER_INPUT']);
    expect((await stored(r.id)).status).toBe('SUBMITTED');
  });
});

describe('sendBackFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await hub.agent().gql(SEND_BACK, { id: r.id, note: 'x' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the admin sends it back with a note; the partner may revise it again', async () => {
    const r = await round({ status: 'SUBMITTED', submittedBy: DEMO.coordinator });
    const { sendBackFeedbackRound: s } = await as.admin.ok(SEND_BACK, { id: r.id, note: 'More on housing, please.' });
    expect(s).toMatchObject({ status: 'SENT_BACK', reviewNote: 'More on housing, please.', reviewedBy: { name: 'Anna Peeters' } });
    expect((await as.volunteer.ok(ROUND, { id: r.id })).feedbackRound.viewerCan).toEqual({ submit: true, review: false });
    expect(await notificationsOf(r.id)).toEqual([{ kind: 'FEEDBACK_SENT_BACK', to: DEMO.coordinator }]);
  });

  it('the partner may not send back (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.coordinator.gql(SEND_BACK, { id: r.id, note: 'x' }))).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other', status: 'SUBMITTED' });
    expect(codes(await as.contact.gql(SEND_BACK, { id: other.id, note: 'x' }))).toEqual(['NOT_FOUND']);
  });

  it('a note is required (blank is none); a draft cannot be sent back; nothing is half-saved', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.contact.gql(SEND_BACK, { id: r.id, note: '   ' }))).toEqual(['FEEDBACK_NOTE_REQUIRED']);
    expect(codes(await as.contact.gql(`mutation($id: ID!) { sendBackFeedbackRound(id: $id) { id } }`, { id: r.id }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const s = await stored(r.id);
    expect([s.status, s.reviewNote]).toEqual(['SUBMITTED', null]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(0);
    const draft = await round();
    expect(codes(await as.contact.gql(SEND_BACK, { id: draft.id, note: 'x' }))).toEqual(['FEEDBACK_NOT_SUBMITTED']);
  });
});

describe('the round trip: submit, send back, resubmit, accept', () => {
  it('keeps every step in the history and tells each side', async () => {
    const r = await round();
    await as.volunteer.ok(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS, generalNote: 'First' } });
    await as.contact.ok(SEND_BACK, { id: r.id, note: 'Say more about guidance.' });
    const revised = ALL_ANSWERS.map((a) => (a.objective === 'GUIDANCE' ? { ...a, text: 'The card arrived; the GP is chosen.' } : a));
    await as.coordinator.ok(SUBMIT, { input: { roundId: r.id, answers: revised, generalNote: 'Second' } });
    const { acceptFeedbackRound: done } = await as.contact.ok(ACCEPT, { id: r.id });
    expect(done).toMatchObject({ status: 'ACCEPTED', generalNote: 'Second', submittedBy: { name: 'Lotte Claes' }, reviewedBy: { name: 'Koen Janssens' }, reviewNote: null });
    expect(done.history.map((h: Answer) => [h.kind, h.by.name, h.note, h.generalNote])).toEqual([
      ['SUBMITTED', 'Pieter Wouters', null, 'First'],
      ['SENT_BACK', 'Koen Janssens', 'Say more about guidance.', null],
      ['SUBMITTED', 'Lotte Claes', null, 'Second'],
      ['ACCEPTED', 'Koen Janssens', null, null],
    ]);
    expect(done.history[0].answers).toEqual(ALL_ANSWERS);
    expect(done.history[2].answers).toEqual(revised);
    const ats = done.history.map((h: Answer) => h.at);
    expect([...ats].sort()).toEqual(ats);
    // Each side is told of the other's step, never of their own.
    const kinds = (await notificationsOf(r.id)).map((x) => `${x.kind}:${x.to}`).sort();
    expect(kinds).toEqual(
      [
        `FEEDBACK_SUBMITTED:${DEMO.contact}`,
        `FEEDBACK_SUBMITTED:${DEMO.deputy}`,
        `FEEDBACK_SENT_BACK:${DEMO.volunteer}`,
        `FEEDBACK_SENT_BACK:${DEMO.coordinator}`,
        `FEEDBACK_SUBMITTED:${DEMO.contact}`,
        `FEEDBACK_SUBMITTED:${DEMO.deputy}`,
        `FEEDBACK_ACCEPTED:${DEMO.coordinator}`,
      ].sort(),
    );
  });
});

describe('concurrent changes of one round', () => {
  it('two reviews at once: one wins, the other is refused, one history row', async () => {
    const r = await round({ status: 'SUBMITTED' });
    const results = await Promise.all([as.contact.gql(ACCEPT, { id: r.id }), as.deputy.gql(SEND_BACK, { id: r.id, note: 'Revise' }), as.admin.gql(ACCEPT, { id: r.id })]);
    const won = results.filter((x) => !x.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((x) => x.errors).map(codes)).toEqual([['FEEDBACK_NOT_SUBMITTED'], ['FEEDBACK_NOT_SUBMITTED']]);
    const final = await stored(r.id);
    expect(final.status).toBe(won[0].data!.acceptFeedbackRound?.status ?? won[0].data!.sendBackFeedbackRound.status);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(1);
  });

  it('two submissions at once: one wins, one history row, the contact person told once', async () => {
    const r = await round();
    const results = await Promise.all([as.coordinator, as.volunteer].map((a) => a.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } })));
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.filter((x) => x.errors).map(codes)).toEqual([['FEEDBACK_NOT_EDITABLE']]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(1);
    expect((await notificationsOf(r.id)).filter((x) => x.to === DEMO.contact)).toHaveLength(1);
  });
});

describe('feedbackRoundChanged', () => {
  const SUB = `subscription($p: ID!) { feedbackRoundChanged(partnershipId: $p) { id status generalNote } }`;

  it('refuses a signed-out socket', async () => {
    const sub = subscribe(hub, hub.agent(), SUB, { p: ids.partnership.mechelen });
    await sub.until(
      async () => {},
      () => false,
    );
    await sub.close();
    expect(sub.closeCode).toBe(4403);
  });

  it('delivers the partnership’s changes live to everyone in it', async () => {
    const r = await round();
    for (const who of ['volunteer', 'contact']) {
      const sub = subscribe(hub, as[who], SUB, { p: r.partnershipId });
      let i = 0;
      await sub.until(
        () => as.coordinator.ok(SAVE, { input: { roundId: r.id, answers: [], generalNote: `${who} ${++i}` } }),
        (d) => d.feedbackRoundChanged?.id === r.id,
      );
      await sub.close();
      expect(sub.payloads[0]?.errors ?? []).toEqual([]);
      expect(sub.events('feedbackRoundChanged')[0]).toMatchObject({ id: r.id, status: 'OPEN', generalNote: expect.stringMatching(new RegExp(`^${who} `)) });
    }
  });

  it('another partnership is NOT_FOUND, and its events never arrive', async () => {
    const other = await round({ target: 'other' });
    const refused = subscribe(hub, as.contact, SUB, { p: other.partnershipId });
    await refused.until(
      async () => {},
      () => false,
    );
    await refused.close();
    expect(codes(refused.payloads[0])).toEqual(['NOT_FOUND']);
    // Subscribed to its own partnership, the volunteer sees its own round's change, never the other's made first.
    const mine = await round();
    const sub = subscribe(hub, as.volunteer, SUB, { p: mine.partnershipId });
    await sub.until(
      async () => {
        await as.otherCoordinator.ok(SAVE, { input: { roundId: other.id, answers: [], generalNote: 'other' } });
        await as.coordinator.ok(SAVE, { input: { roundId: mine.id, answers: [], generalNote: 'mine' } });
      },
      (d) => d.feedbackRoundChanged?.id === mine.id,
    );
    await sub.close();
    expect(sub.events('feedbackRoundChanged').every((e: Answer) => e.id === mine.id)).toBe(true);
    expect(sub.events('feedbackRoundChanged').length).toBeGreaterThan(0);
  });
});
