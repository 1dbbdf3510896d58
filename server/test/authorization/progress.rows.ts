/** The authorization matrix's rows for the progress module's root operations. */
import { RESETTLEMENT_PLAN } from '@partner-hub/shared';
import { expect } from 'vitest';
import { type SignedIn, ok, UNAUTHENTICATED, FORBIDDEN, type OperationSpec } from './table.js';
import { partnershipMatrix } from './expected.js';
import { emailOf } from './cases.js';

export const PROGRESS_ROWS: Record<string, OperationSpec> = {
  'Query.stepTemplates': {
    query: `{ stepTemplates(programme: RESETTLEMENT) { key offsetDays } }`,
    expect: (() => {
      const template = ok((list) => expect(list).toEqual(RESETTLEMENT_PLAN.map((t) => ({ key: t.key, offsetDays: t.offsetDays }))));
      return { anonymous: UNAUTHENTICATED, admin: template, contact: template, deputy: template, coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  'Mutation.updateGuidanceStep': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateGuidanceStep(id: $id, input: { status: DONE, note: "Done with the volunteer" }) { key status note updatedBy { email } household { reference } } }`,
    vars: async (c) => {
      const step = await c.env.fx.step(c.target!);
      Object.assign(c.fixture, step);
      return { id: step.id };
    },
    expect: (() => {
      const updated = ok((s, c) =>
        expect(s).toEqual({ key: 'BANK_ACCOUNT', status: 'DONE', note: 'Done with the volunteer', updatedBy: { email: emailOf(c.actor as SignedIn) }, household: { reference: c.fixture.reference } }),
      );
      // Everyone who sees the household records progress, volunteers first of all.
      return partnershipMatrix({ admin: updated, contact: updated, deputy: updated, coordinator: updated, volunteer: updated });
    })(),
  },

  'Mutation.updateHousing': {
    targets: ['own', 'other'],
    // The fixture household is planned for 2027-05-01: a lease to 2028-04-30 covers its first year.
    query: `mutation($h: ID!) { updateHousing(householdId: $h, input: { street: "Matrixstraat 1", leaseStart: "2027-04-15", leaseEnd: "2028-04-30" }) { street coversFirstYear } }`,
    vars: async (c) => ({ h: (await c.env.fx.household(c.target!, 'planned')).id }),
    expect: (() => {
      const updated = ok((housing) => expect(housing).toEqual({ street: 'Matrixstraat 1', coversFirstYear: true }));
      return partnershipMatrix({ admin: updated, contact: updated, deputy: updated, coordinator: updated, volunteer: updated });
    })(),
  },

  'Mutation.startNextHomeSearch': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { startNextHomeSearch(householdId: $h, on: "2026-11-01") { reference housing { nextHomeSearchStartedOn nextHomeFoundOn } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      c.fixture.reference = h.reference;
      return { h: h.id };
    },
    expect: (() => {
      const started = ok((h, c) => expect(h).toEqual({ reference: c.fixture.reference, housing: { nextHomeSearchStartedOn: '2026-11-01', nextHomeFoundOn: null } }));
      return partnershipMatrix({ admin: started, contact: started, deputy: started, coordinator: started, volunteer: started });
    })(),
  },

  'Mutation.recordNextHomeFound': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { recordNextHomeFound(householdId: $h, on: "2026-11-02") { reference housing { nextHomeSearchStartedOn nextHomeFoundOn } plan { key status } } }`,
    vars: async (c) => {
      const step = await c.env.fx.step(c.target!, 'NEXT_HOME');
      c.fixture.reference = step.reference;
      return { h: step.householdId };
    },
    expect: (() => {
      const found = ok((h, c) =>
        expect(h).toEqual({ reference: c.fixture.reference, housing: { nextHomeSearchStartedOn: '2026-11-02', nextHomeFoundOn: '2026-11-02' }, plan: [{ key: 'NEXT_HOME', status: 'DONE' }] }),
      );
      return partnershipMatrix({ admin: found, contact: found, deputy: found, coordinator: found, volunteer: found });
    })(),
  },

  'Mutation.saveStepTemplate': {
    query: `mutation($input: StepTemplateInput!) { saveStepTemplate(programme: VOLUNTARY_RETURN, input: $input) { key offsetDays active } }`,
    vars: (c) => {
      c.fixture.key = c.env.fx.unique('MATRIX').replace(/-/g, '_');
      return { input: { key: c.fixture.key, label: { nl: 'Stap', fr: 'Étape', en: 'Step' }, anchor: 'ARRIVAL', offsetDays: 12, owner: 'PARTNER' } };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((t, c) => expect(t).toEqual({ key: c.fixture.key, offsetDays: 12, active: true })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.removeStepTemplate': {
    query: `mutation($id: ID!) { removeStepTemplate(id: $id) }`,
    vars: async (c) => ({ id: (await c.env.fx.stepTemplate()).id }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((v) => expect(v).toBe(true)),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },
};
