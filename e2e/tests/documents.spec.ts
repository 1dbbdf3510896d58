// Journey: sharing documents on a household.
// The coordinator uploads a lease (a PDF of a few MB) to household HH-2026-0004 and follows its
// progress bar; the contact person, with the same household open in their own browser, sees it
// appear without a reload and downloads exactly the bytes that were uploaded. An executable
// renamed to .pdf is refused with a clear message and never listed; a volunteer of another
// partnership gets "not found" for the download; a medical paper stays invisible to a volunteer
// of the same partnership.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, householdIdByReference, partnershipIdByName, signIn, uniqueSuffix, watchSubscription } from './support/hub';

const REFERENCE = 'HH-2026-0004';
const PARTNERSHIP = 'Onthaalgroep Mechelen';
const PHONE = { width: 390, height: 844 };
/** Dutch text of FILE_TYPE_NOT_ALLOWED (client/src/locales/errors.nl.ts). */
const TYPE_REFUSED = 'Dit soort bestand wordt niet aanvaard. Gebruik een pdf, een afbeelding (PNG, JPEG, WebP) of een kantoordocument (Word, Excel, OpenDocument).';

/**
 * A small but valid PDF (one empty page), padded with a comment of `paddingBytes` random
 * characters so that its upload takes a moment and its bytes are this run's own.
 */
function pdf(paddingBytes = 0): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  // Comments may hold anything printable: base64 in lines of 76 characters.
  const padding = randomBytes(Math.ceil((paddingBytes * 3) / 4))
    .toString('base64')
    .slice(0, paddingBytes);
  for (let i = 0; i < padding.length; i += 76) body += `%${padding.slice(i, i + 76)}\n`;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A Windows executable's first bytes ("MZ" and a PE header), whatever its name says. */
function executable(): Buffer {
  const header = Buffer.alloc(512);
  header.write('MZ', 0, 'latin1');
  header.writeUInt32LE(0x80, 0x3c); // where the PE header starts
  header.write('PE\0\0', 0x80, 'latin1');
  return Buffer.concat([header, randomBytes(4096)]);
}

/** Uploads through the API as the hub's own pages do (multipart, with the upload header). */
async function apiUpload(api: APIRequestContext, householdId: string, category: string, name: string, buffer: Buffer): Promise<{ id: string }> {
  const response = await api.post(`/documents?householdId=${encodeURIComponent(householdId)}&category=${category}`, {
    headers: { 'X-Partner-Hub-Upload': '1' },
    multipart: { file: { name, mimeType: 'application/pdf', buffer } },
  });
  expect(response.status(), `upload of ${name}`).toBe(201);
  return ((await response.json()) as { document: { id: string } }).document;
}

function documentsPanel(page: Page) {
  return page.getByRole('region', { name: 'Documenten', exact: true });
}

/** A document's row, by its name (its row header; on a phone the header also reads its column name). */
function documentRow(page: Page, name: string) {
  const exactly = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return documentsPanel(page)
    .getByTestId('document-row')
    .filter({ has: page.getByRole('rowheader').filter({ hasText: exactly }) });
}

/** A size as the Dutch interface shows it ("3,1 MB"). */
function dutchMegabytes(bytes: number): string {
  return new Intl.NumberFormat('nl-BE', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1024 ** 2).replace(/[\u00a0\u202f]/g, ' ');
}

async function openHousehold(page: Page, householdId: string) {
  await page.goto(`/households/${householdId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();
  await expect(documentsPanel(page).getByRole('heading', { level: 2, name: 'Documenten' })).toBeVisible();
  await expect(documentsPanel(page).getByRole('status').filter({ hasText: 'Bezig met laden' })).toHaveCount(0);
}

let householdId: string;

test.beforeAll(async ({ baseURL }) => {
  const admin = await apiSession(baseURL!, ACCOUNTS.admin);
  try {
    householdId = await householdIdByReference(admin, await partnershipIdByName(admin, PARTNERSHIP), REFERENCE);
  } finally {
    await admin.dispose();
  }
});

test.describe('documents on a household', () => {
  test("the coordinator uploads a lease with a progress bar; the contact person's open page shows it live, and downloads the same bytes", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const name = `huurcontract-${uniqueSuffix()}.pdf`;
    const lease = pdf(3 * 1024 * 1024);
    let desk: BrowserContext | undefined;
    try {
      // --- The contact person keeps the household open in their own browser. ---
      desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const contact = await desk.newPage();
      const live = watchSubscription(contact, 'DocumentAdded');
      await signIn(contact, ACCOUNTS.contact);
      await openHousehold(contact, householdId);
      await expect(documentRow(contact, name)).toHaveCount(0);
      await live.subscribed();
      await contact.evaluate(() => Object.assign(window, { neverReloaded: true }));

      // --- The coordinator uploads the lease, on a connection slow enough to follow its progress. ---
      await signIn(page, ACCOUNTS.coordinator);
      await openHousehold(page, householdId);
      const panel = documentsPanel(page);
      await panel.getByLabel('Categorie').selectOption({ label: 'Huurcontract' });
      const network = await page.context().newCDPSession(page);
      await network.send('Network.enable');
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
      await panel.getByLabel('Bestanden', { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer: lease });

      const upload = panel.getByTestId('upload').filter({ hasText: name });
      const progress = upload.getByRole('progressbar', { name: `Uploaden: ${name}` });
      await expect(progress).toBeVisible();
      await expect(upload.getByRole('button', { name: `Annuleren: ${name}` })).toBeVisible();
      // The bar moves while the bytes go out.
      await expect.poll(async () => Number(await progress.getAttribute('value')), { message: 'upload progress' }).toBeGreaterThan(0);
      await expect(upload).toContainText('Geüpload.', { timeout: 30_000 });
      await expect(progress).toHaveCount(0);
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

      // In the coordinator's own list: name, category, uploader, size.
      const own = documentRow(page, name);
      await expect(own).toBeVisible();
      await expect(own).toContainText('Huurcontract');
      await expect(own).toContainText(ACCOUNTS.coordinator.name);
      await expect(own).toContainText(dutchMegabytes(lease.length));
      await expectNoSeriousA11yViolations(page, 'a household page with its documents, after an upload (coordinator)');

      // Details: one version, and a preview on demand.
      await own.getByRole('button', { name: `Details: ${name}` }).click();
      const details = documentsPanel(page).getByRole('group', { name: `Details: ${name}` });
      await details.getByRole('button', { name: 'Versies (1)' }).click();
      await expect(details.getByTestId('document-version')).toHaveCount(1);
      await expect(details.getByTestId('document-version')).toContainText('Versie 1');
      await expectNoSeriousA11yViolations(page, 'a household page with a document’s details open (coordinator)');
      await details.getByRole('button', { name: 'Voorbeeld tonen' }).click();
      const preview = details.locator(`iframe[title="Voorbeeld: ${name}"]`);
      await expect(preview).toBeVisible();
      expect(await preview.getAttribute('src')).toMatch(/^\/documents\/[^/]+\/download\?version=1&inline=1$/);

      // --- The contact person's page follows, without a reload, and the download is the same file. ---
      const seen = documentRow(contact, name);
      await expect(seen).toBeVisible();
      await expect(seen).toContainText('Huurcontract');
      await expect(seen).toContainText(ACCOUNTS.coordinator.name);
      expect(await contact.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);
      expect(live.events(), 'documentAdded events on the contact person’s page').toBeGreaterThan(0);

      const link = seen.getByRole('link', { name: `Downloaden: ${name}` });
      await expect(link).toHaveAttribute('download', name);
      const [download] = await Promise.all([contact.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      const downloaded = await readFile(await download.path());
      expect(downloaded.length).toBe(lease.length);
      expect(downloaded.equals(lease), 'the downloaded bytes are the uploaded bytes').toBe(true);
    } finally {
      await desk?.close();
    }
  });

  test('an executable renamed to .pdf is refused with a clear message, and never listed', async ({ page }) => {
    const name = `setup-${uniqueSuffix()}.pdf`;
    await signIn(page, ACCOUNTS.coordinator);
    await openHousehold(page, householdId);
    const panel = documentsPanel(page);
    await panel.getByLabel('Categorie').selectOption({ label: 'Andere' });
    await panel.getByLabel('Bestanden', { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer: executable() });

    const upload = panel.getByTestId('upload').filter({ hasText: name });
    await expect(upload.getByRole('alert')).toHaveText(TYPE_REFUSED);
    await expect(upload.getByRole('progressbar')).toHaveCount(0);
    await expect(documentRow(page, name)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'a household page with a refused upload (coordinator)');

    // Not stored either: not there after a reload.
    await openHousehold(page, householdId);
    await expect(documentsPanel(page).getByTestId('document-row').first()).toBeVisible();
    await expect(documentRow(page, name)).toHaveCount(0);
  });

  test('a volunteer of another partnership gets "not found" for the download', async ({ page, baseURL }) => {
    const name = `brochure-${uniqueSuffix()}.pdf`;
    const coordinator = await apiSession(baseURL!, ACCOUNTS.coordinator);
    let documentId: string;
    try {
      ({ id: documentId } = await apiUpload(coordinator, householdId, 'BROCHURE', name, pdf(1024)));
    } finally {
      await coordinator.dispose();
    }

    await signIn(page, ACCOUNTS.volunteerLiege, (person) => `Bienvenue, ${person}`);
    for (const url of [`/documents/${documentId}/download`, `/documents/${documentId}/download?version=1`, `/documents/${documentId}/download?version=1&inline=1`]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
    // The household itself is not theirs to see either.
    await page.goto(`/households/${householdId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Introuvable' })).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

    test('a medical paper uploaded by the coordinator is invisible to a volunteer of the same partnership', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const suffix = uniqueSuffix();
      const medical = `medisch-attest-${suffix}.pdf`;
      const brochure = `welkomstbrochure-${suffix}.pdf`;

      // --- The coordinator, on a computer, uploads a medical paper and a brochure. ---
      const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
      let medicalUrl: string | null;
      try {
        const coordinator = await desk.newPage();
        await signIn(coordinator, ACCOUNTS.coordinator);
        await openHousehold(coordinator, householdId);
        const panel = documentsPanel(coordinator);
        await panel.getByLabel('Categorie').selectOption({ label: 'Medische documenten' });
        await panel.getByLabel('Bestanden', { exact: true }).setInputFiles({ name: medical, mimeType: 'application/pdf', buffer: pdf(2048) });
        await expect(panel.getByTestId('upload').filter({ hasText: medical })).toContainText('Geüpload.');
        await panel.getByLabel('Categorie').selectOption({ label: 'Brochure' });
        await panel.getByLabel('Bestanden', { exact: true }).setInputFiles({ name: brochure, mimeType: 'application/pdf', buffer: pdf(2048) });
        await expect(panel.getByTestId('upload').filter({ hasText: brochure })).toContainText('Geüpload.');
        const row = documentRow(coordinator, medical);
        await expect(row).toContainText('Medische documenten');
        medicalUrl = await row.getByRole('link', { name: `Downloaden: ${medical}` }).getAttribute('href');
      } finally {
        await desk.close();
      }
      expect(medicalUrl).toMatch(/^\/documents\/[^/]+\/download$/);

      // --- The volunteer, on a phone: the brochure, but not the medical paper. ---
      await signIn(page, ACCOUNTS.volunteer);
      await openHousehold(page, householdId);
      await expect(documentRow(page, brochure)).toBeVisible();
      await expect(documentRow(page, medical)).toHaveCount(0);
      await expect(documentsPanel(page)).not.toContainText(medical);
      // Need-to-know categories are not offered to them.
      const categories = await documentsPanel(page).getByLabel('Categorie').locator('option').allTextContents();
      expect(categories).toContain('Brochure');
      expect(categories).not.toContain('Medische documenten');
      expect(categories).not.toContain('Identiteits- of verblijfsdocumenten');
      // And the address does not help.
      expect((await page.request.get(medicalUrl!)).status()).toBe(404);

      // The panel fits the phone, and is accessible there.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousA11yViolations(page, 'a household page with its documents (volunteer, phone)');
    });
  });
});
