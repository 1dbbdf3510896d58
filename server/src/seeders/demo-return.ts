/**
 * Demo data of the voluntary return programme (seed 003): the Fedasil return desks of Brussel,
 * Gent, Liège and Charleroi (Antwerpen is seeded in demo.ts), IOM at each desk three days a week
 * and Caritas one day, a few hundred return files across the stages (most on time, some overdue,
 * all dates relative to today) and a monthly reporting rhythm with the past months' reports
 * accepted and this month's open. Liège and Charleroi are French-speaking, with French users.
 */
import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, type IndicatorValue, RETURN_STAGE_LIMIT_DAYS, RETURN_STAGES } from '@partner-hub/shared';
import { todayInBrussels } from '../app/validators.js';
import { DeskRotaEntry } from '../modules/desk/desk.entity.js';
import { ReturnFile } from '../modules/desk/return-file.entity.js';
import { FeedbackRound, FeedbackSchedule } from '../modules/feedback/feedback.entity.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import type { Programme } from '../modules/programme/programme.entity.js';
import type { User } from '../modules/user/user.entity.js';
import { seedAcceptedReport } from './demo-reports.js';
import { createDemoUsers, type DemoUser } from './demo-users.js';

const IOM = 'IOM Belgium';
const CARITAS = 'Caritas International';

/** The return desks' people: a contact person per language and a coordinator of each return partner. */
export const RETURN_DESK_USERS: DemoUser[] = [
  { email: 'contact.terugkeer@partnerhub.example', name: 'Eva Van Damme', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'nl' },
  { email: 'contact.retour@partnerhub.example', name: 'Nathalie Leroy', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'fr' },
  { email: 'coordinator.iom@partnerhub.example', name: 'Jan De Smet', role: 'COORDINATOR', org: IOM, language: 'nl' },
  { email: 'coordination.caritas@partnerhub.example', name: 'Claire Fontaine', role: 'COORDINATOR', org: CARITAS, language: 'fr' },
];

/** The desks: name, city (the rota's desk), reference prefix, contact person, IOM's and Caritas's weekdays. */
export const RETURN_DESKS = [
  { name: 'Terugkeerloket Brussel', desk: 'Brussel', prefix: 'BXL', contact: 'contact.terugkeer@partnerhub.example', iom: [1, 2, 4], caritas: [3], files: 80, lang: 'nl' },
  { name: 'Terugkeerloket Gent', desk: 'Gent', prefix: 'GNT', contact: 'contact.terugkeer@partnerhub.example', iom: [1, 3, 5], caritas: [2], files: 60, lang: 'nl' },
  { name: 'Guichet retour Liège', desk: 'Liège', prefix: 'LGE', contact: 'contact.retour@partnerhub.example', iom: [2, 3, 5], caritas: [4], files: 65, lang: 'fr' },
  { name: 'Guichet retour Charleroi', desk: 'Charleroi', prefix: 'CRL', contact: 'contact.retour@partnerhub.example', iom: [1, 2, 4], caritas: [5], files: 55, lang: 'fr' },
] as const;

const COUNTRIES = ['Georgia', 'Brazil', 'Romania', 'Ukraine', 'Moldova', 'Albania', 'Morocco', 'Mongolia', 'Armenia', 'Colombia'];
/** Roughly how the open and closed files spread over the stages (per 100). */
const STAGE_WEIGHTS = [14, 12, 10, 10, 14, 20, 20];
const REMARKS = {
  nl: ['Druk loket na de infosessie van CONEX.', 'Meer vragen over re-integratie in Georgië.', 'Rustige maand.'],
  fr: ['Guichet très fréquenté après la séance CONEX.', 'Plus de questions sur la réintégration au Brésil.', 'Mois calme.'],
};

/** A small deterministic generator, so every fresh demo has the same mix. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function stageFor(r: number): number {
  let acc = 0;
  const total = STAGE_WEIGHTS.reduce((a, b) => a + b, 0);
  for (let i = 0; i < STAGE_WEIGHTS.length; i++) {
    acc += STAGE_WEIGHTS[i];
    if (r * total < acc) return i;
  }
  return STAGE_WEIGHTS.length - 1;
}

/** One desk's files: the last stage reached recently for most, past its limit for about one in seven. */
function seedFiles(em: EntityManager, partnership: Partnership, d: (typeof RETURN_DESKS)[number], orgs: Map<string, Organisation>, seed: number): void {
  const today = todayInBrussels();
  const rnd = random(seed);
  for (let n = 0; n < d.files; n++) {
    const reached = stageFor(rnd());
    const limit = RETURN_STAGE_LIMIT_DAYS[RETURN_STAGES[reached]];
    const overdue = limit !== null && rnd() < 0.15;
    const ago = limit === null ? Math.floor(rnd() * 200) : overdue ? limit + 3 + Math.floor(rnd() * 60) : Math.floor(rnd() * limit * 0.8);
    // Walk back from the last stage: each earlier stage a few days to a few weeks before.
    const dates: string[] = [addDays(today, -ago)];
    for (let i = reached; i > 0; i--) dates.unshift(addDays(dates[0], -(3 + Math.floor(rnd() * 25))));
    em.create(ReturnFile, {
      partnership,
      reference: `${d.prefix}-${String(n + 1).padStart(4, '0')}`,
      country: COUNTRIES[Math.floor(rnd() * COUNTRIES.length)],
      followedBy: orgs.get(rnd() < 0.75 ? IOM : CARITAS)!,
      stage: RETURN_STAGES[reached],
      stageDates: dates.map((on, i) => ({ stage: RETURN_STAGES[i], on })),
      medicalNote: rnd() < 0.08 ? (d.lang === 'fr' ? 'Frais médicaux pris en charge par le soutien à la réintégration.' : 'Medische kosten gedragen door de re-integratiesteun.') : null,
      createdAt: new Date(`${dates[0]}T10:00:00Z`),
    });
  }
}

/** Plausible monthly figures for the programme's indicators (whatever an admin configured). */
function figures(programme: Programme, lang: 'nl' | 'fr', rnd: () => number): IndicatorValue[] {
  const ranges: Record<string, [number, number]> = { returns: [12, 40], peopleInformed: [60, 160], reintegrationOpen: [25, 70] };
  return programme.indicators.flatMap((i): IndicatorValue[] => {
    const [lo, hi] = ranges[i.key] ?? [5, 30];
    if (i.type === 'NUMBER') return [{ key: i.key, number: lo + Math.floor(rnd() * (hi - lo + 1)), choice: null, text: null }];
    if (i.type === 'CHOICE' && i.choices.length) return [{ key: i.key, number: null, choice: i.choices[Math.floor(rnd() * i.choices.length)].key, text: null }];
    if (i.type === 'TEXT' && rnd() < 0.5) return [{ key: i.key, number: null, choice: null, text: REMARKS[lang][Math.floor(rnd() * REMARKS[lang].length)] }];
    return [];
  });
}

/** A monthly rhythm: the past eleven months submitted by the partner and accepted, this month open. */
function seedReports(em: EntityManager, partnership: Partnership, d: (typeof RETURN_DESKS)[number], contact: User, partner: User, seed: number): void {
  const rnd = random(seed);
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const first = addMonths(thisMonth, -11);
  const currentEnd = addDays(addMonths(thisMonth, 1), -1);
  em.create(FeedbackSchedule, { partnership, rhythm: 'MONTHLY', startDate: first, activeFrom: first, madeUntil: currentEnd, setBy: contact });
  for (let k = 11; k >= 1; k--) {
    const periodStart = addMonths(thisMonth, -k);
    const indicatorValues = figures(partnership.programme, d.lang, rnd);
    seedAcceptedReport(em, { partnership, periodStart, indicatorValues, partner, contact, days: { due: 0, submitted: 2, accepted: 4 } });
  }
  em.create(FeedbackRound, { partnership, periodStart: thisMonth, periodEnd: currentEnd, dueDate: currentEnd, createdAt: new Date(`${thisMonth}T06:00:00Z`) });
}

/** The four return desks beside Antwerpen's, their people, rota, files and monthly reports (flushed by the caller). */
export function seedReturnDesks(em: EntityManager, orgs: Map<string, Organisation>, programme: Programme, passwordHash: string): void {
  const users = createDemoUsers(em, RETURN_DESK_USERS, orgs, passwordHash);
  RETURN_DESKS.forEach((d, i) => {
    const contact = users.get(d.contact)!;
    const partnership = em.create(Partnership, {
      name: d.name,
      programme,
      track: 'FLEXIBLE_FRAMEWORK',
      status: 'ACTIVE',
      capacityPledged: 0,
      agreementStart: `${Number(todayInBrussels().slice(0, 4)) - 2}-01-01`,
      agreementEnd: `${Number(todayInBrussels().slice(0, 4)) + 1}-12-31`,
      contactPerson: contact,
      deputy: null,
    });
    em.create(PartnershipMember, { partnership, organisation: orgs.get(IOM)!, lead: true });
    em.create(PartnershipMember, { partnership, organisation: orgs.get(CARITAS)!, lead: false });
    em.create(DeskRotaEntry, { partnership, organisation: orgs.get(IOM)!, desk: d.desk, weekdays: [...d.iom] });
    em.create(DeskRotaEntry, { partnership, organisation: orgs.get(CARITAS)!, desk: d.desk, weekdays: [...d.caritas] });
    seedFiles(em, partnership, d, orgs, 1000 + i);
    const partner = users.get(d.lang === 'fr' ? 'coordination.caritas@partnerhub.example' : 'coordinator.iom@partnerhub.example')!;
    seedReports(em, partnership, d, contact, partner, 2000 + i);
  });
}
