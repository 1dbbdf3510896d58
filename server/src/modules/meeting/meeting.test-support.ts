import { afterAll, beforeAll } from 'vitest';
import { type Agent, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';

/**
 * What the meeting test files share: the test hub (`useTestHub()`, one per test file), the people,
 * fresh records and the GraphQL documents and helpers the cases use.
 */

export let hub: TestHub;
export let ids: Awaited<ReturnType<typeof demoIds>>;
export let contact: Agent;
export let coordinator: Agent;
export let volunteer: Agent;
export let deputy: Agent;
export let admin: Agent;
export let otherContact: Agent;

/** Starts the test hub (and signs the people in) before the calling test file's cases, closes it after. */
export function useTestHub(): void {
  beforeAll(async () => {
    hub = await startTestHub();
    ids = await demoIds(hub);
    [contact, coordinator, volunteer, deputy, admin, otherContact] = await Promise.all(
      [DEMO.contact, DEMO.coordinator, DEMO.volunteer, DEMO.deputy, DEMO.admin, DEMO.otherContact].map((e) => hub.as(e)),
    );
  });
  afterAll(() => hub?.close());
}

export const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
  id kind title startsAt endsAt startsAtLocal endsAtLocal place onlineUrl status sequence
  partnerships { name } invitees { user { email } response } rsvpCounts { yes no maybe pending }
} }`;
export const MEETING = `query($id: ID!) { meeting(id: $id) {
  id title status sequence startsAtLocal rsvpCounts { yes no maybe pending }
  invitees { user { email } response attendance }
  agenda { id position title notes sourceType sourceId sourceUrl author { email } viewerCanEdit }
  decisions { text agendaItemId }
  actionItems { id title dueDate status overdue assignee { email } }
  evaluation { objective rating notes } evaluationSignedOffAt
  viewerCan { manage respond addAgendaItem evaluate signOffEvaluation }
} }`;

export let n = 0;
export const unique = (s: string) => `${s} ${++n}`;

export function evaluationInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'EVALUATION',
    title: unique('Evaluation Mechelen'),
    partnershipIds: [ids.partnership.mechelen],
    startsAt: '2026-12-15T10:00',
    endsAt: '2026-12-15T11:30',
    place: 'Bruul 5, Mechelen',
    inviteeIds: [ids.user[DEMO.coordinator], ids.user[DEMO.volunteer]],
    ...over,
  };
}

export async function schedule(over: Record<string, unknown> = {}, as: Agent = contact) {
  return (await as.ok(SCHEDULE, { input: evaluationInput(over) })).scheduleMeeting;
}

export async function count(table: string, where = '1 = 1'): Promise<number> {
  const [row] = (await hub.orm.em.fork().getConnection().execute(`select count(*) as n from ${table} where ${where}`)) as { n: number }[];
  return Number(row.n);
}
