/** Expected record views of the demo data, per actor. */
import { guidanceEndDate, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { expect } from 'vitest';
import { todayInBrussels } from '../../src/app/validators.js';
import { type SignedIn, type CaseCtx, type Outcome, UNAUTHENTICATED, NOT_FOUND, type OperationSpec } from './table.js';
import { RETURN_DESKS } from '../../src/seeders/demo-return.js';
import type { Answer } from '../harness.js';

/** Resettlement's guidance term as the migration seeds it (its caseMonths: 12). */
const RESETTLEMENT_MONTHS = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

// ---------------------------------------------------------------------------------------------
// Expected record views
// ---------------------------------------------------------------------------------------------

export const HOUSEHOLD_CAN: Record<SignedIn, Record<string, boolean>> = {
  admin: {
    view: true,
    update: true,
    recordArrival: true,
    extendGuidance: true,
    viewSpecificNeeds: true,
    updateSpecificNeeds: true,
    viewFunding: true,
    endGuidance: true,
    updateStep: true,
    updateHousing: true,
    uploadDocument: true,
    uploadSensitiveDocument: true,
  },
  contact: {
    view: true,
    update: true,
    recordArrival: true,
    extendGuidance: true,
    viewSpecificNeeds: true,
    updateSpecificNeeds: true,
    viewFunding: true,
    endGuidance: true,
    updateStep: true,
    updateHousing: true,
    uploadDocument: true,
    uploadSensitiveDocument: true,
  },
  deputy: {
    view: true,
    update: true,
    recordArrival: true,
    extendGuidance: true,
    viewSpecificNeeds: true,
    updateSpecificNeeds: true,
    viewFunding: true,
    endGuidance: true,
    updateStep: true,
    updateHousing: true,
    uploadDocument: true,
    uploadSensitiveDocument: true,
  },
  coordinator: {
    view: true,
    update: true,
    recordArrival: true,
    extendGuidance: false,
    viewSpecificNeeds: true,
    updateSpecificNeeds: true,
    viewFunding: true,
    endGuidance: false,
    updateStep: true,
    updateHousing: true,
    uploadDocument: true,
    uploadSensitiveDocument: true,
  },
  // Volunteers record progress day to day: the plan's steps and the housing.
  volunteer: {
    view: true,
    update: false,
    recordArrival: true,
    extendGuidance: false,
    viewSpecificNeeds: false,
    updateSpecificNeeds: false,
    viewFunding: false,
    endGuidance: false,
    updateStep: true,
    updateHousing: true,
    uploadDocument: true,
    uploadSensitiveDocument: false,
  },
};

export const PARTNERSHIP_CAN: Record<SignedIn, Record<string, boolean>> = {
  admin: {
    view: true,
    update: true,
    manageMembers: true,
    assignContactPerson: true,
    registerHousehold: true,
    recordSpecificNeeds: true,
    viewFunding: true,
    inviteCoordinator: false,
    inviteVolunteer: false,
    uploadDocument: true,
  },
  contact: {
    view: true,
    update: true,
    manageMembers: true,
    assignContactPerson: false,
    registerHousehold: true,
    recordSpecificNeeds: true,
    viewFunding: true,
    inviteCoordinator: true,
    inviteVolunteer: false,
    uploadDocument: true,
  },
  deputy: {
    view: true,
    update: true,
    manageMembers: true,
    assignContactPerson: false,
    registerHousehold: true,
    recordSpecificNeeds: true,
    viewFunding: true,
    inviteCoordinator: true,
    inviteVolunteer: false,
    uploadDocument: true,
  },
  coordinator: {
    view: true,
    update: false,
    manageMembers: false,
    assignContactPerson: false,
    registerHousehold: true,
    recordSpecificNeeds: true,
    viewFunding: true,
    inviteCoordinator: false,
    inviteVolunteer: true,
    uploadDocument: true,
  },
  volunteer: {
    view: true,
    update: false,
    manageMembers: false,
    assignContactPerson: false,
    registerHousehold: false,
    recordSpecificNeeds: false,
    viewFunding: false,
    inviteCoordinator: false,
    inviteVolunteer: false,
    uploadDocument: false,
  },
};

export const HOUSEHOLD_CAN_FIELDS =
  'viewerCan { view update recordArrival extendGuidance viewSpecificNeeds updateSpecificNeeds viewFunding endGuidance uploadDocument uploadSensitiveDocument updateStep updateHousing }';
export const PARTNERSHIP_CAN_FIELDS = 'viewerCan { view update manageMembers assignContactPerson registerHousehold recordSpecificNeeds viewFunding inviteCoordinator inviteVolunteer uploadDocument }';
export const HOUSEHOLD_FIELDS = `id reference guidanceStart guidanceExtended hasSpecificNeeds specificNeeds { needs note } funding { totalCents } ${HOUSEHOLD_CAN_FIELDS} partnership { name fundingTotalCents }`;

/** Demo households: specific needs, note, funding (EUR 3,000 per person, + 2,000 head / 500 member when direct). */
export const DEMO_HOUSEHOLDS: Record<string, { partnership: string; needs: string[]; note: string | null; fundingCents: number }> = {
  'HH-2023-0001': { partnership: 'Gent Samen', needs: ['FAMILY_WITH_CHILDREN', 'COMPLEX_MEDICAL'], note: 'Youngest child needs follow-up by a paediatric cardiologist.', fundingCents: 2_200_000 },
  'HH-2023-0002': { partnership: 'Gent Samen', needs: [], note: null, fundingCents: 300_000 },
  'HH-2026-0003': { partnership: 'Gent Samen', needs: [], note: null, fundingCents: 850_000 },
  'HH-2026-0004': { partnership: 'Onthaalgroep Mechelen', needs: ['UNACCOMPANIED_MINOR'], note: 'Former unaccompanied minor; guardian contact via the OCMW.', fundingCents: 500_000 },
  'HH-2027-0005': { partnership: 'Onthaalgroep Mechelen', needs: [], note: null, fundingCents: 1_200_000 },
  'HH-2025-0006': { partnership: 'Liège Accueil', needs: ['TRAFFICKING_VICTIM'], note: 'Support by a specialised centre; do not share the address.', fundingCents: 600_000 },
};
export const PARTNERSHIP_FUNDING: Record<string, number> = { 'Onthaalgroep Mechelen': 1_700_000, 'Liège Accueil': 600_000 };

/**
 * Demo households on the board: the last day of their guidance (null while planned) and their
 * plan's progress (steps done of the steps that apply; one school step per child aged 5 to 17).
 */
export const DEMO_PROGRESS: Record<string, { guidanceEnd: string | null; progress: { done: number; total: number } }> = {
  'HH-2023-0001': { guidanceEnd: guidanceEndDate('2023-03-15', true, RESETTLEMENT_MONTHS), progress: { done: 0, total: 13 } },
  'HH-2023-0002': { guidanceEnd: guidanceEndDate('2023-09-01', false, RESETTLEMENT_MONTHS), progress: { done: 0, total: 11 } },
  'HH-2026-0003': { guidanceEnd: guidanceEndDate('2026-06-10', false, RESETTLEMENT_MONTHS), progress: { done: 3, total: 12 } },
  'HH-2026-0004': { guidanceEnd: guidanceEndDate('2026-02-20', false, RESETTLEMENT_MONTHS), progress: { done: 5, total: 11 } },
  'HH-2027-0005': { guidanceEnd: null, progress: { done: 0, total: 13 } },
  'HH-2025-0006': { guidanceEnd: guidanceEndDate('2025-11-03', false, RESETTLEMENT_MONTHS), progress: { done: 0, total: 11 } },
};
/** On the board: guidance not ended (today, in Brussels). */
export const onBoard = (reference: string) => {
  const end = DEMO_PROGRESS[reference].guidanceEnd;
  return end === null || end >= todayInBrussels();
};

/**
 * viewerCan offers only what will work now: a second year needs guidance started and not yet
 * extended; an early end needs guidance started and not over.
 */
export function expectedViewerCan(actor: SignedIn, h: { guidanceStart: string | null; guidanceExtended: boolean }) {
  const can = HOUSEHOLD_CAN[actor];
  return {
    ...can,
    extendGuidance: can.extendGuidance && h.guidanceStart !== null && !h.guidanceExtended,
    endGuidance: can.endGuidance && h.guidanceStart !== null && guidanceEndDate(h.guidanceStart, h.guidanceExtended, RESETTLEMENT_MONTHS) >= todayInBrussels(),
  };
}

/** A household as `actor` must see it: specific needs and funding only for those who need to know. */
export function expectHousehold(h: Answer, actor: SignedIn, expected: { reference: string; partnership: string; needs: string[]; note: string | null; fundingCents: number }) {
  expect(h.reference).toBe(expected.reference);
  expect(h.hasSpecificNeeds).toBe(expected.needs.length > 0 || expected.note !== null);
  expect(h.viewerCan).toEqual(expectedViewerCan(actor, h as { guidanceStart: string | null; guidanceExtended: boolean }));
  expect(h.partnership.name).toBe(expected.partnership);
  if (actor === 'volunteer') {
    expect(h.specificNeeds).toBeNull();
    expect(h.funding).toBeNull();
    expect(h.partnership.fundingTotalCents).toBeNull();
  } else {
    expect(h.specificNeeds).toEqual({ needs: expected.needs, note: expected.note });
    expect(h.funding).toEqual({ totalCents: expected.fundingCents });
    expect(h.partnership.fundingTotalCents).toEqual(expect.any(Number));
  }
}

export const demoHousehold = (reference: string) => (h: Answer, c: CaseCtx) => expectHousehold(h, c.actor as SignedIn, { reference, ...DEMO_HOUSEHOLDS[reference] });

/** A fresh fixture household as `actor` must see it (one head, direct arrival: EUR 5,000; extended: 5,600). */
export const freshHousehold = (h: Answer, c: CaseCtx) =>
  expectHousehold(h, c.actor as SignedIn, {
    reference: c.fixture.reference,
    partnership: c.fixture.partnershipName,
    needs: ['OTHER'],
    note: 'Fixture note',
    fundingCents: c.fixture.extended ? 560_000 : 500_000,
  });

/** A partnership as `actor` must see it, with its households. */
export const demoPartnership = (name: string) => (p: Answer, c: CaseCtx) => {
  const actor = c.actor as SignedIn;
  expect(p.name).toBe(name);
  expect(p.viewerCan).toEqual(PARTNERSHIP_CAN[actor]);
  expect(p.fundingTotalCents).toBe(actor === 'volunteer' ? null : PARTNERSHIP_FUNDING[name]);
  const refs = Object.keys(DEMO_HOUSEHOLDS)
    .filter((r) => DEMO_HOUSEHOLDS[r].partnership === name)
    .sort();
  expect(p.households.map((h: Answer) => h.reference)).toEqual(refs);
  for (const h of p.households) {
    const d = DEMO_HOUSEHOLDS[h.reference];
    expect(h.specificNeeds).toEqual(actor === 'volunteer' ? null : { needs: d.needs });
    expect(h.funding).toEqual(actor === 'volunteer' ? null : { totalCents: d.fundingCents });
  }
};

/** The demo's partnerships by name (demo.ts's, the return desks of demo-return.ts); the socio-legal desks and the two vulnerable-group partnerships have contact persons of their own (demo-sociolegal.ts). */
export const ALL_PARTNERSHIPS = [
  'Gent Samen',
  'Guichet socio-juridique Charleroi',
  'Guichet socio-juridique Liège',
  'Liège Accueil',
  'Onthaalgroep Mechelen',
  'Sociaal-juridisch loket Antwerpen',
  'Sociaal-juridisch loket Brussel',
  'Sociaal-juridisch loket Gent',
  'Terugkeerloket Antwerpen',
  'Zemst Verwelkomt',
  'Trajet de soutien Groupes vulnérables',
  'Zorgtraject Kwetsbare Groepen',
  ...RETURN_DESKS.map((d) => d.name),
].sort();
/** The demo partnerships of programmes other than resettlement. */
export const NOT_RESETTLEMENT = new Set(ALL_PARTNERSHIPS.filter((p) => /^(Guichet|Sociaal-juridisch|Terugkeerloket|Trajet|Zorgtraject)/.test(p)));
export const VISIBLE_PARTNERSHIPS: Record<SignedIn, string[]> = {
  admin: ALL_PARTNERSHIPS,
  contact: ['Gent Samen', 'Onthaalgroep Mechelen', 'Terugkeerloket Antwerpen'],
  deputy: ['Gent Samen', 'Onthaalgroep Mechelen', 'Zemst Verwelkomt'],
  coordinator: ['Onthaalgroep Mechelen'],
  volunteer: ['Onthaalgroep Mechelen'],
};
export const visibleHouseholds = (actor: SignedIn) =>
  Object.keys(DEMO_HOUSEHOLDS)
    .filter((r) => VISIBLE_PARTNERSHIPS[actor].includes(DEMO_HOUSEHOLDS[r].partnership))
    .sort();

export const ALL_ORGANISATIONS = [
  'CPAS de Liège',
  'Caritas International',
  'Fedasil',
  'Gemeente Zemst',
  "Groupe d'accueil Liège-Centre",
  'IOM Belgium',
  'OCMW Gent',
  'Onthaalgroep Mechelen',
  'Samen Thuis vzw',
  'Stad Gent',
  'Vluchtelingenhulp Antwerpen',
  // The socio-legal desks' partners and the vulnerable-group partners (demo-sociolegal.ts).
  'Brugfiguren Gent vzw',
  "Point d'ancrage Liège asbl",
  'Relais social Charleroi asbl',
  'Sociaal-Juridisch Steunpunt Brussel vzw',
  'Steunpunt Antwerpen vzw',
  'Zorgnetwerk Kwetsbare Groepen vzw',
  'Réseau Santé Vulnérabilités asbl',
].sort();
export const MECHELEN_ORGANISATIONS = ['Onthaalgroep Mechelen', 'Samen Thuis vzw'];

export const sorted = (xs: string[]) => [...xs].sort();

/** Shorthand for the usual shape: admins everywhere, the contact person and deputy on own records. */
export function partnershipMatrix(allowed: Record<SignedIn, Outcome>): OperationSpec['expect'] {
  return {
    anonymous: UNAUTHENTICATED,
    admin: allowed.admin,
    contact: { own: allowed.contact, other: NOT_FOUND },
    deputy: { own: allowed.deputy, other: NOT_FOUND },
    coordinator: { own: allowed.coordinator, other: NOT_FOUND },
    volunteer: { own: allowed.volunteer, other: NOT_FOUND },
  };
}
