// Journeys: switching the interface to French (kept after a reload: saved on the account), and
// accessibility (axe-core: no serious or critical violation) on the pages each role visits,
// including a volunteer's home on a phone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, graphql, mainNav, signIn, uniqueSuffix, type Account } from './support/hub';

function languageSelect(page: Page, label: 'Taal' | 'Langue' | 'Language') {
  return page.getByRole('combobox', { name: label, exact: true });
}

function householdLink(page: Page, reference: string) {
  return page.getByTestId('household-row').getByRole('link', { name: reference, exact: true });
}

test.describe('language', () => {
  test('a visitor switches the sign-in page to French and the choice stays in this browser', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

    await languageSelect(page, 'Taal').selectOption({ label: 'Français' });
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await expect(page.getByLabel('Adresse e-mail')).toBeVisible();
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await expect(languageSelect(page, 'Langue')).toHaveValue('fr');
    await expectNoSeriousA11yViolations(page, 'the sign-in page in French');
  });

  test('a signed-in person switches to French; the choice is saved on their account', async ({ page, browser, baseURL }) => {
    // A person of this journey's own, so that no other journey meets a French interface.
    const suffix = uniqueSuffix();
    const person: Account = { email: `taal.${suffix}@partnerhub.example`, name: `Ilse Wuyts ${suffix}`, password: `een lang wachtwoord ${suffix}` };
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    try {
      await graphql(admin, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
        input: { email: person.email, name: person.name, role: 'CONTACT_PERSON', language: 'nl' },
      });
      const { outbox } = await graphql<{ outbox: { to: string; body: string }[] }>(admin, 'query { outbox { to body } }');
      const body = outbox.find((m) => m.to === person.email)?.body ?? '';
      const link = /http:\/\/\S+\/invitation\/\S+/.exec(body)?.[0];
      expect(link, 'the invitation link in the outbox').toBeDefined();

      // The invitation page, then the person's home, in Dutch.
      await page.goto(link!);
      await expect(page.getByRole('heading', { level: 1, name: 'Je uitnodiging aanvaarden' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the invitation page');
      await page.getByLabel('Kies een wachtwoord').fill(person.password);
      await page.getByLabel('Herhaal het wachtwoord').fill(person.password);
      await page.getByRole('button', { name: 'Aanvaarden en aanmelden' }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` })).toBeVisible();
      await expect(mainNav(page).getByRole('link')).toHaveText(['Start', /^Berichten/, 'Opvolgbord', 'Overleg', 'Mensen uitnodigen']);

      // Français.
      const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ChangeLanguage'));
      await languageSelect(page, 'Taal').selectOption({ label: 'Français' });
      await expect(page.getByRole('heading', { level: 1, name: `Bienvenue, ${person.name}` })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveText(['Accueil', /^Messages/, 'Tableau de suivi', 'Réunions', 'Inviter des personnes']);
      await expect(page.getByRole('heading', { level: 2, name: 'Mes partenariats' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page).toHaveTitle(/Accueil/);
      expect((await saved).ok()).toBe(true);
      await expectNoSeriousA11yViolations(page, 'a home page in French');

      // Kept after a reload: it comes from the account, not from this page.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: `Bienvenue, ${person.name}` })).toBeVisible();
      await expect(languageSelect(page, 'Langue')).toHaveValue('fr');
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Inviter des personnes' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Inviter des personnes' })).toBeVisible();

      // And in another browser: French once signed in.
      const elsewhere = await browser.newContext();
      try {
        const other = await elsewhere.newPage();
        await signIn(other, person, (name) => `Bienvenue, ${name}`);
        await expect(languageSelect(other, 'Langue')).toHaveValue('fr');
        await expect(other.getByRole('link', { name: 'Accueil', exact: true })).toBeVisible();
      } finally {
        await elsewhere.close();
      }
    } finally {
      await admin.dispose();
    }
  });
});

test.describe('accessibility: no serious or critical violations', () => {
  test('sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the sign-in page');
  });

  test('an admin: home, partnership, household and the admin pages', async ({ page }) => {
    // The demo's year gives the admin pages (users, partnerships, board) hundreds of rows to scan.
    test.slow();
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByTestId('quota-progress')).toBeVisible();
    await expect(page.getByTestId('partnership-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the admin's home");

    await page.getByRole('link', { name: 'Gent Samen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gent Samen' })).toBeVisible();
    await page.getByRole('button', { name: 'Contactpersoon aanduiden' }).click();
    await expect(page.getByLabel('Contactpersoon', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Een partnerorganisatie toevoegen' }).click();
    await expect(page.getByLabel('Organisatie', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a partnership page (admin, forms open)');

    await householdLink(page, 'HH-2023-0001').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2023-0001' })).toBeVisible();
    await expect(page.getByText('Complexe medische noden')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a household page (admin)');

    const adminPages: [string, string][] = [
      ['Overleg', 'Overleg'],
      ['Partnerschappen', 'Partnerschappen'],
      ['Organisaties', 'Organisaties'],
      ['Gebruikers', 'Gebruikers'],
      ['Mensen uitnodigen', 'Mensen uitnodigen'],
      ['Toegangslogboek', 'Toegangslogboek'],
      ['Verzonden berichten', 'Verzonden berichten'],
    ];
    for (const [link, heading] of adminPages) {
      await mainNav(page).getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the admin page ${heading}`);
    }
  });

  test('a contact person: home, partnership with the registration form, household and invite page', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await expect(page.getByTestId('partnership-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the contact person's home");

    await page.getByRole('link', { name: 'Onthaalgroep Mechelen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Onthaalgroep Mechelen' })).toBeVisible();
    await page.getByRole('button', { name: 'Een gezin registreren' }).click();
    await expect(page.getByRole('form', { name: 'Een gezin registreren' })).toBeVisible();
    await page.getByRole('button', { name: 'Partnerschap bewerken' }).click();
    await expectNoSeriousA11yViolations(page, 'a partnership page (contact person, forms open)');

    await householdLink(page, 'HH-2026-0004').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0004' })).toBeVisible();
    await page.getByRole('button', { name: 'Gezin en gezinsleden bewerken' }).click();
    await expectNoSeriousA11yViolations(page, 'a household page (contact person, editing)');

    await mainNav(page).getByRole('link', { name: 'Mensen uitnodigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mensen uitnodigen' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Mensen uitnodigen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the invite page (contact person)');
  });

  test('a coordinator: home, household and invite page', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator);
    await expect(page.getByTestId('household-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the coordinator's home");

    await householdLink(page, 'HH-2027-0005').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2027-0005' })).toBeVisible();
    await page.getByRole('button', { name: 'Aankomst registreren' }).click();
    await expect(page.getByRole('form', { name: 'Aankomst registreren' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a household page (coordinator, arrival form open)');

    await mainNav(page).getByRole('link', { name: 'Mensen uitnodigen' }).click();
    await expect(page.getByRole('form', { name: 'Mensen uitnodigen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the invite page (coordinator)');
  });

  test('a volunteer: home and a household page', async ({ page }) => {
    await signIn(page, ACCOUNTS.volunteer);
    await expect(page.getByTestId('household-row')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, "the volunteer's home");

    await householdLink(page, 'HH-2026-0004').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0004' })).toBeVisible();
    await expect(page.getByRole('note')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a household page (volunteer)');
  });

  test('an admin: programme dashboard, board and plan templates', async ({ page }) => {
    // The demo's year puts about 150 households on the admin's board: a long page to scan.
    test.slow();
    await signIn(page, ACCOUNTS.admin);
    const tools = page.getByRole('region', { name: 'Opvolging van het programma' });
    await tools.getByRole('link', { name: 'Dashboard van het programma openen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard van het programma' })).toBeVisible();
    await expect(page.getByTestId('funding-committed')).toHaveText(/^€ \d/);
    await expect(page.getByRole('heading', { level: 2, name: 'Capaciteit per partnerschap' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the programme dashboard (admin)');

    await mainNav(page).getByRole('link', { name: 'Opvolgbord', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
    await expect(page.getByTestId('board-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the board (admin)');

    await mainNav(page).getByRole('link', { name: 'Start', exact: true }).click();
    await tools.getByRole('link', { name: 'Plansjablonen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plansjablonen' })).toBeVisible();
    await expect(page.getByTestId('template-row').first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Een stap toevoegen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the plan templates (admin)');
    await page.getByRole('button', { name: 'Bankrekening geopend bewerken' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'De stap Bankrekening geopend bewerken' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'the plan templates, editing a step (admin)');
  });

  test('a contact person: programme dashboard, board, funding statement and a household plan', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await expect(page.getByTestId('board-summary')).toBeVisible();
    await page.getByRole('link', { name: 'Dashboard van het programma openen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard van het programma' })).toBeVisible();
    await expect(page.getByTestId('funding-committed')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the programme dashboard (contact person)');

    await mainNav(page).getByRole('link', { name: 'Opvolgbord', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
    await expect(page.getByTestId('board-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the board (contact person)');

    await mainNav(page).getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: 'Gent Samen', exact: true }).click();
    await page.getByRole('link', { name: 'Het financieringsoverzicht bekijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Financieringsoverzicht: Gent Samen' })).toBeVisible();
    await expect(page.getByTestId('statement-total')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a funding statement (contact person)');

    await page.getByTestId('statement-row').getByRole('link', { name: 'HH-2026-0003', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0003' })).toBeVisible();
    await expect(page.getByTestId('plan-step').first()).toBeVisible();
    await expect(page.getByTestId('lease-warning')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a household page with its plan (contact person)');
    await page.getByRole('button', { name: 'Stap wijzigen: Taalcursus' }).click();
    await expect(page.getByRole('form', { name: 'Stap wijzigen: Taalcursus' })).toBeVisible();
    await page.getByRole('button', { name: 'Huisvesting bewerken' }).click();
    await expect(page.getByRole('form', { name: 'Huisvesting bewerken' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a household page, step and housing forms open (contact person)');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test("a volunteer's home fits the screen and its menu works", async ({ page }) => {
      await signIn(page, ACCOUNTS.volunteer);
      const rows = page.getByTestId('household-row');
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toBeInViewport();
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoSeriousA11yViolations(page, "the volunteer's home on a phone");

      // The navigation folds into a menu button.
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNav(page)).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(mainNav(page).getByRole('link', { name: 'Start' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, "the volunteer's home on a phone, menu open");

      await householdLink(page, 'HH-2027-0005').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2027-0005' })).toBeVisible();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
});
