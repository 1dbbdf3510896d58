import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, guidanceMonths, type IndicatorValue, RETURN_STAGES } from '@partner-hub/shared';
import { todayInBrussels } from '../app/validators.js';
import { seedAcceptedReport } from './demo-reports.js';
import { hashPassword } from '../modules/auth/password.js';
import { DeskRotaEntry } from '../modules/desk/desk.entity.js';
import { ReturnFile } from '../modules/desk/return-file.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from '../modules/feedback/feedback.entity.js';
import { Household, HouseholdMember } from '../modules/household/household.entity.js';
import { AgendaItem, Meeting, MeetingInvitee, MeetingPartnership } from '../modules/meeting/meeting.entity.js';
import { fromBrusselsLocal } from '../modules/meeting/meeting.time.js';
import { Message, Thread } from '../modules/messaging/messaging.entity.js';
import { numberNewMessage } from '../modules/messaging/messaging.numbering.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { Programme, Quota } from '../modules/programme/programme.entity.js';
import { HouseholdEvent, Housing } from '../modules/progress/progress.entity.js';
import { dueDate, generatePlan } from '../modules/household/plan.js';
import { seedSocioLegalDemo } from './demo-sociolegal.js';
import type { User } from '../modules/user/user.entity.js';
import { seedResettlementYear } from './demo-resettlement.js';
import { seedReturnDesks } from './demo-return.js';

import { DEMO_PASSWORD } from './demo-password.js';
import { createDemoUsers, type DemoUser } from './demo-users.js';
import { daysBetween, HAND_WRITTEN_FOR, movedHousehold, ORGANISATIONS, PARTNERSHIPS } from './demo-partnerships.js';

export { DEMO_PASSWORD };
export { HAND_WRITTEN_FOR, HAND_WRITTEN_PARTNERSHIPS } from './demo-partnerships.js';

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@partnerhub.example', name: 'Anna Peeters', role: 'ADMIN', org: 'Fedasil', language: 'nl' },
  { email: 'contact@partnerhub.example', name: 'Koen Janssens', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'nl' },
  { email: 'deputy@partnerhub.example', name: 'Sofie Maes', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'nl' },
  { email: 'contact.wallonie@partnerhub.example', name: 'Marc Dubois', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'fr' },
  { email: 'coordinator@partnerhub.example', name: 'Lotte Claes', role: 'COORDINATOR', org: 'Samen Thuis vzw', language: 'nl' },
  { email: 'volunteer@partnerhub.example', name: 'Pieter Wouters', role: 'VOLUNTEER', org: 'Onthaalgroep Mechelen', language: 'nl' },
  { email: 'coordinator.liege@partnerhub.example', name: 'Julie Lambert', role: 'COORDINATOR', org: 'CPAS de Liège', language: 'fr' },
  { email: 'volunteer.liege@partnerhub.example', name: 'Thomas Renard', role: 'VOLUNTEER', org: "Groupe d'accueil Liège-Centre", language: 'fr' },
];

/** Demo conversations: [author email, text, internal note?]; one message an hour, the last an hour ago. */
const CONVERSATIONS: { partnership: string; household?: string; subject?: string; messages: [string, string, boolean?][] }[] = [
  {
    partnership: 'Onthaalgroep Mechelen',
    messages: [
      ['coordinator@partnerhub.example', 'Dag Koen, de woning in de Bruul is vrijgekomen. Kunnen we volgende week samen gaan kijken?'],
      ['contact@partnerhub.example', 'Dag Lotte, dinsdag om 10 uur past voor mij. Ik breng het huurcontractmodel mee.'],
      ['contact@partnerhub.example', 'Verhuurder wil een huurwaarborg van drie maanden; nagaan of het OCMW een waarborg kan voorschieten.', true],
      ['volunteer@partnerhub.example', 'Ik kan ook mee, dan kan ik de buurt al eens tonen.'],
    ],
  },
  {
    partnership: 'Onthaalgroep Mechelen',
    household: 'HH-2026-0004',
    messages: [
      ['volunteer@partnerhub.example', 'Hassan heeft vandaag zijn bankkaart gekregen. De inschrijving bij de VDAB staat gepland op de 12e.'],
      ['deputy@partnerhub.example', 'Goed nieuws, bedankt Pieter! Laat gerust weten als er iets misloopt met de afspraak.'],
    ],
  },
  {
    partnership: 'Onthaalgroep Mechelen',
    subject: 'Evaluatiemoment voorjaar',
    messages: [['contact@partnerhub.example', 'Ik stel voor om het evaluatiemoment in maart te houden. Welke data passen jullie?']],
  },
  {
    partnership: 'Liège Accueil',
    messages: [
      ['coordinator.liege@partnerhub.example', "Bonjour Marc, l'inscription de la petite Awa à l'école maternelle est faite. Merci pour votre aide."],
      ['contact.wallonie@partnerhub.example', 'Très bonne nouvelle, merci Julie. Avez-vous pu prendre contact avec le centre spécialisé ?'],
      ['volunteer.liege@partnerhub.example', "Oui, le premier rendez-vous est fixé jeudi. Je l'accompagnerai."],
    ],
  },
  {
    partnership: 'Gent Samen',
    subject: 'Verlenging begeleiding gezin Haddad',
    messages: [
      ['contact@partnerhub.example', 'De begeleiding van het gezin werd met een tweede jaar verlengd. De nieuwe einddatum staat in het dossier.'],
      ['admin@partnerhub.example', 'Bijkomende financiering voor het tweede jaar is goedgekeurd.', true],
    ],
  },
];

export interface DemoOptions {
  /**
   * The year's volume (demo-*.ts: dozens of partnerships, hundreds of cases, dated relative to
   * today) on top of the hand-written partnerships; default on. Off for test fixtures.
   */
  volume?: boolean;
  /**
   * The day the hand-written partnerships are moved to: every date of theirs moves by the days
   * between HAND_WRITTEN_FOR and this day, so that a fresh demo shows the same mix of on-time and
   * overdue work on any day. Default: today in Brussels. The tests pin it to HAND_WRITTEN_FOR,
   * so that their fixtures stay exactly as written.
   */
  handWrittenDatesFor?: string;
}

/** Demo data for the embedded default: several partnerships of different kinds, households, one user per role; the year's volume. */
export async function seedDemo(em: EntityManager, options: DemoOptions = {}): Promise<void> {
  const orgs = new Map(ORGANISATIONS.map((o) => [o.name, em.create(Organisation, o)]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = createDemoUsers(em, DEMO_USERS, orgs, passwordHash);
  const programmes = new Map((await em.find(Programme, {})).map((p) => [p.code, p]));
  // A demo quota for the current year, so the admin home has a figure to show (only 2023's is published).
  em.create(Quota, { programme: programmes.get('RESETTLEMENT')!, year: new Date().getFullYear(), persons: 500 });
  const shift = daysBetween(HAND_WRITTEN_FOR, options.handWrittenDatesFor ?? todayInBrussels());
  for (const written of PARTNERSHIPS) {
    const p = { ...written, agreement: written.agreement.map((d) => addDays(d, shift)) as [string, string], households: written.households.map((h) => movedHousehold(h, shift)) };
    const partnership = em.create(Partnership, {
      name: p.name,
      programme: programmes.get(p.programme)!,
      track: p.track,
      status: p.status,
      capacityPledged: p.capacity,
      agreementStart: p.agreement[0],
      agreementEnd: p.agreement[1],
      contactPerson: users.get(p.contact)!,
      deputy: p.deputy ? users.get(p.deputy)! : null,
    });
    p.members.forEach((name, i) => em.create(PartnershipMember, { partnership, organisation: orgs.get(name)!, lead: i === 0 }));
    for (const h of p.households) {
      const household = em.create(Household, {
        partnership,
        reference: h.reference,
        arrivalRoute: h.route,
        plannedArrivalDate: h.planned ?? null,
        arrivalDate: h.arrived ?? null,
        guidanceStart: h.arrived ?? null,
        guidanceExtended: h.extended ?? false,
        specificNeeds: h.needs ?? [],
        specificNeedsNote: h.note ?? null,
      });
      const members = h.members.map(([firstName, lastName, birthYear, relationship], position) => em.create(HouseholdMember, { household, firstName, lastName, birthYear, relationship, position }));
      const steps = await generatePlan(em, household, members, partnership.programme);
      // Registered before it arrived: a planned arrival in the future was registered some weeks ago, not on that day.
      const registeredAt = new Date(`${h.planned ?? addDays('2026-01-01', shift)}T09:00:00Z`);
      em.create(HouseholdEvent, { household, kind: 'REGISTERED', data: { persons: members.length }, at: registeredAt.getTime() > Date.now() ? new Date(Date.now() - 21 * 86_400_000) : registeredAt });
      if (h.housing) em.create(Housing, { household, ...h.housing });
      for (const step of steps) if (h.done?.includes(step.key)) step.status = 'DONE';
      if (h.housing?.movedInOn) for (const step of steps) step.dueDate = dueDate(step, { ...household, movedInOn: h.housing.movedInOn, guidanceMonths: guidanceMonths(partnership.programme) });
    }
    if (p.name === 'Onthaalgroep Mechelen') seedFeedback(em, partnership, users);
    if (p.name === 'Onthaalgroep Mechelen') seedDemoEvaluation(em, partnership, users);
    if (p.name === 'Terugkeerloket Antwerpen') seedReturnDesk(em, partnership, orgs, users.get(p.contact)!);
  }
  seedReturnDesks(em, orgs, programmes.get('VOLUNTARY_RETURN')!, passwordHash);
  await em.flush();
  await seedConversations(em, users);
  // The year's volume, each part in a unit of work of its own (flushed there), on the accounts above.
  if (options.volume !== false) {
    await seedResettlementYear(em.fork(), { passwordHash, today: todayInBrussels() });
  }
  await seedSocioLegalDemo(em);
}

/** Threads with a few messages, numbered as the messaging service numbers them. */
async function seedConversations(em: EntityManager, users: Map<string, User>): Promise<void> {
  const hour = 3600 * 1000;
  const now = Date.now();
  for (const c of CONVERSATIONS) {
    const partnership = await em.findOneOrFail(Partnership, { name: c.partnership });
    const household = c.household ? await em.findOneOrFail(Household, { reference: c.household }) : null;
    const kind = household ? 'HOUSEHOLD' : c.subject ? 'SUBJECT' : 'PARTNERSHIP';
    const created = new Date(now - (c.messages.length + 1) * hour);
    const thread = em.create(Thread, {
      kind,
      partnership,
      household,
      subject: c.subject ?? null,
      naturalKey: kind === 'PARTNERSHIP' ? `P:${partnership.id}` : kind === 'HOUSEHOLD' ? `H:${household!.id}` : null,
      createdBy: users.get(c.messages[0][0])!,
      createdAt: created,
      lastMessageAt: created,
      lastPublicMessageAt: created,
    });
    c.messages.forEach(([email, body, internal], i) => {
      const at = new Date(now - (c.messages.length - i) * hour);
      const numbers = numberNewMessage(thread, !!internal);
      thread.lastMessageAt = at;
      if (!internal) thread.lastPublicMessageAt = at;
      em.create(Message, { thread, ...numbers, author: users.get(email)!, clientId: `demo-${thread.id}-${numbers.seq}`, body, internal: !!internal, createdAt: at });
    });
  }
  await em.flush();
}

/**
 * A monthly feedback rhythm for Onthaalgroep Mechelen since the first of last month: last month's
 * round submitted by the coordinator and accepted by the contact person, this month's round open.
 */
function seedFeedback(em: EntityManager, partnership: Partnership, users: Map<string, User>) {
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const lastMonth = addMonths(thisMonth, -1);
  const coordinator = users.get('coordinator@partnerhub.example')!;
  const contact = users.get('contact@partnerhub.example')!;
  const currentEnd = addDays(addMonths(thisMonth, 1), -1);
  em.create(FeedbackSchedule, { partnership, rhythm: 'MONTHLY', startDate: lastMonth, activeFrom: lastMonth, madeUntil: currentEnd, setBy: contact });
  const answers = [
    { objective: 'SUSTAINABLE_HOUSING' as const, status: 'ON_TRACK' as const, text: 'Hassan has a social lease for three years.' },
    { objective: 'GUIDANCE' as const, status: 'CONCERNS' as const, text: 'Waiting for the health insurance card.' },
    { objective: 'OPERATIONAL_COOPERATION' as const, status: 'ON_TRACK' as const, text: 'Weekly meeting with the OCMW works well.' },
  ];
  const lastEnd = addDays(thisMonth, -1);
  const submittedAt = new Date(`${addDays(lastEnd, -3)}T10:00:00Z`);
  const acceptedAt = new Date(`${addDays(lastEnd, -1)}T15:00:00Z`);
  const accepted = em.create(FeedbackRound, {
    partnership,
    periodStart: lastMonth,
    periodEnd: lastEnd,
    dueDate: lastEnd,
    status: 'ACCEPTED',
    answers,
    generalNote: 'A calm month.',
    submittedAt,
    submittedBy: coordinator,
    reviewedAt: acceptedAt,
    reviewedBy: contact,
    reviewNote: 'Thank you.',
    createdAt: new Date(`${lastMonth}T06:00:00Z`),
    updatedAt: acceptedAt,
  });
  em.create(FeedbackRevision, { round: accepted, kind: 'SUBMITTED', by: coordinator, at: submittedAt, answers, generalNote: 'A calm month.' });
  em.create(FeedbackRevision, { round: accepted, kind: 'ACCEPTED', by: contact, at: acceptedAt, note: 'Thank you.' });
  em.create(FeedbackRound, { partnership, periodStart: thisMonth, periodEnd: currentEnd, dueDate: currentEnd, createdAt: new Date(`${thisMonth}T06:00:00Z`) });
}

/** An upcoming evaluation meeting of Onthaalgroep Mechelen, two weeks from today at 10:00 Brussels time. */
function seedDemoEvaluation(em: EntityManager, partnership: Partnership, users: Map<string, User>) {
  const day = addDays(todayInBrussels(), 14);
  const contact = users.get('contact@partnerhub.example')!;
  const meeting = em.create(Meeting, {
    kind: 'EVALUATION',
    title: 'Evaluatiemoment Onthaalgroep Mechelen',
    description: 'Halfjaarlijkse evaluatie van de drie doelstellingen: duurzame huisvesting, begeleiding en operationele samenwerking.',
    startsAt: fromBrusselsLocal(`${day}T10:00`)!,
    endsAt: fromBrusselsLocal(`${day}T11:30`)!,
    place: 'Samen Thuis vzw, Grote Markt 21, 2800 Mechelen',
    createdBy: contact,
  });
  em.create(MeetingPartnership, { meeting, partnership });
  for (const email of ['contact@partnerhub.example', 'deputy@partnerhub.example', 'coordinator@partnerhub.example']) em.create(MeetingInvitee, { meeting, user: users.get(email)! });
  em.create(AgendaItem, { meeting, position: 1, title: 'Stand van zaken huisvesting', author: contact });
}

/**
 * The return desk's work (seed 003): IOM three days a week and Caritas one day at the Antwerpen
 * and Brussel desks, and its accepted monthly reports of the last six months, with figures for
 * every number of the programme's indicators (dates relative to today).
 */
function seedReturnDesk(em: EntityManager, partnership: Partnership, orgs: Map<string, Organisation>, contact: User): void {
  for (const desk of ['Antwerpen', 'Brussel']) {
    em.create(DeskRotaEntry, { partnership, organisation: orgs.get('IOM Belgium')!, desk, weekdays: desk === 'Antwerpen' ? [1, 2, 4] : [1, 3, 5] });
    em.create(DeskRotaEntry, { partnership, organisation: orgs.get('Caritas International')!, desk, weekdays: desk === 'Antwerpen' ? [3] : [2] });
  }
  // Forty return files at every stage, followed by IOM or Caritas, most on time and some overdue.
  const today = todayInBrussels();
  const countries = ['Georgia', 'Brazil', 'Romania', 'Ukraine', 'Moldova', 'Albania'];
  for (let n = 0; n < 40; n++) {
    const reached = n % RETURN_STAGES.length;
    // Stages a few days to a few weeks apart, the last one recent for most files.
    const gaps = Array.from({ length: reached + 1 }, (_, i) => 5 + ((n * 11 + i * 17) % 25));
    const lastAgo = n % 5 === 0 ? 200 : (n * 3) % 20;
    let on = addDays(today, -(lastAgo + gaps.reduce((a, b) => a + b, 0)));
    const stageDates = RETURN_STAGES.slice(0, reached + 1).map((stage, i) => ((on = addDays(on, gaps[i])), { stage, on }));
    em.create(ReturnFile, {
      partnership,
      reference: `TK-${String(n + 1).padStart(4, '0')}`,
      country: countries[n % countries.length],
      followedBy: orgs.get(n % 4 === 3 ? 'Caritas International' : 'IOM Belgium')!,
      stage: RETURN_STAGES[reached],
      stageDates,
      medicalNote: n % 9 === 4 ? 'Medical costs covered by the reintegration support.' : null,
    });
  }
  const thisMonth = `${today.slice(0, 7)}-01`;
  const indicators = partnership.programme.indicators;
  for (let k = 6; k >= 1; k--) {
    const periodStart = addMonths(thisMonth, -k);
    // Steady, plausible figures that vary by month (about 220 returns a month nationally; one desk's share).
    const indicatorValues = indicators.flatMap((i, n): IndicatorValue[] => {
      if (i.type === 'NUMBER') return [{ key: i.key, number: 10 + ((k * 7 + n * 13) % 23), choice: null, text: null }];
      if (i.type === 'CHOICE' && i.choices.length) return [{ key: i.key, number: null, choice: i.choices[k % i.choices.length].key, text: null }];
      return [];
    });
    seedAcceptedReport(em, { partnership, periodStart, indicatorValues, partner: null, contact, days: { due: 0, submitted: 2, accepted: 4 } });
  }
}
