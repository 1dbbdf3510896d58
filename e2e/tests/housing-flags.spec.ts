// Journeys: what the housing of a household flags for the contact person.
// - A lease that does not cover the first year from arrival shows a warning (demo HH-2026-0003:
//   arrived 2026-06-10, lease until 2027-02-28).
// - A household in the last three months of its guidance without a search for its next home is
//   flagged on the board and on its page, until the search starts. The household is this
//   journey's own, with dates counted from today: it arrived ten months ago, so its year of
//   guidance ends in two months, and its lease ended nine months after arrival.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import {
  ACCOUNTS,
  addDays,
  addMonths,
  apiSession,
  createPartnership,
  demoDate,
  detail,
  graphql,
  mainNav,
  recordArrival,
  registerHousehold,
  signIn,
  todayInBrussels,
  uniqueSuffix,
} from './support/hub';

const LEASE_TOO_SHORT = 'Huurcontract te kort';
const SEARCH_NOT_STARTED = 'Zoektocht naar volgende woning niet gestart';

function boardRow(page: Page, reference: string) {
  return page.getByTestId('board-row').filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
}

function householdRow(page: Page, reference: string) {
  return page.getByTestId('household-row').filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
}

/** The badges of what needs attention, in a scope (a board row, or the household page). */
function flags(scope: Page | Locator) {
  return scope.getByRole('list', { name: 'Vraagt aandacht' });
}

test('a lease shorter than a year from arrival shows a warning to the contact person', async ({ page }) => {
  await signIn(page, ACCOUNTS.contact);
  await page.getByTestId('partnership-row').getByRole('link', { name: 'Gent Samen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gent Samen' })).toBeVisible();
  await householdRow(page, 'HH-2026-0003').getByRole('link', { name: 'HH-2026-0003', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0003' })).toBeVisible();

  const housing = page.getByRole('region', { name: 'Huisvesting' });
  await expect(housing.getByTestId('lease-warning')).toHaveText('⚠ Het huurcontract dekt geen 12 maanden vanaf de aankomst.');
  await expect(detail(housing, 'Adres')).toHaveText('Sint-Pietersnieuwstraat 40, 9000 Gent');
  await expect(detail(housing, 'Einde van het huurcontract').locator('time')).toHaveAttribute('datetime', demoDate('2027-02-28'));
  await expect(detail(page.getByRole('region', { name: 'Gegevens' }), 'Datum van aankomst').locator('time')).toHaveAttribute('datetime', demoDate('2026-06-10'));

  // A lease that covers the year: no warning (demo HH-2026-0004, lease until 2029).
  await mainNav(page).getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByTestId('partnership-row').getByRole('link', { name: 'Onthaalgroep Mechelen', exact: true }).click();
  await householdRow(page, 'HH-2026-0004').getByRole('link', { name: 'HH-2026-0004', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin HH-2026-0004' })).toBeVisible();
  await expect(detail(page.getByRole('region', { name: 'Huisvesting' }), 'Adres')).toHaveText('Bruul 12, 2800 Mechelen');
  await expect(page.getByTestId('lease-warning')).toHaveCount(0);
});

test.describe('the next-home search', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  let reference: string;
  let otherReference: string;
  const today = todayInBrussels();
  const arrival = addMonths(today, -10);
  const guidanceEnd = addDays(addMonths(arrival, 12), -1);
  // The programme's default: the search is due three months before guidance ends.
  const searchDueFrom = addMonths(guidanceEnd, -3);
  const partnershipName = `Thuis in Lier ${uniqueSuffix()}`;

  /** A household of this journey's partnership, arrived ten months ago, with a nine-month lease; answers its reference. */
  async function householdInItsLastMonths(partnershipId: string, lastName: string, street: string): Promise<string> {
    const household = await registerHousehold(contact, partnershipId, {
      arrivalRoute: 'AFTER_RECEPTION',
      plannedArrivalDate: arrival,
      members: [
        ['Layla', lastName, 1992, 'HEAD'],
        ['Ali', lastName, 1990, 'SPOUSE'],
      ],
    });
    await recordArrival(contact, household.id, arrival);
    await graphql(contact, 'mutation ($id: ID!, $input: HousingInput!) { updateHousing(householdId: $id, input: $input) { id } }', {
      id: household.id,
      input: { street, postalCode: '2500', city: 'Lier', leaseStart: arrival, leaseEnd: addMonths(arrival, 9), monthlyRentCents: 68_000, landlordKind: 'PRIVATE', movedInOn: arrival },
    });
    return household.reference;
  }

  test.beforeAll(async ({ baseURL }) => {
    expect(searchDueFrom <= today && today <= guidanceEnd, 'today is in the last three months of guidance').toBe(true);
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    const partnershipId = await createPartnership(admin, partnershipName, ACCOUNTS.contact);
    reference = await householdInItsLastMonths(partnershipId, 'Hamdan', 'Kerkstraat 7');
    otherReference = await householdInItsLastMonths(partnershipId, 'Yilmaz', 'Kerkstraat 9');
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  test('is flagged on the board and the household page in the last three months of guidance, until it starts', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await mainNav(page).getByRole('link', { name: 'Opvolgbord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
    const row = boardRow(page, reference);
    await expect(row).toContainText(partnershipName);
    await expect(flags(row).getByRole('listitem').filter({ hasText: SEARCH_NOT_STARTED })).toBeVisible();
    await expect(flags(row).getByRole('listitem').filter({ hasText: LEASE_TOO_SHORT })).toBeVisible();

    // Only the households with that flag.
    await page.getByLabel('Aandachtspunt').selectOption({ label: SEARCH_NOT_STARTED });
    await expect(page).toHaveURL(/[?&]flag=NEXT_HOME_SEARCH_NOT_STARTED\b/);
    await expect(row).toBeVisible();
    await expect(page.getByTestId('board-row').filter({ hasNot: page.getByText(SEARCH_NOT_STARTED, { exact: true }) })).toHaveCount(0);
    await expect(boardRow(page, otherReference)).toBeVisible();

    // --- The household page: the flags, the warning and when the search was due. ---
    await row.getByRole('link', { name: reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Gezin ${reference}` })).toBeVisible();
    const pageFlags = flags(page);
    await expect(pageFlags.getByRole('listitem').filter({ hasText: SEARCH_NOT_STARTED })).toBeVisible();
    await expect(pageFlags.getByRole('listitem').filter({ hasText: LEASE_TOO_SHORT })).toBeVisible();
    await expect(detail(page.getByRole('region', { name: 'Gegevens' }), 'Einde van de begeleiding').locator('time')).toHaveAttribute('datetime', guidanceEnd);
    const housing = page.getByRole('region', { name: 'Huisvesting' });
    await expect(housing.getByTestId('lease-warning')).toBeVisible();
    await expect(housing.getByText('De zoektocht naar de volgende woning moet starten: begin er nu aan.')).toBeVisible();
    await expect(detail(housing, 'Zoeken vanaf').locator('time')).toHaveAttribute('datetime', searchDueFrom);
    await expect(detail(housing, 'Zoektocht gestart op')).toHaveText('Nog niet');
    await expectNoSeriousA11yViolations(page, 'a household page with flags (contact person)');

    // --- The contact person records that the search started today. ---
    await housing.getByRole('button', { name: 'Start van de zoektocht registreren' }).click();
    const form = housing.getByRole('form', { name: 'Start van de zoektocht registreren' });
    await expect(form.getByLabel('Datum')).toHaveValue(today);
    await expectNoSeriousA11yViolations(page, 'a household page, next-home search form open (contact person)');
    await form.getByRole('button', { name: 'Opslaan' }).click();

    await expect(detail(housing, 'Zoektocht gestart op').locator('time')).toHaveAttribute('datetime', today);
    await expect(housing.getByText('De zoektocht naar de volgende woning moet starten: begin er nu aan.')).toHaveCount(0);
    await expect(housing.getByRole('button', { name: 'Start van de zoektocht registreren' })).toHaveCount(0);
    await expect(pageFlags.getByRole('listitem').filter({ hasText: LEASE_TOO_SHORT })).toBeVisible();
    await expect(pageFlags.getByRole('listitem').filter({ hasText: SEARCH_NOT_STARTED })).toHaveCount(0);
    const started = page.getByTestId('timeline').getByRole('listitem').filter({ hasText: 'Zoektocht naar de volgende woning gestart' });
    await expect(started).toContainText(`door ${ACCOUNTS.contact.name}`);

    // --- The board: the household no longer needs this. ---
    await mainNav(page).getByRole('link', { name: 'Opvolgbord', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
    await expect(page.getByLabel('Aandachtspunt')).toHaveValue('');
    await expect(flags(row).getByRole('listitem').filter({ hasText: LEASE_TOO_SHORT })).toBeVisible();
    await expect(flags(row).getByRole('listitem').filter({ hasText: SEARCH_NOT_STARTED })).toHaveCount(0);
    // The board's address with that flag: the household is not on it.
    await page.goto('/board?flag=NEXT_HOME_SEARCH_NOT_STARTED');
    await expect(page.getByLabel('Aandachtspunt')).toHaveValue('NEXT_HOME_SEARCH_NOT_STARTED');
    await expect(boardRow(page, otherReference)).toBeVisible();
    await expect(row).toHaveCount(0);
  });

  test('going back to the filtered board after starting the search no longer lists the household', async ({ page }) => {
    // The board asks the server again when it comes back (cache-and-network): a change made on the
    // household page while the board was closed does not linger.
    await signIn(page, ACCOUNTS.contact);
    await page.goto('/board?flag=NEXT_HOME_SEARCH_NOT_STARTED');
    const row = boardRow(page, otherReference);
    await row.getByRole('link', { name: otherReference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Gezin ${otherReference}` })).toBeVisible();
    const housing = page.getByRole('region', { name: 'Huisvesting' });
    await housing.getByRole('button', { name: 'Start van de zoektocht registreren' }).click();
    await housing.getByRole('form', { name: 'Start van de zoektocht registreren' }).getByRole('button', { name: 'Opslaan' }).click();
    await expect(flags(page).getByRole('listitem').filter({ hasText: SEARCH_NOT_STARTED })).toHaveCount(0);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
    await expect(page.getByLabel('Aandachtspunt')).toHaveValue('NEXT_HOME_SEARCH_NOT_STARTED');
    await expect(row).toHaveCount(0, { timeout: 5_000 });
  });
});
