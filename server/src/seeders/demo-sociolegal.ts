/**
 * Demo data of the socio-legal desks (seed 000) and of vulnerable-group support (seed 004): five
 * city desks for people outside the reception network, each run with a local partner and followed
 * by a Fedasil contact person (Liège and Charleroi in French), with their monthly figures by kind
 * of support over the last months, an open report for this month, a desk rota and an agreed budget
 * with the spending of the past months; and two vulnerable-group partnerships (one per language) with
 * their six-month support trajectories (demo-vulnerable.ts). Every date is relative to today.
 */
import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, type IndicatorValue, type ProgrammeCode } from '@partner-hub/shared';
import { todayInBrussels } from '../app/validators.js';
import { seedAcceptedReport } from './demo-reports.js';
import { hashPassword } from '../modules/auth/password.js';
import { PartnershipBudget, SpendingReport } from '../modules/budget/budget.entity.js';
import { DeskRotaEntry } from '../modules/desk/desk.entity.js';
import { FeedbackRound } from '../modules/feedback/feedback.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import type { User } from '../modules/user/user.entity.js';
import { DEMO_PASSWORD } from './demo-password.js';
import { createDemoUsers, type DemoUser } from './demo-users.js';
import { SANTE_TRAJECTORIES, seedTrajectories, ZORG_TRAJECTORIES } from './demo-vulnerable.js';

/** The people of the desks: two Fedasil contact persons (one per language) and a coordinator per desk partner. */
export const SOCIOLEGAL_DEMO_USERS: DemoUser[] = [
  { email: 'contact.desks@partnerhub.example', name: 'Els Vermeulen', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'nl' },
  { email: 'contact.guichets@partnerhub.example', name: 'Nadia Lefèvre', role: 'CONTACT_PERSON', org: 'Fedasil', language: 'fr' },
  { email: 'coordinator.antwerpen@partnerhub.example', name: 'Bram De Smet', role: 'COORDINATOR', org: 'Steunpunt Antwerpen vzw', language: 'nl' },
  { email: 'coordinator.gent@partnerhub.example', name: 'Hanne Willems', role: 'COORDINATOR', org: 'Brugfiguren Gent vzw', language: 'nl' },
  { email: 'coordinator.brussel@partnerhub.example', name: 'Youssef El Amrani', role: 'COORDINATOR', org: 'Sociaal-Juridisch Steunpunt Brussel vzw', language: 'nl' },
  { email: 'coordinateur.liege@partnerhub.example', name: 'Claire Henrard', role: 'COORDINATOR', org: "Point d'ancrage Liège asbl", language: 'fr' },
  { email: 'coordinateur.charleroi@partnerhub.example', name: 'Olivier Massart', role: 'COORDINATOR', org: 'Relais social Charleroi asbl', language: 'fr' },
  { email: 'coordinator.zorg@partnerhub.example', name: 'Ines Peeters', role: 'COORDINATOR', org: 'Zorgnetwerk Kwetsbare Groepen vzw', language: 'nl' },
  { email: 'volunteer.zorg@partnerhub.example', name: 'Wout Jacobs', role: 'VOLUNTEER', org: 'Zorgnetwerk Kwetsbare Groepen vzw', language: 'nl' },
  { email: 'coordinateur.sante@partnerhub.example', name: 'Sophie Martin', role: 'COORDINATOR', org: 'Réseau Santé Vulnérabilités asbl', language: 'fr' },
  { email: 'benevole.sante@partnerhub.example', name: 'Luc Gérard', role: 'VOLUNTEER', org: 'Réseau Santé Vulnérabilités asbl', language: 'fr' },
];

const ORGANISATIONS = [
  { name: 'Steunpunt Antwerpen vzw', city: 'Antwerpen', postalCode: '2000', street: 'Kammenstraat 12' },
  { name: 'Brugfiguren Gent vzw', city: 'Gent', postalCode: '9000', street: 'Sint-Pietersnieuwstraat 40' },
  { name: 'Sociaal-Juridisch Steunpunt Brussel vzw', city: 'Brussel', postalCode: '1000', street: 'Zuidlaan 80' },
  { name: "Point d'ancrage Liège asbl", city: 'Liège', postalCode: '4000', street: 'Rue Féronstrée 22' },
  { name: 'Relais social Charleroi asbl', city: 'Charleroi', postalCode: '6000', street: 'Boulevard Tirou 60' },
  { name: 'Zorgnetwerk Kwetsbare Groepen vzw', city: 'Brussel', postalCode: '1000', street: 'Kartuizersstraat 40' },
  { name: 'Réseau Santé Vulnérabilités asbl', city: 'Liège', postalCode: '4000', street: 'Rue Saint-Gilles 90' },
];

/** The five city desks: partner, contact person, rota weekdays and the size of their monthly figures. */
export const SOCIOLEGAL_DESKS: { name: string; city: string; partner: string; contact: string; weekdays: number[]; scale: number; budgetCents: number }[] = [
  {
    name: 'Sociaal-juridisch loket Antwerpen',
    city: 'Antwerpen',
    partner: 'Steunpunt Antwerpen vzw',
    contact: 'contact.desks@partnerhub.example',
    weekdays: [1, 3, 4],
    scale: 1.1,
    budgetCents: 18_500_000,
  },
  { name: 'Sociaal-juridisch loket Gent', city: 'Gent', partner: 'Brugfiguren Gent vzw', contact: 'contact.desks@partnerhub.example', weekdays: [2, 4], scale: 0.8, budgetCents: 14_000_000 },
  {
    name: 'Guichet socio-juridique Liège',
    city: 'Liège',
    partner: "Point d'ancrage Liège asbl",
    contact: 'contact.guichets@partnerhub.example',
    weekdays: [1, 2, 5],
    scale: 0.9,
    budgetCents: 15_000_000,
  },
  {
    name: 'Guichet socio-juridique Charleroi',
    city: 'Charleroi',
    partner: 'Relais social Charleroi asbl',
    contact: 'contact.guichets@partnerhub.example',
    weekdays: [2, 3],
    scale: 0.7,
    budgetCents: 12_500_000,
  },
  {
    name: 'Sociaal-juridisch loket Brussel',
    city: 'Brussel',
    partner: 'Sociaal-Juridisch Steunpunt Brussel vzw',
    contact: 'contact.desks@partnerhub.example',
    weekdays: [1, 2, 3, 4, 5],
    scale: 1.6,
    budgetCents: 26_000_000,
  },
];

export const VULNERABLE_DEMO_PARTNERSHIP = 'Zorgtraject Kwetsbare Groepen';
/** The French-speaking vulnerable-group partnership. */
export const VULNERABLE_DEMO_PARTNERSHIP_FR = 'Trajet de soutien Groupes vulnérables';

/** Months of accepted reports before this month. */
const MONTHS = 6;

/** Seeds the socio-legal desks and the vulnerable-group partnerships (after the main demo, which made Fedasil). */
export async function seedSocioLegalDemo(em: EntityManager): Promise<void> {
  const fedasil = await em.findOneOrFail(Organisation, { name: 'Fedasil' });
  const orgs = new Map(ORGANISATIONS.map((o) => [o.name, em.create(Organisation, { ...o, kind: 'NON_PROFIT' })]));
  orgs.set('Fedasil', fedasil);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = createDemoUsers(em, SOCIOLEGAL_DEMO_USERS, orgs, passwordHash);
  const programme = async (code: ProgrammeCode) => em.findOneOrFail(Programme, { code });
  const today = todayInBrussels();
  const year = Number(today.slice(0, 4));
  const agreement: [string, string] = [`${year - 1}-01-01`, `${year + 1}-12-31`];

  const socioLegal = await programme('SOCIO_LEGAL_DESK');
  for (const [d, desk] of SOCIOLEGAL_DESKS.entries()) {
    const partnership = em.create(Partnership, {
      name: desk.name,
      programme: socioLegal,
      track: 'FLEXIBLE_FRAMEWORK',
      status: 'ACTIVE',
      capacityPledged: 0,
      agreementStart: agreement[0],
      agreementEnd: agreement[1],
      contactPerson: users.get(desk.contact)!,
    });
    const partner = orgs.get(desk.partner)!;
    em.create(PartnershipMember, { partnership, organisation: partner, lead: true });
    em.create(DeskRotaEntry, { partnership, organisation: partner, desk: desk.city, weekdays: desk.weekdays });
    const coordinator = [...users.values()].find((u) => u.organisation === partner)!;
    // Contacts by kind of support: social the most, then legal, then medical; people reached a bit more than the largest.
    seedMonthlyReports(em, partnership, users.get(desk.contact)!, coordinator, (k, key) => {
      const base = { socialSupport: 60, legalSupport: 38, medicalSupport: 21, peopleReached: 75 }[key] ?? 10;
      return Math.round((base + ((k * 7 + d * 5 + key.length * 3) % 17)) * desk.scale);
    });
    seedBudget(em, partnership, coordinator, desk.budgetCents);
  }

  const vulnerableGroups = await programme('VULNERABLE_GROUPS');
  const vulnerablePartnerships = [
    { name: VULNERABLE_DEMO_PARTNERSHIP, contact: 'contact.desks@partnerhub.example', partner: 'Zorgnetwerk Kwetsbare Groepen vzw', budgetCents: 9_600_000, trajectories: ZORG_TRAJECTORIES },
    { name: VULNERABLE_DEMO_PARTNERSHIP_FR, contact: 'contact.guichets@partnerhub.example', partner: 'Réseau Santé Vulnérabilités asbl', budgetCents: 7_200_000, trajectories: SANTE_TRAJECTORIES },
  ];
  for (const v of vulnerablePartnerships) {
    const contact = users.get(v.contact)!;
    const vulnerable = em.create(Partnership, {
      name: v.name,
      programme: vulnerableGroups,
      track: 'FLEXIBLE_FRAMEWORK',
      status: 'ACTIVE',
      capacityPledged: 0,
      agreementStart: agreement[0],
      agreementEnd: agreement[1],
      contactPerson: contact,
    });
    const partner = orgs.get(v.partner)!;
    em.create(PartnershipMember, { partnership: vulnerable, organisation: partner, lead: true });
    // The partner's staff: its coordinator first, then its volunteer.
    const staff = [...users.values()].filter((u) => u.organisation === partner).sort((a, b) => a.role.localeCompare(b.role));
    seedMonthlyReports(em, vulnerable, contact, staff[0], (k, key) => (key === 'trajectoriesOpen' ? 24 + (k % 4) : 3 + ((k * 5) % 4)));
    seedBudget(em, vulnerable, staff[0], v.budgetCents);
    seedTrajectories(em, vulnerable, staff, v.trajectories);
  }
  await em.flush();
}

/**
 * Accepted monthly reports of the last months with a figure for every NUMBER indicator (and a
 * choice for each CHOICE one), and this month's report open for the partner.
 */
function seedMonthlyReports(em: EntityManager, partnership: Partnership, contact: User, coordinator: User, figure: (monthsAgo: number, key: string) => number): void {
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const indicators = partnership.programme.indicators;
  for (let k = MONTHS; k >= 1; k--) {
    const periodStart = addMonths(thisMonth, -k);
    const indicatorValues = indicators.flatMap((i): IndicatorValue[] => {
      if (i.type === 'NUMBER') return [{ key: i.key, number: figure(k, i.key), choice: null, text: null }];
      if (i.type === 'CHOICE' && i.choices.length) return [{ key: i.key, number: null, choice: i.choices[k % i.choices.length].key, text: null }];
      return [];
    });
    seedAcceptedReport(em, { partnership, periodStart, indicatorValues, partner: coordinator, contact, days: { due: 10, submitted: 3, accepted: 5 } });
  }
  const currentEnd = addDays(addMonths(thisMonth, 1), -1);
  em.create(FeedbackRound, { partnership, periodStart: thisMonth, periodEnd: currentEnd, dueDate: addDays(currentEnd, 10), createdAt: new Date(`${thisMonth}T06:00:00Z`) });
}

/** The budget of this year and last year, and the spending of each of the last twelve months (about a twelfth each). */
function seedBudget(em: EntityManager, partnership: Partnership, coordinator: User, budgetCents: number): void {
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const year = Number(thisMonth.slice(0, 4));
  for (const y of [year - 1, year]) em.create(PartnershipBudget, { partnership, year: y, amountCents: y === year ? budgetCents : Math.round(budgetCents * 0.95) });
  for (let k = 12; k >= 1; k--) {
    const periodStart = addMonths(thisMonth, -k);
    const share = 0.85 + ((k * 37) % 25) / 100;
    em.create(SpendingReport, { partnership, periodStart, periodEnd: addDays(addMonths(periodStart, 1), -1), amountCents: Math.round((budgetCents / 12) * share), reportedBy: coordinator });
  }
}
