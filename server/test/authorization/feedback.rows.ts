/** The authorization matrix's rows for the feedback module's root operations. */
import { expect } from 'vitest';
import { type SignedIn, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, SOCKET_REFUSED, type OperationSpec, observeSubscription } from './table.js';
import { partnershipMatrix } from './expected.js';
import { own, demoPartnershipId, emailOf, QUERY_FIXTURES } from './cases.js';

export const FEEDBACK_ROWS: Record<string, OperationSpec> = {
  'Query.feedbackSettings': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { feedbackSettings(partnershipId: $p) { rhythm viewerCanSet } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const settings = (viewerCanSet: boolean) => ok((s, c) => expect(s).toEqual({ rhythm: own(c) ? 'MONTHLY' : null, viewerCanSet }));
      return partnershipMatrix({ admin: settings(true), contact: settings(true), deputy: settings(true), coordinator: settings(false), volunteer: settings(false) });
    })(),
  },

  'Query.feedbackRounds': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { feedbackRounds(partnershipId: $p) { status history { kind } } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      // Mechelen: this month's round open, last month's accepted; Liège: the setup's submitted round.
      const rounds = ok((list, c) =>
        expect(list).toEqual(
          own(c)
            ? [
                { status: 'OPEN', history: [] },
                { status: 'ACCEPTED', history: [{ kind: 'SUBMITTED' }, { kind: 'ACCEPTED' }] },
              ]
            : [{ status: 'SUBMITTED', history: [] }],
        ),
      );
      return partnershipMatrix({ admin: rounds, contact: rounds, deputy: rounds, coordinator: rounds, volunteer: rounds });
    })(),
  },

  'Query.feedbackRound': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { feedbackRound(id: $id) { status partnership { name } viewerCan { submit review } } }`,
    vars: (c) => ({ id: own(c) ? QUERY_FIXTURES.mechelenAcceptedRoundId : QUERY_FIXTURES.liegeRoundId }),
    expect: (() => {
      const round = ok((r, c) =>
        expect(r).toEqual(
          own(c)
            ? { status: 'ACCEPTED', partnership: { name: 'Onthaalgroep Mechelen' }, viewerCan: { submit: false, review: false } }
            : { status: 'SUBMITTED', partnership: { name: 'Liège Accueil' }, viewerCan: { submit: false, review: true } },
        ),
      );
      return partnershipMatrix({ admin: round, contact: round, deputy: round, coordinator: round, volunteer: round });
    })(),
  },

  'Query.myFeedbackRounds': {
    query: `{ myFeedbackRounds { status partnership { name } } }`,
    expect: (() => {
      const open = [{ status: 'OPEN', partnership: { name: 'Onthaalgroep Mechelen' } }];
      return {
        anonymous: UNAUTHENTICATED,
        // Fedasil: the submitted rounds they review (and overdue ones); the partner: the rounds they owe.
        admin: ok((list) => expect(list).toEqual([{ status: 'SUBMITTED', partnership: { name: 'Liège Accueil' } }])),
        contact: ok((list) => expect(list).toEqual([])),
        deputy: ok((list) => expect(list).toEqual([])),
        coordinator: ok((list) => expect(list).toEqual(open)),
        volunteer: ok((list) => expect(list).toEqual(open)),
      };
    })(),
  },

  'Mutation.setFeedbackSchedule': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!) { setFeedbackSchedule(input: { partnershipId: $p, rhythm: QUARTERLY, startDate: "2026-01-01" }) { rhythm startDate } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id }),
    expect: (() => {
      const set = ok((s) => expect(s).toEqual({ rhythm: 'QUARTERLY', startDate: '2026-01-01' }));
      // The contact person, deputy or an admin set the rhythm; the partner does not.
      return partnershipMatrix({ admin: set, contact: set, deputy: set, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.saveFeedbackDraft': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { saveFeedbackDraft(input: { roundId: $r, answers: [{ objective: GUIDANCE, status: CONCERNS, text: "Draft" }] }) { status answers { objective status text } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!)).id }),
    expect: (() => {
      const saved = ok((r) =>
        expect(r).toEqual({
          status: 'OPEN',
          answers: [
            { objective: 'SUSTAINABLE_HOUSING', status: null, text: null },
            { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Draft' },
            { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
          ],
        }),
      );
      // The partner answers: coordinators and volunteers; Fedasil staff do not answer for them.
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: FORBIDDEN, other: NOT_FOUND },
        deputy: { own: FORBIDDEN, other: NOT_FOUND },
        coordinator: { own: saved, other: NOT_FOUND },
        volunteer: { own: saved, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.submitFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { submitFeedbackRound(input: { roundId: $r, answers: [{ objective: SUSTAINABLE_HOUSING, status: ON_TRACK }, { objective: GUIDANCE, status: ON_TRACK }, { objective: OPERATIONAL_COOPERATION, status: BLOCKED }], generalNote: "Submitted" }) { status generalNote submittedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!)).id }),
    expect: (() => {
      const submitted = ok((r, c) => expect(r).toEqual({ status: 'SUBMITTED', generalNote: 'Submitted', submittedBy: { email: emailOf(c.actor as SignedIn) } }));
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: FORBIDDEN, other: NOT_FOUND },
        deputy: { own: FORBIDDEN, other: NOT_FOUND },
        coordinator: { own: submitted, other: NOT_FOUND },
        volunteer: { own: submitted, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.acceptFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { acceptFeedbackRound(id: $r, note: "Fine") { status reviewNote reviewedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!, 'SUBMITTED')).id }),
    expect: (() => {
      const accepted = ok((r, c) => expect(r).toEqual({ status: 'ACCEPTED', reviewNote: 'Fine', reviewedBy: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: accepted, contact: accepted, deputy: accepted, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.sendBackFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { sendBackFeedbackRound(id: $r, note: "Revise") { status reviewNote reviewedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!, 'SUBMITTED')).id }),
    expect: (() => {
      const sentBack = ok((r, c) => expect(r).toEqual({ status: 'SENT_BACK', reviewNote: 'Revise', reviewedBy: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: sentBack, contact: sentBack, deputy: sentBack, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Subscription.feedbackRoundChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!) { feedbackRoundChanged(partnershipId: $p) { status partnership { id } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target!);
      Object.assign(c.fixture, { partnershipId: p.id });
      return { p: p.id };
    },
    // The change: an admin accepts a fresh submitted round of the partnership.
    run: (c, vars) =>
      observeSubscription(
        c,
        FEEDBACK_ROWS['Subscription.feedbackRoundChanged'].query,
        vars,
        async () => {
          const r = await c.env.fx.feedbackRound(c.target!, 'SUBMITTED', { partnershipId: c.fixture.partnershipId });
          await c.env.agents.admin.ok(`mutation($r: ID!) { acceptFeedbackRound(id: $r) { id } }`, { r: r.id });
        },
        (data) => data.feedbackRoundChanged?.partnership.id === c.fixture.partnershipId,
      ),
    expect: (() => {
      const received = ok((r, c) => expect(r).toEqual({ status: 'ACCEPTED', partnership: { id: c.fixture.partnershipId } }));
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: NOT_FOUND },
        deputy: { own: received, other: NOT_FOUND },
        coordinator: { own: received, other: NOT_FOUND },
        volunteer: { own: received, other: NOT_FOUND },
      };
    })(),
  },
};
