/** The authorization matrix's rows for the payments module's root operations (funding statements per year). */
import { expect } from 'vitest';
import { todayInBrussels } from '../../src/app/validators.js';
import { Household, HouseholdMember } from '../../src/modules/household/household.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { type CaseCtx, type SignedIn, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, type OperationSpec } from './table.js';
import { demoPartnershipId, emailOf, own } from './cases.js';
import { meetingFixture } from './fixtures.js';
import { Meeting } from '../../src/modules/meeting/meeting.entity.js';
import type { Answer } from '../harness.js';

const YEAR = Number(todayInBrussels().slice(0, 4));

/** A fresh copy of the own or other partnership with one household this year: a head received directly, EUR 5,000. */
async function statementFixture(c: CaseCtx): Promise<string> {
  const p = await c.env.fx.partnership(c.target!);
  const em = c.env.hub.orm.em.fork();
  const h = em.create(Household, {
    partnership: em.getReference(Partnership, p.id),
    reference: c.env.fx.unique('PAY'),
    arrivalRoute: 'DIRECT',
    plannedArrivalDate: `${YEAR}-01-10`,
    arrivalDate: `${YEAR}-01-10`,
    guidanceStart: `${YEAR}-01-10`,
  });
  em.create(HouseholdMember, { household: h, firstName: 'Matrix', lastName: 'Head', birthYear: 1990, relationship: 'HEAD', position: 0 });
  await em.flush();
  c.fixture.partnershipId = p.id;
  return p.id;
}

/** Only the partnership's contact person and admins approve and pay; the deputy and partners are refused; strangers see nothing. */
function contactPersonOnly(allowed: ReturnType<typeof ok>): OperationSpec['expect'] {
  return {
    anonymous: UNAUTHENTICATED,
    admin: allowed,
    contact: { own: allowed, other: NOT_FOUND },
    deputy: { own: FORBIDDEN, other: NOT_FOUND },
    coordinator: { own: FORBIDDEN, other: NOT_FOUND },
    volunteer: { own: FORBIDDEN, other: NOT_FOUND },
  };
}

export const PAYMENTS_ROWS: Record<string, OperationSpec> = {
  'Query.periodStatement': {
    targets: ['own', 'other'],
    // Demo data: Mechelen's HH-2026-0004 (EUR 5,000) in 2026; Liège's HH-2025-0006 (EUR 6,000) in 2025.
    query: `query($p: ID!, $y: Int!) { periodStatement(partnershipId: $p, year: $y) { year status totals { households totalCents } lines { reference } viewerCan { approve recordPayment } } }`,
    vars: (c) => ({ p: demoPartnershipId(c), y: own(c) ? 2026 : 2025 }),
    expect: (() => {
      // Other cases of this read-only hub add planned households to the demo partnerships (arriving
      // soon, EUR 5,000 each): the demo household is there, every line is the partnership's own and
      // the totals add up, whatever else was added.
      const seen = (can: boolean) =>
        ok((s, c) => {
          const { year, reference, prefix } = own(c) ? { year: 2026, reference: 'HH-2026-0004', prefix: /^(HH-2026-|SOON-)/ } : { year: 2025, reference: 'HH-2025-0006', prefix: /^HH-2025-/ };
          expect(s).toMatchObject({ year, status: 'DRAFT', viewerCan: { approve: can, recordPayment: can } });
          const references = (s.lines as { reference: string }[]).map((l) => l.reference);
          expect(references).toContain(reference);
          for (const r of references) expect(r).toMatch(prefix);
          expect(s.totals.households).toBe(references.length);
          expect(s.totals.totalCents).toBeGreaterThanOrEqual(own(c) ? 500_000 : 600_000);
        });
      return {
        anonymous: UNAUTHENTICATED,
        admin: seen(true),
        contact: { own: seen(true), other: NOT_FOUND },
        deputy: { own: seen(false), other: NOT_FOUND },
        coordinator: { own: seen(false), other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.approveFundingStatement': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $y: Int!) { approveFundingStatement(partnershipId: $p, year: $y, totalCents: 500000) { status approvedTotalCents approval { approvedBy { email } } } }`,
    vars: async (c) => ({ p: await statementFixture(c), y: YEAR }),
    expect: contactPersonOnly(ok((s, c) => expect(s).toEqual({ status: 'APPROVED', approvedTotalCents: 500_000, approval: { approvedBy: { email: emailOf(c.actor as SignedIn) } } }))),
  },

  'Mutation.recordFundingPayment': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $y: Int!, $on: String!) { recordFundingPayment(partnershipId: $p, year: $y, input: { paidOn: $on, amountCents: 200000 }) { status paidCents balanceCents } }`,
    vars: async (c) => {
      const p = await statementFixture(c);
      await c.env.agents.admin.ok(`mutation($p: ID!, $y: Int!) { approveFundingStatement(partnershipId: $p, year: $y, totalCents: 500000) { status } }`, { p, y: YEAR });
      return { p, y: YEAR, on: todayInBrussels() };
    },
    expect: contactPersonOnly(ok((s) => expect(s).toEqual({ status: 'PARTLY_PAID', paidCents: 200_000, balanceCents: 300_000 }))),
  },

  'Query.yearlyReport': {
    query: `{ yearlyReport(programme: RESETTLEMENT, year: 2026) { year partnerships { partnership { name } } } }`,
    expect: (() => {
      // The resettlement team: admins see every partnership, contact persons (and deputies) those they follow.
      const seen = (mustSee: string[], mustNotSee: string[]) =>
        ok((r) => {
          const names = r.partnerships.map((p: Answer) => p.partnership.name);
          expect(r.year).toBe(2026);
          for (const n of mustSee) expect(names).toContain(n);
          for (const n of mustNotSee) expect(names).not.toContain(n);
        });
      return {
        anonymous: UNAUTHENTICATED,
        admin: seen(['Onthaalgroep Mechelen', 'Liège Accueil'], []),
        contact: seen(['Onthaalgroep Mechelen', 'Gent Samen'], ['Liège Accueil', 'Zemst Verwelkomt']),
        deputy: seen(['Onthaalgroep Mechelen', 'Zemst Verwelkomt'], ['Liège Accueil']),
        coordinator: FORBIDDEN,
        volunteer: FORBIDDEN,
      };
    })(),
  },

  'Query.meetingMinutes': {
    targets: ['own', 'ownNotInvited', 'other'],
    query: `query($id: ID!) { meetingMinutes(meetingId: $id) { available viewerCanAcknowledge acknowledgements { current } } }`,
    vars: async (c) => ({ id: await signedOffEvaluation(c, c.target === 'other' ? 'other' : 'own', c.target !== 'ownNotInvited') }),
    expect: (() => {
      const staffView = ok((m) => expect(m).toEqual({ available: true, viewerCanAcknowledge: false, acknowledgements: [] }));
      const partnerView = ok((m) => expect(m).toEqual({ available: true, viewerCanAcknowledge: true, acknowledgements: [] }));
      const staff = { own: staffView, ownNotInvited: staffView, other: NOT_FOUND };
      const partner = { own: partnerView, ownNotInvited: NOT_FOUND, other: NOT_FOUND };
      return { anonymous: UNAUTHENTICATED, admin: staffView, contact: staff, deputy: staff, coordinator: partner, volunteer: partner };
    })(),
  },

  'Mutation.acknowledgeMinutes': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { acknowledgeMinutes(meetingId: $id) { viewerCanAcknowledge viewerAcknowledgementCurrent } }`,
    vars: async (c) => ({ id: await signedOffEvaluation(c, c.target!, true) }),
    expect: (() => {
      // Partner users invited to the meeting acknowledge; Fedasil staff record the minutes and do not.
      const acknowledged = ok((m) => expect(m).toEqual({ viewerCanAcknowledge: false, viewerAcknowledgementCurrent: true }));
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: FORBIDDEN, other: NOT_FOUND },
        deputy: { own: FORBIDDEN, other: NOT_FOUND },
        coordinator: { own: acknowledged, other: NOT_FOUND },
        volunteer: { own: acknowledged, other: NOT_FOUND },
      };
    })(),
  },
};

/** A fresh evaluation meeting of the demo own/other partnership with its three ratings, signed off (its minutes are available). */
async function signedOffEvaluation(c: CaseCtx, target: string, invitePartners: boolean): Promise<string> {
  const m = await meetingFixture(c, target, { invitePartners, scores: true });
  await c.env.hub.orm.em.fork().nativeUpdate(Meeting, { id: m.id }, { evaluationSignedOffAt: new Date() });
  return m.id;
}
