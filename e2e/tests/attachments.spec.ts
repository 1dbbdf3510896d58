// Journey: a file attached to a message.
// A volunteer, on a phone, attaches a PDF to a message in a conversation of Onthaalgroep Mechelen
// (uploaded at once, with its progress bar and a cancel button, then sent with the text). The
// contact person, who has the conversation open in their own browser, sees the message appear with
// its attachment without a reload, and downloads exactly the bytes that were uploaded. A volunteer
// of another partnership gets "not found" for the same download address.
// The journey starts its own conversation (a subject thread).
import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, graphql, partnershipIdByName, signIn, uniqueSuffix, watchSubscription } from './support/hub';

const PHONE = { width: 390, height: 844 };

/** A small but real PDF (the hub decides the type from the content), padded to `size` bytes. */
function pdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n');
  const tail = Buffer.from('\ntrailer <<>>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), tail]);
}

async function startThread(baseURL: string, subject: string): Promise<string> {
  const admin = await apiSession(baseURL, ACCOUNTS.admin);
  const volunteer = await apiSession(baseURL, ACCOUNTS.volunteer);
  try {
    const partnershipId = await partnershipIdByName(admin, 'Onthaalgroep Mechelen');
    const { startThread: thread } = await graphql<{ startThread: { id: string } }>(volunteer, 'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }', {
      input: { partnershipId, subject },
    });
    return thread.id;
  } finally {
    await admin.dispose();
    await volunteer.dispose();
  }
}

test.describe('attachments', () => {
  test("a volunteer attaches a PDF to a message; the contact person's open conversation shows it live, and the download is the same file", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const subject = `Verslag huisbezoek ${uniqueSuffix()}`;
    const threadId = await startThread(baseURL!, subject);
    const name = `verslag-${uniqueSuffix()}.pdf`;
    const bytes = pdf(1024 * 1024);
    let desk: BrowserContext | undefined;
    let phone: BrowserContext | undefined;
    try {
      // --- The contact person has the conversation open. ---
      desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
      const contact = await desk.newPage();
      const live = watchSubscription(contact, 'ThreadMessageEvents');
      await signIn(contact, ACCOUNTS.contact);
      await contact.goto(`/messages/${threadId}`);
      await expect(contact.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      await live.subscribed();
      await contact.evaluate(() => Object.assign(window, { neverReloaded: true }));

      // --- The volunteer, on a phone, attaches the PDF on a slow connection and sends it. ---
      phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
      const volunteer = await phone.newPage();
      await signIn(volunteer, ACCOUNTS.volunteer);
      await volunteer.goto(`/messages/${threadId}`);
      await expect(volunteer.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      await expect(volunteer.getByRole('button', { name: 'Bestanden bijvoegen' })).toBeVisible();
      const network = await volunteer.context().newCDPSession(volunteer);
      await network.send('Network.enable');
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
      await volunteer.getByTestId('attach-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
      const progress = volunteer.getByRole('progressbar', { name: `Uploaden: ${name}` });
      await expect(progress).toBeVisible();
      await expect(volunteer.getByRole('button', { name: `Annuleren: ${name}` })).toBeVisible();
      // Send waits for the upload.
      await expect(volunteer.getByRole('button', { name: 'Versturen', exact: true })).toBeDisabled();
      await expect.poll(async () => Number(await progress.getAttribute('value')), { message: 'upload progress' }).toBeGreaterThan(0);
      const ready = volunteer.getByRole('list', { name: 'Bij je bericht gevoegd' });
      await expect(ready.getByText(name)).toBeVisible({ timeout: 30_000 });
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      expect(await volunteer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousA11yViolations(volunteer, 'the composer with an attachment on a phone');
      await volunteer.getByRole('combobox', { name: 'Je bericht' }).fill('Het verslag van het huisbezoek zit in bijlage.');
      await volunteer.getByRole('button', { name: 'Versturen', exact: true }).click();
      await expect(ready).toHaveCount(0);
      const own = volunteer.getByTestId('message').filter({ hasText: 'Het verslag van het huisbezoek' });
      await expect(own.getByRole('link', { name: `Downloaden: ${name}` })).toBeVisible();
      await expect(volunteer.getByTestId('pending-message')).toHaveCount(0);

      // --- The contact person's open conversation shows the message with its attachment, live. ---
      const message = contact.getByTestId('message').filter({ hasText: 'Het verslag van het huisbezoek' });
      await expect(message).toHaveCount(1);
      const link = message.getByRole('list', { name: 'Bijlagen' }).getByRole('link', { name: `Downloaden: ${name}` });
      await expect(link).toBeVisible();
      await expect(message.getByTestId('attachment')).toContainText(/1(,0)? MB/);
      expect(await contact.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/documents\/[^/]+\/download$/);
      const [download] = await Promise.all([contact.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      const downloaded = await readFile(await download.path());
      expect(downloaded.equals(bytes), 'the downloaded bytes are the uploaded bytes').toBe(true);
      await expectNoSeriousA11yViolations(contact, 'a conversation with an attachment (contact person)');

      // --- A volunteer of another partnership: not found. ---
      const stranger = await apiSession(baseURL!, ACCOUNTS.volunteerLiege);
      try {
        expect((await stranger.get(href!)).status()).toBe(404);
      } finally {
        await stranger.dispose();
      }
    } finally {
      await desk?.close();
      await phone?.close();
    }
  });
});
