// Journeys (issue 15): the agreed budget of a socio-legal desk, in Dutch (Gent) and in French
// (Charleroi). The desk's partner records this month's spending on the partnership page and sees
// it against the year's budget; the desk's contact person finds it on the programme dashboard.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, addDays, addMonths, apiSession, DEMO_PASSWORD, graphql, partnershipIdByName, signIn, todayInBrussels, type Account } from './support/hub';

const account = (email: string, name: string): Account => ({ email, name, password: DEMO_PASSWORD });

interface Journey {
  lang: 'nl' | 'fr';
  desk: string;
  partner: Account;
  contact: Account;
  welcome: (name: string) => string;
  text: {
    section: string;
    noteLabel: string;
    from: string;
    to: string;
    amount: string;
    typed: string;
    note: string;
    record: string;
    recorded: string;
    spent: string;
    dashboard: (y: string) => string;
  };
}

const JOURNEYS: Journey[] = [
  {
    lang: 'nl',
    desk: 'Sociaal-juridisch loket Gent',
    partner: account('coordinator.gent@partnerhub.example', 'Hanne Willems'),
    contact: account('contact.desks@partnerhub.example', 'Els Vermeulen'),
    welcome: (n) => `Welkom, ${n}`,
    text: {
      section: 'Budget en uitgaven',
      noteLabel: 'Opmerking',
      from: 'Van',
      to: 'Tot en met',
      amount: 'Bedrag in euro',
      typed: '1.234,56',
      note: 'Tolken en vervoer',
      record: 'Uitgaven registreren',
      recorded: 'Uitgaven geregistreerd.',
      spent: 'Uitgegeven',
      dashboard: (y) => `Budgetten en uitgaven: Sociaal-juridisch loket ${y}`,
    },
  },
  {
    lang: 'fr',
    desk: 'Guichet socio-juridique Charleroi',
    partner: account('coordinateur.charleroi@partnerhub.example', 'Olivier Massart'),
    contact: account('contact.guichets@partnerhub.example', 'Nadia Lefèvre'),
    welcome: (n) => `Bienvenue, ${n}`,
    text: {
      section: 'Budget et dépenses',
      noteLabel: 'Remarque',
      from: 'Du',
      to: 'Au',
      amount: 'Montant en euros',
      typed: '1234,56',
      note: 'Interprètes et transport',
      record: 'Déclarer les dépenses',
      recorded: 'Dépenses déclarées.',
      spent: 'Dépensé',
      dashboard: (y) => `Budgets et dépenses : Guichet socio-juridique ${y}`,
    },
  },
];

/** Cents as the hub shows them (format.ts: the Belgian locale, plain spaces). */
const money = (cents: number, lang: string) => new Intl.NumberFormat(`${lang}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');

async function signedInPage(browser: Browser, who: Account, welcome: (name: string) => string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, welcome);
  return page;
}

for (const j of JOURNEYS) {
  test(`a desk records its spending and sees it against the agreed budget (${j.lang})`, async ({ browser, baseURL }) => {
    // Two people in two browsers, each signing in, and accessibility checks on the way.
    test.setTimeout(180_000);
    const admin: APIRequestContext = await apiSession(baseURL!, ACCOUNTS.admin);
    const id = await partnershipIdByName(admin, j.desk);
    const today = todayInBrussels();
    const year = Number(today.slice(0, 4));
    const { partnershipBudget: before } = await graphql<{ partnershipBudget: { budgetCents: number; spentCents: number } }>(
      admin,
      'query ($p: ID!, $y: Int!) { partnershipBudget(partnershipId: $p, year: $y) { budgetCents spentCents } }',
      { p: id, y: year },
    );
    const after = before.spentCents + 123_456;

    // The partner records this month's spending.
    const partner = await signedInPage(browser, j.partner, j.welcome);
    await partner.goto(`/partnerships/${id}`);
    const section = partner.getByRole('region', { name: j.text.section });
    await expect(section.getByTestId('budget-agreed')).toHaveText(money(before.budgetCents, j.lang));
    await expect(section.getByTestId('budget-spent')).toHaveText(money(before.spentCents, j.lang));
    const thisMonth = `${today.slice(0, 7)}-01`;
    await section.getByLabel(j.text.from, { exact: true }).fill(thisMonth);
    await section.getByLabel(j.text.to, { exact: true }).fill(addDays(addMonths(thisMonth, 1), -1));
    await section.getByLabel(j.text.amount).fill(j.text.typed);
    await section.getByLabel(new RegExp(`^${j.text.noteLabel}`)).fill(j.text.note);
    await section.getByRole('button', { name: j.text.record }).click();
    await expect(section.getByRole('status')).toHaveText(j.text.recorded);
    // Against the budget: spent and remaining follow.
    await expect(section.getByTestId('budget-spent')).toHaveText(money(after, j.lang));
    await expect(section.getByTestId('budget-remaining')).toHaveText(money(before.budgetCents - after, j.lang));
    await expect(section.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(Math.min(after, before.budgetCents)));
    await expect(section.getByTestId('spending-table').getByRole('row').filter({ hasText: j.text.note })).toContainText(money(123_456, j.lang));
    await expectNoSeriousA11yViolations(partner, `the desk's budget (${j.lang})`);

    // The contact person sees it on the dashboard, against the desk's budget.
    const contact = await signedInPage(browser, j.contact, j.welcome);
    await contact.goto(`/dashboard?programme=SOCIO_LEGAL_DESK&year=${year}`);
    const dashboard = contact.getByRole('region', { name: j.text.dashboard(String(year)) });
    const row = dashboard.getByRole('row').filter({ hasText: j.desk });
    await expect(row).toContainText(money(before.budgetCents, j.lang));
    await expect(row).toContainText(money(after, j.lang));
    await expect(row).toContainText(money(before.budgetCents - after, j.lang));
    await admin.dispose();
    await partner.context().close();
    await contact.context().close();
  });
}
