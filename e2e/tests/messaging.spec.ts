// Journeys: messaging between a volunteer and their Fedasil contact person, live.
// 1. The volunteer writes in a conversation; the contact person's inbox counts it (the badge in
//    the navigation), their open conversation shows the volunteer typing and then the message,
//    without a reload, and the badge clears once they have read it.
// 2. The contact person's browser goes offline ("reconnecting…"); the volunteer sends three
//    messages, the contact person writes one (shown at once as "sending"); back online, the
//    contact person sees all three, once each, in order, and theirs is delivered once after them.
// 3. A volunteer of another partnership sees none of it: not in their inbox, "not found" at the
//    conversation's address, and no live event, also when subscribing to it directly.
// Each journey starts its own conversation (a subject thread in Onthaalgroep Mechelen).
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, graphql, mainNav, partnershipIdByName, registerHousehold, signIn, uniqueSuffix, watchSubscription } from './support/hub';

const PARTNERSHIP = 'Onthaalgroep Mechelen';
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };

/** A new subject thread started by the volunteer through the API; answers its id. */
async function startThread(baseURL: string, subject: string): Promise<string> {
  const admin = await apiSession(baseURL, ACCOUNTS.admin);
  const volunteer = await apiSession(baseURL, ACCOUNTS.volunteer);
  try {
    const partnershipId = await partnershipIdByName(admin, PARTNERSHIP);
    const { startThread: thread } = await graphql<{ startThread: { id: string } }>(volunteer, 'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }', {
      input: { partnershipId, subject },
    });
    return thread.id;
  } finally {
    await admin.dispose();
    await volunteer.dispose();
  }
}

async function newPage(browser: Browser, viewport: { width: number; height: number }, phone = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  return { context, page: await context.newPage() };
}

/** The unread badge beside "Berichten" in the navigation: its number, 0 when there is none. */
async function unreadCount(page: Page): Promise<number> {
  const badge = mainNav(page).getByTestId('unread-badge');
  if ((await badge.count()) === 0) return 0;
  const text = (await badge.locator('[aria-hidden="true"]').textContent()) ?? '0';
  return Number(text);
}

function messageList(page: Page): Locator {
  return page.getByTestId('message-list');
}

/** The texts of the stored messages of the open thread, in the order shown. */
async function messageTexts(page: Page): Promise<string[]> {
  return messageList(page).getByTestId('message').getByTestId('message-text').allTextContents();
}

async function openThreadFromInbox(page: Page, subject: string) {
  await mainNav(page)
    .getByRole('link', { name: /^Berichten/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible();
  await page.getByTestId('thread-row').getByRole('link', { name: subject, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Je bericht' })).toBeVisible();
}

async function send(page: Page, text: string) {
  const field = page.getByRole('combobox', { name: 'Je bericht' });
  await field.fill(text);
  await page.getByRole('button', { name: 'Versturen', exact: true }).click();
  await expect(field).toHaveValue('');
}

test.describe('messaging', () => {
  test('a volunteer writes; the contact person sees the typing and the message live, and the unread badge counts and clears', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const subject = `Schoolinschrijving ${uniqueSuffix()}`;
    const threadId = await startThread(baseURL!, subject);
    const desk = await newPage(browser, DESK);
    const phone = await newPage(browser, PHONE, true);
    try {
      // --- The contact person waits on their inbox. ---
      const contact = desk.page;
      const inboxLive = watchSubscription(contact, 'InboxMessageEvents');
      await signIn(contact, ACCOUNTS.contact);
      await mainNav(contact)
        .getByRole('link', { name: /^Berichten/ })
        .click();
      await expect(contact.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible();
      const row = contact.getByTestId('thread-row').filter({ has: contact.getByRole('link', { name: subject, exact: true }) });
      await expect(row).toBeVisible();
      await expect(row.getByTestId('thread-unread')).toHaveCount(0);
      await inboxLive.subscribed();
      const before = await unreadCount(contact);
      await contact.evaluate(() => Object.assign(window, { neverReloaded: true }));

      // --- The volunteer, on a phone, opens the conversation and writes. ---
      const volunteer = phone.page;
      await signIn(volunteer, ACCOUNTS.volunteer);
      await volunteer.getByRole('button', { name: 'Menu' }).tap();
      await openThreadFromInbox(volunteer, subject);
      expect(await volunteer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const first = `Dag Koen, de inschrijving in de school is rond.\nMeer info: https://example.org/school?id=1`;
      await send(volunteer, first);
      // Shown at once; stored a moment later (no longer "sending").
      await expect(messageList(volunteer).getByTestId('message').last()).toContainText('Dag Koen, de inschrijving in de school is rond.');
      await expect(volunteer.getByTestId('pending-message')).toHaveCount(0);
      await expectNoSeriousA11yViolations(volunteer, 'a conversation on a phone (volunteer)');

      // --- The contact person's badge and inbox count it, live. ---
      await expect.poll(() => unreadCount(contact)).toBe(before + 1);
      await expect(row.getByTestId('thread-unread')).toContainText('1');
      await expect(row).toContainText('Pieter Wouters: Dag Koen');

      // --- The contact person opens it: the message is there, the badge clears. ---
      await row.getByRole('link', { name: subject, exact: true }).click();
      await expect(contact.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      const firstMessage = messageList(contact).getByTestId('message').filter({ hasText: 'de inschrijving in de school is rond' });
      await expect(firstMessage).toHaveCount(1);
      // Line break kept, the address is a link that opens elsewhere.
      await expect(firstMessage.getByTestId('message-text').locator('br')).toHaveCount(1);
      const link = firstMessage.getByRole('link', { name: 'https://example.org/school?id=1' });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect.poll(() => unreadCount(contact)).toBe(before);
      // The volunteer's contact person is online, as the volunteer sees it.
      await expect(volunteer.getByTestId('participants').getByRole('listitem').filter({ hasText: ACCOUNTS.contact.name }).getByTestId('presence')).toHaveAttribute('data-online', 'true');
      await expectNoSeriousA11yViolations(contact, 'a conversation (contact person)');

      // --- The volunteer types: the contact person sees it, then the message, without a reload. ---
      const field = volunteer.getByRole('combobox', { name: 'Je bericht' });
      await field.click();
      await field.pressSequentially('Kan jij de directie bellen', { delay: 40 });
      await expect(contact.getByTestId('typing-indicator')).toHaveText(`${ACCOUNTS.volunteer.name} is aan het typen…`);
      await field.pressSequentially('?', { delay: 40 });
      await volunteer.getByRole('button', { name: 'Versturen', exact: true }).tap();
      await expect(messageList(contact).getByTestId('message').filter({ hasText: 'Kan jij de directie bellen?' })).toHaveCount(1);
      await expect(contact.getByTestId('typing-indicator')).toHaveText('');
      await expect.poll(() => messageTexts(contact)).toEqual([first.replace('\n', ''), 'Kan jij de directie bellen?']);
      expect(await contact.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);
      // Read while open: the badge stays clear.
      await expect.poll(() => unreadCount(contact)).toBe(before);

      // --- The volunteer sees that the contact person has read it. ---
      await expect(messageList(volunteer).getByTestId('message').last().getByTestId('seen-by')).toHaveText(`Gezien door ${ACCOUNTS.contact.name}`);

      // --- The contact person replies quoting the question. ---
      await messageList(contact)
        .getByTestId('message')
        .last()
        .getByRole('button', { name: `Antwoorden aan ${ACCOUNTS.volunteer.name}` })
        .click();
      await expect(contact.getByTestId('composer-reply')).toContainText('Kan jij de directie bellen?');
      await send(contact, 'Ja, morgen.');
      const reply = messageList(volunteer).getByTestId('message').last();
      await expect(reply).toContainText('Ja, morgen.');
      await expect(reply.getByTestId('quote')).toContainText('Kan jij de directie bellen?');
      expect(threadId).toBeTruthy();
    } finally {
      await desk.context.close();
      await phone.context.close();
    }
  });

  test('the contact person goes offline; three messages sent meanwhile all arrive once, in order, after reconnecting', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const subject = `Huurcontract ${uniqueSuffix()}`;
    await startThread(baseURL!, subject);
    const desk = await newPage(browser, DESK);
    const other = await newPage(browser, DESK);
    try {
      const contact = desk.page;
      // Every socket of the contact person's page goes through here, so that going offline
      // really drops it (and keeps new ones from opening) whatever the browser does by itself.
      let offline = false;
      const sockets: { close: () => Promise<void> }[] = [];
      let connections = 0;
      await desk.context.routeWebSocket(/\/graphql$/, (ws) => {
        if (offline) {
          void ws.close({ code: 3000, reason: 'offline' });
          return;
        }
        connections += 1;
        ws.connectToServer();
        sockets.push({ close: () => ws.close({ code: 3000, reason: 'offline' }) });
      });

      const live = watchSubscription(contact, 'ThreadMessageEvents');
      await signIn(contact, ACCOUNTS.contact);
      await openThreadFromInbox(contact, subject);
      await live.subscribed();
      await expect(contact.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');
      const connectionsBefore = connections;

      const volunteer = other.page;
      await signIn(volunteer, ACCOUNTS.volunteer);
      await openThreadFromInbox(volunteer, subject);
      await send(volunteer, 'Bericht 0: nog online');
      await expect(messageList(contact).getByTestId('message').filter({ hasText: 'Bericht 0: nog online' })).toHaveCount(1);

      // --- Offline. ---
      offline = true;
      await desk.context.setOffline(true);
      for (const s of sockets.splice(0)) await s.close().catch(() => undefined);
      await expect(contact.getByRole('status').filter({ hasText: 'Verbinding verbroken. Opnieuw verbinden…' })).toBeVisible();

      // --- Three messages while the contact person is away. ---
      const sent = ['Bericht 1: het huurcontract is getekend', 'Bericht 2: de waarborg is betaald', 'Bericht 3: de sleutels zijn er vrijdag'];
      for (const text of sent) await send(volunteer, text);
      await expect(volunteer.getByTestId('pending-message')).toHaveCount(0);
      await expect.poll(() => messageTexts(volunteer)).toEqual(['Bericht 0: nog online', ...sent]);
      // Nothing reached the offline page.
      expect(await messageTexts(contact)).toEqual(['Bericht 0: nog online']);
      // The contact person writes while offline: shown at once, "sending" (retried by itself).
      const offlineText = 'Bericht van Koen: offline geschreven';
      await send(contact, offlineText);
      const pending = contact.getByTestId('pending-message').filter({ hasText: offlineText });
      await expect(pending).toBeVisible();
      await expect(pending).toContainText(/Wacht om te versturen|Wordt verstuurd…|Niet verstuurd\./);

      // --- Back online: reconnect, catch up, each message once and in order. ---
      offline = false;
      await desk.context.setOffline(false);
      await expect(contact.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
      await expect(contact.getByRole('status').filter({ hasText: 'Opnieuw verbinden' })).toHaveCount(0);
      expect(connections).toBeGreaterThan(connectionsBefore);
      // The missed messages, then the one written offline (stored once, after them).
      await expect.poll(() => messageTexts(contact), { timeout: 20_000 }).toEqual(['Bericht 0: nog online', ...sent, offlineText]);
      await expect(contact.getByTestId('pending-message')).toHaveCount(0);
      for (const text of [...sent, offlineText]) await expect(messageList(contact).getByTestId('message').filter({ hasText: text })).toHaveCount(1);
      await expect.poll(() => messageTexts(volunteer)).toEqual(['Bericht 0: nog online', ...sent, offlineText]);
      const seqs = await messageList(contact)
        .getByTestId('message')
        .evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-seq'))));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);

      // Live again: a fourth message arrives without another reconnect.
      await send(volunteer, 'Bericht 4: weer live');
      await expect.poll(() => messageTexts(contact)).toEqual(['Bericht 0: nog online', ...sent, offlineText, 'Bericht 4: weer live']);
    } finally {
      await desk.context.close();
      await other.context.close();
    }
  });

  test('a volunteer of another partnership sees none of it: not in the inbox, not found, no live events', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const subject = `Vertrouwelijk ${uniqueSuffix()}`;
    const threadId = await startThread(baseURL!, subject);
    const liegeSide = await newPage(browser, DESK);
    const mechelenSide = await newPage(browser, DESK);
    try {
      const liege = liegeSide.page;
      const inboxLive = watchSubscription(liege, 'InboxMessageEvents');
      await signIn(liege, ACCOUNTS.volunteerLiege, (person) => `Bienvenue, ${person}`);
      // The Liège volunteer's interface speaks French.
      await liege
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: /^Messages/ })
        .click();
      await expect(liege.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
      await inboxLive.subscribed();
      await expect(liege.getByRole('status').filter({ hasText: /Chargement/ })).toHaveCount(0);
      await expect(liege.getByRole('link', { name: subject })).toHaveCount(0);

      // A direct subscription to the thread, on a socket of the Liège volunteer's own session.
      const direct = await liege.evaluate(async (id) => {
        return await new Promise<{ type: string; codes: string[] }>((resolve) => {
          const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, 'graphql-transport-ws');
          const done = (result: { type: string; codes: string[] }) => {
            ws.close();
            resolve(result);
          };
          ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init' }));
          ws.onmessage = (event) => {
            const message = JSON.parse(String(event.data)) as { type: string; payload?: unknown };
            if (message.type === 'connection_ack') {
              ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription ($id: ID!) { messageEvents(threadId: $id) { kind message { id body } } }', variables: { id } } }));
            } else if (message.type === 'error') {
              done({ type: 'error', codes: (message.payload as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code ?? '') });
            } else if (message.type === 'next') {
              const errors = (message.payload as { errors?: { extensions?: { code?: string } }[] }).errors;
              done({ type: errors ? 'error' : 'next', codes: (errors ?? []).map((e) => e.extensions?.code ?? '') });
            } else if (message.type === 'complete') {
              done({ type: 'complete', codes: [] });
            }
          };
          ws.onclose = (event) => resolve({ type: `closed ${event.code}`, codes: [] });
        });
      }, threadId);
      expect(direct).toEqual({ type: 'error', codes: ['NOT_FOUND'] });

      // The Mechelen volunteer writes in the thread: their own inbox subscription receives the
      // event (so it was published), the Liège volunteer's receives nothing.
      const mechelen = mechelenSide.page;
      const mechelenLive = watchSubscription(mechelen, 'InboxMessageEvents');
      await signIn(mechelen, ACCOUNTS.volunteer);
      await openThreadFromInbox(mechelen, subject);
      await mechelenLive.subscribed();
      await send(mechelen, 'Alleen voor Mechelen');
      await expect(messageList(mechelen).getByTestId('message').filter({ hasText: 'Alleen voor Mechelen' })).toHaveCount(1);
      await expect(mechelen.getByTestId('pending-message')).toHaveCount(0);
      await expect.poll(() => mechelenLive.events(), { message: 'the event reaches a subscriber who may see it' }).toBeGreaterThan(0);
      expect(inboxLive.events(), 'live message events received by the Liège volunteer').toBe(0);
      await expect(liege.getByRole('link', { name: subject })).toHaveCount(0);
      await liege.reload();
      await expect(liege.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
      await expect(liege.getByRole('status').filter({ hasText: /Chargement/ })).toHaveCount(0);
      await expect(liege.getByRole('link', { name: subject })).toHaveCount(0);
      expect(inboxLive.events(), 'live message events received by the Liège volunteer').toBe(0);

      // The thread's address: not found.
      await liege.goto(`/messages/${threadId}`);
      await expect(liege.getByRole('heading', { level: 1, name: 'Introuvable' })).toBeVisible();
      await expect(liege.getByText('Alleen voor Mechelen')).toHaveCount(0);
      await expect(liege.getByText(subject)).toHaveCount(0);
      // Still no event, well after the message was published.
      expect(inboxLive.events(), 'live message events received by the Liège volunteer').toBe(0);
    } finally {
      await liegeSide.context.close();
      await mechelenSide.context.close();
    }
  });

  test("a household's conversation opens from the household page; an internal note of the contact person stays hidden from the partner", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    // A household of this journey's own in Onthaalgroep Mechelen.
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    let household: { id: string; reference: string };
    try {
      const partnershipId = await partnershipIdByName(admin, PARTNERSHIP);
      household = await registerHousehold(admin, partnershipId, { arrivalRoute: 'DIRECT', members: [['Gesprek', `Test ${uniqueSuffix()}`, 1990, 'HEAD']] });
    } finally {
      await admin.dispose();
    }
    const title = `Gesprek over gezin ${household.reference}`;
    const deskSide = await newPage(browser, DESK);
    const partnerSide = await newPage(browser, PHONE, true);
    try {
      // --- The contact person opens the household's conversation from the household page. ---
      const contact = deskSide.page;
      await signIn(contact, ACCOUNTS.contact);
      await contact.goto(`/households/${household.id}`);
      await expect(contact.getByRole('heading', { level: 1, name: `Gezin ${household.reference}` })).toBeVisible();
      await contact.getByTestId('messages-section').getByRole('link', { name: 'Open het gesprek over dit gezin' }).click();
      await expect(contact.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(contact).toHaveURL(/\/messages\/[^/]+$/);
      const threadUrl = new URL(contact.url()).pathname;

      // An internal note (Fedasil staff only), then a message for everyone.
      await contact.getByLabel('Interne notitie (alleen Fedasil)').check();
      await send(contact, 'Interne noot: dossier nakijken');
      await send(contact, 'Welkom in het gesprek over jullie gezin.');
      const note = messageList(contact).getByTestId('message').filter({ hasText: 'Interne noot: dossier nakijken' });
      await expect(note).toContainText('Interne notitie');
      await expect(messageList(contact).getByTestId('message')).toHaveCount(2);

      // --- The coordinator, on a phone, opens it from the same household page. ---
      const coordinator = partnerSide.page;
      await signIn(coordinator, ACCOUNTS.coordinator);
      await coordinator.goto(`/households/${household.id}`);
      await coordinator.getByTestId('messages-section').getByRole('link', { name: 'Open het gesprek over dit gezin' }).tap();
      await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(new URL(coordinator.url()).pathname).toBe(threadUrl);
      await expect.poll(() => messageTexts(coordinator)).toEqual(['Welkom in het gesprek over jullie gezin.']);
      await expect(coordinator.getByText('Interne noot')).toHaveCount(0);
      await expect(coordinator.getByLabel('Interne notitie (alleen Fedasil)')).toHaveCount(0);
      expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      // The coordinator answers mentioning the contact person, picked from the list.
      const field = coordinator.getByRole('combobox', { name: 'Je bericht' });
      await field.click();
      await field.pressSequentially('Dank je @Koe');
      await coordinator.getByRole('option', { name: ACCOUNTS.contact.name }).click();
      await field.pressSequentially('we bellen morgen.');
      await coordinator.getByRole('button', { name: 'Versturen', exact: true }).tap();
      const answer = messageList(contact).getByTestId('message').filter({ hasText: 'we bellen morgen.' });
      await expect(answer.getByTestId('message-text').locator('strong')).toHaveText(`@${ACCOUNTS.contact.name}`);

      // The conversation is in the inbox of both, titled after the household.
      await mainNav(contact)
        .getByRole('link', { name: /^Berichten/ })
        .click();
      await expect(contact.getByTestId('thread-row').getByRole('link', { name: title, exact: true })).toBeVisible();
      await expectNoSeriousA11yViolations(contact, 'the inbox (contact person)');
    } finally {
      await deskSide.context.close();
      await partnerSide.context.close();
    }
  });
});
