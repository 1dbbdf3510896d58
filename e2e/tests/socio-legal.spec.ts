// Journeys (issue 15, Done when): a socio-legal city desk's monthly report, in Dutch (Antwerpen)
// and in French (Liège). The desk's partner submits this month's report with its contacts by kind
// of support; the desk's contact person sees the desk's rota, accepts the report, and finds the
// figures on the programme dashboard's chart and month table.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, DEMO_PASSWORD, graphql, partnershipIdByName, signIn, todayInBrussels, type Account } from './support/hub';

const account = (email: string, name: string): Account => ({ email, name, password: DEMO_PASSWORD });

interface Journey {
  lang: 'nl' | 'fr';
  desk: string;
  city: string;
  partner: Account;
  contact: Account;
  welcome: (name: string) => string;
  text: {
    rota: string;
    openRound: RegExp;
    fields: [string, number][];
    submit: string;
    submitted: string;
    accept: string;
    accepted: string;
    dashboard: (year: string) => string;
    chart: (year: string) => string;
  };
}

const JOURNEYS: Journey[] = [
  {
    lang: 'nl',
    desk: 'Sociaal-juridisch loket Antwerpen',
    city: 'Antwerpen',
    partner: account('coordinator.antwerpen@partnerhub.example', 'Bram De Smet'),
    contact: account('contact.desks@partnerhub.example', 'Els Vermeulen'),
    welcome: (n) => `Welkom, ${n}`,
    text: {
      rota: 'Loketrooster',
      openRound: /^Feedbackronde .* openen$/,
      fields: [
        ['Contacten sociale ondersteuning', 41],
        ['Contacten juridische ondersteuning', 23],
        ['Contacten medische ondersteuning', 12],
        ['Bereikte personen buiten het opvangnetwerk', 58],
      ],
      submit: 'Feedback indienen',
      submitted: 'Feedback ingediend. Je contactpersoon bekijkt ze.',
      accept: 'Aanvaarden',
      accepted: 'Feedback aanvaard.',
      dashboard: (y) => `Gerapporteerde cijfers: Sociaal-juridisch loket ${y}`,
      chart: (y) => `Contacten sociale ondersteuning per maand, ${y}`,
    },
  },
  {
    lang: 'fr',
    desk: 'Guichet socio-juridique Liège',
    city: 'Liège',
    partner: account('coordinateur.liege@partnerhub.example', 'Claire Henrard'),
    contact: account('contact.guichets@partnerhub.example', 'Nadia Lefèvre'),
    welcome: (n) => `Bienvenue, ${n}`,
    text: {
      rota: 'Permanences aux guichets',
      openRound: /^Ouvrir le tour de feedback /,
      fields: [
        ['Contacts soutien social', 41],
        ['Contacts soutien juridique', 23],
        ['Contacts soutien médical', 12],
        ["Personnes atteintes hors du réseau d'accueil", 58],
      ],
      submit: 'Soumettre le feedback',
      submitted: 'Feedback soumis. Votre personne de contact va l’examiner.',
      accept: 'Accepter',
      accepted: 'Feedback accepté.',
      dashboard: (y) => `Chiffres rapportés : Guichet socio-juridique ${y}`,
      chart: (y) => `Contacts soutien social par mois, ${y}`,
    },
  },
];

const TOTALS = 'query ($y: Int!) { programmeIndicatorTotals(programme: SOCIO_LEGAL_DESK, year: $y) { indicators { indicator { key } months { month reports total } } } }';

/** This month's social-support figures (reports, total) on the contact person's dashboard. */
async function socialThisMonth(api: APIRequestContext): Promise<{ reports: number; total: number }> {
  const today = todayInBrussels();
  const { programmeIndicatorTotals } = await graphql<{ programmeIndicatorTotals: { indicators: { indicator: { key: string }; months: { month: number; reports: number; total: number }[] }[] } }>(
    api,
    TOTALS,
    { y: Number(today.slice(0, 4)) },
  );
  const social = programmeIndicatorTotals.indicators.find((i) => i.indicator.key === 'socialSupport')!;
  return social.months[Number(today.slice(5, 7)) - 1];
}

async function signedInPage(browser: Browser, who: Account, welcome: (name: string) => string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, welcome);
  return page;
}

for (const j of JOURNEYS) {
  test(`a socio-legal desk's monthly report, submitted, accepted and on the dashboard (${j.lang})`, async ({ browser, baseURL }) => {
    // Two people in two browsers, each signing in, and accessibility checks on the way.
    test.setTimeout(180_000);
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    const contactApi = await apiSession(baseURL!, j.contact);
    const id = await partnershipIdByName(admin, j.desk);
    const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
    const { feedbackRounds } = await graphql<{ feedbackRounds: { id: string; status: string; periodStart: string }[] }>(
      admin,
      'query ($id: ID!) { feedbackRounds(partnershipId: $id) { id status periodStart } }',
      { id },
    );
    const round = feedbackRounds.find((r) => r.periodStart === thisMonth && r.status === 'OPEN');
    expect(round, 'this month’s open report').toBeDefined();
    const before = await socialThisMonth(contactApi);

    // The partner submits the figures by kind of support.
    const partner = await signedInPage(browser, j.partner, j.welcome);
    await partner.goto(`/partnerships/${id}`);
    await expect(partner.getByRole('heading', { level: 1, name: j.desk })).toBeVisible();
    const partnerRound = partner.locator(`[data-testid="feedback-round"][data-round-id="${round!.id}"]`);
    await partnerRound.getByRole('button', { name: j.text.openRound }).click();
    for (const [label, value] of j.text.fields) await partnerRound.getByLabel(label).fill(String(value));
    await partnerRound.getByRole('button', { name: j.text.submit }).click();
    await expect(partnerRound.getByRole('status')).toHaveText(j.text.submitted);

    // The contact person sees the desk's rota and accepts the report.
    const contact = await signedInPage(browser, j.contact, j.welcome);
    await contact.goto(`/partnerships/${id}`);
    const rota = contact.getByRole('region', { name: j.text.rota });
    await expect(rota.getByRole('row').nth(1)).toContainText(j.city);
    const contactRound = contact.locator(`[data-testid="feedback-round"][data-round-id="${round!.id}"]`);
    await contactRound.getByRole('button', { name: j.text.openRound }).click();
    await contactRound.getByRole('button', { name: j.text.accept, exact: true }).click();
    await expect(contactRound.getByRole('status')).toHaveText(j.text.accepted);
    await expectNoSeriousA11yViolations(contact, `the desk's partnership page (${j.lang})`);

    // The dashboard's chart and month table count it.
    const year = todayInBrussels().slice(0, 4);
    await contact.goto(`/dashboard?programme=SOCIO_LEGAL_DESK&year=${year}`);
    const section = contact.getByRole('region', { name: j.text.dashboard(year) });
    await expect(section.getByRole('img', { name: j.text.chart(year) })).toBeVisible();
    const monthName = new Intl.DateTimeFormat(`${j.lang}-BE`, { month: 'long', timeZone: 'UTC' }).format(new Date(`${thisMonth}T12:00:00Z`));
    const monthTable = section.getByRole('table', { name: j.text.fields[0][0], exact: true });
    await expect(monthTable.getByRole('row').filter({ hasText: monthName })).toHaveText(new RegExp(`^\\s*${monthName}\\s*${before.reports + 1}\\s*${before.total + 41}\\s*$`));
    // The resettlement quota and capacity are not shown for desk contacts.
    await expect(contact.getByTestId('dashboard-figures')).toHaveCount(0);
    await expectNoSeriousA11yViolations(contact, `the socio-legal dashboard (${j.lang})`);
    await admin.dispose();
    await contactApi.dispose();
    await partner.context().close();
    await contact.context().close();
  });
}
