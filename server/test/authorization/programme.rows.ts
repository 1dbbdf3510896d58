/** The authorization matrix's rows for the programme module's root operations. */
import { PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { expect } from 'vitest';
import { type Answer, DEMO } from '../harness.js';
import { type SignedIn, SIGNED_IN, ok, UNAUTHENTICATED, FORBIDDEN, type OperationSpec } from './table.js';
import { DEMO_HOUSEHOLDS, NOT_RESETTLEMENT, PARTNERSHIP_FUNDING, VISIBLE_PARTNERSHIPS, sorted, partnershipMatrix } from './expected.js';
import { own, demoPartnershipId } from './cases.js';

export const PROGRAMME_ROWS: Record<string, OperationSpec> = {
  'Query.outbox': {
    query: `{ outbox { to subject } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) => expect(list).toContainEqual({ to: 'outbox@fixture.example', subject: 'Fixture message' })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Query.accessLog': {
    query: `query($h: ID) { accessLog(householdId: $h, first: 200) { totalCount edges { node { what user { email } household { reference } } } } }`,
    vars: (c) => ({ h: c.env.ids.household.mechelen }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((page) => {
        expect(page.edges.map((e: Answer) => e.node)).toContainEqual({ what: 'specificNeeds', user: { email: DEMO.contact }, household: { reference: 'HH-2026-0004' } });
        expect(page.edges.every((e: Answer) => e.node.household.reference === 'HH-2026-0004')).toBe(true);
      }),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Query.programmes': {
    query: `{ programmes { code } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [a, ok((list) => expect(sorted(list.map((p: Answer) => p.code))).toEqual(['RESETTLEMENT', 'SOCIO_LEGAL_DESK', 'VOLUNTARY_RETURN', 'VULNERABLE_GROUPS']))]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.quotaProgress': {
    query: `{ quotaProgress(programme: RESETTLEMENT, year: 2023) { quota personsArrived personsPlanned } }`,
    expect: (() => {
      // 2023: HH-2023-0001 (5 persons) and HH-2023-0002 (1) arrived; quota 500.
      const seen = ok((q) => expect(q).toEqual({ quota: 500, personsArrived: 6, personsPlanned: 0 }));
      return { anonymous: UNAUTHENTICATED, admin: seen, contact: seen, deputy: seen, coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  'Query.fundingStatement': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { fundingStatement(partnershipId: $p) { partnership { name } rows { reference totalCents } totals { totalCents } csvUrl } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const statement = ok((s, c) => {
        const name = own(c) ? 'Onthaalgroep Mechelen' : 'Liège Accueil';
        expect(s.partnership).toEqual({ name });
        const refs = Object.keys(DEMO_HOUSEHOLDS)
          .filter((r) => DEMO_HOUSEHOLDS[r].partnership === name)
          .sort();
        expect(s.rows).toEqual(refs.map((reference) => ({ reference, totalCents: DEMO_HOUSEHOLDS[reference].fundingCents })));
        expect(s.totals).toEqual({ totalCents: PARTNERSHIP_FUNDING[name] });
        expect(s.csvUrl).toBe(`/partnerships/${demoPartnershipId(c)}/funding.csv`);
      });
      // Volunteers do not see the money.
      return partnershipMatrix({ admin: statement, contact: statement, deputy: statement, coordinator: statement, volunteer: FORBIDDEN });
    })(),
  },

  'Query.programmeDashboard': {
    query: `{ programmeDashboard(programme: RESETTLEMENT, year: 2023) { quota personsArrived personsPlanned fundingCommittedCents partnerships { partnership { name } persons } } }`,
    expect: (() => {
      // 2023: HH-2023-0001 (5 persons, direct, two years: EUR 22,000) and HH-2023-0002 (1 person: EUR 3,000), both Gent Samen.
      const dashboard = (partnerships: string[]) =>
        ok((d) =>
          expect(d).toEqual({
            quota: 500,
            personsArrived: 6,
            personsPlanned: 0,
            fundingCommittedCents: 2_500_000,
            partnerships: partnerships.map((name) => ({ partnership: { name }, persons: name === 'Gent Samen' ? 6 : 0 })),
          }),
        );
      const resettlement = (actor: SignedIn) => VISIBLE_PARTNERSHIPS[actor].filter((p) => !NOT_RESETTLEMENT.has(p));
      return {
        anonymous: UNAUTHENTICATED,
        admin: dashboard(resettlement('admin')),
        // A contact person sees the partnerships they look after, no other.
        contact: dashboard(resettlement('contact')),
        deputy: dashboard(resettlement('deputy')),
        coordinator: FORBIDDEN,
        volunteer: FORBIDDEN,
      };
    })(),
  },

  'Mutation.setQuota': {
    query: `mutation { setQuota(programme: RESETTLEMENT, year: 2030, persons: 450) { year persons } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((q) => expect(q).toEqual({ year: 2030, persons: 450 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updateProgrammeSettings': {
    // On the socio-legal desks programme, so the resettlement settings of the other cases stay.
    query: `mutation { updateProgrammeSettings(programme: SOCIO_LEGAL_DESK, nextHomeSearchMonths: 4, staleAfterDays: 45) { code nextHomeSearchMonths staleAfterDays } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((p) => expect(p).toEqual({ code: 'SOCIO_LEGAL_DESK', nextHomeSearchMonths: 4, staleAfterDays: 45 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Query.programmeIndicatorTotals': {
    // The demo has no accepted report in 2019: the indicators with zero figures (the API tests fill them).
    query: `{ programmeIndicatorTotals(programme: VOLUNTARY_RETURN, year: 2019) { acceptedReports indicators { indicator { key } yearTotal } } }`,
    expect: (() => {
      const totals = ok((t) =>
        expect(t).toEqual({
          acceptedReports: 0,
          indicators: ['returns', 'peopleInformed', 'reintegrationOpen', 'mainCountry', 'remarks'].map((key) => ({ indicator: { key }, yearTotal: 0 })),
        }),
      );
      return { anonymous: UNAUTHENTICATED, admin: totals, contact: totals, deputy: totals, coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  'Mutation.updateProgrammeConfiguration': {
    // Writes the vulnerable-groups programme's own defaults back, so other rows see no change.
    query: `mutation($input: ProgrammeConfigurationInput!) { updateProgrammeConfiguration(input: $input) { code caseKind fundingRule caseMonths } }`,
    vars: () => ({
      input: {
        programme: 'VULNERABLE_GROUPS',
        caseKind: PROGRAMME_DEFAULTS.VULNERABLE_GROUPS.caseKind,
        fundingRule: PROGRAMME_DEFAULTS.VULNERABLE_GROUPS.fundingRule,
        caseMonths: PROGRAMME_DEFAULTS.VULNERABLE_GROUPS.caseMonths,
        objectives: PROGRAMME_DEFAULTS.VULNERABLE_GROUPS.objectives,
        indicators: PROGRAMME_DEFAULTS.VULNERABLE_GROUPS.indicators,
      },
    }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((p) => expect(p).toEqual({ code: 'VULNERABLE_GROUPS', caseKind: 'SUPPORT_TRAJECTORY', fundingRule: 'AGREED_BUDGET', caseMonths: 6 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },
};
