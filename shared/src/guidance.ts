/** Guidance plans: the steps after arrival, their statuses, and the flags a household can raise. */
import type { Locale } from './domain.js';

export const STEP_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const STEP_OWNERS = ['PARTNER', 'VOLUNTEER', 'OCMW'] as const;
export type StepOwner = (typeof STEP_OWNERS)[number];

/** What a step's due date counts from: the arrival, moving into the home found, or the end of guidance (which moves with an extension). */
export const STEP_ANCHORS = ['ARRIVAL', 'MOVE_IN', 'GUIDANCE_END'] as const;
export type StepAnchor = (typeof STEP_ANCHORS)[number];

export const LANDLORD_KINDS = ['PRIVATE', 'SOCIAL', 'OCMW'] as const;
export type LandlordKind = (typeof LANDLORD_KINDS)[number];

export const HOUSEHOLD_FLAGS = ['OVERDUE_STEPS', 'NO_HOME_YET', 'LEASE_TOO_SHORT', 'NEXT_HOME_SEARCH_NOT_STARTED', 'STALE'] as const;
export type HouseholdFlag = (typeof HOUSEHOLD_FLAGS)[number];

/** Compulsory education in Belgium runs from 5 to 18: a child of that age in the year of the step gets a school step. */
export const SCHOOL_AGE = { from: 5, to: 17 } as const;

export function isSchoolAge(birthYear: number, year: number): boolean {
  const age = year - birthYear;
  return age >= SCHOOL_AGE.from && age <= SCHOOL_AGE.to;
}

export interface StepTemplateDefault {
  key: string;
  label: Record<Locale, string>;
  anchor: StepAnchor;
  offsetDays: number;
  owner: StepOwner;
  /** One step per school-age child instead of one per household. */
  perSchoolAgeChild?: boolean;
}

/** The resettlement plan template the hub starts with; admins edit it per programme. */
export const RESETTLEMENT_PLAN: readonly StepTemplateDefault[] = [
  {
    key: 'MUNICIPAL_REGISTRATION',
    anchor: 'MOVE_IN',
    offsetDays: 8,
    owner: 'PARTNER',
    label: { nl: 'Inschrijving in de gemeente (domicilie)', fr: 'Inscription à la commune (domicile)', en: 'Municipal registration (domicile)' },
  },
  { key: 'OCMW_REGISTRATION', anchor: 'ARRIVAL', offsetDays: 7, owner: 'OCMW', label: { nl: 'Registratie bij het OCMW', fr: 'Inscription au CPAS', en: 'OCMW registration' } },
  { key: 'LIVING_WAGE', anchor: 'ARRIVAL', offsetDays: 14, owner: 'OCMW', label: { nl: 'Aanvraag leefloon', fr: "Demande de revenu d'intégration", en: 'Living wage application' } },
  { key: 'HEALTH_INSURANCE', anchor: 'ARRIVAL', offsetDays: 21, owner: 'PARTNER', label: { nl: 'Aansluiting bij een ziekenfonds', fr: 'Affiliation à une mutualité', en: 'Health insurance fund' } },
  { key: 'BANK_ACCOUNT', anchor: 'ARRIVAL', offsetDays: 14, owner: 'VOLUNTEER', label: { nl: 'Bankrekening geopend', fr: 'Compte bancaire ouvert', en: 'Bank account opened' } },
  { key: 'FAMILY_DOCTOR', anchor: 'MOVE_IN', offsetDays: 30, owner: 'VOLUNTEER', label: { nl: 'Huisarts gekozen', fr: 'Médecin traitant choisi', en: 'Family doctor chosen' } },
  {
    key: 'SCHOOL_ENROLMENT',
    anchor: 'MOVE_IN',
    offsetDays: 21,
    owner: 'VOLUNTEER',
    perSchoolAgeChild: true,
    label: { nl: 'Inschrijving in een school', fr: 'Inscription dans une école', en: 'School enrolment' },
  },
  { key: 'LANGUAGE_COURSE', anchor: 'ARRIVAL', offsetDays: 45, owner: 'PARTNER', label: { nl: 'Taalcursus', fr: 'Cours de langue', en: 'Language course' } },
  { key: 'CIVIC_INTEGRATION', anchor: 'ARRIVAL', offsetDays: 60, owner: 'PARTNER', label: { nl: 'Inburgeringstraject', fr: "Parcours d'intégration", en: 'Civic integration course' } },
  {
    key: 'ORIENTATION',
    anchor: 'MOVE_IN',
    offsetDays: 14,
    owner: 'VOLUNTEER',
    label: { nl: 'Oriëntatie: vervoer, winkels, diensten', fr: 'Orientation : transports, magasins, services', en: 'Orientation: transport, shops, services' },
  },
  { key: 'NEXT_HOME', anchor: 'GUIDANCE_END', offsetDays: -30, owner: 'PARTNER', label: { nl: 'Volgende woning gevonden', fr: 'Prochain logement trouvé', en: 'Next home found' } },
  {
    key: 'HANDOVER_OCMW',
    anchor: 'GUIDANCE_END',
    offsetDays: 0,
    owner: 'OCMW',
    label: { nl: 'Overdracht aan het lokale OCMW', fr: 'Passage de relais au CPAS local', en: 'Handover to the local OCMW' },
  },
];

/** Adds days to an ISO date (YYYY-MM-DD). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const HOUSEHOLD_EVENT_KINDS = [
  'REGISTERED',
  'HOUSEHOLD_UPDATED',
  'ARRIVAL_RECORDED',
  'GUIDANCE_EXTENDED',
  'STEP_UPDATED',
  'HOUSING_UPDATED',
  'NEXT_HOME_SEARCH_STARTED',
  'NEXT_HOME_FOUND',
  'EXTENSION_WITHDRAWN',
  'MEMBER_JOINED',
  'MEMBER_LEFT',
  'GUIDANCE_ENDED_EARLY',
  'HOUSEHOLD_TRANSFERRED',
] as const;
export type HouseholdEventKind = (typeof HOUSEHOLD_EVENT_KINDS)[number];

/** Programme defaults: the next-home search starts this many months before guidance ends; a household without update this long is stale. */
export const PROGRESS_DEFAULTS = { nextHomeSearchMonths: 3, staleAfterDays: 30 } as const;
