/**
 * The activity of the demo's resettlement year, dated relative to today: monthly feedback rounds
 * (mostly submitted and accepted on time, two overdue), last year's funding statements approved and
 * paid with the figures of the shared funding rules, evaluation meetings and conversations.
 * Everything is created in the caller's unit of work (nothing is flushed here).
 */
import type { EntityManager } from '@mikro-orm/core';
import type { FeedbackObjective, Indicator, IndicatorValue, Locale, ObjectiveStatus, StatementFigures } from '@partner-hub/shared';
import { addDays, addMonths } from '@partner-hub/shared';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from '../modules/feedback/feedback.entity.js';
import { fundingOf, fundingSnapshot, fundingYear } from '../modules/funding/funding.service.js';
import { AgendaItem, Meeting, MeetingInvitee, MeetingPartnership } from '../modules/meeting/meeting.entity.js';
import { fromBrusselsLocal } from '../modules/meeting/meeting.time.js';
import { Message, Thread } from '../modules/messaging/messaging.entity.js';
import { numberNewMessage } from '../modules/messaging/messaging.numbering.js';
import { FundingPayment, FundingPeriodStatement, FundingStatementEvent } from '../modules/payments/payments.entity.js';
import type { User } from '../modules/user/user.entity.js';
import type { YearBase, YearPartnership } from './demo-resettlement.types.js';

/** The partnerships (by position among the active ones) whose last round is still open past its due date. */
export const OVERDUE_ROUNDS_AT = [4, 23];
/** Those whose last round waits for the contact person's review. */
const AWAITING_REVIEW_AT = [1, 9, 17, 28];
/** Months of feedback before the current one. */
export const FEEDBACK_MONTHS = 5;

export function seedResettlementActivity(em: EntityManager, base: YearBase, year: YearPartnership[]): void {
  const active = year.filter((p) => p.partnership.status === 'ACTIVE');
  active.forEach((p, i) => seedFeedback(em, base, p, i));
  for (const p of active) seedStatement(em, base, p);
  seedMeetings(em, base, active);
  active.forEach((p, i) => seedConversation(em, base, p, i));
}

const TEXTS: Record<'nl' | 'fr', Record<FeedbackObjective, [string, string]>> = {
  nl: {
    SUSTAINABLE_HOUSING: ['Alle gezinnen wonen in een woning met een huurcontract van drie jaar.', 'Eén gezin zoekt nog een grotere woning.'],
    GUIDANCE: ['De begeleiding loopt volgens plan; de inburgering is gestart.', 'Wachttijd voor de taalcursus: twee gezinnen staan op de wachtlijst.'],
    OPERATIONAL_COOPERATION: ['Maandelijks overleg met het OCMW verloopt goed.', 'De doorverwijzing naar de huisarts vraagt nog opvolging.'],
  },
  fr: {
    SUSTAINABLE_HOUSING: ['Toutes les familles ont un logement avec un bail de trois ans.', 'Une famille cherche encore un logement plus grand.'],
    GUIDANCE: ["L'accompagnement se déroule comme prévu ; le parcours d'intégration a commencé.", "Délai d'attente pour le cours de français : deux familles sur liste d'attente."],
    OPERATIONAL_COOPERATION: ['La concertation mensuelle avec le CPAS fonctionne bien.', "L'orientation vers le médecin traitant demande encore un suivi."],
  },
};
const lang = (l: Locale): 'nl' | 'fr' => (l === 'fr' ? 'fr' : 'nl');

/** Answers to the programme's indicators (its configuration, whatever they are): plausible figures that vary by month. */
export function demoIndicatorValues(indicators: readonly Indicator[], seed: number): IndicatorValue[] {
  return indicators.flatMap((i, n): IndicatorValue[] => {
    if (i.type === 'NUMBER') return [{ key: i.key, number: 2 + ((seed * 7 + n * 13) % 17), choice: null, text: null }];
    if (i.type === 'CHOICE' && i.choices.length) return [{ key: i.key, number: null, choice: i.choices[seed % i.choices.length].key, text: null }];
    return [];
  });
}

/** A monthly rhythm since five months ago: every past round submitted, most accepted, two overdue; this month's open. */
function seedFeedback(em: EntityManager, base: YearBase, p: YearPartnership, index: number): void {
  const { partnership, coordinator, contact } = p;
  const programme = base.programme;
  const thisMonth = `${base.today.slice(0, 7)}-01`;
  const first = addMonths(thisMonth, -FEEDBACK_MONTHS);
  const currentEnd = addDays(addMonths(thisMonth, 1), -1);
  em.create(FeedbackSchedule, { partnership, rhythm: 'MONTHLY', startDate: first, activeFrom: first, madeUntil: currentEnd, setBy: contact });
  const now = Date.now();
  for (let k = FEEDBACK_MONTHS; k >= 1; k--) {
    const periodStart = addMonths(thisMonth, -k);
    const periodEnd = addDays(addMonths(periodStart, 1), -1);
    const createdAt = new Date(`${periodStart}T06:00:00Z`);
    if (k === 1 && OVERDUE_ROUNDS_AT.includes(index)) {
      em.create(FeedbackRound, { partnership, periodStart, periodEnd, dueDate: periodEnd, createdAt, updatedAt: createdAt });
      continue;
    }
    const seed = index * 5 + k;
    const answers = programme.objectives.map((objective, n) => {
      const worry = (seed + n) % 7 === 0;
      const status: ObjectiveStatus = worry ? 'CONCERNS' : 'ON_TRACK';
      return { objective, status, text: TEXTS[lang(p.language)][objective]?.[worry ? 1 : 0] ?? null };
    });
    const indicatorValues = demoIndicatorValues(programme.indicators, seed);
    const submittedAt = new Date(`${addDays(periodEnd, -(seed % 4))}T10:00:00Z`);
    const reviewedAt = new Date(`${addDays(periodEnd, 1 + (seed % 5))}T14:00:00Z`);
    // Reviewed within days of the due date, unless that is still to come (then it waits, as those picked to).
    const accepted = !(k === 1 && AWAITING_REVIEW_AT.includes(index)) && reviewedAt.getTime() < now;
    const round = em.create(FeedbackRound, {
      partnership,
      periodStart,
      periodEnd,
      dueDate: periodEnd,
      status: accepted ? 'ACCEPTED' : 'SUBMITTED',
      answers,
      indicatorValues,
      submittedAt,
      submittedBy: coordinator,
      reviewedAt: accepted ? reviewedAt : null,
      reviewedBy: accepted ? contact : null,
      createdAt,
      updatedAt: accepted ? reviewedAt : submittedAt,
    });
    em.create(FeedbackRevision, { round, kind: 'SUBMITTED', by: coordinator, at: submittedAt, answers, indicatorValues });
    if (accepted) em.create(FeedbackRevision, { round, kind: 'ACCEPTED', by: contact, at: reviewedAt });
  }
  em.create(FeedbackRound, { partnership, periodStart: thisMonth, periodEnd: currentEnd, dueDate: currentEnd, createdAt: new Date(`${thisMonth}T06:00:00Z`) });
}

/**
 * Last year's funding statement, approved in January with every household's figures as the shared
 * funding rules give them (the funding service's own functions), then paid in one or two instalments.
 */
function seedStatement(em: EntityManager, base: YearBase, p: YearPartnership): void {
  const year = Number(base.today.slice(0, 4)) - 1;
  const lines: StatementFigures[] = p.households
    .filter(({ household }) => fundingYear(household) === year)
    .map(({ household, members }) => {
      const funding = fundingOf(base.programme, fundingSnapshot(household, members));
      const line = (kind: string) => funding.lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.amountCents, 0);
      const head = members.find((m) => m.relationship === 'HEAD')!;
      return {
        householdId: household.id,
        reference: household.reference,
        headName: `${head.firstName} ${head.lastName}`,
        persons: members.length,
        baseCents: line('BASE'),
        secondYearCents: line('SECOND_YEAR'),
        directArrivalHeadCents: line('DIRECT_ARRIVAL_HEAD'),
        directArrivalMembersCents: line('DIRECT_ARRIVAL_MEMBERS'),
        totalCents: funding.totalCents,
      };
    })
    .sort((a, b) => a.reference.localeCompare(b.reference));
  if (lines.length === 0) return;
  const total = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const approvedOn = minDate(`${year + 1}-01-20`, addDays(base.today, -2));
  const approvedAt = new Date(`${approvedOn}T10:00:00Z`);
  const statement = em.create(FundingPeriodStatement, {
    partnership: p.partnership,
    year,
    approvedAt,
    approvedBy: base.admin,
    approvedTotalCents: total,
    approvedFigures: lines,
    createdAt: approvedAt,
  });
  em.create(FundingStatementEvent, { statement, kind: 'APPROVED', user: base.admin, at: approvedAt, approvedTotalCents: total, paidCents: 0 });
  // An advance of 60 % two weeks later; the balance a month after that, when that day has come.
  const instalments: [string, number][] = [[addDays(approvedOn, 14), Math.round(total * 0.6)]];
  instalments.push([addDays(approvedOn, 45), total - instalments[0][1]]);
  for (const [paidOn, amountCents] of instalments) {
    if (paidOn >= base.today) break;
    const at = new Date(`${paidOn}T11:00:00Z`);
    const payment = em.create(FundingPayment, { statement, paidOn, amountCents, recordedBy: base.admin, recordedAt: at });
    statement.paidCents += amountCents;
    em.create(FundingStatementEvent, {
      statement,
      kind: 'PAYMENT_RECORDED',
      user: base.admin,
      at,
      approvedTotalCents: total,
      amountCents,
      paidCents: statement.paidCents,
      details: { paymentId: payment.id, paidOn },
    });
  }
}

/** An evaluation of every fourth partnership (past ones in the last months, coming ones in the next weeks) and a regional consultation. */
function seedMeetings(em: EntityManager, base: YearBase, active: YearPartnership[]): void {
  const meeting = (title: string, description: string, day: string, place: string, kind: 'EVALUATION' | 'CONSULTATION', partnerships: YearPartnership[]) => {
    const createdBy = partnerships[0].contact;
    const m = em.create(Meeting, { kind, title, description, startsAt: fromBrusselsLocal(`${day}T10:00`)!, endsAt: fromBrusselsLocal(`${day}T11:30`)!, place, createdBy });
    const invitees = new Set<User>();
    for (const p of partnerships) {
      em.create(MeetingPartnership, { meeting: m, partnership: p.partnership });
      invitees.add(p.contact).add(p.coordinator);
    }
    for (const user of invitees) em.create(MeetingInvitee, { meeting: m, user });
    em.create(AgendaItem, {
      meeting: m,
      position: 1,
      title: lang(partnerships[0].language) === 'fr' ? 'Logement et accompagnement des familles' : 'Huisvesting en begeleiding van de gezinnen',
      author: createdBy,
    });
  };
  active.forEach((p, i) => {
    if (i % 4 !== 0) return;
    const day = addDays(base.today, i % 8 === 0 ? -20 - i * 2 : 7 + i);
    const fr = lang(p.language) === 'fr';
    const title = fr ? `Évaluation ${p.partnership.name}` : `Evaluatie ${p.partnership.name}`;
    const description = fr ? 'Évaluation semestrielle des trois objectifs.' : 'Halfjaarlijkse evaluatie van de drie doelstellingen.';
    meeting(title, description, day, p.city, 'EVALUATION', [p]);
  });
  const wallonia = active.filter((p) => p.region === 'WAL');
  if (wallonia.length) meeting('Concertation des partenariats wallons', 'Échange entre partenaires : logement, CPAS, écoles.', addDays(base.today, 21), 'Fedasil, Namur', 'CONSULTATION', wallonia);
  const flanders = active.filter((p) => p.region === 'VL').slice(0, 8);
  if (flanders.length) meeting('Regionaal overleg Vlaanderen', 'Uitwisseling tussen partners: huisvesting, OCMW, scholen.', addDays(base.today, -35), 'Fedasil, Brussel', 'CONSULTATION', flanders);
}

const CONVERSATION: Record<'nl' | 'fr', string[]> = {
  nl: ['Het gezin dat deze maand aankomt heeft een woning; de sleutels liggen klaar.', 'Dank je! Kan het OCMW de eerste week al een afspraak geven?', 'Ja, de afspraak staat op maandag om 9 uur.'],
  fr: [
    'La famille qui arrive ce mois-ci a un logement ; les clés sont prêtes.',
    'Merci ! Le CPAS peut-il donner un rendez-vous dès la première semaine ?',
    'Oui, le rendez-vous est fixé lundi à 9 heures.',
  ],
};

/** A partnership conversation in every third partnership, in its language, in the last days. */
function seedConversation(em: EntityManager, base: YearBase, p: YearPartnership, index: number): void {
  if (index % 3 !== 0) return;
  const hour = 3_600_000;
  const latest = Date.now() - (2 + (index % 10) * 24) * hour;
  const authors = [p.coordinator, p.contact, p.volunteer ?? p.coordinator];
  const texts = CONVERSATION[lang(p.language)];
  const created = new Date(latest - (texts.length + 1) * hour);
  const thread = em.create(Thread, {
    kind: 'PARTNERSHIP',
    partnership: p.partnership,
    naturalKey: `P:${p.partnership.id}`,
    createdBy: authors[0],
    createdAt: created,
    lastMessageAt: created,
    lastPublicMessageAt: created,
  });
  texts.forEach((body, i) => {
    const at = new Date(latest - (texts.length - 1 - i) * hour);
    const numbers = numberNewMessage(thread, false);
    thread.lastMessageAt = at;
    thread.lastPublicMessageAt = at;
    em.create(Message, { thread, ...numbers, author: authors[i], clientId: `demo-${thread.id}-${numbers.seq}`, body, internal: false, createdAt: at });
  });
}

const minDate = (a: string, b: string) => (a < b ? a : b);
