/** The authorization matrix's rows for the household module's root operations. */
import { expect } from 'vitest';
import { type SignedIn, SIGNED_IN, ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, SOCKET_REFUSED, type OperationSpec, observeSubscription, observeBoardUpdates } from './table.js';
import { expectedViewerCan, HOUSEHOLD_CAN_FIELDS, HOUSEHOLD_FIELDS, DEMO_HOUSEHOLDS, DEMO_PROGRESS, onBoard, demoHousehold, freshHousehold, visibleHouseholds, partnershipMatrix } from './expected.js';
import { own, demoPartnershipId, RECORD_ARRIVAL } from './cases.js';
import type { Answer } from '../harness.js';

export const HOUSEHOLD_ROWS: Record<string, OperationSpec> = {
  'Query.myHouseholds': {
    query: `{ myHouseholds { reference hasSpecificNeeds specificNeeds { needs } funding { totalCents } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          ok((list) => {
            expect(list.map((h: Answer) => h.reference)).toEqual(visibleHouseholds(a));
            for (const h of list as Answer[]) {
              const d = DEMO_HOUSEHOLDS[h.reference];
              expect(h.hasSpecificNeeds).toBe(d.needs.length > 0);
              expect(h.specificNeeds).toEqual(a === 'volunteer' ? null : { needs: d.needs });
              expect(h.funding).toEqual(a === 'volunteer' ? null : { totalCents: d.fundingCents });
            }
          }),
        ]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.household': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { household(id: $id) { ${HOUSEHOLD_FIELDS} } }`,
    vars: (c) => ({ id: own(c) ? c.env.ids.household.mechelen : c.env.ids.household.liege }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: { own: ok(demoHousehold('HH-2026-0004')), other: ok(demoHousehold('HH-2025-0006')) },
      contact: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      deputy: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      coordinator: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      volunteer: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
    },
  },

  'Query.board': {
    // all: no partnership given (every household the viewer may see); own/other: one partnership's.
    targets: ['all', 'own', 'other'],
    query: `query($p: ID) { board(partnershipId: $p, sort: REFERENCE) { reference guidanceStart guidanceExtended hasSpecificNeeds specificNeeds { needs note } funding { totalCents } progress { done total } ${HOUSEHOLD_CAN_FIELDS} } }`,
    vars: (c) => (c.target === 'all' ? {} : { p: demoPartnershipId(c) }),
    expect: (() => {
      // The households in guidance (not ended) the actor sees, of the partnership when one is given, by reference.
      const board = ok((rows, c) => {
        const actor = c.actor as SignedIn;
        const partnership = c.target === 'all' ? null : own(c) ? 'Onthaalgroep Mechelen' : 'Liège Accueil';
        const expected = visibleHouseholds(actor).filter((r) => onBoard(r) && (!partnership || DEMO_HOUSEHOLDS[r].partnership === partnership));
        expect(rows.map((h: Answer) => h.reference)).toEqual(expected);
        for (const h of rows as Answer[]) {
          const d = DEMO_HOUSEHOLDS[h.reference];
          expect(h.progress).toEqual(DEMO_PROGRESS[h.reference].progress);
          expect(h.hasSpecificNeeds).toBe(d.needs.length > 0);
          expect(h.specificNeeds).toEqual(actor === 'volunteer' ? null : { needs: d.needs, note: d.note });
          expect(h.funding).toEqual(actor === 'volunteer' ? null : { totalCents: d.fundingCents });
          expect(h.viewerCan).toEqual(expectedViewerCan(actor, h as { guidanceStart: string | null; guidanceExtended: boolean }));
        }
      });
      const partner = { all: board, own: board, other: NOT_FOUND };
      return { anonymous: UNAUTHENTICATED, admin: board, contact: partner, deputy: partner, coordinator: partner, volunteer: partner };
    })(),
  },

  'Mutation.registerHousehold': {
    // ownWithNeeds: the same, with specific needs (only for those who may update them).
    targets: ['own', 'other', 'ownWithNeeds'],
    query: `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { reference specificNeeds { needs } partnership { name } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target === 'other' ? 'other' : 'own');
      c.fixture.reference = c.env.fx.unique('REG');
      c.fixture.partnershipName = p.name;
      return {
        input: {
          partnershipId: p.id,
          reference: c.fixture.reference,
          arrivalRoute: 'DIRECT',
          plannedArrivalDate: '2027-06-01',
          members: [{ firstName: 'New', lastName: 'Arrival', birthYear: 1992, relationship: 'HEAD' }],
          ...(c.target === 'ownWithNeeds' ? { specificNeeds: ['COMPLEX_MEDICAL'] } : {}),
        },
      };
    },
    expect: (() => {
      const registered = ok((h, c) =>
        expect(h).toEqual({ reference: c.fixture.reference, specificNeeds: { needs: c.target === 'ownWithNeeds' ? ['COMPLEX_MEDICAL'] : [] }, partnership: { name: c.fixture.partnershipName } }),
      );
      return {
        anonymous: UNAUTHENTICATED,
        admin: registered,
        contact: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        deputy: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        coordinator: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, ownWithNeeds: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.updateHousehold': {
    // ownNeeds: changes only the specific needs of an own household.
    targets: ['own', 'other', 'ownNeeds'],
    query: `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { reference plannedArrivalDate specificNeeds { needs } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target === 'other' ? 'other' : 'own', 'planned');
      c.fixture.reference = h.reference;
      return { id: h.id, input: c.target === 'ownNeeds' ? { specificNeeds: ['COMPLEX_MEDICAL'] } : { plannedArrivalDate: '2027-07-01' } };
    },
    expect: (() => {
      const updated = ok((h, c) =>
        expect(h).toEqual(
          c.target === 'ownNeeds'
            ? { reference: c.fixture.reference, plannedArrivalDate: '2027-05-01', specificNeeds: { needs: ['COMPLEX_MEDICAL'] } }
            : { reference: c.fixture.reference, plannedArrivalDate: '2027-07-01', specificNeeds: { needs: ['OTHER'] } },
        ),
      );
      return {
        anonymous: UNAUTHENTICATED,
        admin: updated,
        contact: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        deputy: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        coordinator: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, ownNeeds: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.recordArrival': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-03-01") { arrivalDate guidanceStart ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, h);
      return { id: h.id };
    },
    expect: (() => {
      const recorded = ok((h, c) => {
        expect([h.arrivalDate, h.guidanceStart]).toEqual(['2026-03-01', '2026-03-01']);
        freshHousehold(h, c);
      });
      return partnershipMatrix({ admin: recorded, contact: recorded, deputy: recorded, coordinator: recorded, volunteer: recorded });
    })(),
  },

  'Mutation.extendGuidance': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { extendGuidance(id: $id) { guidanceExtended ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      Object.assign(c.fixture, h, { extended: true });
      return { id: h.id };
    },
    expect: (() => {
      const extended = ok((h, c) => {
        expect(h.guidanceExtended).toBe(true);
        freshHousehold(h, c);
      });
      return partnershipMatrix({ admin: extended, contact: extended, deputy: extended, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.withdrawExtension': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { withdrawExtension(id: $id, reason: "Moves to another city") { guidanceExtended ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'extended');
      Object.assign(c.fixture, h);
      return { id: h.id };
    },
    expect: (() => {
      const withdrawn = ok((h, c) => {
        expect(h.guidanceExtended).toBe(false);
        freshHousehold(h, c);
      });
      return partnershipMatrix({ admin: withdrawn, contact: withdrawn, deputy: withdrawn, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.endGuidanceEarly': {
    targets: ['own', 'other'],
    query: `mutation($input: EndGuidanceInput!) { endGuidanceEarly(input: $input) { reference status endedOn endReason guidanceEnd funding { totalCents } viewerCan { endGuidance extendGuidance } partnership { name } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      Object.assign(c.fixture, h);
      return { input: { householdId: h.id, reason: 'DEPARTURE', endedOn: '2026-03-01', note: 'Left Belgium' } };
    },
    expect: (() => {
      const ended = ok((h, c) =>
        expect(h).toEqual({
          reference: c.fixture.reference,
          status: 'GUIDANCE_ENDED',
          endedOn: '2026-03-01',
          endReason: 'DEPARTURE',
          guidanceEnd: '2026-03-01',
          // A single person received directly, one year: 3,000 + 2,000 (no second year to fall away).
          funding: { totalCents: 500_000 },
          viewerCan: { endGuidance: false, extendGuidance: false },
          partnership: { name: c.fixture.partnershipName },
        }),
      );
      return partnershipMatrix({ admin: ended, contact: ended, deputy: ended, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.transferHousehold': {
    // To Gent Samen, whose contact person and deputy are those of Mechelen: an admin moves any
    // household there; they move their own; the partner may not; Liège's is not theirs to see.
    targets: ['own', 'other'],
    query: `mutation($input: TransferHouseholdInput!) { transferHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      Object.assign(c.fixture, h, { partnershipName: 'Gent Samen' });
      return { input: { householdId: h.id, toPartnershipId: c.env.ids.partnership.gent, transferredOn: '2026-03-01' } };
    },
    expect: (() => {
      const moved = ok((h, c) => freshHousehold(h, c));
      return partnershipMatrix({ admin: moved, contact: moved, deputy: moved, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Subscription.householdChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!) { householdChanged(partnershipId: $p) { arrivalDate ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, h);
      return { p: demoPartnershipId(c) };
    },
    // The change: recordArrival on a fresh household of the partnership, by its contact person
    // (own) or an admin (other: contact@ does not see Liège).
    run: (c, vars) =>
      observeSubscription(
        c,
        HOUSEHOLD_ROWS['Subscription.householdChanged'].query,
        vars,
        () => (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(RECORD_ARRIVAL, { id: c.fixture.id }),
        (data) => data.householdChanged?.reference === c.fixture.reference,
      ),
    expect: (() => {
      const received = ok((h, c) => {
        expect(h.arrivalDate).toBe('2026-03-01');
        freshHousehold(h, c);
      });
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

  'Subscription.boardUpdated': {
    // The board has no partnership argument: a change of a household the viewer does not see is
    // simply not delivered. See observeBoardUpdates for how "not delivered" is observed.
    targets: ['own', 'other'],
    query: `subscription { boardUpdated { arrivalDate ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const target = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, target, { sentinel: await c.env.fx.household('own', 'planned'), marker: await c.env.fx.household('own', 'planned') });
      return {};
    },
    // The change: recordArrival on a fresh household, by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeBoardUpdates(c, HOUSEHOLD_ROWS['Subscription.boardUpdated'].query, vars, () => (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(RECORD_ARRIVAL, { id: c.fixture.id })),
    expect: (() => {
      const received = ok((h, c) => {
        expect(h.arrivalDate).toBe('2026-03-01');
        freshHousehold(h, c);
      });
      const notDelivered = ok((h, c) => expect(h.reference, 'the next event is the marker: the change was not delivered').toBe(c.fixture.marker.reference), 'not delivered');
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: notDelivered },
        deputy: { own: received, other: notDelivered },
        coordinator: { own: received, other: notDelivered },
        volunteer: { own: received, other: notDelivered },
      };
    })(),
  },
};
