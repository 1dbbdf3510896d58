// Journey: an evaluation meeting, from scheduling to the signed-off evaluation.
// The contact person (Koen Janssens) schedules an evaluation of Onthaalgroep Mechelen at 14:00
// Brussels time and invites the coordinator (Lotte Claes). The coordinator, on her phone, answers
// "yes": the count goes up on the contact person's open meeting page without a reload; she adds an
// agenda item, which appears there too. The contact person records attendance, notes on the item,
// a decision, an action item for the coordinator and the evaluation on the three objectives, and
// signs it off (read-only afterwards). The coordinator finds the action item on her home page. The
// meeting's .ics downloads and says 14:00 in Brussels.
// Another journey: the coordinator's open meetings list and home page follow changes live: a
// meeting she is invited to appears, then an action item given to her, without a reload.
// A second journey: the contact person's private calendar feed is created, copied, replaced and
// revoked; a calendar app (no cookies) reads it, and gets nothing without the right secret.
import { readFile } from 'node:fs/promises';
import { expect, request as playwrightRequest, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, addDays, apiSession, graphql, mainNav, partnershipIdByName, signIn, todayInBrussels, uniqueSuffix, userIdByEmail, watchSubscription } from './support/hub';

const PARTNERSHIP = 'Onthaalgroep Mechelen';
const PHONE = { width: 390, height: 844 };

// ----- A minimal iCalendar reader (RFC 5545: unfold lines, split name;params:value) ------------

interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** The properties of the first VEVENT of an iCalendar text. */
function firstEvent(text: string): IcsProperty[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const start = lines.indexOf('BEGIN:VEVENT');
  const end = lines.indexOf('END:VEVENT', start);
  expect(start, 'the .ics has a VEVENT').toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1, end).map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name: name.toUpperCase(),
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string]).map(([k, v]) => [k.toUpperCase(), v.replace(/^"|"$/g, '')])),
      value: line.slice(colon + 1),
    };
  });
}

/** A DATE-TIME property as the Brussels wall-clock time it stands for ("YYYY-MM-DD HH:mm"). */
function brusselsWallClock(p: IcsProperty): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(p.value);
  expect(m, `${p.name} is a DATE-TIME (${p.value})`).not.toBeNull();
  const [, y, mo, d, h, mi, , utc] = m!;
  if (utc) {
    const instant = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(instant)
        .map((x) => [x.type, x.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  }
  // A local time must say its zone: Brussels.
  expect(p.params.TZID, `${p.name} has a TZID`).toMatch(/Europe\/Brussels/);
  return `${y}-${mo}-${d} ${h}:${mi}`;
}

/** A "dt/dd" value on the meeting page's details list. */
function detailOf(page: Page, term: string) {
  return page
    .locator('dl.details > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd');
}

test.describe('meetings', () => {
  test('a contact person schedules an evaluation; the coordinator answers live, adds to the agenda and gets an action item; the evaluation is signed off; the .ics says 14:00 in Brussels', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    const title = `Evaluatie ${suffix}`;
    const agendaTitle = `Huisvesting gezin ${suffix}`;
    const actionTitle = `Huurcontract doorsturen ${suffix}`;
    const date = addDays(todayInBrussels(), 14);
    const dueDate = addDays(todayInBrussels(), 7);
    let desk: BrowserContext | undefined;
    let phone: BrowserContext | undefined;
    try {
      // --- The contact person schedules the evaluation on their computer. ---
      desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const contact = await desk.newPage();
      await signIn(contact, ACCOUNTS.contact);
      await mainNav(contact).getByRole('link', { name: 'Overleg' }).click();
      await expect(contact.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
      await expect(contact).toHaveURL(/\/meetings$/);
      await contact.getByRole('link', { name: 'Overleg plannen' }).click();
      await expect(contact.getByRole('heading', { level: 1, name: 'Overleg plannen' })).toBeVisible();

      await expect(contact.getByRole('radio', { name: 'Evaluatiemoment' })).toBeChecked();
      await contact.getByLabel('Partnerschap', { exact: true }).selectOption({ label: PARTNERSHIP });
      await contact.getByLabel('Titel', { exact: true }).fill(title);
      await contact.getByLabel('Datum', { exact: true }).fill(date);
      await contact.getByLabel('Beginuur').fill('14:00');
      await contact.getByLabel('Duur (minuten)').fill('90');
      // The zone is said in words, with the offset of that day.
      await expect(contact.getByTestId('time-zone-note')).toContainText('Europe/Brussels');
      await expect(contact.getByTestId('time-zone-note')).toContainText(/UTC\+0[12]:00/);
      await contact.getByLabel('Plaats', { exact: false }).first().fill('Stadhuis Mechelen, zaal 2');
      const invitees = contact.getByRole('group', { name: 'Genodigden' });
      await invitees.getByRole('checkbox', { name: ACCOUNTS.coordinator.name }).check();
      // The organiser is always invited.
      await expect(invitees.getByRole('checkbox', { name: ACCOUNTS.contact.name })).toBeChecked();
      await expectNoSeriousA11yViolations(contact, 'the schedule form (contact person)');
      await contact.getByRole('button', { name: 'Plannen en uitnodigen' }).click();

      await expect(contact.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(contact).toHaveURL(/\/meetings\/[^/]+$/);
      const meetingUrl = new URL(contact.url()).pathname;
      await expect(contact.getByTestId('meeting-when')).toContainText('14:00–15:30');
      await expect(contact.getByTestId('meeting-when')).toContainText('Brusselse tijd');
      await expect(detailOf(contact, 'Partnerschappen')).toHaveText(PARTNERSHIP);
      await expect(contact.getByTestId('invitee-row').filter({ hasText: ACCOUNTS.coordinator.name })).toContainText('Nog geen antwoord');

      // The contact person's page listens before the coordinator acts.
      const yes = contact.getByTestId('rsvp-count-YES');
      const yesBefore = Number(await yes.textContent());
      const live = watchSubscription(contact, 'MeetingChanged');
      await contact.reload();
      await expect(contact.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await live.subscribed();
      await contact.evaluate(() => Object.assign(window, { meetingNeverReloaded: true }));

      // --- The coordinator, on her phone, answers "yes" and adds an agenda item. ---
      phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const coordinator = await phone.newPage();
      await signIn(coordinator, ACCOUNTS.coordinator);
      await coordinator.getByRole('button', { name: 'Menu' }).click();
      await mainNav(coordinator).getByRole('link', { name: 'Overleg' }).click();
      await expect(coordinator.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
      const upcoming = coordinator.getByRole('list', { name: 'Gepland' });
      await upcoming.getByRole('link', { name: title }).click();
      await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
      // Partners do not manage the meeting.
      await expect(coordinator.getByRole('button', { name: 'Verplaatsen of wijzigen' })).toHaveCount(0);
      await expect(coordinator.getByRole('button', { name: 'Actiepunt toevoegen' })).toHaveCount(0);

      const answer = coordinator.getByRole('group', { name: 'Kom je?' });
      await answer.getByRole('button', { name: 'Ja', exact: true }).click();
      await expect(answer.getByRole('button', { name: 'Ja', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(coordinator.getByText('Jouw antwoord: Ja')).toBeVisible();

      // Live on the contact person's page, without a reload.
      await expect(yes).toHaveText(String(yesBefore + 1));
      await expect(contact.getByTestId('invitee-row').filter({ hasText: ACCOUNTS.coordinator.name })).toContainText('Ja');

      await coordinator.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      await coordinator.getByLabel('Agendapunt', { exact: true }).fill(agendaTitle);
      await coordinator.getByRole('button', { name: 'Op de agenda zetten' }).click();
      await expect(coordinator.getByTestId('agenda-item').filter({ hasText: agendaTitle })).toBeVisible();
      await expectNoSeriousA11yViolations(coordinator, 'the meeting page on a phone (coordinator)');

      // The agenda item appears on the contact person's page too.
      await expect(contact.getByTestId('agenda-item').filter({ hasText: agendaTitle })).toBeVisible();
      expect(await contact.evaluate(() => (window as unknown as { meetingNeverReloaded?: boolean }).meetingNeverReloaded)).toBe(true);

      // --- The contact person records the minutes. ---
      const minutes = contact.getByRole('region', { name: 'Verslag' });
      await minutes.getByLabel(new RegExp(`^${ACCOUNTS.coordinator.name}`)).selectOption('PRESENT');
      await minutes.getByLabel(new RegExp(`^${ACCOUNTS.contact.name}`)).selectOption('PRESENT');
      await minutes.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
      await expect(minutes.getByText('Aanwezigheid opgeslagen.')).toBeVisible();

      const notes = minutes.getByRole('form', { name: `Notities bij “${agendaTitle}”` });
      await notes.getByLabel(`Notities bij “${agendaTitle}”`).fill('Het huurcontract loopt af in maart; de partner zoekt verder.');
      await notes.getByRole('button', { name: 'Notities opslaan' }).click();
      await expect(minutes.getByText(`Notities opgeslagen: ${agendaTitle}.`)).toBeVisible();

      await minutes.getByLabel('Beslissing', { exact: true }).fill('De coördinator stuurt het nieuwe huurcontract door.');
      await minutes.getByRole('button', { name: 'Beslissing noteren' }).click();
      await expect(minutes.getByTestId('decision')).toContainText('De coördinator stuurt het nieuwe huurcontract door.');

      const actions = contact.getByRole('region', { name: 'Actiepunten' });
      await actions.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
      await actions.getByLabel('Wat moet er gebeuren').fill(actionTitle);
      await actions.getByLabel('Wie', { exact: true }).selectOption({ label: ACCOUNTS.coordinator.name });
      await actions.getByLabel('Tegen', { exact: true }).fill(dueDate);
      await actions.getByRole('button', { name: 'Actiepunt opslaan' }).click();
      await expect(actions.getByTestId('action-item').filter({ hasText: actionTitle })).toContainText(ACCOUNTS.coordinator.name);

      // --- The evaluation on the three objectives, signed off by the contact person. ---
      const evaluation = contact.getByTestId('evaluation');
      const ratings: [string, string][] = [
        ['Duurzame huisvesting', '4 – Goed'],
        ['Begeleiding', '5 – Uitstekend'],
        ['Operationele samenwerking', '3 – Voldoende'],
      ];
      for (const [objective, rating] of ratings) {
        const group = evaluation.getByRole('group', { name: objective, exact: true });
        await group.getByRole('radio', { name: rating }).check();
        await group.getByLabel(`Notities bij ${objective}`).fill(`Opmerkingen over ${objective.toLowerCase()}.`);
      }
      await evaluation.getByRole('button', { name: 'Evaluatie opslaan' }).click();
      await expect(evaluation.getByText('Evaluatie opgeslagen.')).toBeVisible();
      await expectNoSeriousA11yViolations(contact, 'the meeting page with minutes and evaluation (contact person)');
      await evaluation.getByRole('button', { name: 'Evaluatie afronden en ondertekenen' }).click();
      await evaluation.getByRole('button', { name: 'Ja, ondertekenen' }).click();
      await expect(evaluation.getByText(new RegExp(`Ondertekend door ${ACCOUNTS.contact.name}`))).toBeVisible();
      // Read-only afterwards.
      await expect(evaluation.getByRole('radio')).toHaveCount(0);
      await expect(evaluation.getByRole('button', { name: 'Evaluatie opslaan' })).toHaveCount(0);
      await expect(evaluation).toContainText('4 op 5');

      // --- The .ics invite: 14:00 to 15:30 in Brussels. ---
      const [download] = await Promise.all([contact.waitForEvent('download'), contact.getByRole('link', { name: 'Toevoegen aan mijn agenda (.ics)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      const event = firstEvent(ics);
      const prop = (name: string) => {
        const found = event.find((p) => p.name === name);
        expect(found, `${name} in the .ics`).toBeDefined();
        return found!;
      };
      expect(prop('SUMMARY').value).toContain(title);
      expect(prop('UID').value).not.toBe('');
      expect(brusselsWallClock(prop('DTSTART'))).toBe(`${date} 14:00`);
      expect(brusselsWallClock(prop('DTEND'))).toBe(`${date} 15:30`);
      expect(prop('LOCATION').value).toContain('Stadhuis Mechelen');

      // The same file through the API answers the same start (the coordinator is invited too).
      const response = await coordinator.request.get(`${meetingUrl}/invite.ics`);
      expect(response.status()).toBe(200);
      expect(brusselsWallClock(firstEvent(await response.text()).find((p) => p.name === 'DTSTART')!)).toBe(`${date} 14:00`);

      // --- The coordinator finds the action item on her home page. ---
      await coordinator.goto('/');
      await expect(coordinator.getByRole('heading', { level: 1, name: `Welkom, ${ACCOUNTS.coordinator.name}` })).toBeVisible();
      const mine = coordinator.getByRole('region', { name: /Mijn actiepunten/ });
      const item = mine.getByTestId('action-item').filter({ hasText: actionTitle });
      await expect(item).toBeVisible();
      await expect(item.getByRole('link', { name: `Uit het overleg ${title}` })).toHaveAttribute('href', meetingUrl);
      await expectNoSeriousA11yViolations(coordinator, 'the home page with action items on a phone (coordinator)');
      await item.getByRole('button', { name: `Markeer als gedaan: ${actionTitle}` }).click();
      await expect(item).toContainText('Gedaan');

      // --- The partnership page shows the meeting and the evaluation history. ---
      await contact.goto('/');
      await contact.getByRole('link', { name: PARTNERSHIP }).first().click();
      const section = contact.getByRole('region', { name: 'Overleg' });
      await expect(section.getByRole('link', { name: title })).toBeVisible();
      const history = section.getByTestId('evaluation-trend');
      await expect(history).toContainText('4 op 5');
      await expect(history).toContainText('5 op 5');
    } finally {
      await phone?.close();
      await desk?.close();
    }
  });

  test('a contact person creates, copies, replaces and revokes a private calendar feed; calendar apps read it without signing in, and nothing without the secret', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const outsider = await playwrightRequest.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await signIn(page, ACCOUNTS.contact);
      await mainNav(page).getByRole('link', { name: 'Overleg' }).click();
      const feed = page.getByRole('region', { name: 'Agendafeed' });
      await expect(feed).toContainText('Je hebt geen feedadres.');
      await feed.getByRole('button', { name: 'Mijn feedadres aanmaken' }).click();
      const field = feed.getByLabel('Je privéfeedadres');
      await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
      const url = await field.inputValue();
      await feed.getByRole('button', { name: 'Adres kopiëren' }).click();
      await expect(feed.getByRole('status')).toHaveText('Adres gekopieerd.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      await expectNoSeriousA11yViolations(page, 'the meetings page with a new feed address (contact person)');

      // A calendar app: no cookies, only the secret address. The contact person is invited to
      // every evaluation of their partnerships, so the feed holds at least one meeting.
      const answer = await outsider.get(url);
      expect(answer.status()).toBe(200);
      const text = await answer.text();
      expect(text).toMatch(/^BEGIN:VCALENDAR/);
      expect(text).toContain('BEGIN:VEVENT');
      brusselsWallClock(firstEvent(text).find((p) => p.name === 'DTSTART')!);
      // Nothing without the right secret.
      const { pathname } = new URL(url);
      expect((await outsider.get(pathname.replace(/[A-Za-z0-9_-]{6}\.ics$/, 'xxxxxx.ics'))).status()).toBe(404);

      // A new address replaces the old one.
      await feed.getByRole('button', { name: 'Nieuw adres maken (het oude werkt niet meer)' }).click();
      await expect(field).not.toHaveValue(url);
      const replaced = await field.inputValue();
      expect((await outsider.get(url)).status()).toBe(404);
      expect((await outsider.get(replaced)).status()).toBe(200);

      // Revoked: the address stops working.
      await feed.getByRole('button', { name: 'Adres intrekken' }).click();
      await feed.getByRole('button', { name: 'Ja, intrekken' }).click();
      await expect(feed.getByRole('status')).toHaveText('Het feedadres is ingetrokken.');
      await expect(feed).toContainText('Je hebt geen feedadres.');
      expect((await outsider.get(replaced)).status()).toBe(404);
    } finally {
      await outsider.dispose();
      await context.close();
    }
  });

  test('the coordinator’s open meetings list and home page show a new meeting and an action item given to her live, without a reload', async ({ browser, baseURL }) => {
    const suffix = uniqueSuffix();
    const title = `Overleg live ${suffix}`;
    const actionTitle = `Sleutels ophalen ${suffix}`;
    const date = addDays(todayInBrussels(), 21);
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    const contactApi = await apiSession(baseURL!, ACCOUNTS.contact);
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const [partnershipId, coordinatorId] = await Promise.all([partnershipIdByName(admin, PARTNERSHIP), userIdByEmail(admin, ACCOUNTS.coordinator.email)]);
      const coordinator = await phone.newPage();
      await signIn(coordinator, ACCOUNTS.coordinator);

      // Her meetings list is open and listening.
      const listLive = watchSubscription(coordinator, 'MeetingsChanged');
      await coordinator.goto('/meetings');
      await expect(coordinator.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
      await listLive.subscribed();
      await coordinator.evaluate(() => Object.assign(window, { neverReloaded: true }));

      const { scheduleMeeting } = await graphql<{ scheduleMeeting: { id: string } }>(
        contactApi,
        `
          mutation ($input: ScheduleMeetingInput!) {
            scheduleMeeting(input: $input) {
              id
            }
          }
        `,
        { input: { kind: 'EVALUATION', title, partnershipIds: [partnershipId], startsAt: `${date}T10:00`, endsAt: `${date}T11:00`, place: 'Bruul 5, Mechelen', inviteeIds: [coordinatorId] } },
      );
      await expect(coordinator.getByRole('list', { name: 'Gepland' }).getByRole('link', { name: title })).toHaveAttribute('href', `/meetings/${scheduleMeeting.id}`);
      expect(await coordinator.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);

      // Her home page is open and listening.
      const homeLive = watchSubscription(coordinator, 'MeetingsChanged');
      await coordinator.goto('/');
      const mine = coordinator.getByRole('region', { name: /Mijn actiepunten/ });
      await expect(mine).toBeVisible();
      await homeLive.subscribed();
      await coordinator.evaluate(() => Object.assign(window, { neverReloaded: true }));

      await graphql(
        contactApi,
        `
          mutation ($id: ID!, $input: ActionItemInput!) {
            addActionItem(meetingId: $id, input: $input) {
              id
            }
          }
        `,
        {
          id: scheduleMeeting.id,
          input: { title: actionTitle, assigneeId: coordinatorId, dueDate: addDays(todayInBrussels(), 10) },
        },
      );
      const item = mine.getByTestId('action-item').filter({ hasText: actionTitle });
      await expect(item).toBeVisible();
      await expect(item.getByRole('link', { name: `Uit het overleg ${title}` })).toHaveAttribute('href', `/meetings/${scheduleMeeting.id}`);
      expect(await coordinator.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);
    } finally {
      await phone.close();
      await contactApi.dispose();
      await admin.dispose();
    }
  });
});
