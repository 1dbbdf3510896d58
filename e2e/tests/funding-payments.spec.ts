// Journey: a year's funding statement goes from draft to approved by the contact person, is paid
// in an instalment, and the partner's coordinator follows its status (read-only).
// A new partnership (contact@ its contact person, coordinator@'s Samen Thuis vzw a member) receives
// this year a single person directly on arrival (EUR 3,000 + 2,000 = 5,000) and a family of three
// after a stay in the reception network (3 x 3,000 = 9,000): EUR 14,000 for the year.
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, createPartnership, graphql, mainNav, recordArrival, registerHousehold, signIn, todayInBrussels, uniqueSuffix } from './support/hub';

test.describe('funding statement approval and payments', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  let partnershipId: string;
  const partnershipName = `Welkom in Lier ${uniqueSuffix()}`;
  const year = todayInBrussels().slice(0, 4);

  test.beforeAll(async ({ baseURL }) => {
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    partnershipId = await createPartnership(admin, partnershipName, ACCOUNTS.contact);
    const { organisations } = await graphql<{ organisations: { id: string; name: string }[] }>(admin, 'query { organisations { id name } }');
    const samenThuis = organisations.find((o) => o.name === 'Samen Thuis vzw');
    expect(samenThuis).toBeDefined();
    await graphql(admin, 'mutation ($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }', { p: partnershipId, o: samenThuis!.id });
    const today = todayInBrussels();
    const single = await registerHousehold(contact, partnershipId, { arrivalRoute: 'DIRECT', plannedArrivalDate: today, members: [['Samir', 'Osman', 1993, 'HEAD']] });
    await recordArrival(contact, single.id, today);
    const family = await registerHousehold(contact, partnershipId, {
      arrivalRoute: 'AFTER_RECEPTION',
      plannedArrivalDate: today,
      members: [
        ['Hawa', 'Diallo', 1988, 'HEAD'],
        ['Issa', 'Diallo', 2012, 'CHILD'],
        ['Mariam', 'Diallo', 2016, 'CHILD'],
      ],
    });
    await recordArrival(contact, family.id, today);
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  test('the contact person approves the statement and records an instalment', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/partnerships/${partnershipId}/funding`);
    await page.getByRole('link', { name: 'Goedkeuring en betalingen' }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnershipId}/payments$`));
    await expect(page.getByRole('heading', { level: 1, name: `Goedkeuring en betalingen ${year}: ${partnershipName}` })).toBeVisible();
    await expect(page.getByTestId('statement-status')).toHaveText('Ontwerp');
    await expect(page.getByTestId('current-total')).toHaveText('€ 14.000,00');
    await expect(page.getByTestId('period-line')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, 'the payments page (draft, contact person)');

    // Approve: the figures are frozen.
    await page.getByRole('button', { name: 'Overzicht goedkeuren' }).click();
    await expect(page.getByText(`€ 14.000,00 goedkeuren voor ${year}?`)).toBeVisible();
    await page.getByRole('button', { name: 'Ja, goedkeuren' }).click();
    await expect(page.getByText('Het overzicht is goedgekeurd.')).toBeVisible();
    await expect(page.getByTestId('statement-status')).toHaveText('Goedgekeurd');
    await expect(page.getByTestId('approved-total')).toHaveText('€ 14.000,00');
    await expect(page.getByTestId('balance')).toHaveText('€ 14.000,00');

    // An instalment over the approved total is refused with a translated message; nothing is recorded.
    const form = page.getByRole('form', { name: 'Betaling registreren' });
    await form.getByLabel('Bedrag (EUR)').fill('14.000,01');
    await form.getByRole('button', { name: 'Betaling registreren' }).click();
    await expect(form.getByRole('alert')).toHaveText('Deze betaling zou het goedgekeurde totaal overschrijden. Kijk na wat er nog te betalen blijft.');
    await expect(page.getByTestId('paid-total')).toHaveText('€ 0,00');

    // A first instalment of EUR 6,000.
    await form.getByLabel('Bedrag (EUR)').fill('6000');
    await form.getByLabel('Opmerking (bv. referentie van de overschrijving)').fill('Schijf 1');
    await form.getByRole('button', { name: 'Betaling registreren' }).click();
    await expect(page.getByText('De betaling is geregistreerd.')).toBeVisible();
    await expect(page.getByTestId('statement-status')).toHaveText('Deels betaald');
    await expect(page.getByTestId('paid-total')).toHaveText('€ 6.000,00');
    await expect(page.getByTestId('balance')).toHaveText('€ 8.000,00');
    await expect(page.getByTestId('payment-row')).toHaveCount(1);
    await expect(page.getByTestId('payment-row').getByRole('cell').first()).toHaveText('€ 6.000,00');
    await expect(page.getByTestId('statement-history').getByRole('listitem')).toHaveCount(2);
  });

  test('the coordinator sees the status and the instalment, without approving or paying', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator);
    await page.goto(`/partnerships/${partnershipId}/payments`);
    await expect(page.getByRole('heading', { level: 1, name: `Goedkeuring en betalingen ${year}: ${partnershipName}` })).toBeVisible();
    await expect(page.getByTestId('statement-status')).toHaveText('Deels betaald');
    await expect(page.getByTestId('approved-total')).toHaveText('€ 14.000,00');
    await expect(page.getByTestId('paid-total')).toHaveText('€ 6.000,00');
    await expect(page.getByTestId('payment-row')).toHaveCount(1);
    await expect(page.getByText('Alleen de contactpersoon van het partnerschap bij Fedasil keurt het overzicht goed en registreert betalingen.')).toBeVisible();
    await expect(page.getByRole('button', { name: /goedkeuren/ })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Betaling registreren' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the payments page (coordinator)');
  });

  test('the contact person finds the payment in the yearly report, printable and as CSV', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/reports/yearly?year=${year}`);
    await expect(page.getByRole('heading', { level: 1, name: `Jaarrapport Hervestiging ${year}` })).toBeVisible();
    const row = page.getByTestId('report-row').filter({ has: page.getByRole('link', { name: partnershipName, exact: true }) });
    // Persons, committed, approved, paid, status.
    await expect(row.getByRole('cell').nth(1)).toHaveText('2 gezinnen, 4 personen');
    await expect(row.getByRole('cell').nth(2)).toHaveText('€ 14.000,00');
    await expect(row.getByRole('cell').nth(3)).toHaveText('€ 14.000,00');
    await expect(row.getByRole('cell').nth(4)).toHaveText('€ 6.000,00');
    await expect(row.getByRole('cell').nth(5)).toHaveText('Deels betaald');
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the yearly report (contact person)');

    // Printed: the figures without the navigation, the fields and the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(page.getByLabel('Jaar', { exact: true })).toBeHidden();
    await expect(row.getByRole('cell').nth(5)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Partnerschappen downloaden (CSV)' }).click();
    const download = await downloading;
    const csv = await readFile(await download.path(), 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith(`"${partnershipName}"`));
    expect(line).toBe(`"${partnershipName}";"Community sponsorship";"2";"4";"14.000,00";"14.000,00";"6.000,00";"Deels betaald";"0";"0";"0";"0";"0";"";"";"";""`);
  });
});
