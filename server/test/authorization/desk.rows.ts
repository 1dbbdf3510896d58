/** The authorization matrix's rows for the desk rota (desk module). */
import { expect } from 'vitest';
import { DeskRotaEntry } from '../../src/modules/desk/desk.entity.js';
import { ReturnFile } from '../../src/modules/desk/return-file.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { FORBIDDEN, ok, type CaseCtx, type OperationSpec } from './table.js';
import { partnershipMatrix } from './expected.js';
import { own, demoPartnershipId } from './cases.js';

/** A member organisation of the case's partnership (Mechelen's lead, or Liège's). */
const memberOf = (c: CaseCtx) => (own(c) ? 'Samen Thuis vzw' : 'CPAS de Liège');

/** Puts a rota line straight in the database (when not there yet) and gives its id. */
async function rotaLine(c: CaseCtx, desk: string): Promise<string> {
  const em = c.env.hub.orm.em.fork();
  const partnership = em.getReference(Partnership, demoPartnershipId(c));
  const organisation = em.getReference(Organisation, c.env.ids.org[memberOf(c)]);
  const found = await em.findOne(DeskRotaEntry, { partnership, organisation, desk });
  if (found) return found.id;
  const e = em.create(DeskRotaEntry, { partnership, organisation, desk, weekdays: [1, 3] });
  await em.flush();
  return e.id;
}

let removals = 0;
let files = 0;

/** A return file with a medical note straight in the database, on the case's partnership. */
async function returnFile(c: CaseCtx, reference: string): Promise<string> {
  const em = c.env.hub.orm.em.fork();
  const partnership = em.getReference(Partnership, demoPartnershipId(c));
  const found = await em.findOne(ReturnFile, { partnership, reference });
  if (found) return found.id;
  const f = em.create(ReturnFile, { partnership, reference, stage: 'INFORMATION', stageDates: [{ stage: 'INFORMATION', on: '2026-01-05' }], medicalNote: 'Matrix medical note' });
  await em.flush();
  return f.id;
}

export const DESK_ROWS: Record<string, OperationSpec> = {
  'Query.deskRota': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { deskRota(partnershipId: $p) { desk weekdays organisation { name } } }`,
    vars: async (c) => {
      await rotaLine(c, 'Matrix desk');
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      const seen = ok((list, c) => expect(list).toContainEqual({ desk: 'Matrix desk', weekdays: [1, 3], organisation: { name: memberOf(c) } }));
      return partnershipMatrix({ admin: seen, contact: seen, deputy: seen, coordinator: seen, volunteer: seen });
    })(),
  },

  'Mutation.setDeskRotaEntry': {
    targets: ['own', 'other'],
    query: `mutation($input: DeskRotaEntryInput!) { setDeskRotaEntry(input: $input) { desk weekdays organisation { name } } }`,
    vars: (c) => ({ input: { partnershipId: demoPartnershipId(c), organisationId: c.env.ids.org[memberOf(c)], desk: ` Set by ${c.actor} `, weekdays: [4, 2, 2] } }),
    expect: (() => {
      const set = ok((e, c) => expect(e).toEqual({ desk: `Set by ${c.actor}`, weekdays: [2, 4], organisation: { name: memberOf(c) } }));
      return partnershipMatrix({ admin: set, contact: set, deputy: set, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeDeskRotaEntry': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeDeskRotaEntry(id: $id) }`,
    vars: async (c) => ({ id: await rotaLine(c, `Remove ${++removals}`) }),
    expect: (() => {
      const removed = ok((r) => expect(r).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Query.returnFiles': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { returnFiles(partnershipId: $p) { reference hasMedicalNote medicalNote } }`,
    vars: async (c) => {
      await returnFile(c, 'RF-MATRIX');
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      // The medical note is need-to-know: volunteers only learn there is one.
      const seen = (note: string | null) => ok((list) => expect(list).toContainEqual({ reference: 'RF-MATRIX', hasMedicalNote: true, medicalNote: note }));
      return partnershipMatrix({
        admin: seen('Matrix medical note'),
        contact: seen('Matrix medical note'),
        deputy: seen('Matrix medical note'),
        coordinator: seen('Matrix medical note'),
        volunteer: seen(null),
      });
    })(),
  },

  'Mutation.openReturnFile': {
    targets: ['own', 'other'],
    query: `mutation($input: OpenReturnFileInput!) { openReturnFile(input: $input) { reference stage followedBy { name } } }`,
    vars: (c) => ({ input: { partnershipId: demoPartnershipId(c), reference: `RF-OPEN-${++files}`, informedOn: '2026-01-05', followedByOrganisationId: c.env.ids.org[memberOf(c)] } }),
    expect: (() => {
      const opened = ok((f, c) => expect(f).toEqual({ reference: expect.stringMatching(/^RF-OPEN-\d+$/), stage: 'INFORMATION', followedBy: { name: memberOf(c) } }));
      return partnershipMatrix({ admin: opened, contact: opened, deputy: opened, coordinator: opened, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.advanceReturnFile': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { advanceReturnFile(id: $id, stage: APPLICATION, on: "2026-01-06") { stage stages { stage on } } }`,
    vars: async (c) => ({ id: await returnFile(c, `RF-ADVANCE-${++files}`) }),
    expect: (() => {
      const moved = ok((f) =>
        expect(f).toEqual({
          stage: 'APPLICATION',
          stages: [
            { stage: 'INFORMATION', on: '2026-01-05' },
            { stage: 'APPLICATION', on: '2026-01-06' },
          ],
        }),
      );
      return partnershipMatrix({ admin: moved, contact: moved, deputy: moved, coordinator: moved, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.assignReturnFile': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $o: ID) { assignReturnFile(id: $id, followedByOrganisationId: $o) { followedBy { name } } }`,
    vars: async (c) => ({ id: await returnFile(c, `RF-ASSIGN-${++files}`), o: c.env.ids.org[memberOf(c)] }),
    expect: (() => {
      const assigned = ok((f, c) => expect(f).toEqual({ followedBy: { name: memberOf(c) } }));
      return partnershipMatrix({ admin: assigned, contact: assigned, deputy: assigned, coordinator: assigned, volunteer: FORBIDDEN });
    })(),
  },

  'Query.deskOverview': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { deskOverview(partnershipId: $p) { caseKind viewerCan { editRota editReturnFiles viewMedical } } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const can = (editRota: boolean, editReturnFiles: boolean, viewMedical: boolean) =>
        ok((v) => expect(v).toEqual({ caseKind: 'RESETTLEMENT_HOUSEHOLD', viewerCan: { editRota, editReturnFiles, viewMedical } }));
      return partnershipMatrix({
        admin: can(true, true, true),
        contact: can(true, true, true),
        deputy: can(true, true, true),
        coordinator: can(false, true, true),
        volunteer: can(false, false, false),
      });
    })(),
  },

  'Query.returnFileBoard': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { returnFileBoard(partnershipId: $p) { reference medicalNote partnership { id } } }`,
    vars: async (c) => {
      await returnFile(c, 'RF-MATRIX');
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      // Mechelen and Liège follow households, not return files: the board has none of them, for
      // anyone; whoever may not see the partnership gets NOT_FOUND as everywhere.
      const none = ok((list) => expect(list).toEqual([]));
      return partnershipMatrix({ admin: none, contact: none, deputy: none, coordinator: none, volunteer: none });
    })(),
  },
};
