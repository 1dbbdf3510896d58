/**
 * The hand-written part of the demo: its organisations and the partnerships written out one by one
 * (the tests' fixtures), dated for HAND_WRITTEN_FOR and moved to the demo's day when seeded (demo.ts).
 */
import type { ArrivalRoute, OrganisationKind, PartnershipStatus, PartnershipTrack, ProgrammeCode, Relationship, SpecificNeed } from '@partner-hub/shared';
import { addDays } from '@partner-hub/shared';
import type { Housing } from '../modules/progress/progress.entity.js';

/**
 * The day the hand-written partnerships below were dated for: their agreements, arrivals, leases
 * and registrations relate to it as a partnership's year relates to today (one household long
 * settled, one in its first months, one still expected, ...).
 */
export const HAND_WRITTEN_FOR = '2026-12-07';

export const ORGANISATIONS: { name: string; kind: OrganisationKind; city: string; postalCode: string; street: string; contactName?: string; contactEmail?: string }[] = [
  { name: 'Fedasil', kind: 'FEDASIL', city: 'Brussel', postalCode: '1000', street: 'Kartuizersstraat 21' },
  { name: 'Stad Gent', kind: 'CITY', city: 'Gent', postalCode: '9000', street: 'Botermarkt 1', contactName: 'Dienst Samenleven', contactEmail: 'samenleven@gent.example' },
  { name: 'OCMW Gent', kind: 'OCMW', city: 'Gent', postalCode: '9000', street: 'Onderbergen 86' },
  { name: 'Samen Thuis vzw', kind: 'NON_PROFIT', city: 'Mechelen', postalCode: '2800', street: 'Grote Markt 21', contactName: 'Lotte Claes', contactEmail: 'info@samenthuis.example' },
  { name: 'Onthaalgroep Mechelen', kind: 'WELCOME_GROUP', city: 'Mechelen', postalCode: '2800', street: 'Bruul 5' },
  { name: 'CPAS de Liège', kind: 'OCMW', city: 'Liège', postalCode: '4000', street: 'Place Saint-Jacques 13' },
  { name: "Groupe d'accueil Liège-Centre", kind: 'WELCOME_GROUP', city: 'Liège', postalCode: '4000', street: 'Rue Léopold 8' },
  { name: 'Gemeente Zemst', kind: 'MUNICIPALITY', city: 'Zemst', postalCode: '1980', street: 'Hoogstraat 22' },
  { name: 'Vluchtelingenhulp Antwerpen', kind: 'NGO', city: 'Antwerpen', postalCode: '2000', street: 'Meir 10' },
  // The return partners present at the return desks (seed 003).
  { name: 'IOM Belgium', kind: 'NGO', city: 'Brussel', postalCode: '1000', street: 'Rue Montoyer 40' },
  { name: 'Caritas International', kind: 'NGO', city: 'Brussel', postalCode: '1060', street: 'Rue de la Charité 43' },
];

export interface DemoHousehold {
  housing?: Partial<Pick<Housing, 'street' | 'postalCode' | 'city' | 'leaseStart' | 'leaseEnd' | 'monthlyRentCents' | 'landlordKind' | 'movedInOn'>>;
  /** Keys of plan steps already done. */
  done?: string[];
  reference: string;
  route: ArrivalRoute;
  planned?: string;
  arrived?: string;
  extended?: boolean;
  needs?: SpecificNeed[];
  note?: string;
  members: [string, string, number, Relationship][];
}

export const PARTNERSHIPS: {
  name: string;
  programme: ProgrammeCode;
  track: PartnershipTrack;
  status: PartnershipStatus;
  members: string[];
  contact: string;
  deputy?: string;
  capacity: number;
  agreement: [string, string];
  households: DemoHousehold[];
}[] = [
  {
    name: 'Gent Samen',
    programme: 'RESETTLEMENT',
    track: 'FLEXIBLE_FRAMEWORK',
    status: 'ACTIVE',
    members: ['Stad Gent', 'OCMW Gent'],
    contact: 'contact@partnerhub.example',
    deputy: 'deputy@partnerhub.example',
    capacity: 40,
    agreement: ['2023-01-01', '2026-12-31'],
    households: [
      {
        reference: 'HH-2023-0001',
        route: 'DIRECT',
        planned: '2023-03-10',
        arrived: '2023-03-15',
        extended: true,
        needs: ['FAMILY_WITH_CHILDREN', 'COMPLEX_MEDICAL'],
        note: 'Youngest child needs follow-up by a paediatric cardiologist.',
        members: [
          ['Amina', 'Haddad', 1985, 'HEAD'],
          ['Yusuf', 'Haddad', 1982, 'SPOUSE'],
          ['Lina', 'Haddad', 2010, 'CHILD'],
          ['Omar', 'Haddad', 2014, 'CHILD'],
          ['Sara', 'Haddad', 2019, 'CHILD'],
        ],
      },
      { reference: 'HH-2023-0002', route: 'AFTER_RECEPTION', planned: '2023-09-01', arrived: '2023-09-01', members: [['Samuel', 'Tesfaye', 1996, 'HEAD']] },
      {
        reference: 'HH-2026-0003',
        route: 'DIRECT',
        planned: '2026-06-10',
        arrived: '2026-06-10',
        members: [
          ['Nadia', 'Karimi', 1990, 'HEAD'],
          ['Reza', 'Karimi', 2016, 'CHILD'],
        ],
        // A lease of nine months: shorter than the year the hub asks for.
        housing: {
          street: 'Sint-Pietersnieuwstraat 40',
          postalCode: '9000',
          city: 'Gent',
          leaseStart: '2026-06-01',
          leaseEnd: '2027-02-28',
          monthlyRentCents: 72_500,
          landlordKind: 'PRIVATE',
          movedInOn: '2026-06-10',
        },
        done: ['OCMW_REGISTRATION', 'LIVING_WAGE', 'MUNICIPAL_REGISTRATION'],
      },
    ],
  },
  {
    name: 'Onthaalgroep Mechelen',
    programme: 'RESETTLEMENT',
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    members: ['Samen Thuis vzw', 'Onthaalgroep Mechelen'],
    contact: 'contact@partnerhub.example',
    deputy: 'deputy@partnerhub.example',
    capacity: 6,
    agreement: ['2025-09-01', '2027-08-31'],
    households: [
      {
        reference: 'HH-2026-0004',
        route: 'DIRECT',
        planned: '2026-02-20',
        arrived: '2026-02-20',
        needs: ['UNACCOMPANIED_MINOR'],
        note: 'Former unaccompanied minor; guardian contact via the OCMW.',
        members: [['Hassan', 'Noori', 2006, 'HEAD']],
        housing: {
          street: 'Bruul 12',
          postalCode: '2800',
          city: 'Mechelen',
          leaseStart: '2026-02-15',
          leaseEnd: '2029-02-14',
          monthlyRentCents: 61_000,
          landlordKind: 'SOCIAL',
          movedInOn: '2026-02-20',
        },
        done: ['OCMW_REGISTRATION', 'LIVING_WAGE', 'MUNICIPAL_REGISTRATION', 'HEALTH_INSURANCE', 'ORIENTATION'],
      },
      {
        reference: 'HH-2027-0005',
        route: 'DIRECT',
        planned: '2027-01-15',
        members: [
          ['Grace', 'Mugisha', 1988, 'HEAD'],
          ['Eric', 'Mugisha', 2012, 'CHILD'],
          ['Ange', 'Mugisha', 2015, 'CHILD'],
        ],
      },
    ],
  },
  {
    name: 'Liège Accueil',
    programme: 'RESETTLEMENT',
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    members: ['CPAS de Liège', "Groupe d'accueil Liège-Centre"],
    contact: 'contact.wallonie@partnerhub.example',
    capacity: 12,
    agreement: ['2024-01-01', '2026-12-31'],
    households: [
      {
        reference: 'HH-2025-0006',
        route: 'AFTER_RECEPTION',
        planned: '2025-11-03',
        arrived: '2025-11-03',
        needs: ['TRAFFICKING_VICTIM'],
        note: 'Support by a specialised centre; do not share the address.',
        members: [
          ['Mariam', 'Diallo', 1999, 'HEAD'],
          ['Awa', 'Diallo', 2021, 'CHILD'],
        ],
      },
    ],
  },
  {
    name: 'Terugkeerloket Antwerpen',
    programme: 'VOLUNTARY_RETURN',
    track: 'FLEXIBLE_FRAMEWORK',
    status: 'ACTIVE',
    members: ['Vluchtelingenhulp Antwerpen', 'IOM Belgium', 'Caritas International'],
    contact: 'contact@partnerhub.example',
    capacity: 0,
    agreement: ['2022-01-01', '2026-12-31'],
    households: [],
  },
  {
    name: 'Zemst Verwelkomt',
    programme: 'RESETTLEMENT',
    track: 'FLEXIBLE_FRAMEWORK',
    status: 'DRAFT',
    members: ['Gemeente Zemst'],
    contact: 'deputy@partnerhub.example',
    capacity: 4,
    agreement: ['2027-01-01', '2027-12-31'],
    households: [],
  },
];

/** The partnerships written out by hand above (the tests' fixtures); the other demo parts are generated. */
export const HAND_WRITTEN_PARTNERSHIPS: readonly string[] = PARTNERSHIPS.map((p) => p.name);

/** Days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A hand-written household with every date moved by `days` (its reference stays as written). */
export function movedHousehold(h: DemoHousehold, days: number): DemoHousehold {
  const move = <T extends string | null | undefined>(d: T): T => (d ? (addDays(d, days) as T) : d);
  const housing = h.housing && { ...h.housing, leaseStart: move(h.housing.leaseStart), leaseEnd: move(h.housing.leaseEnd), movedInOn: move(h.housing.movedInOn) };
  return { ...h, planned: move(h.planned), arrived: move(h.arrived), housing };
}
