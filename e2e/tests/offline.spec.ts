// Journey: a volunteer in a town hall basement, on a phone with no network.
// The volunteer has opened a household and its conversation before; the network goes. They tick
// two plan steps (shown at once, "waiting to send"), reload the app (it opens from the device:
// the installed app shell and the last-seen pages), open the conversation and write a message,
// and close and open the app once more (the message is still waiting).
// Back online, everything goes out by itself, in order: each step done once, the message stored
// once, and the contact person, who keeps the conversation open at their desk, sees it live.
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, addDays, apiSession, graphql, partnershipIdByName, recordArrival, registerHousehold, signIn, todayInBrussels, uniqueSuffix, watchSubscription } from './support/hub';

const PHONE = { width: 390, height: 844 };
let HOUSEHOLD_ID = '';
let REFERENCE = '';
/** Two open steps of the household's plan, by their Dutch label. */
let STEPS: { id: string; label: string }[] = [];

function planStep(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Begeleidingsplan' })
    .getByTestId('plan-step')
    .filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });
}

test.describe('offline on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test.beforeAll(async ({ baseURL }) => {
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    try {
      const partnershipId = await partnershipIdByName(admin, 'Onthaalgroep Mechelen');
      const created = await registerHousehold(admin, partnershipId, { arrivalRoute: 'DIRECT', members: [['Offline', `Test ${uniqueSuffix()}`, 1988, 'HEAD']] });
      HOUSEHOLD_ID = created.id;
      REFERENCE = created.reference;
      await recordArrival(admin, created.id, addDays(todayInBrussels(), -10));
      const { household } = await graphql<{ household: { plan: { id: string; status: string; member: { id: string } | null; label: { nl: string } }[] } }>(
        admin,
        'query ($id: ID!) { household(id: $id) { plan { id status member { id } label { nl } } } }',
        { id: created.id },
      );
      STEPS = household.plan
        .filter((s) => s.status === 'TODO' && !s.member)
        .slice(0, 2)
        .map((s) => ({ id: s.id, label: s.label.nl }));
      expect(STEPS).toHaveLength(2);
    } finally {
      await admin.dispose();
    }
  });

  test('ticks two steps and writes a message offline; back online, each arrives once and the contact person sees the message live', async ({ page: phone, browser, baseURL }) => {
    test.setTimeout(120_000);
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
    try {
      // --- The phone: an installable app, its shell kept by the service worker. ---
      await signIn(phone, ACCOUNTS.volunteer);
      const manifest = (await (await phone.request.get('/manifest.webmanifest')).json()) as { icons: { sizes: string }[] };
      expect(manifest).toMatchObject({ name: 'Partner Hub', display: 'standalone', start_url: '/' });
      expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      await expect.poll(() => phone.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active) && Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);

      // The volunteer looks at the household and its conversation while the network is there.
      await phone.goto(`/households/${HOUSEHOLD_ID}`);
      await expect(phone.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();
      await phone.getByRole('link', { name: 'Open het gesprek over dit gezin' }).tap();
      await expect(phone.getByRole('combobox', { name: 'Je bericht' })).toBeVisible();
      const threadUrl = phone.url();
      await phone.goBack();
      await expect(phone.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();

      // --- The contact person keeps the conversation open at their desk. ---
      const contact = await desk.newPage();
      const live = watchSubscription(contact, 'ThreadMessageEvents');
      await signIn(contact, ACCOUNTS.contact);
      await contact.goto(threadUrl.replace(/^https?:\/\/[^/]+/, ''));
      await expect(contact.getByRole('combobox', { name: 'Je bericht' })).toBeVisible();
      await live.subscribed();

      // --- The network goes. Two steps ticked: shown at once, waiting to send. ---
      await phone.context().setOffline(true);
      for (const step of STEPS) {
        const item = planStep(phone, step.label);
        await item.getByRole('button', { name: `Markeer als gedaan: ${step.label}` }).tap();
        await expect(item).toContainText('Gedaan');
        await expect(item.getByTestId('queued-writes')).toContainText('Wacht om te versturen');
      }
      await expect(phone.getByTestId('queued-count')).toContainText('Wijzigingen die wachten om verstuurd te worden: 2');

      // --- The app is closed and opened again, still offline: it opens from the device. ---
      await phone.waitForTimeout(1500); // the last-seen pages are saved at most once a second
      await phone.reload();
      await expect(phone.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();
      for (const step of STEPS) {
        await expect(planStep(phone, step.label)).toContainText('Gedaan');
        await expect(planStep(phone, step.label).getByTestId('queued-writes')).toContainText('Wacht om te versturen');
      }

      // --- The conversation, from the device; a message written offline waits too. ---
      const text = `Offline geschreven ${uniqueSuffix()}: de bankkaart is aangevraagd`;
      await phone.getByRole('link', { name: 'Open het gesprek over dit gezin' }).tap();
      const field = phone.getByRole('combobox', { name: 'Je bericht' });
      await expect(field).toBeVisible();
      await field.fill(text);
      await phone.getByRole('button', { name: 'Versturen', exact: true }).tap();
      await expect(phone.getByTestId('pending-message').filter({ hasText: text })).toContainText('Wacht om te versturen');
      // Closed and opened again: the message is still on the device, waiting.
      await phone.waitForTimeout(1500);
      await phone.reload();
      await expect(phone.getByTestId('pending-message').filter({ hasText: text })).toContainText('Wacht om te versturen');
      // Nothing reached the server yet.
      await expect(contact.getByTestId('message-list').getByTestId('message').filter({ hasText: text })).toHaveCount(0);

      // --- Back online: everything goes out by itself. ---
      await phone.context().setOffline(false);
      await expect(phone.getByTestId('pending-message')).toHaveCount(0, { timeout: 30_000 });
      await expect(phone.getByTestId('message-list').getByTestId('message').filter({ hasText: text })).toHaveCount(1);
      await expect(phone.getByTestId('queued-count')).toHaveCount(0, { timeout: 30_000 });
      // The contact person sees the message live, once.
      await expect(contact.getByTestId('message-list').getByTestId('message').filter({ hasText: text })).toHaveCount(1, { timeout: 20_000 });
      expect(live.events()).toBeGreaterThan(0);

      // The server has each change once: two steps done (one timeline entry each), one message.
      const admin = await apiSession(baseURL!, ACCOUNTS.admin);
      try {
        const { household } = await graphql<{ household: { plan: { id: string; status: string; version: number }[]; timeline: { kind: string; stepKey: string | null }[] } }>(
          admin,
          'query ($id: ID!) { household(id: $id) { plan { id status version } timeline { kind stepKey } } }',
          { id: HOUSEHOLD_ID },
        );
        for (const step of STEPS) expect(household.plan.find((s) => s.id === step.id)).toMatchObject({ status: 'DONE', version: 2 });
        expect(household.timeline.filter((e) => e.kind === 'STEP_UPDATED')).toHaveLength(2);
      } finally {
        await admin.dispose();
      }
      await expect(contact.getByTestId('message-list').getByTestId('message').filter({ hasText: text })).toHaveCount(1);
    } finally {
      await desk.close();
    }
  });
});
