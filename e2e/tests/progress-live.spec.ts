// Journey: a volunteer records progress on a phone, and the contact person's board follows live.
// The contact person keeps the board open in their own browser; the volunteer opens a household
// of their partnership that arrived three weeks ago (made for the test, so the journey does not
// depend on the demo data's dates) on a phone and marks "Bankrekening geopend" done in one tap. Without a reload, the
// board's row for that household counts one more step done and shows the next step; the
// household's timeline names the volunteer.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, addDays, apiSession, graphql, mainNav, partnershipIdByName, recordArrival, registerHousehold, signIn, todayInBrussels, uniqueSuffix, watchSubscription } from './support/hub';

let REFERENCE = '';
/** The head of that household, as the board shows them. */
let HEAD = '';
const STEP = 'Bankrekening geopend';
/** The open step due first once the bank account is done (read from the household's plan). */
let NEXT_STEP = '';
const PHONE = { width: 390, height: 844 };

function boardRow(page: Page, reference: string) {
  return page.getByTestId('board-row').filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
}

/** "5 van 11 stappen gedaan" (read by screen readers in the progress cell): the two numbers. */
async function progressOf(row: ReturnType<typeof boardRow>): Promise<{ done: number; total: number }> {
  await expect(row).toContainText(/\d+ van \d+ stappen gedaan/);
  const [, done, total] = /(\d+) van (\d+) stappen gedaan/.exec((await row.textContent()) ?? '')!;
  return { done: Number(done), total: Number(total) };
}

test.describe('live progress', () => {
  // The test's own page is the volunteer's phone.
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test.beforeAll(async ({ baseURL }) => {
    // A household of the volunteer's partnership that arrived 20 days ago; every step due before
    // the bank account is done, so the bank account is the next step on the board.
    const admin = await apiSession(baseURL!, ACCOUNTS.admin);
    try {
      const partnershipId = await partnershipIdByName(admin, 'Onthaalgroep Mechelen');
      const lastName = `Test ${uniqueSuffix()}`;
      HEAD = `Live ${lastName}`;
      const created = await registerHousehold(admin, partnershipId, { arrivalRoute: 'DIRECT', members: [['Live', lastName, 1985, 'HEAD']] });
      REFERENCE = created.reference;
      await recordArrival(admin, created.id, addDays(todayInBrussels(), -20));
      const { household } = await graphql<{ household: { plan: { id: string; key: string; dueDate: string; label: { nl: string } }[] } }>(
        admin,
        'query ($id: ID!) { household(id: $id) { plan { id key dueDate label { nl } } } }',
        { id: created.id },
      );
      const order = [...household.plan].map((s, position) => ({ ...s, position })).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position);
      const bank = order.findIndex((s) => s.key === 'BANK_ACCOUNT');
      for (const step of order.slice(0, bank)) await graphql(admin, 'mutation ($id: ID!) { updateGuidanceStep(id: $id, input: { status: DONE }) { id } }', { id: step.id });
      NEXT_STEP = order[bank + 1].label.nl;
    } finally {
      await admin.dispose();
    }
  });

  test("a volunteer marks a step done on a phone; the contact person's open board follows without a reload", async ({ page: phone, browser }) => {
    test.setTimeout(90_000);
    let desk: BrowserContext | undefined;
    try {
      // --- The contact person opens the board on their computer. ---
      desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
      const board = await desk.newPage();
      const live = watchSubscription(board, 'BoardUpdated');
      await signIn(board, ACCOUNTS.contact);
      await mainNav(board).getByRole('link', { name: 'Opvolgbord' }).click();
      await expect(board.getByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeVisible();
      await expect(board).toHaveURL(/\/board$/);
      const row = boardRow(board, REFERENCE);
      await expect(row).toContainText(HEAD);
      await expect(row).toContainText('Onthaalgroep Mechelen');
      await expect(row).toContainText(STEP);
      const before = await progressOf(row);
      expect(before.done).toBeLessThan(before.total);
      // The board listens before anyone acts; a marker tells whether the page was reloaded.
      await live.subscribed();
      await board.evaluate(() => Object.assign(window, { boardNeverReloaded: true }));
      await expectNoSeriousA11yViolations(board, 'the board (contact person)');

      // --- The volunteer, on a phone, opens the household and marks the step done. ---
      await signIn(phone, ACCOUNTS.volunteer);
      await phone.getByTestId('household-row').getByRole('link', { name: REFERENCE, exact: true }).tap();
      await expect(phone.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();
      const plan = phone.getByRole('region', { name: 'Begeleidingsplan' });
      await expect(plan.getByTestId('plan-progress')).toHaveText(`${before.done} van ${before.total} stappen gedaan`);
      const step = plan.getByTestId('plan-step').filter({ has: phone.getByRole('heading', { level: 3, name: STEP, exact: true }) });
      await expect(step).toContainText('Te doen');
      await expect(step).toContainText('Volgende stap');
      // No sideways scrolling on a phone, the plan included.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousA11yViolations(phone, 'a household page with its plan (volunteer, phone)');

      await step.getByRole('button', { name: `Markeer als gedaan: ${STEP}` }).tap();
      await expect(plan.getByRole('status')).toHaveText(`Opgeslagen: ${STEP} is nu “Gedaan”.`);
      await expect(plan.getByTestId('plan-progress')).toHaveText(`${before.done + 1} van ${before.total} stappen gedaan`);
      await expect(step).toContainText('Gedaan');
      await expect(step).not.toContainText('Volgende stap');
      await expect(step).toContainText(`Gewijzigd door ${ACCOUNTS.volunteer.name}`);
      await expect(step.getByRole('button', { name: `Heropenen: ${STEP}` })).toBeVisible();
      const next = plan.getByTestId('plan-step').filter({ has: phone.getByRole('heading', { level: 3, name: NEXT_STEP, exact: true }) });
      await expect(next).toContainText('Volgende stap');

      // The timeline on the volunteer's page: the change, by them.
      const change = phone
        .getByTestId('timeline')
        .getByRole('listitem')
        .filter({ hasText: `${STEP}: Te doen → Gedaan` })
        .last();
      await expect(change).toContainText(`door ${ACCOUNTS.volunteer.name}`);

      // --- The board follows, live: one more step done, and the next step. ---
      await expect(row).toContainText(`${before.done + 1} van ${before.total} stappen gedaan`);
      await expect(row).toContainText(NEXT_STEP);
      await expect(row).not.toContainText(STEP);
      expect(await board.evaluate(() => (window as unknown as { boardNeverReloaded?: boolean }).boardNeverReloaded)).toBe(true);
      expect(live.events(), 'events received on the board').toBeGreaterThan(0);

      // --- The contact person opens the household from the board: the timeline names the volunteer. ---
      await row.getByRole('link', { name: REFERENCE, exact: true }).click();
      await expect(board.getByRole('heading', { level: 1, name: `Gezin ${REFERENCE}` })).toBeVisible();
      const timeline = board.getByRole('region', { name: 'Geschiedenis' }).getByTestId('timeline');
      const seen = timeline
        .getByRole('listitem')
        .filter({ hasText: `${STEP}: Te doen → Gedaan` })
        .last();
      await expect(seen).toContainText(`door ${ACCOUNTS.volunteer.name}`);
      await expect(board.getByRole('region', { name: 'Begeleidingsplan' }).getByTestId('plan-progress')).toHaveText(`${before.done + 1} van ${before.total} stappen gedaan`);
    } finally {
      await desk?.close();
    }
  });
});
