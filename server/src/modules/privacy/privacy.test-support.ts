/**
 * The privacy tests' shared set-up (privacy.test.ts, privacy-export.test.ts): a hub whose log lines are kept,
 * uploads, ZIP downloads, household threads and the funding figures that erasure must leave as they were.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Agent, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { createLogger } from '../../app/logger.js';

export let hub: TestHub;
export let ids: Awaited<ReturnType<typeof demoIds>>;
export let admin: Agent;
/** Every line the hub logs during this file, at every level. */
export const logLines: string[] = [];

/** A hub with the demo data whose every log line is kept in logLines, for the file's tests (one per test file). */
export function usePrivacyHub(): void {
  beforeAll(async () => {
    hub = await startTestHub({ logger: createLogger('debug', (line) => logLines.push(line)) });
    ids = await demoIds(hub);
    admin = await hub.as(DEMO.admin);
  });
  afterAll(() => hub?.close());
}

/** Special-category data the privacy tests write (specific needs, names of identity and medical documents): never in a log. */
export const SENSITIVE = [
  'Youngest child needs follow-up by a paediatric cardiologist.',
  'Former unaccompanied minor; guardian contact via the OCMW.',
  'Support by a specialised centre; do not share the address.',
  'Medisch verslag.pdf',
  'Passeport Mariam.pdf',
  'Rapport Grace Mugisha.pdf',
];

/** Nothing the file's hub logged carries special-category data. */
export function expectNothingSensitiveLogged(): void {
  expect(logLines.length).toBeGreaterThan(0);
  for (const s of SENSITIVE)
    expect(
      logLines.filter((l) => l.includes(s)),
      s,
    ).toEqual([]);
}

export const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export async function upload(agent: Agent, query: Record<string, string>, name: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${hub.url}/documents?${new URLSearchParams(query)}`, { method: 'POST', body: form, headers: { cookie: agent.cookie!, 'x-partner-hub-upload': '1' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

export async function getZip(agent: Agent | null, url: string) {
  const res = await fetch(`${hub.url}${url}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
  if (res.status !== 200) return { res, zip: null, json: (await res.json()) as { error: { code: string } } };
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, zip: await JSZip.loadAsync(bytes), json: null };
}
export const readJson = async (zip: JSZip, name: string) => JSON.parse(await zip.file(name)!.async('string'));

export async function householdMessages(agent: Agent, householdId: string) {
  const { openHouseholdThread } = await agent.ok(`mutation($h: ID!) { openHouseholdThread(householdId: $h) { id } }`, { h: householdId });
  const { messages } = await agent.ok(`query($t: ID!) { messages(threadId: $t, limit: 200) { messages { seq changeSeq body deleted removedUnder internal } } }`, { t: openHouseholdThread.id });
  return {
    threadId: openHouseholdThread.id as string,
    messages: messages.messages as { seq: number; changeSeq: number; body: string; deleted: boolean; removedUnder: string | null; internal: boolean }[],
  };
}

export const send = (agent: Agent, threadId: string, body: string, internal = false) =>
  agent.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq } }`, { i: { threadId, body, internal, clientId: `privacy-${Math.random()}` } });

export const FIGURES = `query($g: ID!, $m: ID!, $l: ID!) {
  gent: fundingStatement(partnershipId: $g) { rows { totalCents } totals { totalCents } }
  mechelen: fundingStatement(partnershipId: $m) { rows { totalCents } totals { totalCents } }
  liege: fundingStatement(partnershipId: $l) { rows { totalCents } totals { totalCents } }
  y2023: programmeDashboard(programme: RESETTLEMENT, year: 2023) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  y2025: programmeDashboard(programme: RESETTLEMENT, year: 2025) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  y2026: programmeDashboard(programme: RESETTLEMENT, year: 2026) { personsArrived personsPlanned fundingCommittedCents partnerships { persons } }
  q2023: quotaProgress(programme: RESETTLEMENT, year: 2023) { personsArrived }
}`;
/** The figures, with each statement's rows as a sorted list of amounts (rows are ordered by reference, which erasure changes). */
export async function figures() {
  const f = await admin.ok(FIGURES, { g: ids.partnership.gent, m: ids.partnership.mechelen, l: ids.partnership.liege });
  for (const k of ['gent', 'mechelen', 'liege']) f[k].rows = f[k].rows.map((r: { totalCents: number }) => r.totalCents).sort((a: number, b: number) => a - b);
  return f;
}
