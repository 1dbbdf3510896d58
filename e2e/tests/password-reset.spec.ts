// Journey: "forgot password" by email, and the outbox's delivery state.
// A contact person (a fresh account, invited and accepted through the API) forgets their password:
// from the sign-in page they ask for a link (the answer says nothing about whether the address has
// an account). The hub runs here without SMTP_URL, so the mail waits in the outbox: the admin sees
// it there as "Wacht" (queued), with the link. The person opens the link, chooses a new password and
// is signed in; the same link a second time is refused with a clear message and a way to ask again.
// The person then turns one kind of email off on the notifications page.
import { expect, request as playwrightRequest, test, type BrowserContext } from '@playwright/test';
import { ACCOUNTS, apiSession, graphql, mainNav, signIn, uniqueSuffix, type Account } from './support/hub';

async function freshAccount(baseURL: string, suffix: string): Promise<Account> {
  const account: Account = { email: `reset.${suffix}@partnerhub.example`, name: `Ruth Reset ${suffix}`, password: `eerste lang wachtwoord ${suffix}` };
  const admin = await apiSession(baseURL, ACCOUNTS.admin);
  const invitee = await playwrightRequest.newContext({ baseURL });
  try {
    await graphql(admin, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input: { email: account.email, name: account.name, role: 'CONTACT_PERSON', language: 'nl' } });
    const { outbox } = await graphql<{ outbox: { to: string; body: string }[] }>(admin, '{ outbox { to body } }');
    const token = /\/invitation\/([\w-]+)/.exec(outbox.find((m) => m.to === account.email)!.body)![1];
    await graphql(invitee, 'mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }', { t: token, p: account.password });
    return account;
  } finally {
    await admin.dispose();
    await invitee.dispose();
  }
}

test('a person who forgot their password gets a single-use link by mail (the outbox shows it queued) and chooses a new one', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const person = await freshAccount(baseURL!, suffix);
  const newPassword = `tweede lang wachtwoord ${suffix}`;
  const contexts: BrowserContext[] = [];
  try {
    // --- Asking for a link, from the sign-in page. ---
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
    await page.getByLabel('E-mailadres').fill(person.email);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await expect(page.getByRole('status')).toContainText(`Als er een account bestaat voor ${person.email}, is er een link onderweg`);

    // --- The admin's outbox: the mail, queued (no SMTP server here), with its link. ---
    const adminContext = await browser.newContext();
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    await signIn(admin, ACCOUNTS.admin);
    await mainNav(admin).getByRole('link', { name: 'Verzonden berichten' }).click();
    const message = admin
      .getByTestId('outbox-message')
      .filter({ hasText: person.email })
      .filter({ has: admin.getByRole('heading', { name: 'Nieuw wachtwoord voor Partner Hub' }) });
    await expect(message).toHaveAttribute('data-status', 'QUEUED');
    await expect(message).toContainText('Wacht');
    await expect(message).toContainText(`Beste ${person.name}`);
    const link = message.getByRole('link', { name: /\/reset-password\// });
    await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/reset-password/[\\w-]+$`));
    const resetUrl = (await link.getAttribute('href'))!;

    // --- The link: a new password, and signed in. ---
    await page.goto(resetUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeVisible();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(newPassword);
    await page.getByRole('button', { name: 'Opslaan en aanmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` })).toBeVisible();

    // --- The same link again: refused, clearly, with a way to ask for a new one. ---
    const otherContext = await browser.newContext();
    contexts.push(otherContext);
    const other = await otherContext.newPage();
    await other.goto(resetUrl);
    await expect(other.getByRole('alert')).toContainText('Deze link om een nieuw wachtwoord te kiezen is niet (meer) geldig');
    await expect(other.getByRole('link', { name: 'Een nieuwe link aanvragen' })).toHaveAttribute('href', '/forgot-password');
    // The new password works.
    await signIn(other, { ...person, password: newPassword });

    // --- Email settings: mentions by mail at once by default for a contact person; turned off. ---
    await page.goto('/notifications');
    const emails = page.getByRole('group', { name: 'Mail me' });
    const mentions = emails.getByLabel('Iemand vermeldt mij');
    await expect(mentions).toHaveValue('IMMEDIATE');
    await mentions.selectOption({ label: 'Geen e-mail' });
    await expect(page.getByText('E-mailinstellingen opgeslagen.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Mail me' }).getByLabel('Iemand vermeldt mij')).toHaveValue('NEVER');
  } finally {
    for (const c of contexts) await c.close();
  }
});
