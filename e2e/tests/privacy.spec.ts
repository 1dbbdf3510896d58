// Journey: personal data of a household, from Admin → Privacy.
// The admin exports everything the hub holds about a demo household (a ZIP, summary in French),
// then, on request, erases a household registered for this journey in Onthaalgroep Mechelen: the
// dry run lists what goes, the confirmation names it, a reason is kept. Afterwards the household
// page says it was erased, its conversation keeps its messages without their text ("verwijderd op
// verzoek"), and the programme dashboard shows how long household data is kept.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, graphql, partnershipIdByName, registerHousehold, signIn } from './support/hub';

test.describe('personal data', () => {
  test('an admin exports a demo household and erases a household on request; the thread keeps its places without text', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    // A household of this journey, with a message in its conversation (as a volunteer would write).
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    const volunteer = await apiSession(baseURL!, ACCOUNTS.volunteer);
    const mechelen = await partnershipIdByName(admin, 'Onthaalgroep Mechelen');
    const household = await registerHousehold(admin, mechelen, { arrivalRoute: 'DIRECT', plannedArrivalDate: '2027-09-01', members: [['Leyla', 'Rahimi', 1992, 'HEAD']] });
    const { openHouseholdThread: thread } = await graphql<{ openHouseholdThread: { id: string } }>(volunteer, 'mutation ($h: ID!) { openHouseholdThread(householdId: $h) { id } }', {
      h: household.id,
    });
    await graphql(volunteer, 'mutation ($i: SendMessageInput!) { sendMessage(input: $i) { seq } }', {
      i: { threadId: thread.id, body: 'Leyla vraagt naar een huisarts die Dari spreekt.', clientId: `e2e-privacy-${household.id}` },
    });
    await admin.dispose();
    await volunteer.dispose();

    await signIn(page, ACCOUNTS.admin);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Persoonsgegevens' })).toBeVisible();
    // Retention per programme is shown (the hub's defaults until an admin changes them).
    await expect(page.getByRole('form', { name: 'Hervestiging' }).getByLabel('Gezinsgegevens bewaard na de begeleiding (maanden)')).toHaveValue('36');

    // Export of a demo household, summary in French.
    await page.getByLabel('Gezin', { exact: true }).selectOption({ label: 'HH-2026-0004 (Onthaalgroep Mechelen)' });
    await page.getByLabel('Taal van het overzicht').selectOption('fr');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export downloaden (ZIP)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('personal-data-HH-2026-0004.zip');
    const zip = await readFile(await download.path());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes(Buffer.from('summary-fr.txt'))).toBe(true);
    await expect(page.getByText(/Export gedownload: personal-data-HH-2026-0004\.zip/)).toBeVisible();

    // Erasure on request of the journey's household: the dry run first.
    await page.getByLabel('Gezin', { exact: true }).selectOption({ label: `${household.reference} (Onthaalgroep Mechelen)` });
    await page.getByRole('button', { name: 'Toon wat gewist zou worden' }).click();
    const counts = page.getByRole('list', { name: 'Wissen zou verwijderen of leegmaken:' });
    await expect(counts).toContainText('Namen en geboortejaren van gezinsleden: 1');
    await expect(counts).toContainText('Berichtteksten (de berichten houden hun plaats): 1');
    const erase = page.getByRole('button', { name: `${household.reference} definitief wissen` });
    await expect(erase).toBeDisabled();
    await page.getByLabel(`Typ ${household.reference} om te bevestigen`).fill(household.reference);
    await page.getByLabel('Reden (wordt bij de wissing bewaard)').fill('Verzoek van de betrokkene, brief van 3 maart');
    await erase.click();
    await expect(page.getByText(`${household.reference} werd gewist.`)).toBeVisible();
    await expect(page.getByText('Er valt niets meer te wissen.')).toBeVisible();
    const erasures = page.getByRole('region', { name: 'Tabel: Wissingen' });
    await expect(erasures).toContainText('Op verzoek');
    await expect(erasures).toContainText('Verzoek van de betrokkene, brief van 3 maart');
    await expectNoSeriousA11yViolations(page, 'Admin → Privacy after an erasure');

    // The household page says so; the volunteer's conversation keeps the message, without its text.
    await page.goto(`/households/${household.id}`);
    await expect(page.getByTestId('household-erased')).toContainText('op verzoek gewist');
    await expect(page.getByText('Rahimi')).toHaveCount(0);
    const context = await browser.newContext();
    const volunteerPage = await context.newPage();
    await signIn(volunteerPage, ACCOUNTS.volunteer);
    await volunteerPage.goto(`/households/${household.id}/messages`);
    await expect(volunteerPage.getByText('Verwijderd op verzoek (recht op gegevenswissing)')).toBeVisible();
    await expect(volunteerPage.getByText('Dari')).toHaveCount(0);
    await context.close();

    // The programme dashboard says how long household data is kept.
    await page.goto('/dashboard');
    await expect(page.getByTestId('retention-summary')).toHaveText('Gezinsgegevens worden 36 maanden na het einde van de begeleiding gewist; het toegangslogboek wordt 12 maanden bewaard.');
  });

  test('anyone downloads their own data from the notifications page', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator);
    await page.goto('/notifications');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Mijn gegevens downloaden (ZIP)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('my-account-data.zip');
    const zip = await readFile(await download.path());
    expect(zip.includes(Buffer.from('sign-in-history.json'))).toBe(true);
  });
});
