/** The authorization matrix's rows for the document module's root operations. */
import { expect } from 'vitest';
import { type Answer, DEMO } from '../harness.js';
import { ok, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, SOCKET_REFUSED, type OperationSpec, observeSubscription } from './table.js';
import { partnershipMatrix } from './expected.js';
import { own, demoPartnershipId } from './cases.js';

export const DOCUMENT_ROWS: Record<string, OperationSpec> = {
  'Query.documents': {
    targets: ['own', 'other'],
    query: `query($h: ID) { documents(householdId: $h) { name category } }`,
    vars: async (c) => {
      const lease = await c.env.fx.document(c.target!, 'LEASE');
      const medical = await c.env.fx.document(c.target!, 'MEDICAL');
      // Both on one household: move the medical paper to the lease's household.
      await c.env.hub.orm.em.fork().getConnection().execute(`update document set household_id = '${lease.householdId}' where id = '${medical.id}'`);
      Object.assign(c.fixture, { lease: lease.name, medical: medical.name });
      return { h: lease.householdId };
    },
    expect: (() => {
      const both = ok((docs, c) => expect(docs.map((d: Answer) => d.name).sort()).toEqual([c.fixture.lease, c.fixture.medical].sort()));
      // Medical papers are need-to-know: a volunteer sees only the lease.
      const leaseOnly = ok((docs, c) => expect(docs.map((d: Answer) => d.name)).toEqual([c.fixture.lease]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: both, volunteer: leaseOnly });
    })(),
  },

  'Mutation.renameDocument': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { renameDocument(id: $id, name: "Renamed.pdf") { name } }`,
    vars: async (c) => ({ id: (await c.env.fx.document(c.target!, 'LEASE')).id }),
    expect: (() => {
      const renamed = ok((d) => expect(d).toEqual({ name: 'Renamed.pdf' }));
      // A volunteer manages only what they uploaded themselves.
      return partnershipMatrix({ admin: renamed, contact: renamed, deputy: renamed, coordinator: renamed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.recategoriseDocument': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { recategoriseDocument(id: $id, category: EVALUATION_REPORT) { category } }`,
    vars: async (c) => ({ id: (await c.env.fx.document(c.target!, 'OTHER')).id }),
    expect: (() => {
      const changed = ok((d) => expect(d).toEqual({ category: 'EVALUATION_REPORT' }));
      return partnershipMatrix({ admin: changed, contact: changed, deputy: changed, coordinator: changed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.deleteDocument': {
    targets: ['own', 'other', 'ownByVolunteer', 'ownMedical'],
    query: `mutation($id: ID!) { deleteDocument(id: $id) }`,
    vars: async (c) => {
      const t = c.target!;
      const doc =
        t === 'ownByVolunteer' ? await c.env.fx.document('own', 'LEASE', DEMO.volunteer) : t === 'ownMedical' ? await c.env.fx.document('own', 'MEDICAL') : await c.env.fx.document(t, 'LEASE');
      return { id: doc.id };
    },
    expect: (() => {
      const deleted = ok((v) => expect(v).toBe(true));
      const all = { own: deleted, other: deleted, ownByVolunteer: deleted, ownMedical: deleted };
      const fedasil = { own: deleted, other: NOT_FOUND, ownByVolunteer: deleted, ownMedical: deleted };
      return {
        anonymous: UNAUTHENTICATED,
        admin: all,
        contact: fedasil,
        deputy: fedasil,
        coordinator: fedasil,
        // Their own upload only; a medical paper they may not even see.
        volunteer: { own: FORBIDDEN, other: NOT_FOUND, ownByVolunteer: deleted, ownMedical: NOT_FOUND },
      };
    })(),
  },

  'Subscription.documentAdded': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!, $h: ID) { documentAdded(partnershipId: $p, householdId: $h) { name category } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, { householdId: h.id, name: `${c.env.fx.unique('live')}.pdf` });
      return { p: demoPartnershipId(c), h: h.id };
    },
    // The change: an upload to that household, by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeSubscription(
        c,
        DOCUMENT_ROWS['Subscription.documentAdded'].query,
        vars,
        async () => {
          const uploader = own(c) ? c.env.agents.contact : c.env.agents.admin;
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), c.fixture.name);
          const res = await fetch(`${c.env.hub.url}/documents?householdId=${c.fixture.householdId}&category=LEASE`, {
            method: 'POST',
            body: form,
            headers: { cookie: uploader.cookie!, 'x-partner-hub-upload': '1' },
          });
          if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
        },
        (data) => data.documentAdded?.name === c.fixture.name,
      ),
    expect: (() => {
      const received = ok((d, c) => expect(d).toEqual({ name: c.fixture.name, category: 'LEASE' }));
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
