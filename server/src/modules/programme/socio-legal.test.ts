/**
 * The socio-legal desks' journey (issue 15, Done when): a desk's contact person signs in and sees
 * the desk's rota, the partner submits this month's report with its figures by kind of support,
 * the contact person accepts it, and the dashboard totals (per month and per city desk) show it;
 * in Dutch (Antwerpen) and French (Liège). And the demo's desks and vulnerable-group partnership.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, codes, startTestHub, type TestHub } from '../../../test/harness.js';
import { todayInBrussels } from '../../app/validators.js';
import { SOCIOLEGAL_DESKS, VULNERABLE_DEMO_PARTNERSHIP } from '../../seeders/demo-sociolegal.js';

let hub: TestHub;
let desks: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  const rows = (await hub.orm.em.fork().getConnection().execute('select id, name from partnership')) as { id: string; name: string }[];
  desks = Object.fromEntries(rows.map((r) => [r.name, r.id]));
});
afterAll(() => hub?.close());

const today = todayInBrussels();
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));
const ROUNDS = `query($p: ID!) { feedbackRounds(partnershipId: $p) { id periodStart status overdue } }`;
const SUBMIT = `mutation($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { status } }`;
const ACCEPT = `mutation($id: ID!) { acceptFeedbackRound(id: $id) { status } }`;
const TOTALS = `query($y: Int!) { programmeIndicatorTotals(programme: SOCIO_LEGAL_DESK, year: $y) { acceptedReports indicators { indicator { key label { nl fr } } yearTotal months { month reports total } partnerships { name total } } } }`;
const ROTA = `query($p: ID!) { deskRota(partnershipId: $p) { desk weekdays organisation { name } } }`;
const ME = `{ me { name language } }`;

const journeys = [
  {
    lang: 'nl',
    desk: 'Sociaal-juridisch loket Antwerpen',
    contact: 'contact.desks@partnerhub.example',
    partner: 'coordinator.antwerpen@partnerhub.example',
    other: 'contact.guichets@partnerhub.example',
  },
  { lang: 'fr', desk: 'Guichet socio-juridique Liège', contact: 'contact.guichets@partnerhub.example', partner: 'coordinateur.liege@partnerhub.example', other: 'contact.desks@partnerhub.example' },
];

describe.each(journeys)('a socio-legal desk’s monthly report ($lang)', ({ lang, desk, contact, partner, other }) => {
  it('the partner submits the figures by kind of support, the contact person accepts them, the dashboard shows them', async () => {
    const id = desks[desk];
    const staff = await hub.as(contact);
    expect((await staff.ok(ME)).me.language).toBe(lang);
    const city = SOCIOLEGAL_DESKS.find((d) => d.name === desk)!;
    expect((await staff.ok(ROTA, { p: id })).deskRota).toEqual([{ desk: city.city, weekdays: city.weekdays, organisation: { name: city.partner } }]);

    const before = (await staff.ok(TOTALS, { y: year })).programmeIndicatorTotals;
    const social = (t: Answer) => t.indicators.find((i: Answer) => i.indicator.key === 'socialSupport');

    const coordinator = await hub.as(partner);
    const open = (await coordinator.ok(ROUNDS, { p: id })).feedbackRounds.find((r: Answer) => r.status === 'OPEN');
    expect(open).toMatchObject({ periodStart: `${today.slice(0, 7)}-01`, overdue: false });
    // The three kinds of support and the people reached are required.
    expect(codes(await coordinator.gql(SUBMIT, { input: { roundId: open.id, answers: [], indicatorValues: [{ key: 'socialSupport', number: 41 }] } }))).toEqual(['INDICATORS_INCOMPLETE']);
    const values = [
      { key: 'socialSupport', number: 41 },
      { key: 'legalSupport', number: 23 },
      { key: 'medicalSupport', number: 12 },
      { key: 'peopleReached', number: 58 },
      { key: 'remarks', text: lang === 'fr' ? 'Permanence juridique renforcée le mardi.' : 'Extra juridische permanentie op dinsdag.' },
    ];
    expect((await coordinator.ok(SUBMIT, { input: { roundId: open.id, answers: [], indicatorValues: values } })).submitFeedbackRound.status).toBe('SUBMITTED');
    // The other language's contact person does not follow this desk.
    expect(codes(await (await hub.as(other)).gql(ACCEPT, { id: open.id }))).toEqual(['NOT_FOUND']);
    expect((await staff.ok(ACCEPT, { id: open.id })).acceptFeedbackRound.status).toBe('ACCEPTED');

    const after = (await staff.ok(TOTALS, { y: year })).programmeIndicatorTotals;
    expect(after.acceptedReports).toBe(before.acceptedReports + 1);
    expect(social(after).months[month - 1]).toEqual({ month, reports: social(before).months[month - 1].reports + 1, total: social(before).months[month - 1].total + 41 });
    expect(social(after).yearTotal).toBe(social(before).yearTotal + 41);
    const row = (t: Answer) => social(t).partnerships.find((p: Answer) => p.name === desk);
    expect(row(after).total).toBe((row(before)?.total ?? 0) + 41);
    // Labels in both languages for the chart.
    expect(social(after).indicator.label).toEqual({ nl: 'Contacten sociale ondersteuning', fr: 'Contacts soutien social' });
  });
});

describe('the demo socio-legal desks and vulnerable-group support', () => {
  it('five city desks, each with six accepted months before this one and this month open, none overdue', async () => {
    const admin = await hub.as('admin@partnerhub.example');
    for (const d of SOCIOLEGAL_DESKS) {
      const rounds = (await admin.ok(ROUNDS, { p: desks[d.name] })).feedbackRounds;
      // (Antwerpen's and Liège's reports of this month were accepted above.)
      expect(rounds.filter((r: Answer) => r.status === 'ACCEPTED' && r.periodStart < `${today.slice(0, 7)}-01`)).toHaveLength(6);
      expect(rounds.every((r: Answer) => !r.overdue && r.periodStart <= today)).toBe(true);
    }
    // Each desk's contact person sees the desks of their language on the dashboard, by city.
    const nl = (await (await hub.as('contact.desks@partnerhub.example')).ok(TOTALS, { y: year })).programmeIndicatorTotals;
    const cities = nl.indicators.find((i: Answer) => i.indicator.key === 'legalSupport').partnerships.map((p: Answer) => p.name);
    expect(cities.every((c: string) => ['Sociaal-juridisch loket Antwerpen', 'Sociaal-juridisch loket Gent', 'Sociaal-juridisch loket Brussel'].includes(c))).toBe(true);
  });

  it('a vulnerable-group partnership on six-month trajectories with an agreed budget', async () => {
    const staff = await hub.as('contact.desks@partnerhub.example');
    const { programmes } = await staff.ok(`{ programmes { code caseKind caseMonths fundingRule } }`);
    expect(programmes.find((p: Answer) => p.code === 'VULNERABLE_GROUPS')).toEqual({ code: 'VULNERABLE_GROUPS', caseKind: 'SUPPORT_TRAJECTORY', caseMonths: 6, fundingRule: 'AGREED_BUDGET' });
    const b = (await staff.ok(`query($p: ID!, $y: Int!) { partnershipBudget(partnershipId: $p, year: $y) { budgetCents spentCents } }`, { p: desks[VULNERABLE_DEMO_PARTNERSHIP], y: year }))
      .partnershipBudget;
    expect(b.budgetCents).toBe(9_600_000);
    expect(b.spentCents).toBeGreaterThan(0);
    expect(b.spentCents).toBeLessThan(b.budgetCents);
  });
});
