/**
 * The resettlement part of the demo's year: about forty partnerships over Flanders, Brussels and
 * Wallonia (Dutch- and French-speaking) and 150 households of the year's quota, with members, plans,
 * housing and a history, all dated relative to today. Generated deterministically: the same
 * figures every run (a fixed-seed generator), only the dates move with today.
 * Everything is created in the caller's unit of work (nothing is flushed here).
 */
import type { EntityManager } from '@mikro-orm/core';
import type { LandlordKind, Locale, OrganisationKind, PartnershipTrack, Relationship, SpecificNeed, StepStatus } from '@partner-hub/shared';
import { addDays, addMonths, guidanceEndDate, guidanceMonths } from '@partner-hub/shared';
import { Household, HouseholdMember } from '../modules/household/household.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { type GuidanceStep, HouseholdEvent, Housing } from '../modules/progress/progress.entity.js';
import { activeTemplates, dueDate, generatePlan } from '../modules/household/plan.js';
import { User } from '../modules/user/user.entity.js';
import { seedResettlementActivity } from './demo-resettlement-activity.js';
import type { Region, YearBase, YearPartnership } from './demo-resettlement.types.js';

export type { Region, YearBase, YearPartnership } from './demo-resettlement.types.js';

/** A small fixed-seed generator (mulberry32): the demo is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Org = [name: string, kind: OrganisationKind, street: string];

/** [name, region, language, track, postal code, city, lead organisation, other member, households]. */
const YEAR_PARTNERSHIPS: [string, Region, Locale, PartnershipTrack, string, string, Org, Org | null, number][] = [
  ['Antwerpen Onthaalt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '2000', 'Antwerpen', ['Stad Antwerpen', 'CITY', 'Grote Markt 1'], ['OCMW Antwerpen', 'OCMW', 'Lange Gasthuisstraat 39'], 12],
  ['Brugge Verwelkomt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '8000', 'Brugge', ['Stad Brugge', 'CITY', 'Burg 12'], ['OCMW Brugge', 'OCMW', 'Kartuizerinnenstraat 4'], 6],
  ['Leuven Samen', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '3000', 'Leuven', ['Stad Leuven', 'CITY', 'Professor Van Overstraetenplein 1'], ['OCMW Leuven', 'OCMW', 'Andreas Vesaliusstraat 47'], 7],
  ['Hasselt Hervestiging', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '3500', 'Hasselt', ['Stad Hasselt', 'CITY', 'Limburgplein 1'], null, 5],
  ['Kortrijk Thuis', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '8500', 'Kortrijk', ['OCMW Kortrijk', 'OCMW', 'Budastraat 27'], null, 4],
  ['Aalst Helpt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '9300', 'Aalst', ['Stad Aalst', 'CITY', 'Werfplein 1'], null, 4],
  ['Sint-Niklaas Onthaal', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '9100', 'Sint-Niklaas', ['OCMW Sint-Niklaas', 'OCMW', 'Hospitaalstraat 11'], null, 3],
  ['Genk Verbindt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '3600', 'Genk', ['Stad Genk', 'CITY', 'Stadsplein 1'], ['OCMW Genk', 'OCMW', 'Stadsplein 2'], 5],
  ['Oostende aan Zee', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '8400', 'Oostende', ['Stad Oostende', 'CITY', 'Vindictivelaan 1'], null, 4],
  ['Roeselare Hervestigt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '8800', 'Roeselare', ['Stad Roeselare', 'CITY', 'Botermarkt 2'], null, 3],
  ['Turnhout Thuis', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '2300', 'Turnhout', ['OCMW Turnhout', 'OCMW', 'Campus Blairon 1'], null, 3],
  ['Lier Verwelkomt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '2500', 'Lier', ['Stad Lier', 'CITY', 'Grote Markt 57'], null, 3],
  ['Geel Open Huis', 'VL', 'nl', 'COMMUNITY_SPONSORSHIP', '2440', 'Geel', ['Welkom in Geel vzw', 'NON_PROFIT', 'Markt 1'], ['Onthaalgroep Geel', 'WELCOME_GROUP', 'Pas 10'], 2],
  [
    'Dendermonde Samen',
    'VL',
    'nl',
    'COMMUNITY_SPONSORSHIP',
    '9200',
    'Dendermonde',
    ['Huis der Culturen vzw', 'NON_PROFIT', 'Franz Courtensstraat 11'],
    ['Onthaalgroep Dendermonde', 'WELCOME_GROUP', 'Kerkstraat 3'],
    2,
  ],
  ['Vilvoorde Welkom', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '1800', 'Vilvoorde', ['Stad Vilvoorde', 'CITY', 'Grote Markt 1'], null, 4],
  [
    'Herentals Helpt',
    'VL',
    'nl',
    'COMMUNITY_SPONSORSHIP',
    '2200',
    'Herentals',
    ['Buren voor Buren vzw', 'NON_PROFIT', 'Augustijnenlaan 30'],
    ['Onthaalgroep Herentals', 'WELCOME_GROUP', 'Grote Markt 35'],
    2,
  ],
  ['Tienen Onthaal', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '3300', 'Tienen', ['Stad Tienen', 'CITY', 'Grote Markt 27'], null, 3],
  ['Ieper Vredesstad', 'VL', 'nl', 'COMMUNITY_SPONSORSHIP', '8900', 'Ieper', ['Vrede vzw Ieper', 'NON_PROFIT', 'Grote Markt 34'], ['Onthaalgroep Ieper', 'WELCOME_GROUP', 'Boterstraat 8'], 2],
  ['Mol Samen Sterk', 'VL', 'nl', 'COMMUNITY_SPONSORSHIP', '2400', 'Mol', ['Samenleven Mol vzw', 'NON_PROFIT', 'Markt 8'], ['Onthaalgroep Mol', 'WELCOME_GROUP', 'Statiestraat 2'], 2],
  ['Halle Hervestiging', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '1500', 'Halle', ['Stad Halle', 'CITY', 'Oudstrijdersplein 18'], null, 3],
  ['Kapellen Verwelkomt', 'VL', 'nl', 'FLEXIBLE_FRAMEWORK', '2950', 'Kapellen', ['Gemeente Kapellen', 'MUNICIPALITY', 'Antwerpsesteenweg 130'], null, 2],
  ['Boechout Open', 'VL', 'nl', 'COMMUNITY_SPONSORSHIP', '2530', 'Boechout', ['Gemeente Boechout', 'MUNICIPALITY', 'Heuvelstraat 31'], ['Onthaalgroep Boechout', 'WELCOME_GROUP', 'Dorpsstraat 5'], 0],
  [
    'Schaerbeek Accueille',
    'BXL',
    'fr',
    'FLEXIBLE_FRAMEWORK',
    '1030',
    'Schaerbeek',
    ['Commune de Schaerbeek', 'MUNICIPALITY', 'Place Colignon 1'],
    ['CPAS de Schaerbeek', 'OCMW', 'Boulevard Lambermont 90'],
    8,
  ],
  ['Anderlecht Solidaire', 'BXL', 'fr', 'FLEXIBLE_FRAMEWORK', '1070', 'Anderlecht', ["CPAS d'Anderlecht", 'OCMW', 'Avenue Raymond Vander Bruggen 62'], null, 6],
  ['Samen in Jette', 'BXL', 'nl', 'FLEXIBLE_FRAMEWORK', '1090', 'Jette', ['OCMW Jette', 'OCMW', 'Kardinaal Mercierplein 1'], null, 3],
  [
    'Ixelles Ensemble',
    'BXL',
    'fr',
    'COMMUNITY_SPONSORSHIP',
    '1050',
    'Ixelles',
    ['Convivial asbl', 'NGO', 'Rue du Charroi 33'],
    ["Groupe d'accueil Ixelles", 'WELCOME_GROUP', 'Rue du Bourgmestre 2'],
    3,
  ],
  [
    'Etterbeek Welkom',
    'BXL',
    'nl',
    'COMMUNITY_SPONSORSHIP',
    '1040',
    'Etterbeek',
    ['Brussels Onthaalnetwerk vzw', 'NON_PROFIT', 'Oudergemlaan 113'],
    ['Onthaalgroep Etterbeek', 'WELCOME_GROUP', 'Jubelfeestlaan 8'],
    2,
  ],
  ['Forest Accueil', 'BXL', 'fr', 'FLEXIBLE_FRAMEWORK', '1190', 'Forest', ['Commune de Forest', 'MUNICIPALITY', 'Rue du Curé 2'], null, 4],
  ['Namur Accueille', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '5000', 'Namur', ['Ville de Namur', 'CITY', "Esplanade de l'Hôtel de Ville 1"], ['CPAS de Namur', 'OCMW', 'Rue de Dave 165'], 8],
  ['Charleroi Solidaire', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '6000', 'Charleroi', ['CPAS de Charleroi', 'OCMW', 'Boulevard Joseph II 13'], null, 9],
  ["Mons Terre d'Accueil", 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '7000', 'Mons', ['Ville de Mons', 'CITY', 'Grand-Place 22'], null, 4],
  [
    'Tournai Ensemble',
    'WAL',
    'fr',
    'COMMUNITY_SPONSORSHIP',
    '7500',
    'Tournai',
    ['Tournai Solidarité asbl', 'NON_PROFIT', 'Rue Royale 40'],
    ["Groupe d'accueil Tournai", 'WELCOME_GROUP', 'Grand-Place 9'],
    2,
  ],
  ['Verviers Accueil', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '4800', 'Verviers', ['CPAS de Verviers', 'OCMW', 'Rue du Collège 49'], null, 4],
  ['Arlon Bienvenue', 'WAL', 'fr', 'COMMUNITY_SPONSORSHIP', '6700', 'Arlon', ['Arlon Ouvert asbl', 'NON_PROFIT', 'Grand-Rue 12'], ["Groupe d'accueil Arlon", 'WELCOME_GROUP', 'Place Léopold 1'], 2],
  ['Wavre Hospitalité', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '1300', 'Wavre', ['Ville de Wavre', 'CITY', "Place de l'Hôtel de Ville 1"], null, 3],
  ['Seraing Accueil', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '4100', 'Seraing', ['CPAS de Seraing', 'OCMW', 'Rue de la Station 14'], null, 4],
  ['Huy Solidaire', 'WAL', 'fr', 'COMMUNITY_SPONSORSHIP', '4500', 'Huy', ['Accueil Huy asbl', 'NON_PROFIT', 'Quai de Namur 8'], ["Groupe d'accueil Huy", 'WELCOME_GROUP', 'Grand-Place 1'], 2],
  ['Nivelles Accueille', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '1400', 'Nivelles', ['Ville de Nivelles', 'CITY', 'Place Albert Ier 2'], null, 3],
  [
    'Ottignies Bienvenue',
    'WAL',
    'fr',
    'COMMUNITY_SPONSORSHIP',
    '1340',
    'Ottignies',
    ['Bienvenue Ottignies asbl', 'NON_PROFIT', 'Avenue des Combattants 4'],
    ["Groupe d'accueil Ottignies", 'WELCOME_GROUP', 'Rue des Deux Ponts 1'],
    2,
  ],
  ['Gembloux Accueil', 'WAL', 'fr', 'FLEXIBLE_FRAMEWORK', '5030', 'Gembloux', ['Commune de Gembloux', 'MUNICIPALITY', 'Parc d’Epinoy 1'], null, 0],
];

/** The Fedasil contact persons of the year's partnerships, by region (the hand-written demo's keep theirs). */
export const YEAR_CONTACTS: Record<Region, { email: string; name: string; language: Locale }> = {
  VL: { email: 'contact.vlaanderen@partnerhub.example', name: 'Els Vermeulen', language: 'nl' },
  BXL: { email: 'contact.brussel@partnerhub.example', name: 'Youssef El Amrani', language: 'fr' },
  WAL: { email: 'contact.namur@partnerhub.example', name: 'Claire Lejeune', language: 'fr' },
};
const YEAR_DEPUTY = { email: 'deputy.vlaanderen@partnerhub.example', name: 'Bram De Smet', language: 'nl' as Locale };

const STAFF_NAMES: Record<'nl' | 'fr', [string[], string[]]> = {
  nl: [
    ['Jan', 'Lien', 'Wim', 'Sarah', 'Bart', 'Nele', 'Kris', 'Hilde', 'Joris', 'Inge', 'Stijn', 'Eline', 'Dirk', 'Katrien'],
    ['Peeters', 'Jacobs', 'Mertens', 'Willems', 'Goossens', 'De Wilde', 'Verstraete', 'Van Damme', 'Michiels', 'Hermans', 'Coppens', 'Aerts'],
  ],
  fr: [
    ['Sophie', 'Nicolas', 'Camille', 'Laurent', 'Marie', 'Olivier', 'Céline', 'Antoine', 'Isabelle', 'François', 'Aurélie', 'Pierre'],
    ['Lambert', 'Dupont', 'Martin', 'Simon', 'Leclercq', 'Mathieu', 'Collard', 'Gilson', 'Henrard', 'Lemaire', 'Delvaux', 'Servais'],
  ],
};

/** Names by country of origin of the households resettled: [men, women, family names]. */
const ORIGINS: [string[], string[], string[]][] = [
  [
    ['Ahmad', 'Mohammed', 'Khaled', 'Omar', 'Bilal', 'Samir', 'Tarek'],
    ['Fatima', 'Rania', 'Huda', 'Noor', 'Layla', 'Yasmin', 'Salma'],
    ['Al-Hassan', 'Khalil', 'Darwish', 'Nasser', 'Saleh', 'Hamdan', 'Yassin'],
  ],
  [
    ['Farid', 'Jawad', 'Habib', 'Nasir', 'Karim', 'Rahim'],
    ['Zahra', 'Mariam', 'Parwana', 'Shabnam', 'Fereshta', 'Laila'],
    ['Ahmadi', 'Rahimi', 'Hashimi', 'Sultani', 'Azizi', 'Popal'],
  ],
  [
    ['Emmanuel', 'Patrick', 'Joseph', 'Christian', 'Pacifique', 'Fiston'],
    ['Esther', 'Divine', 'Espérance', 'Furaha', 'Neema', 'Chance'],
    ['Mbuyi', 'Ilunga', 'Kasongo', 'Tshibangu', 'Mwamba', 'Lukusa'],
  ],
  [
    ['Tesfay', 'Yonas', 'Dawit', 'Filmon', 'Merhawi', 'Senait'],
    ['Helen', 'Selam', 'Rahel', 'Saba', 'Mebrat', 'Yordanos'],
    ['Ghebremedhin', 'Haile', 'Tekle', 'Berhane', 'Kidane', 'Woldu'],
  ],
  [
    ['Abdallah', 'Adam', 'Ismail', 'Mustafa', 'Hamid', 'Osman'],
    ['Amal', 'Hawa', 'Mona', 'Samia', 'Zainab', 'Asha'],
    ['Abakar', 'Idriss', 'Musa', 'Yahya', 'Abdelrahman', 'Suleiman'],
  ],
];

/** Household sizes in turn (about 3.2 persons on average). */
const SIZES = [4, 1, 3, 5, 2, 3, 6, 1, 4, 2, 3, 5, 2, 4, 1, 3, 7, 2, 3, 4];

/** Seeds the year's resettlement partnerships, households and activity in `em`'s unit of work and flushes it (once). */
export async function seedResettlementYear(em: EntityManager, options: { passwordHash: string; today: string }): Promise<YearPartnership[]> {
  const [programme, fedasil, admin] = await Promise.all([
    em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    em.findOneOrFail(Organisation, { kind: 'FEDASIL' }, { orderBy: { createdAt: 'asc' } }),
    em.findOneOrFail(User, { role: 'ADMIN' }, { orderBy: { createdAt: 'asc' } }),
  ]);
  const year = await seedYearPartnerships(em, { ...options, programme, fedasil, admin });
  await em.flush();
  return year;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

/** The year's resettlement partnerships and households, then their activity (not flushed). */
async function seedYearPartnerships(em: EntityManager, base: YearBase): Promise<YearPartnership[]> {
  const rnd = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const { passwordHash, fedasil, today } = base;
  const staff = (u: { email: string; name: string; language: Locale }) => em.create(User, { ...u, role: 'CONTACT_PERSON', organisation: fedasil, passwordHash });
  const contacts = { VL: staff(YEAR_CONTACTS.VL), BXL: staff(YEAR_CONTACTS.BXL), WAL: staff(YEAR_CONTACTS.WAL) };
  const deputy = staff(YEAR_DEPUTY);
  const templates = await activeTemplates(em, base.programme.id);
  const out: YearPartnership[] = [];
  let householdNo = 0;
  for (const [name, region, language, track, postalCode, city, lead, other, householdCount] of YEAR_PARTNERSHIPS) {
    const org = ([orgName, kind, street]: Org) => em.create(Organisation, { name: orgName, kind, street, postalCode, city });
    const leadOrg = org(lead);
    const otherOrg = other ? org(other) : null;
    const draft = householdCount === 0;
    const thisYear = Number(today.slice(0, 4));
    const partnership = em.create(Partnership, {
      name,
      programme: base.programme,
      track,
      status: draft ? 'DRAFT' : 'ACTIVE',
      capacityPledged: draft ? 4 : householdCount + 1 + (householdNo % 3),
      agreementStart: draft ? `${thisYear + 1}-01-01` : `${thisYear - 2}-01-01`,
      agreementEnd: draft ? `${thisYear + 1}-12-31` : `${thisYear + 1}-12-31`,
      contactPerson: contacts[region],
      deputy: region === 'VL' ? deputy : null,
    });
    em.create(PartnershipMember, { partnership, organisation: leadOrg, lead: true });
    if (otherOrg) em.create(PartnershipMember, { partnership, organisation: otherOrg, lead: false });
    const names = STAFF_NAMES[language === 'fr' ? 'fr' : 'nl'];
    const person = (role: 'COORDINATOR' | 'VOLUNTEER', organisation: Organisation) =>
      em.create(User, {
        email: `${role === 'COORDINATOR' ? 'coordinator' : 'volunteer'}.${slug(name)}@partnerhub.example`,
        name: `${pick(names[0])} ${pick(names[1])}`,
        role,
        language,
        organisation,
        passwordHash,
      });
    const coordinator = person('COORDINATOR', leadOrg);
    const volunteer = track === 'COMMUNITY_SPONSORSHIP' && otherOrg ? person('VOLUNTEER', otherOrg) : null;
    const entry: YearPartnership = { partnership, region, language, city, contact: contacts[region], coordinator, volunteer, households: [] };
    for (let k = 0; k < householdCount; k++) entry.households.push(await seedHousehold(em, base, partnership, city, postalCode, householdNo++, rnd, templates));
    out.push(entry);
  }
  seedResettlementActivity(em, base, out);
  return out;
}

export const YEAR_HOUSEHOLDS = YEAR_PARTNERSHIPS.reduce((sum, p) => sum + p[8], 0);

/**
 * Arrivals spread from about fourteen months ago to three months ahead, the same spread every run:
 * one every ~3.5 days, taken in a shuffled order so that every partnership has old and new arrivals.
 */
function arrivalOffset(n: number): number {
  const slot = (n * 47) % YEAR_HOUSEHOLDS;
  return -420 + Math.round((slot * 520) / YEAR_HOUSEHOLDS);
}

async function seedHousehold(
  em: EntityManager,
  base: YearBase,
  partnership: Partnership,
  city: string,
  postalCode: string,
  n: number,
  rnd: () => number,
  templates: Awaited<ReturnType<typeof activeTemplates>>,
) {
  const { today } = base;
  const months = guidanceMonths(base.programme);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const arrival = addDays(today, arrivalOffset(n));
  const arrived = arrival <= today;
  const year = Number(arrival.slice(0, 4));
  // A household whose first year ended recently: about half of them go on with a second year.
  const extended = arrived && guidanceEndDate(arrival, false, months) < addDays(today, 45) && n % 2 === 0;
  const route = n % 10 < 7 ? 'DIRECT' : 'AFTER_RECEPTION';
  const [men, women, families] = ORIGINS[n % ORIGINS.length];
  const family = pick(families);
  const size = SIZES[n % SIZES.length];
  const headIsWoman = n % 3 === 1;
  const people: [string, number, Relationship][] = [[pick(headIsWoman ? women : men), year - 24 - Math.floor(rnd() * 26), 'HEAD']];
  // Couples from two persons on, except single parents (every fourth family).
  if (size >= 2 && n % 4 !== 3) people.push([pick(headIsWoman ? men : women), people[0][1] + Math.floor(rnd() * 7) - 3, 'SPOUSE']);
  if (size >= 6 && n % 5 === 0) people.push([pick(women), people[0][1] - 26, 'PARENT']);
  while (people.length < size) people.push([pick(rnd() < 0.5 ? men : women), Math.min(year, people[0][1] + 20 + Math.floor(rnd() * 17)), 'CHILD']);
  const needs: SpecificNeed[] = [];
  if (people.some(([, , r]) => r === 'CHILD')) needs.push('FAMILY_WITH_CHILDREN');
  if (n % 11 === 5) needs.push('COMPLEX_MEDICAL');
  // Registered some weeks before arrival (a planned arrival: some days ago at the latest).
  const registered = minDate(addDays(arrival, -45 - (n % 30)), addDays(today, -5 - (n % 20)));
  const household = em.create(Household, {
    partnership,
    reference: `HH-${year}-${String(100 + n).padStart(4, '0')}`,
    arrivalRoute: route,
    plannedArrivalDate: arrival,
    arrivalDate: arrived ? arrival : null,
    guidanceStart: arrived ? arrival : null,
    guidanceExtended: extended,
    specificNeeds: needs,
    specificNeedsNote: null,
    createdAt: atNine(registered),
    // Most households were updated in the last weeks; a few not for over a month (flagged stale).
    updatedAt: atNine(arrived ? minDate(addDays(today, -(n % 15 === 3 ? 35 + (n % 20) : n % 21)), maxDate(arrival, registered)) : registered),
  });
  const members = people.map(([firstName, birthYear, relationship], position) => em.create(HouseholdMember, { household, firstName, lastName: family, birthYear, relationship, position }));
  em.create(HouseholdEvent, { household, kind: 'REGISTERED', data: { persons: members.length }, at: atNine(registered) });
  if (arrived) em.create(HouseholdEvent, { household, kind: 'ARRIVAL_RECORDED', data: { arrivalDate: arrival, guidanceStart: arrival }, at: atNine(arrival, 16) });

  // A home: found before arrival for almost everyone (a few recent arrivals still look), a lease of three years.
  const searching = arrived ? arrivalOffset(n) > -60 && n % 9 === 4 : arrivalOffset(n) > 30;
  let housing: Housing | null = null;
  if (!searching) {
    const leaseStart = addDays(arrival, -(n % 10));
    const shortLease = n % 37 === 7;
    housing = em.create(Housing, {
      household,
      street: `${pick(STREETS)} ${1 + ((n * 7) % 120)}`,
      postalCode,
      city,
      leaseStart,
      leaseEnd: addDays(addMonths(leaseStart, shortLease ? 9 : 36), -1),
      monthlyRentCents: 55_000 + Math.round(rnd() * 40) * 1_000,
      landlordKind: (['PRIVATE', 'PRIVATE', 'SOCIAL', 'OCMW'] as LandlordKind[])[n % 4],
      movedInOn: arrived ? arrival : null,
      updatedAt: atNine(arrived ? arrival : registered, 15),
    });
    if (arrived)
      em.create(HouseholdEvent, {
        household,
        kind: 'HOUSING_UPDATED',
        data: { fields: ['street', 'postalCode', 'city', 'leaseStart', 'leaseEnd', 'monthlyRentCents', 'landlordKind', 'movedInOn'] },
        at: atNine(arrival, 17),
      });
  }
  const steps = await generatePlan(em, household, members, base.programme, templates);
  const end = guidanceEndDate(arrival, extended, months);
  // The search for the next home starts three months before guidance ends; all but a few started on time.
  if (housing && arrived) {
    const searchFrom = addMonths(end, -3);
    if (searchFrom <= today && n % 13 !== 6) housing.nextHomeSearchStartedOn = minDate(addDays(searchFrom, n % 12), today);
  }
  settleSteps(steps, { household, housing, arrival, n, guidanceMonths: months }, today);
  return { household, members, housing };
}

/** Plan steps: those due in the past done on time but a few, those due soon partly under way. */
export function settleSteps(steps: GuidanceStep[], h: { household: Household; housing: Housing | null; arrival: string; n: number; guidanceMonths: number }, today: string): void {
  const movedInOn = h.housing?.movedInOn;
  steps.forEach((step, i) => {
    if (movedInOn) step.dueDate = dueDate(step, { ...h.household, movedInOn, guidanceMonths: h.guidanceMonths });
    const due = step.dueDate;
    if (!due) return;
    const k = h.n * 31 + i * 17;
    let status: StepStatus = 'TODO';
    // About one step in forty of those due stays open past its date: the overdue work of the demo.
    if (due < today) status = k % 40 === 0 ? 'IN_PROGRESS' : k % 97 === 1 ? 'TODO' : 'DONE';
    else if (due <= addDays(today, 14)) status = k % 3 === 0 ? 'DONE' : k % 3 === 1 ? 'IN_PROGRESS' : 'TODO';
    else if (step.anchor === 'ARRIVAL' && h.arrival <= today && k % 5 === 0) status = 'DONE';
    step.status = status;
    if (status === 'DONE') {
      // Done a few days before it was due, never before arrival nor in the future.
      const on = minDate(maxDate(addDays(due, -(k % 6)), h.arrival), today);
      step.updatedAt = atNine(on, 11);
      if (step.key === 'NEXT_HOME' && h.housing) h.housing.nextHomeFoundOn = on;
    } else if (status === 'IN_PROGRESS') step.updatedAt = atNine(minDate(addDays(due, -10), today), 11);
  });
}

const STREETS = [
  'Kerkstraat',
  'Stationsstraat',
  'Molenstraat',
  'Nieuwstraat',
  'Schoolstraat',
  'Rue de la Station',
  "Rue de l'Église",
  'Rue du Moulin',
  'Rue Haute',
  'Avenue de la Gare',
  'Dorpsstraat',
  'Beekstraat',
];

const atNine = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
