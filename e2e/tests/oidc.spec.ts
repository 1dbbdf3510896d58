// Fedasil staff sign in with their Fedasil account: the full browser redirect flow through a real
// OpenID Connect provider (e2e/oidc-provider.mjs on a loopback port, started by playwright.config.ts),
// and the refusals a person sees. Partners keep their password sign-in.
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, mainNav, signIn } from './support/hub';

test.beforeEach(async ({ page }) => {
  // Nothing leaves this machine: the hub and the provider are both on the loopback address.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
});

/** From the hub's sign-in page through the provider's login and consent pages, back to the hub. */
async function signInWithFedasilAccount(page: Page, login: string) {
  await page.getByRole('link', { name: 'Aanmelden met Fedasil-account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(new URL(page.url()).port).not.toBe(new URL(test.info().project.use.baseURL!).port);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill('any password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share your details with Partner Hub?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('an admin signs in with their Fedasil account, lands where they were going, and signs out', async ({ page }) => {
  // A page that needs sign-in sends the visitor to the sign-in page, which offers both ways in.
  await page.goto('/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Medewerkers van Fedasil' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aanmelden', exact: true })).toBeVisible();

  await signInWithFedasilAccount(page, 'fedasil.admin');
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(mainNav(page)).toBeVisible();
  // Signed in as the admin of the hub: welcomed by name, the admin pages in reach.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${ACCOUNTS.admin.name}` })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();

  // Signing out ends the hub's session: the next page asks to sign in again.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toHaveCount(0);
});

test('a partner who tries the Fedasil account sign-in is told to use their password, which still works', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithFedasilAccount(page, 'partner.coordinator');
  await expect(page).toHaveURL(/\/sign-in\?oidcError=OIDC_ACCOUNT_NOT_STAFF$/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Aanmelden met je Fedasil-account is niet gelukt');
  await expect(alert).toContainText('Partners en vrijwilligers melden zich hieronder aan met hun e-mailadres en wachtwoord.');
  await signIn(page, ACCOUNTS.coordinator);
});

test('an address the directory has not verified, and someone without an account, are refused with the reason', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithFedasilAccount(page, 'unverified.deputy');
  await expect(page.getByRole('alert')).toContainText('gaf geen geverifieerd e-mailadres door');

  // The provider remembers who signed in there; a fresh browser context is another person.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await signInWithFedasilAccount(page, 'fedasil.newcomer');
  await expect(page.getByRole('alert')).toContainText('Aanmelden maakt geen account aan');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
});

test('cancelling at the provider brings the person back, not signed in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Aanmelden met Fedasil-account' }).click();
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Je hebt het aanmelden met je Fedasil-account geannuleerd');
  await expect(page.getByRole('link', { name: 'Aanmelden met Fedasil-account' })).toBeVisible();
});
