// Journeys: structured feedback between a partner and their contact person, and the notification
// centre. Two browsers side by side: the coordinator of Onthaalgroep Mechelen (on a phone) submits
// this month's feedback round; the contact person, whose partnership page is open, sees it arrive,
// and sends it back with a note; the coordinator gets a notification (the badge counts it), reads
// the note, revises and resubmits; the contact person accepts; both see the whole history.
// Then the notification centre on its own: the badge counts live and clears. And a volunteer of
// another partnership sees none of it, also not live.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, apiSession, createPartnership, graphql, partnershipIdByName, signIn, todayInBrussels, uniqueSuffix, watchSubscription, type Account } from './support/hub';

const PHONE = { width: 390, height: 844 };
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

/** The bell in the header: its name says how many are unread. */
function bell(page: Page): Locator {
  return page.getByTestId('notification-bell');
}

async function expectUnread(page: Page, count: number): Promise<void> {
  if (count === 0) {
    await expect(bell(page)).toHaveAccessibleName('Meldingen');
    await expect(page.getByTestId('notification-badge')).toHaveCount(0);
  } else {
    await expect(bell(page)).toHaveAccessibleName(`Meldingen: ${count} ongelezen`);
    await expect(page.getByTestId('notification-badge')).toHaveText(String(count));
  }
}

/** Starts from a clean slate: whatever earlier journeys notified this person is read. */
async function markAllRead(baseURL: string, account: Account): Promise<void> {
  const api = await apiSession(baseURL, account);
  try {
    await graphql(api, 'mutation { markAllNotificationsRead }');
  } finally {
    await api.dispose();
  }
}

interface RoundRow {
  id: string;
  status: string;
  periodStart: string;
}

/** This month's round of a partnership (made on demand from its rhythm when asked for). */
async function currentRound(api: APIRequestContext, partnershipId: string): Promise<RoundRow> {
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const { feedbackRounds } = await graphql<{ feedbackRounds: RoundRow[] }>(api, 'query ($id: ID!) { feedbackRounds(partnershipId: $id) { id status periodStart } }', { id: partnershipId });
  const round = feedbackRounds.find((r) => r.periodStart <= todayInBrussels() && r.periodStart >= thisMonth);
  expect(round, 'this month’s feedback round').toBeDefined();
  return round!;
}

function roundOn(page: Page, roundId: string): Locator {
  return page.locator(`[data-testid="feedback-round"][data-round-id="${roundId}"]`);
}

function historyOf(round: Locator): Locator {
  return round.getByTestId('feedback-history').getByRole('listitem');
}

async function answer(round: Locator, objective: string, status: string, text?: string): Promise<void> {
  await round
    .getByRole('radiogroup', { name: `Stand van zaken: ${objective}` })
    .getByRole('radio', { name: status, exact: true })
    .check();
  if (text !== undefined) await round.getByLabel(`Toelichting: ${objective}`).fill(text);
}

/**
 * A partnership of a journey's own: the deputy is its contact person, the coordinator's
 * organisation a member, with a monthly rhythm from this month; answers this month's round and
 * signed-in API sessions of both sides (dispose them).
 */
async function feedbackPartnership(baseURL: string) {
  const admin = await apiSession(baseURL, ACCOUNTS.admin);
  const name = `Feedback ${uniqueSuffix()}`;
  const partnershipId = await createPartnership(admin, name, ACCOUNTS.deputy);
  const { organisations } = await graphql<{ organisations: { id: string; name: string }[] }>(admin, 'query { organisations { id name } }');
  const samenThuis = organisations.find((o) => o.name === 'Samen Thuis vzw');
  expect(samenThuis).toBeDefined();
  await graphql(admin, 'mutation ($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }', { p: partnershipId, o: samenThuis!.id });
  await admin.dispose();
  const deputyApi = await apiSession(baseURL, ACCOUNTS.deputy);
  await graphql(deputyApi, 'mutation ($input: SetFeedbackScheduleInput!) { setFeedbackSchedule(input: $input) { rhythm } }', {
    input: { partnershipId, rhythm: 'MONTHLY', startDate: `${todayInBrussels().slice(0, 7)}-01` },
  });
  const coordinatorApi = await apiSession(baseURL, ACCOUNTS.coordinator);
  const round = await currentRound(coordinatorApi, partnershipId);
  const answers = [
    { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: null },
    { objective: 'GUIDANCE', status: 'ON_TRACK', text: null },
    { objective: 'OPERATIONAL_COOPERATION', status: 'CONCERNS', text: 'Het overleg loopt moeizaam.' },
  ];
  const submit = () => graphql(coordinatorApi, 'mutation ($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { id } }', { input: { roundId: round.id, answers } });
  return { partnershipId, name, round, deputyApi, coordinatorApi, submit };
}

test.describe('structured feedback', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('submit, send back with a note, revise and resubmit, accept: both sides follow live and see the history', async ({ page: phone, browser, baseURL }) => {
    test.setTimeout(120_000);
    const NOTE = `Vertel meer over de inschrijving in de school (${uniqueSuffix()}).`;
    const REVISED = 'Lina start maandag in de school; de zorgkaart is aangevraagd.';

    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    const partnershipId = await partnershipIdByName(admin, 'Onthaalgroep Mechelen');
    await admin.dispose();
    const coordinatorApi = await apiSession(baseURL!, ACCOUNTS.coordinator);
    const round0 = await currentRound(coordinatorApi, partnershipId);
    await coordinatorApi.dispose();
    expect(round0.status).toBe('OPEN');
    await markAllRead(baseURL!, ACCOUNTS.coordinator);
    await markAllRead(baseURL!, ACCOUNTS.contact);

    const desk = await browser.newContext(DESK);
    try {
      // --- The contact person keeps the partnership page open on their computer. ---
      const contact = await desk.newPage();
      const contactLive = watchSubscription(contact, 'FeedbackRoundChanged');
      const contactBell = watchSubscription(contact, 'NotificationAdded');
      await signIn(contact, ACCOUNTS.contact);
      await expectUnread(contact, 0);
      await contact.goto(`/partnerships/${partnershipId}`);
      const section = contact.getByRole('region', { name: 'Feedback' });
      await expect(section.getByTestId('feedback-rhythm')).toContainText('Elke maand');
      const contactRound = roundOn(contact, round0.id);
      await expect(contactRound).toContainText('In te vullen');
      await contactLive.subscribed();
      await contactBell.subscribed();

      // --- The coordinator, on a phone, finds the round on the home page and answers it. ---
      const coordinatorLive = watchSubscription(phone, 'FeedbackRoundChanged');
      const coordinatorBell = watchSubscription(phone, 'NotificationAdded');
      await signIn(phone, ACCOUNTS.coordinator);
      await expectUnread(phone, 0);
      const home = phone.getByRole('region', { name: 'Feedbackrondes' });
      await home
        .getByRole('link', { name: /^Onthaalgroep Mechelen: / })
        .first()
        .tap();
      await expect(phone).toHaveURL(new RegExp(`/partnerships/${partnershipId}\\?round=${round0.id}#feedback$`));
      const round = roundOn(phone, round0.id);
      // The link opened the round: its form is there.
      await expect(round.getByRole('group', { name: 'Duurzame huisvesting' })).toBeVisible();
      await coordinatorLive.subscribed();
      await coordinatorBell.subscribed();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousA11yViolations(phone, 'the feedback form (coordinator, phone)');

      // Submitting without every status is refused, in words.
      await answer(round, 'Duurzame huisvesting', 'Op schema', 'Hassan heeft een sociaal huurcontract voor drie jaar.');
      await round.getByRole('button', { name: 'Feedback indienen' }).tap();
      await expect(round.getByRole('alert')).toHaveText('Geef voor elk van de drie doelstellingen een stand van zaken voor je indient.');
      await answer(round, 'Begeleiding', 'Enkele zorgen', 'We wachten nog op de zorgkaart.');
      await answer(round, 'Operationele samenwerking', 'Op schema');
      await round.getByLabel('Algemene opmerking').fill('Een rustige maand.');
      await round.getByRole('button', { name: 'Feedback indienen' }).tap();
      await expect(round.getByRole('status')).toHaveText('Feedback ingediend. Je contactpersoon bekijkt ze.');
      await expect(round).toContainText('Ingediend');

      // --- The contact person sees it arrive without a reload (and a notification), and sends it back. ---
      await contact.evaluate(() => Object.assign(window, { neverReloaded: true }));
      await expect(contactRound.locator('.badge').first()).toHaveText('Ingediend');
      await expectUnread(contact, 1);
      await contactRound.getByRole('button', { name: /^Feedbackronde .* openen$/ }).click();
      await expect(contactRound).toContainText('We wachten nog op de zorgkaart.');
      await expectNoSeriousA11yViolations(contact, 'the review of a feedback round (contact person)');
      // A send-back needs a note.
      await contactRound.getByRole('button', { name: 'Terugsturen', exact: true }).click();
      await expect(contactRound.getByText('Zeg wat herwerkt moet worden.')).toBeVisible();
      await contactRound.getByLabel('Opmerking voor de partner').fill(NOTE);
      await contactRound.getByRole('button', { name: 'Terugsturen', exact: true }).click();
      await expect(contactRound.getByRole('status')).toHaveText('Feedback teruggestuurd met je opmerking.');
      await expect(contactRound.locator('.badge').first()).toHaveText('Teruggestuurd');

      // --- The coordinator: the badge counts the notification; the round shows the note, live. ---
      await expectUnread(phone, 1);
      await expect(round.locator('.badge').first()).toHaveText('Teruggestuurd');
      await expect(round.getByTestId('feedback-review-note')).toContainText(`Teruggestuurd door ${ACCOUNTS.contact.name}`);
      await expect(round.getByTestId('feedback-review-note')).toContainText(NOTE);
      // The notification centre says what happened and opens the round; opening it reads it.
      await bell(phone).tap();
      await expect(phone.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
      const notification = phone.getByTestId('notification').filter({ hasText: `${ACCOUNTS.contact.name} stuurde een feedbackronde terug` });
      await expect(notification).toHaveAttribute('data-unread', 'true');
      await expectNoSeriousA11yViolations(phone, 'the notification centre (coordinator, phone)');
      await notification.getByRole('link').tap();
      await expect(phone).toHaveURL(new RegExp(`/partnerships/${partnershipId}\\?round=${round0.id}#feedback$`));
      await expectUnread(phone, 0);
      const revised = roundOn(phone, round0.id);
      await expect(revised.getByTestId('feedback-review-note')).toContainText(NOTE);
      // The form starts from what was submitted; the coordinator revises and resubmits.
      await expect(revised.getByLabel('Toelichting: Begeleiding')).toHaveValue('We wachten nog op de zorgkaart.');
      await revised.getByLabel('Toelichting: Begeleiding').fill(REVISED);
      await revised.getByRole('button', { name: 'Herwerkte feedback indienen' }).tap();
      await expect(revised.getByRole('status')).toHaveText('Feedback ingediend. Je contactpersoon bekijkt ze.');

      // --- The contact person: the revision arrives live; they accept it. ---
      await expect(contactRound.locator('.badge').first()).toHaveText('Ingediend');
      await expect(contactRound).toContainText(REVISED);
      await expectUnread(contact, 2);
      await contactRound.getByRole('button', { name: 'Aanvaarden' }).click();
      await expect(contactRound.getByRole('status')).toHaveText('Feedback aanvaard.');
      await expect(contactRound.locator('.badge').first()).toHaveText('Aanvaard');
      expect(await contact.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded)).toBe(true);

      // --- Both see the whole history, in order. ---
      const expected = [
        `Ingediend door ${ACCOUNTS.coordinator.name}`,
        `Teruggestuurd door ${ACCOUNTS.contact.name}`,
        `Ingediend door ${ACCOUNTS.coordinator.name}`,
        `Aanvaard door ${ACCOUNTS.contact.name}`,
      ];
      for (const side of [contactRound, revised]) {
        await expect(historyOf(side)).toHaveCount(4);
        for (const [i, text] of expected.entries()) await expect(historyOf(side).nth(i)).toContainText(text);
        await expect(historyOf(side).nth(1)).toContainText(NOTE);
      }
      await expect(revised.locator('.badge').first()).toHaveText('Aanvaard');
      await expectUnread(phone, 1);
      expect(contactLive.events(), 'round events on the contact person’s page').toBeGreaterThan(0);
      expect(coordinatorBell.events(), 'notifications received by the coordinator').toBe(2);
    } finally {
      await desk.close();
    }
  });
});

test.describe('notification centre', () => {
  test('the badge counts new notifications live and clears when they are read', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const { name, round, deputyApi, coordinatorApi, submit } = await feedbackPartnership(baseURL!);
    await graphql(deputyApi, 'mutation { markAllNotificationsRead }');

    try {
      const live = watchSubscription(page, 'NotificationAdded');
      await signIn(page, ACCOUNTS.deputy);
      await expectUnread(page, 0);
      await live.subscribed();

      // The coordinator submits: one notification, counted without a reload.
      await submit();
      await expectUnread(page, 1);
      // Sent back and submitted again: two.
      await graphql(deputyApi, 'mutation ($id: ID!) { sendBackFeedbackRound(id: $id, note: "Graag meer uitleg.") { id } }', { id: round.id });
      await submit();
      await expectUnread(page, 2);

      // The notification centre lists both, newest first, unread.
      await bell(page).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
      await expect(page.getByTestId('unread-count')).toHaveText('2 ongelezen');
      // (Notifications of earlier journeys are there too, read.)
      const items = page.locator('[data-testid="notification"][data-unread]');
      await expect(items).toHaveCount(2);
      for (const i of [0, 1]) await expect(items.nth(i)).toContainText(`${ACCOUNTS.coordinator.name} diende een feedbackronde in`);
      await expectNoSeriousA11yViolations(page, 'the notification centre (deputy)');

      // Opening one reads it: the badge counts one less; the round is open on its partnership page.
      await items.nth(0).getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(roundOn(page, round.id).getByRole('form', { name: 'Beoordeling' })).toBeVisible();
      await expectUnread(page, 1);

      // "Mark all as read" clears the badge.
      await bell(page).click();
      await expect(page.getByTestId('unread-count')).toHaveText('1 ongelezen');
      await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Alle meldingen zijn als gelezen gemarkeerd.' })).toBeVisible();
      await expect(page.getByTestId('unread-count')).toHaveText('Alles is gelezen.');
      await expectUnread(page, 0);
      await expect(page.locator('[data-testid="notification"][data-unread]')).toHaveCount(0);

      // Preferences: turning "submitted" off is kept on the account.
      const pref = page.getByRole('checkbox', { name: 'Een feedbackronde is ingediend' });
      await expect(pref).toBeChecked();
      await pref.uncheck();
      await expect(page.getByRole('status').filter({ hasText: 'Voorkeuren opgeslagen.' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('checkbox', { name: 'Een feedbackronde is ingediend' })).not.toBeChecked();
      await page.getByRole('checkbox', { name: 'Een feedbackronde is ingediend' }).check();
      await expect(page.getByRole('status').filter({ hasText: 'Voorkeuren opgeslagen.' })).toBeVisible();
    } finally {
      await deputyApi.dispose();
      await coordinatorApi.dispose();
    }
  });
});

test.describe('another partnership', () => {
  test('a volunteer of another partnership sees none of it, also not live', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const { partnershipId, round, deputyApi, coordinatorApi, submit } = await feedbackPartnership(baseURL!);
    const stranger = await apiSession(baseURL!, ACCOUNTS.volunteerLiege);
    try {
      await graphql(stranger, 'mutation { markAllNotificationsRead }');
      const bellEvents = watchSubscription(page, 'NotificationAdded');
      const roundEvents = watchSubscription(page, 'FeedbackRoundChanged');
      await signIn(page, ACCOUNTS.volunteerLiege, (n) => `Bienvenue, ${n}`);
      await bellEvents.subscribed();
      // The partnership page, its feedback section included, is "not found".
      await page.goto(`/partnerships/${partnershipId}?round=${round.id}#feedback`);
      await expect(page.getByRole('heading', { level: 1, name: 'Introuvable' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Feedback' })).toHaveCount(0);
      // Through the API too: the rounds and the round are "not found".
      for (const [query, variables] of [
        ['query ($id: ID!) { feedbackRounds(partnershipId: $id) { id } }', { id: partnershipId }],
        ['query ($id: ID!) { feedbackRound(id: $id) { id } }', { id: round.id }],
      ] as const) {
        const answer = (await (await stranger.post('/graphql', { data: { query, variables } })).json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      // The round goes back and forth; nothing of it reaches the stranger's open page.
      await page.goto('/notifications');
      await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
      await submit();
      await graphql(deputyApi, 'mutation ($id: ID!) { sendBackFeedbackRound(id: $id, note: "Graag meer uitleg.") { id } }', { id: round.id });
      await submit();
      await graphql(deputyApi, 'mutation ($id: ID!) { acceptFeedbackRound(id: $id) { id } }', { id: round.id });
      // The deputy's own count proves the events were published meanwhile.
      await expect.poll(async () => (await graphql<{ unreadNotificationCount: number }>(deputyApi, 'query { unreadNotificationCount }')).unreadNotificationCount).toBeGreaterThanOrEqual(2);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
      await expect(page.getByTestId('notification').filter({ hasText: 'feedback' })).toHaveCount(0);
      await expect(page.getByTestId('notification-badge')).toHaveCount(0);
      expect(bellEvents.events(), 'notifications received by the stranger').toBe(0);
      expect(roundEvents.events(), 'round events received by the stranger').toBe(0);
    } finally {
      await stranger.dispose();
      await deputyApi.dispose();
      await coordinatorApi.dispose();
    }
  });
});
