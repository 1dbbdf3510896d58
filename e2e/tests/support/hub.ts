// Shared helpers of the end-to-end journeys: the demo accounts, signing in through the UI, and a
// small GraphQL client for set-up and look-ups (never for what a journey itself checks).
import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, type APIRequestContext, type Locator, type Page, type WebSocket } from '@playwright/test';

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

/** The value (dd) of a term (dt) in a details list. */
export function detail(scope: Locator, term: string): Locator {
  const exactly = new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return scope
    .locator('dl > div')
    .filter({ has: scope.page().locator('dt', { hasText: exactly }) })
    .locator('dd');
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
  const data = await graphql<{ partnerships: { edges: { node: { id: string; name: string } }[] } }>(admin, 'query { partnerships(first: 100) { edges { node { id name } } } }');
  const found = data.partnerships.edges.find((e) => e.node.name === name);
  expect(found, `partnership ${name}`).toBeDefined();
  return found!.node.id;
}

// ----- Dates, as the hub counts them (calendar days in Brussels) -----------------------------

/** Today in Brussels (YYYY-MM-DD): the hub's "today", whatever the machine's time zone. */
export function todayInBrussels(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An ISO date plus some days (negative: before). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day the hand-written demo households are dated for (server/src/seeders/demo-partnerships.ts, HAND_WRITTEN_FOR). */
const HAND_WRITTEN_FOR = '2026-12-07';

/**
 * A date of a hand-written demo household as the demo shows it: the seeder moves those dates by the days
 * between HAND_WRITTEN_FOR and the day it runs (today in Brussels), so that the demo looks the same on any day.
 */
export function demoDate(handWritten: string, today: string = todayInBrussels()): string {
  return addDays(handWritten, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${HAND_WRITTEN_FOR}T00:00:00Z`)) / 86_400_000));
}

/** An ISO date plus some calendar months, kept within the target month (31 January + 1 month = 28/29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

// ----- Set-up through the API ----------------------------------------------------------------

/** The id of a person by their email address, as the admin sees it. */
export async function userIdByEmail(admin: APIRequestContext, email: string): Promise<string> {
  const { users } = await graphql<{ users: { id: string; email: string }[] }>(admin, 'query { users { id email } }');
  const found = users.find((u) => u.email === email);
  expect(found, `user ${email}`).toBeDefined();
  return found!.id;
}

/**
 * A new, active resettlement partnership of this journey's own (so demo data stays as it is), led
 * by a new organisation, with `contact` as its Fedasil contact person. Created by the admin.
 */
export async function createPartnership(admin: APIRequestContext, name: string, contact: Account): Promise<string> {
  const { createOrganisation } = await graphql<{ createOrganisation: { id: string } }>(admin, 'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }', {
    input: { name: `${name} vzw`, kind: 'NON_PROFIT', street: 'Stationsstraat 1', postalCode: '2800', city: 'Mechelen' },
  });
  const contactPersonId = await userIdByEmail(admin, contact.email);
  const { createPartnership: partnership } = await graphql<{ createPartnership: { id: string } }>(admin, 'mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }', {
    input: {
      name,
      programme: 'RESETTLEMENT',
      track: 'COMMUNITY_SPONSORSHIP',
      status: 'ACTIVE',
      leadOrganisationId: createOrganisation.id,
      contactPersonId,
      capacityPledged: 10,
    },
  });
  return partnership.id;
}

export type Member = [firstName: string, lastName: string, birthYear: number, relationship: 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'SIBLING' | 'OTHER'];

/** Registers a household (as someone who may, e.g. the contact person); answers its id and reference. */
export async function registerHousehold(
  api: APIRequestContext,
  partnershipId: string,
  household: { arrivalRoute: 'DIRECT' | 'AFTER_RECEPTION'; plannedArrivalDate?: string; members: Member[] },
): Promise<{ id: string; reference: string }> {
  const { registerHousehold: registered } = await graphql<{ registerHousehold: { id: string; reference: string } }>(
    api,
    'mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }',
    {
      input: {
        partnershipId,
        arrivalRoute: household.arrivalRoute,
        plannedArrivalDate: household.plannedArrivalDate ?? null,
        members: household.members.map(([firstName, lastName, birthYear, relationship]) => ({ firstName, lastName, birthYear, relationship })),
        // Specs share one hub: beyond a partnership's pledged capacity, Fedasil staff override (partners are still refused).
        capacityOverrideReason: 'End-to-end test household',
      },
    },
  );
  return registered;
}

/** Records a household's arrival; guidance starts that day. */
export async function recordArrival(api: APIRequestContext, householdId: string, arrivalDate: string): Promise<void> {
  await graphql(api, 'mutation ($id: ID!, $arrivalDate: String!) { recordArrival(id: $id, arrivalDate: $arrivalDate) { id } }', { id: householdId, arrivalDate });
}

/** The id of a household by its reference within a partnership. */
export async function householdIdByReference(api: APIRequestContext, partnershipId: string, reference: string): Promise<string> {
  const data = await graphql<{ partnership: { households: { id: string; reference: string }[] } }>(api, 'query ($id: ID!) { partnership(id: $id) { households { id reference } } }', {
    id: partnershipId,
  });
  const found = data.partnership.households.find((h) => h.reference === reference);
  expect(found, `household ${reference}`).toBeDefined();
  return found!.id;
}

// ----- Live updates --------------------------------------------------------------------------

/**
 * Watches a page's GraphQL websocket for one subscription (by operation name): whether the page
 * has subscribed, and how many events it has received. Call before the page opens the view, then
 * wait for `subscribed` before anyone else acts, so no event is sent before the page listens.
 */
export function watchSubscription(page: Page, operationName: string) {
  let subscribed = false;
  const ids = new Set<string>();
  let events = 0;
  const parse = (payload: string | Buffer): { id?: string; type?: string; payload?: { operationName?: string } } | null => {
    try {
      return JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8')) as { id?: string; type?: string; payload?: { operationName?: string } };
    } catch {
      return null;
    }
  };
  page.on('websocket', (ws: WebSocket) => {
    if (!ws.url().endsWith('/graphql')) return;
    ws.on('framesent', ({ payload }) => {
      const message = parse(payload);
      if (message?.type === 'subscribe' && message.payload?.operationName === operationName && message.id) {
        ids.add(message.id);
        subscribed = true;
      }
    });
    ws.on('framereceived', ({ payload }) => {
      const message = parse(payload);
      if (message?.type === 'next' && message.id && ids.has(message.id)) events += 1;
    });
  });
  return {
    subscribed: async () => expect.poll(() => subscribed, { message: `the page subscribes to ${operationName}` }).toBe(true),
    events: () => events,
  };
}
