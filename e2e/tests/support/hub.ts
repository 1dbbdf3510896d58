// Shared helpers of the end-to-end journeys: the demo accounts, signing in through the UI, and a
// small GraphQL client for set-up and look-ups (never for what a journey itself checks).
import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';

/** Every demo account has this password (README). */
export const DEMO_PASSWORD = 'partnerhub-demo';

export interface Account {
  email: string;
  name: string;
  password: string;
}

const demo = (email: string, name: string): Account => ({ email, name, password: DEMO_PASSWORD });

/** Demo accounts (server/src/seeders/demo.ts). */
export const ACCOUNTS = {
  admin: demo('admin@partnerhub.example', 'Anna Peeters'),
  contact: demo('contact@partnerhub.example', 'Koen Janssens'),
  deputy: demo('deputy@partnerhub.example', 'Sofie Maes'),
  contactWallonie: demo('contact.wallonie@partnerhub.example', 'Marc Dubois'),
  coordinator: demo('coordinator@partnerhub.example', 'Lotte Claes'),
  volunteer: demo('volunteer@partnerhub.example', 'Pieter Wouters'),
  coordinatorLiege: demo('coordinator.liege@partnerhub.example', 'Julie Lambert'),
  volunteerLiege: demo('volunteer.liege@partnerhub.example', 'Thomas Renard'),
} as const;

/** The demo partnerships, by name. */
export const DEMO_PARTNERSHIPS = ['Gent Samen', 'Onthaalgroep Mechelen', 'Liège Accueil', 'Terugkeerloket Antwerpen', 'Zemst Verwelkomt'] as const;

/** A short random suffix, so each run's names and addresses are new. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/**
 * Signs in through the sign-in page (in Dutch: the browser locale is nl-BE) and waits for the home
 * page's welcome heading. Only ever with the right password: failed sign-ins are throttled.
 */
export async function signIn(page: Page, account: Account, welcome: (name: string) => string = (name) => `Welkom, ${name}`): Promise<void> {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await page.getByLabel('E-mailadres', { exact: true }).fill(account.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: welcome(account.name) })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
}

/** The main navigation of the header (its links depend on the role). */
export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' });
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request with the cookies of `request` (a page's `page.request`, or an API context). */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  expect(answer.errors, `GraphQL errors for ${query.trim().split('\n')[0]}`).toBeUndefined();
  expect(response.ok()).toBe(true);
  return answer.data!;
}

/** A signed-in API session of its own (not a browser page), for set-up and look-ups. */
export async function apiSession(baseURL: string, account: Account): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL });
  await graphql(request, 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
    email: account.email,
    password: account.password,
  });
  return request;
}

/** The id of a partnership by its name, as the admin sees it. */
export async function partnershipIdByName(admin: APIRequestContext, name: string): Promise<string> {
  const data = await graphql<{ partnerships: { edges: { node: { id: string; name: string } }[] } }>(
    admin,
    'query { partnerships(first: 100) { edges { node { id name } } } }',
  );
  const found = data.partnerships.edges.find((e) => e.node.name === name);
  expect(found, `partnership ${name}`).toBeDefined();
  return found!.node.id;
}
