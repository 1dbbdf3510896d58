// Journey: each role signs in and sees exactly its own data, and nothing of other partnerships.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PARTNERSHIPS, apiSession, detail, graphql, mainNav, partnershipIdByName, signIn } from './support/hub';

/** The partnership rows of a list, by the name in their first cell. */
function partnershipRow(page: Page, name: string) {
  return page.getByTestId('partnership-row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

function householdRow(scope: Page | Locator, reference: string) {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.getByTestId('household-row').filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
}

/** Every GraphQL answer the page receives, so a test can check what reached the browser at all. */
function recordGraphQLAnswers(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    try {
      bodies.push(await response.text());
    } catch {
      // the page navigated away before the body was read
    }
  });
  return bodies;
}

test.describe('each role sees exactly its own data', () => {
  let admin: APIRequestContext;
  let liegeId: string;
  let liegeHouseholdId: string;

  test.beforeAll(async ({ baseURL }) => {
    // The admin sees every partnership: look up the ids of Liège Accueil and its household.
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    liegeId = await partnershipIdByName(admin, 'Liège Accueil');
    const data = await graphql<{ partnership: { households: { id: string; reference: string }[] } }>(admin, 'query ($id: ID!) { partnership(id: $id) { households { id reference } } }', {
      id: liegeId,
    });
    liegeHouseholdId = data.partnership.households.find((h) => h.reference === 'HH-2025-0006')!.id;
  });

  test.afterAll(async () => {
    await admin?.dispose();
  });

  test('an admin sees every partnership and the quota progress', async ({ page }) => {
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByText('Volg het quotum en alle partnerschappen.')).toBeVisible();

    const quota = page.getByTestId('quota-progress');
    await expect(page.getByRole('heading', { level: 2, name: 'Voortgang van het quotum' })).toBeVisible();
    await expect(quota).toBeVisible();
    await expect(quota.getByRole('progressbar', { name: 'Aangekomen personen ten opzichte van het quotum' })).toBeVisible();
    await expect(quota).toContainText(/\d+ van \d+ personen aangekomen \(\d+%\)/);

    await expect(page.getByRole('heading', { level: 2, name: 'Alle partnerschappen' })).toBeVisible();
    // The demo's year has some forty more partnerships: the list comes a page at a time.
    const more = page.getByRole('button', { name: 'Meer tonen' });
    await expect(partnershipRow(page, 'Gent Samen')).toBeVisible();
    while (await more.isVisible()) {
      const shown = await page.getByTestId('partnership-row').count();
      await more.click();
      await expect.poll(() => page.getByTestId('partnership-row').count()).toBeGreaterThan(shown);
    }
    for (const name of DEMO_PARTNERSHIPS) {
      await expect(partnershipRow(page, name)).toBeVisible();
    }
    // Other journeys may add partnerships to the shared database: at least the five demo ones.
    expect(await page.getByTestId('partnership-row').count()).toBeGreaterThanOrEqual(DEMO_PARTNERSHIPS.length);
    await expect(partnershipRow(page, 'Liège Accueil')).toContainText('Marc Dubois');

    for (const link of ['Start', 'Partnerschappen', 'Organisaties', 'Gebruikers', 'Mensen uitnodigen', 'Toegangslogboek', 'Verzonden berichten']) {
      await expect(mainNav(page).getByRole('link', { name: link, exact: true })).toBeVisible();
    }
  });

  test('a contact person sees their partnerships and not the others', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await expect(page.getByRole('heading', { level: 2, name: 'Mijn partnerschappen' })).toBeVisible();
    for (const name of ['Gent Samen', 'Onthaalgroep Mechelen', 'Terugkeerloket Antwerpen']) {
      await expect(partnershipRow(page, name)).toBeVisible();
    }
    await expect(page.getByText('Liège Accueil')).toHaveCount(0);
    await expect(page.getByText('Zemst Verwelkomt')).toHaveCount(0);
    await expect(mainNav(page).getByRole('link')).toHaveText(['Start', /^Berichten/, 'Opvolgbord', 'Overleg', 'Mensen uitnodigen']);

    // Their partnership shows its households and funding.
    await partnershipRow(page, 'Onthaalgroep Mechelen').getByRole('link', { name: 'Onthaalgroep Mechelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Onthaalgroep Mechelen' })).toBeVisible();
    await expect(householdRow(page, 'HH-2026-0004')).toBeVisible();
    await expect(householdRow(page, 'HH-2027-0005')).toBeVisible();
    await expect(page.getByTestId('funding-total')).toHaveText(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);

    // Liège Accueil is not theirs: "not found", and nothing of it.
    await page.goto(`/partnerships/${liegeId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeVisible();
    await expect(page.getByText('Liège Accueil')).toHaveCount(0);
  });

  test('a coordinator sees their partnership and its households, and another partnership is "not found"', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator);
    const section = page.getByRole('region', { name: 'Onthaalgroep Mechelen' });
    await expect(section.getByRole('heading', { level: 2, name: 'Onthaalgroep Mechelen' })).toBeVisible();
    await expect(householdRow(section, 'HH-2026-0004')).toContainText('Hassan Noori');
    await expect(householdRow(section, 'HH-2027-0005')).toContainText('Grace Mugisha');
    await expect(page.getByTestId('household-row')).toHaveCount(2);
    for (const other of ['Liège Accueil', 'Gent Samen', 'Diallo', 'Haddad']) {
      await expect(page.getByText(other)).toHaveCount(0);
    }

    // The coordinator sees the specific needs of their households (need to know) and the funding.
    await householdRow(section, 'HH-2026-0004').getByRole('link', { name: 'HH-2026-0004' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0004' })).toBeVisible();
    await expect(page.getByText('(Ex-)niet-begeleide minderjarige')).toBeVisible();
    await expect(page.getByTestId('funding-total')).toBeVisible();

    // Typing the address of another partnership's page shows "not found" and none of its data.
    const answers = recordGraphQLAnswers(page);
    await page.goto(`/partnerships/${liegeId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeVisible();
    await expect(page.getByText('Deze pagina bestaat niet, of je hebt er geen toegang toe.')).toBeVisible();
    await expect(page.getByText('Liège Accueil')).toHaveCount(0);
    await expect(page.getByText('Diallo')).toHaveCount(0);

    await page.goto(`/households/${liegeHouseholdId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeVisible();
    await expect(page.getByText('Diallo')).toHaveCount(0);
    await expect(page.getByText('HH-2025-0006')).toHaveCount(0);

    // Nothing of it reached the browser either.
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${ACCOUNTS.coordinator.name}` })).toBeVisible();
    expect(answers.length).toBeGreaterThan(0);
    for (const body of answers) {
      expect(body).not.toContain('Liège Accueil');
      expect(body).not.toContain('Diallo');
    }
  });

  test('a volunteer sees the households of their partnership, that there are specific needs but not which, and no funding', async ({ page }) => {
    const answers = recordGraphQLAnswers(page);
    await signIn(page, ACCOUNTS.volunteer);
    await expect(page.getByRole('heading', { level: 2, name: 'Mijn gezinnen' })).toBeVisible();
    await expect(householdRow(page, 'HH-2026-0004')).toContainText('Onthaalgroep Mechelen');
    await expect(householdRow(page, 'HH-2027-0005')).toContainText('Onthaalgroep Mechelen');
    await expect(page.getByTestId('household-row')).toHaveCount(2);
    for (const other of ['Gent Samen', 'Liège Accueil', 'HH-2023-0001', 'HH-2025-0006']) {
      await expect(page.getByText(other)).toHaveCount(0);
    }
    await expect(page.getByRole('columnheader', { name: 'Financiering' })).toHaveCount(0);
    await expect(page.getByText('€')).toHaveCount(0);
    await expect(mainNav(page).getByRole('link')).toHaveText(['Start', /^Berichten/, 'Overleg']);

    await householdRow(page, 'HH-2026-0004').getByRole('link', { name: 'HH-2026-0004' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0004' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Hassan Noori/ })).toBeVisible();
    const needs = page.getByRole('region', { name: 'Specifieke noden' });
    await expect(needs.getByRole('note')).toHaveText('Er zijn specifieke noden om rekening mee te houden; vraag het aan je coördinator.');
    await expect(page.getByText('(Ex-)niet-begeleide minderjarige')).toHaveCount(0);
    await expect(page.getByText(/guardian/i)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Financiering' })).toHaveCount(0);
    await expect(page.getByTestId('funding-total')).toHaveCount(0);
    // Volunteers record the housing, so they see its monthly rent: the only amount on the page.
    const housing = page.getByRole('region', { name: 'Huisvesting' });
    await expect(detail(housing, 'Maandelijkse huur')).toHaveText('€ 610,00');
    await expect(housing.getByText('€')).toHaveCount(1);
    await expect(page.getByText('€')).toHaveCount(1);

    // Their partnership's page: the households, no funding.
    await page.getByRole('link', { name: 'Terug naar Onthaalgroep Mechelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Onthaalgroep Mechelen' })).toBeVisible();
    await expect(householdRow(page, 'HH-2026-0004')).toBeVisible();
    await expect(page.getByText('Totale financiering')).toHaveCount(0);
    await expect(page.getByTestId('funding-total')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Een gezin registreren' })).toHaveCount(0);

    // The need itself, its note and the money never reached the browser.
    expect(answers.length).toBeGreaterThan(0);
    for (const body of answers) {
      expect(body).not.toContain('UNACCOMPANIED_MINOR');
      expect(body).not.toMatch(/guardian/i);
      // No funding figure at all (the rent, "monthlyRentCents", is allowed).
      expect(body).not.toMatch(/"(totalCents|fundingTotalCents|amountCents|unitCents|baseCents|secondYearCents|fundingCommittedCents)":\s*\d/);
      expect(body).not.toMatch(/"funding":\s*\{/);
    }
  });
});
