// Journey: a contact person brings a spreadsheet of households into the hub and takes them out again.
// A new partnership (the admin creates it; contact@ is its contact person) has no households. The
// contact person imports a CSV with a row whose arrival route is unknown: the preview shows that
// row's problem in Dutch and nothing is written. With the corrected file the preview is clean; the
// import is confirmed and the three households are on the partnership page. Then the households
// are downloaded as CSV and as Excel, with the figures the page shows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, createPartnership, graphql, signIn, uniqueSuffix } from './support/hub';

const FIXTURES = path.join(import.meta.dirname, '../../server/test/fixtures/import');
const PHONE = { width: 390, height: 844 };

/** The cells of a CSV line as the hub writes it: every cell quoted, separated by semicolons. */
function csvCells(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

/** A date as the page writes it in Dutch ("15 maart 2026"), from the export's DD/MM/YYYY. */
function dutchDate(ddmmyyyy: string): string {
  const [d, m, y] = ddmmyyyy.split('/').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** What the partnership page's households table shows, row by row. */
async function screenRows(page: Page): Promise<{ reference: string; head: string; persons: string; status: string; arrival: string; funding: string }[]> {
  const rows = page.getByTestId('household-row');
  const out = [];
  for (const row of await rows.all()) {
    const [head, persons, status, arrival, funding] = await row.getByRole('cell').allInnerTexts();
    out.push({ reference: (await row.getByRole('rowheader').innerText()).trim(), head: head.trim(), persons: persons.trim(), status: status.trim(), arrival: arrival.trim(), funding: funding.trim() });
  }
  return out.sort((a, b) => a.reference.localeCompare(b.reference));
}

async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await link.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe('household import and export', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  let partnershipId: string;
  const partnershipName = `Import Lier ${uniqueSuffix()}`;

  test.beforeAll(async ({ baseURL }) => {
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    partnershipId = await createPartnership(admin, partnershipName, ACCOUNTS.contact);
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  const references = async () =>
    (
      await graphql<{ partnership: { households: { reference: string }[] } }>(contact, 'query ($id: ID!) { partnership(id: $id) { households { reference } } }', { id: partnershipId })
    ).partnership.households
      .map((h) => h.reference)
      .sort();

  test('the contact person imports a CSV (a row with an error first, then the corrected file) and downloads the households as CSV and Excel', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, ACCOUNTS.contact);
    await page.getByTestId('partnership-row').getByRole('link', { name: partnershipName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(page.getByTestId('household-row')).toHaveCount(0);

    // --- On a phone: the import page, a file with one bad row. ---
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Gezinnen importeren uit een bestand' }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnershipId}/import$`));
    await expect(page.getByRole('heading', { level: 1, name: `Gezinnen importeren: ${partnershipName}` })).toBeVisible();
    await page.getByLabel('Te importeren bestand').setInputFiles(path.join(FIXTURES, 'e2e-one-error.csv'));
    await page.getByRole('button', { name: 'Bestand nakijken' }).click();

    const preview = page.getByTestId('import-preview');
    await expect(preview.getByText('3 rijen gelezen; 1 met fouten.')).toBeVisible();
    await expect(preview.getByRole('alert')).toHaveText('Verbeter deze rijen in je bestand en laad het opnieuw op. Er werd niets geïmporteerd.');
    const rows = preview.getByTestId('import-row');
    await expect(rows).toHaveCount(3);
    // Line 3 of the file (the header is line 1): E2E-002, "BY BOAT".
    const bad = rows.filter({ hasText: 'E2E-002' });
    await expect(bad.getByRole('rowheader')).toContainText('3');
    await expect(bad.getByRole('listitem')).toHaveText(['arrival_route: Onbekende aankomstroute. Gebruik DIRECT of AFTER_RECEPTION.']);
    await expect(rows.filter({ hasText: 'E2E-001' }).getByText('In orde')).toBeVisible();
    // Nothing can be confirmed, and nothing was written.
    await expect(page.getByRole('button', { name: /gezinnen importeren$/ })).toHaveCount(0);
    expect(await references()).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'the import preview with an error (phone)');

    // --- The corrected file: a clean preview, then the import once confirmed. ---
    await page.getByLabel('Te importeren bestand').setInputFiles(path.join(FIXTURES, 'e2e-corrected.csv'));
    await page.getByRole('button', { name: 'Bestand nakijken' }).click();
    await expect(preview.getByText('3 rijen gelezen; 0 met fouten.')).toBeVisible();
    await expect(preview.getByText('Alle rijen kunnen geïmporteerd worden.')).toBeVisible();
    expect(await references()).toEqual([]);
    await page.getByRole('button', { name: '3 gezinnen importeren' }).click();
    await expect(page.getByTestId('import-done')).toHaveText('3 gezinnen geïmporteerd.');
    expect(await references()).toEqual(['E2E-001', 'E2E-002', 'E2E-003']);
    await expectNoSeriousA11yViolations(page, 'the import done (phone)');

    // --- Back on the partnership page: the households are listed. ---
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: 'De gezinnen bekijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(page.getByTestId('household-row')).toHaveCount(3);
    const shown = await screenRows(page);
    expect(shown.map((r) => [r.reference, r.head, r.persons])).toEqual([
      ['E2E-001', 'Amira Haddad', '2'],
      ['E2E-002', 'Samuel Tesfaye', '1'],
      ['E2E-003', 'Nour Khalil', '1'],
    ]);

    // --- The CSV download: the page's figures, with Dutch dates and numbers. ---
    const section = page.getByRole('region', { name: 'Gezinnen' });
    const csvFile = await download(page, section.getByRole('link', { name: 'CSV', exact: true }));
    expect(csvFile.name).toMatch(/^households-import-lier-[a-z0-9-]+\.csv$/);
    const text = csvFile.bytes.toString('utf8');
    expect(text.charCodeAt(0), 'a byte order mark, for spreadsheet apps').toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean).map(csvCells);
    expect(lines[0]).toEqual(['Dossier', 'Gezinshoofd', 'Personen', 'Status', 'Aankomst', 'Aankomstroute', 'Financiering (EUR)']);
    const csvRows = lines.slice(1).sort((a, b) => a[0].localeCompare(b[0]));
    expect(csvRows.map((r) => r[0])).toEqual(shown.map((r) => r.reference));
    for (const [i, r] of csvRows.entries()) {
      const s = shown[i];
      expect([r[1], r[2], r[3]], r[0]).toEqual([s.head, s.persons, s.status]);
      // The page writes "15 maart 2026", "gepland op 1 mei 2027" or "Niet ingevuld"; the CSV 15/03/2026.
      expect(r[4] ? s.arrival.replace(/^gepland op /, '') : s.arrival, r[0]).toBe(r[4] ? dutchDate(r[4]) : 'Niet ingevuld');
      // "€ 15.000,00" on the page, "15.000,00" in the file.
      expect(s.funding.replace(/^€\s*/, ''), r[0]).toBe(r[6]);
    }
    expect(csvRows.map((r) => r[5])).toEqual(['rechtstreeks', 'na opvang', 'na opvang']);

    // --- The Excel download: real numbers and dates, the same figures. ---
    const xlsxFile = await download(page, section.getByRole('link', { name: 'Excel (.xlsx)', exact: true }));
    expect(xlsxFile.name).toMatch(/^households-import-lier-[a-z0-9-]+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxFile.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const cells: unknown[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells[0]).toEqual(lines[0]);
    const xlsxRows = cells.slice(1).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(xlsxRows.map((r) => r[0])).toEqual(shown.map((r) => r.reference));
    for (const [i, r] of xlsxRows.entries()) {
      const s = shown[i];
      expect([r[1], r[2]], String(r[0])).toEqual([s.head, Number(s.persons)]);
      const euros = Number(s.funding.replace(/[^\d,]/g, '').replace(',', '.'));
      expect(r[6], String(r[0])).toBe(euros);
      expect(r[4] instanceof Date ? dutchDate(r[4].toISOString().slice(0, 10).split('-').reverse().join('/')) : null, String(r[0])).toBe(
        s.arrival === 'Niet ingevuld' ? null : s.arrival.replace(/^gepland op /, ''),
      );
    }
  });
});
