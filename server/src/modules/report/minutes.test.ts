/**
 * Minutes and evaluation as a PDF that partner users acknowledge: available once there are minutes
 * (an evaluation once signed off), an acknowledgement per partner user of the version they read,
 * asked again after the minutes change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from '../meeting/meeting.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { MinutesAcknowledgement } from './report.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};
let meetingId: string;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
  const em = hub.orm.em.fork();
  const user = (email: string) => em.getReference(User, ids.user[email]);
  const start = new Date('2026-03-10T09:00:00Z');
  const m = em.create(Meeting, {
    kind: 'EVALUATION',
    title: 'Evaluatie Mechelen Q1',
    startsAt: start,
    endsAt: new Date('2026-03-10T10:30:00Z'),
    place: 'Stadhuis Mechelen',
    createdBy: user(DEMO.contact),
  });
  const partnership = em.getReference(Partnership, ids.partnership.mechelen);
  em.create(MeetingPartnership, { meeting: m, partnership });
  em.create(MeetingInvitee, { meeting: m, user: user(DEMO.contact), attendance: 'PRESENT' });
  em.create(MeetingInvitee, { meeting: m, user: user(DEMO.coordinator), attendance: 'PRESENT' });
  em.create(MeetingInvitee, { meeting: m, user: user(DEMO.volunteer), attendance: 'EXCUSED' });
  em.create(AgendaItem, { meeting: m, position: 1, title: 'Huisvesting', notes: 'Twee gezinnen zoeken een volgende woning.', author: user(DEMO.contact) });
  em.create(AgendaItem, { meeting: m, position: 2, title: 'Vrijwilligers', notes: 'Gesprek met Łukasz Wiśniewski en Şükrü Çelik (Δ, Ж).', author: user(DEMO.contact) });
  em.create(MeetingDecision, { meeting: m, text: 'De OCMW-afspraken worden maandelijks opgevolgd.', createdBy: user(DEMO.contact) });
  em.create(ActionItem, { meeting: m, title: 'Huurcontracten nakijken', assignee: user(DEMO.coordinator), dueDate: '2026-04-15', createdBy: user(DEMO.contact) });
  (['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const).forEach((objective, i) =>
    em.create(EvaluationScore, { meeting: m, partnership, objective, rating: [4, 3, 5][i], notes: objective === 'GUIDANCE' ? 'Schoolinschrijving liep vertraging op.' : null }),
  );
  await em.flush();
  meetingId = m.id;
});
afterAll(() => hub?.close());

const STATUS = `query($id: ID!) { meetingMinutes(meetingId: $id) { id available pdfUrl digest viewerCanAcknowledge viewerAcknowledgedAt viewerAcknowledgementCurrent acknowledgements { user { email } current } } }`;
const ACK = `mutation($id: ID!) { acknowledgeMinutes(meetingId: $id) { available digest viewerCanAcknowledge viewerAcknowledgementCurrent acknowledgements { user { email } current } } }`;
const status = async (agent: Agent) => (await agent.ok(STATUS, { id: meetingId })).meetingMinutes;
const pdf = (agent: Agent) => fetch(`${hub.url}/meetings/${meetingId}/minutes.pdf`, { headers: agent.cookie ? { cookie: agent.cookie } : {} });

/** The text of a PDF as a reader sees it (Mozilla's pdf.js), one line per line. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  await doc.destroy();
  return text;
}

async function signOff() {
  await hub.orm.em.fork().nativeUpdate(Meeting, { id: meetingId }, { evaluationSignedOffAt: new Date('2026-03-10T11:00:00Z') });
}

describe('meeting minutes as a PDF, acknowledged by partners', () => {
  it('are not available before the evaluation is signed off: no PDF, no acknowledgement', async () => {
    expect(await status(as.coordinator)).toMatchObject({ available: false, viewerCanAcknowledge: false, viewerAcknowledgedAt: null, pdfUrl: `/meetings/${meetingId}/minutes.pdf` });
    expect(codes(await as.coordinator.gql(ACK, { id: meetingId }))).toEqual(['MINUTES_NOT_AVAILABLE']);
    const res = await pdf(as.coordinator);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'MINUTES_NOT_AVAILABLE' } });
  });

  it('the PDF holds the minutes and the evaluation in the reader’s language, with its version', async () => {
    await signOff();
    const st = await status(as.coordinator);
    expect(st).toMatchObject({ available: true, viewerCanAcknowledge: true });
    const res = await pdf(as.coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of [
      'Evaluatievergadering',
      'Evaluatie Mechelen Q1',
      'Wanneer: 2026-03-10 10:00 – 11:30 (uur in Brussel)',
      'Waar: Stadhuis Mechelen',
      'Twee gezinnen zoeken een volgende woning.',
      // Names beyond Windows-1252 print as written (an embedded Unicode font).
      'Gesprek met Łukasz Wiśniewski en Şükrü Çelik (Δ, Ж).',
      '• De OCMW-afspraken worden maandelijks opgevolgd.',
      '• Huurcontracten nakijken (Lotte Claes, tegen 2026-04-15)',
      'Duurzame huisvesting: 4/5\nBegeleiding: 3/5\nSchoolinschrijving liep vertraging op.\nOperationele samenwerking: 5/5',
      'Evaluatie afgesloten op 2026-03-10 12:00',
      '• Lotte Claes: aanwezig',
      '• Pieter Wouters: verontschuldigd',
      `Versie (SHA-256): ${st.digest}`,
    ])
      expect(text).toContain(expected);
    // Strangers get nothing; signed out neither.
    expect((await pdf(as.otherCoordinator)).status).toBe(404);
    expect((await pdf(hub.agent())).status).toBe(401);
  });

  it('partner users acknowledge the version they read, once; staff see who did; staff and strangers cannot acknowledge', async () => {
    const acked = (await as.coordinator.ok(ACK, { id: meetingId })).acknowledgeMinutes;
    expect(acked).toMatchObject({ viewerCanAcknowledge: false, viewerAcknowledgementCurrent: true, acknowledgements: [{ user: { email: DEMO.coordinator }, current: true }] });
    await as.coordinator.ok(ACK, { id: meetingId });
    expect(await hub.orm.em.fork().count(MinutesAcknowledgement, { meeting: meetingId })).toBe(1);
    expect(codes(await as.contact.gql(ACK, { id: meetingId }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.admin.gql(ACK, { id: meetingId }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.otherCoordinator.gql(ACK, { id: meetingId }))).toEqual(['NOT_FOUND']);
    expect(codes(await hub.agent().gql(ACK, { id: meetingId }))).toEqual(['UNAUTHENTICATED']);
    // The volunteer sees only their own acknowledgement (none yet); the contact person sees everyone's.
    expect(await status(as.volunteer)).toMatchObject({ viewerCanAcknowledge: true, acknowledgements: [] });
    expect((await status(as.contact)).acknowledgements).toEqual([{ user: { email: DEMO.coordinator }, current: true }]);
  });

  it('minutes changed after an acknowledgement ask for a new one', async () => {
    const before = (await status(as.coordinator)).digest;
    const em = hub.orm.em.fork();
    em.create(MeetingDecision, { meeting: em.getReference(Meeting, meetingId), text: 'Volgende evaluatie in juni.', createdBy: em.getReference(User, ids.user[DEMO.contact]) });
    await em.flush();
    const after = await status(as.coordinator);
    expect(after.digest).not.toBe(before);
    expect(after).toMatchObject({ viewerCanAcknowledge: true, viewerAcknowledgementCurrent: false });
    expect((await status(as.contact)).acknowledgements).toEqual([{ user: { email: DEMO.coordinator }, current: false }]);
    await as.coordinator.ok(ACK, { id: meetingId });
    await as.volunteer.ok(ACK, { id: meetingId });
    const seen = await status(as.contact);
    expect(seen.acknowledgements.map((a: Answer) => [a.user.email, a.current]).sort()).toEqual([
      [DEMO.coordinator, true],
      [DEMO.volunteer, true],
    ]);
  });
});
