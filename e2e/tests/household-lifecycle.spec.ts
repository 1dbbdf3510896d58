// Journey: the household lifecycle beyond the happy path (issue 18). On two partnerships of its
// own (contact@ is the contact person of both):
// - a baby born after a direct arrival is added as "born" with its day: EUR 3,000 more, no
//   direct-arrival amount (3 x 3,000 + 2,000 + 2 x 500 = 12,000 -> 15,000);
// - the contact person ends the guidance of an extended family early (moved out in the first
//   year): the second year falls away (13,800 -> 12,000), the plan is closed, the summary and
//   the timeline show it;
// - another household is transferred to the second partnership, with its history.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, createPartnership, graphql, recordArrival, registerHousehold, signIn, todayInBrussels, uniqueSuffix } from './support/hub';

/** A date as the Dutch interface writes it ("7 december 2026"). */
function nlDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-BE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
}

test.describe('household lifecycle', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  const suffix = uniqueSuffix();
  const sending = `Welkom in Lier ${suffix}`;
  const receiving = `Welkom in Duffel ${suffix}`;
  let sendingId: string;
  let withBaby: { id: string; reference: string };
  let movingOut: { id: string; reference: string };
  let transferred: { id: string; reference: string };
  const today = todayInBrussels();

  test.beforeAll(async ({ baseURL }) => {
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    sendingId = await createPartnership(admin, sending, ACCOUNTS.contact);
    await createPartnership(admin, receiving, ACCOUNTS.contact);
    const family = (last: string) =>
      [
        ['Rania', last, 1984, 'HEAD'],
        ['Karim', last, 1981, 'SPOUSE'],
        ['Yara', last, 2011, 'CHILD'],
      ] as const;
    withBaby = await registerHousehold(contact, sendingId, { arrivalRoute: 'DIRECT', plannedArrivalDate: today, members: family('Saleh').map((m) => [...m]) as never });
    await recordArrival(contact, withBaby.id, today);
    movingOut = await registerHousehold(contact, sendingId, { arrivalRoute: 'DIRECT', plannedArrivalDate: today, members: family('Haddad').map((m) => [...m]) as never });
    await recordArrival(contact, movingOut.id, today);
    await graphql(contact, 'mutation ($id: ID!) { extendGuidance(id: $id) { id } }', { id: movingOut.id });
    transferred = await registerHousehold(contact, sendingId, { arrivalRoute: 'AFTER_RECEPTION', plannedArrivalDate: today, members: [['Dawit', 'Bekele', 1997, 'HEAD']] });
    await recordArrival(contact, transferred.id, today);
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  test('a baby born after a direct arrival brings the base amount from its birth, without the direct-arrival amount', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/households/${withBaby.id}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(withBaby.reference) })).toBeVisible();
    await expect(page.getByTestId('funding-total')).toHaveText('€ 12.000,00');

    await page.getByRole('button', { name: 'Gezin en gezinsleden bewerken' }).click();
    await page.getByRole('button', { name: 'Een gezinslid toevoegen' }).click();
    const baby = page.locator('fieldset.member-row').last();
    await baby.getByLabel('Voornaam').fill('Noor');
    await baby.getByLabel('Achternaam').fill('Saleh');
    await baby.getByLabel('Geboortejaar').fill(today.slice(0, 4));
    await expect(baby.getByLabel('Hoe bijgekomen')).toHaveValue('BORN');
    await expect(baby.getByLabel('Bijgekomen op')).toHaveValue(today);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByTestId('funding-total')).toHaveText('€ 15.000,00');
    const members = page.getByRole('region', { name: 'Gezinsleden' });
    await expect(members.getByText(`Geboren na de aankomst op ${nlDate(today)}`)).toBeVisible();
    await expect(page.getByTestId('timeline')).toContainText(`Noor kwam bij (Geboren na de aankomst): ${nlDate(today)}`);
  });

  test('the contact person ends guidance early: the second year falls away, the plan is closed, the timeline shows it', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/households/${movingOut.id}`);
    await expect(page.getByTestId('funding-total')).toHaveText('€ 13.800,00');

    await page.getByRole('button', { name: 'Begeleiding vroegtijdig beëindigen' }).click();
    const form = page.locator('form[aria-labelledby="end-guidance-title"]');
    await expect(form.getByLabel('Reden')).toHaveValue('MOVED_OUT');
    await expect(form.getByLabel('Laatste dag van de begeleiding')).toHaveValue(today);
    await form.getByLabel('Wat er gebeurde').fill('Verhuisd naar familie in Antwerpen');
    await expectNoSeriousA11yViolations(page, 'the end-guidance form');
    await form.getByRole('button', { name: 'Begeleiding beëindigen' }).click();

    await expect(page.getByTestId('ended-early')).toContainText(`Verhuisd uit de regio op ${nlDate(today)}`);
    await expect(page.getByTestId('funding-total')).toHaveText('€ 12.000,00');
    await expect(page.getByTestId('timeline')).toContainText(`Begeleiding vroegtijdig beëindigd (Verhuisd uit de regio): ${nlDate(today)} · Verhuisd naar familie in Antwerpen`);
    // No more early end, nor extension, to offer.
    await expect(page.getByRole('button', { name: 'Begeleiding vroegtijdig beëindigen' })).toHaveCount(0);
    // The plan is closed: no step is still to do.
    const open = await graphql<{ household: { plan: { status: string }[] } }>(contact, 'query ($id: ID!) { household(id: $id) { plan { status } } }', { id: movingOut.id });
    expect(open.household.plan.length).toBeGreaterThan(0);
    expect(open.household.plan.every((s) => s.status === 'NOT_APPLICABLE' || s.status === 'DONE')).toBe(true);
  });

  test('a household transferred to another partnership goes there with its history', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/households/${transferred.id}`);
    await page.getByRole('button', { name: 'Begeleiding vroegtijdig beëindigen' }).click();
    const form = page.locator('form[aria-labelledby="end-guidance-title"]');
    await form.getByLabel('Reden').selectOption('TRANSFERRED_PARTNERSHIP');
    await form.getByLabel('Ontvangend partnerschap').selectOption({ label: receiving });
    await form.getByRole('button', { name: 'Gezin overdragen' }).click();

    await expect(page.getByRole('status').filter({ hasText: `Het gezin werd overgedragen aan ${receiving}.` })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(receiving) })).toBeVisible();
    await expect(page.getByTestId('timeline')).toContainText(`Overgedragen van ${sending} aan ${receiving}: ${nlDate(today)}`);
    await expect(page.getByTestId('timeline')).toContainText('Aankomst geregistreerd');
    await expect(page.getByTestId('funding-total')).toHaveText('€ 3.000,00');
  });
});
