// Journey: the funding statement of a partnership, on screen and as CSV, with the same figures.
// A new partnership (the admin creates it; contact@ is its contact person) receives a family of
// five directly on arrival, whose guidance the contact person extends to two years
// (EUR 15,000 base + 3,000 second year + 2,000 head + 4 x 500 members = 22,000), and a single
// person who came after a stay in the reception network, for one year (EUR 3,000). Total 25,000.
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, createPartnership, graphql, recordArrival, registerHousehold, signIn, todayInBrussels, uniqueSuffix } from './support/hub';

/** The cells of a CSV line as the hub writes it: every cell quoted, separated by semicolons. */
function csvCells(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

test.describe('funding statement', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  let partnershipId: string;
  let family: string;
  let single: string;
  const partnershipName = `Welkom in Geel ${uniqueSuffix()}`;

  test.beforeAll(async ({ baseURL }) => {
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    partnershipId = await createPartnership(admin, partnershipName, ACCOUNTS.contact);
    const today = todayInBrussels();

    // A family of five received directly on arrival; arrived today, guidance extended to two years.
    const saleh = await registerHousehold(contact, partnershipId, {
      arrivalRoute: 'DIRECT',
      plannedArrivalDate: today,
      members: [
        ['Rania', 'Saleh', 1984, 'HEAD'],
        ['Karim', 'Saleh', 1981, 'SPOUSE'],
        ['Yara', 'Saleh', 2011, 'CHILD'],
        ['Adam', 'Saleh', 2015, 'CHILD'],
        ['Noor', 'Saleh', 2020, 'CHILD'],
      ],
    });
    await recordArrival(contact, saleh.id, today);
    await graphql(contact, 'mutation ($id: ID!) { extendGuidance(id: $id) { id guidanceExtended } }', { id: saleh.id });
    family = saleh.reference;

    // A single person after a reception stay, for one year.
    const bekele = await registerHousehold(contact, partnershipId, {
      arrivalRoute: 'AFTER_RECEPTION',
      plannedArrivalDate: today,
      members: [['Dawit', 'Bekele', 1997, 'HEAD']],
    });
    await recordArrival(contact, bekele.id, today);
    single = bekele.reference;
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  test('the contact person sees the statement and downloads the same figures as CSV', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.getByTestId('partnership-row').getByRole('link', { name: partnershipName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(page.getByTestId('funding-total')).toHaveText('€ 25.000,00');
    await page.getByRole('region', { name: 'Financieringsoverzicht' }).getByRole('link', { name: 'Het financieringsoverzicht bekijken' }).click();

    // --- On screen. ---
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnershipId}/funding$`));
    await expect(page.getByRole('heading', { level: 1, name: `Financieringsoverzicht: ${partnershipName}` })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`Financieringsoverzicht: ${partnershipName}`));
    const rows = page.getByTestId('statement-row');
    await expect(rows).toHaveCount(2);
    const row = (reference: string) => rows.filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
    // Head, persons, base, second year, direct arrival (head), direct arrival (members), total.
    await expect(row(family).getByRole('cell')).toHaveText(['Rania Saleh', '5', '€ 15.000,00', '€ 3.000,00', '€ 2.000,00', '€ 2.000,00', '€ 22.000,00']);
    await expect(row(single).getByRole('cell')).toHaveText(['Dawit Bekele', '1', '€ 3.000,00', '€ 0,00', '€ 0,00', '€ 0,00', '€ 3.000,00']);
    const totals = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Totaal', exact: true }) });
    await expect(totals.getByRole('cell')).toHaveText(['6', '€ 18.000,00', '€ 3.000,00', '€ 2.000,00', '€ 2.000,00', '€ 25.000,00']);
    await expect(page.getByTestId('statement-total')).toHaveText('€ 25.000,00');
    await expectNoSeriousA11yViolations(page, 'the funding statement (contact person)');

    // --- The CSV download: amounts written as the viewer's language writes them (nl: 15.000,00). ---
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV downloaden' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^funding-welkom-in-geel-[a-z0-9]+\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0), 'a byte order mark, for spreadsheet apps').toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean).map(csvCells);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual([
      'Dossier',
      'Gezinshoofd',
      'Personen',
      'Aankomstroute',
      'Tweede jaar',
      'Basis (EUR)',
      'Tweede jaar (EUR)',
      'Rechtstreeks: gezinshoofd (EUR)',
      'Rechtstreeks: gezinsleden (EUR)',
      'Totaal (EUR)',
    ]);
    const line = (reference: string) => lines.find((cells) => cells[0] === reference);
    expect(line(family)).toEqual([family, 'Rania Saleh', '5', 'rechtstreeks', 'ja', '15.000,00', '3.000,00', '2.000,00', '2.000,00', '22.000,00']);
    expect(line(single)).toEqual([single, 'Dawit Bekele', '1', 'na opvang', 'nee', '3.000,00', '0,00', '0,00', '0,00', '3.000,00']);
    expect(lines.at(-1)).toEqual(['Totaal', '', '6', '', '', '18.000,00', '3.000,00', '2.000,00', '2.000,00', '25.000,00']);
  });
});
