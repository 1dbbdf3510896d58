import { addDays } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes } from '../../../test/harness.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Message } from '../messaging/messaging.entity.js';
import { brusselsDay } from './meeting.time.js';
import { THREAD_ANSWER_DAYS } from './proposals.js';
import { admin, contact, coordinator, deputy, hub, ids, otherContact, schedule, unique, volunteer, useTestHub } from './meeting.test-support.js';

/**
 * Meetings: agenda items proposed from open work (feedback, threads, households).
 * (Shared setup and helpers: meeting.test-support.ts.)
 */

useTestHub();

describe('proposals from feedback and threads', () => {
  const PROPOSED = `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key label sourceType sourceId sourceUrl date partnership { name } household { reference } } }`;
  const proposed = async (as: Agent, meetingId: string) => (await as.ok(PROPOSED, { id: meetingId })).proposedAgendaItems as Answer[];

  /** A feedback round made directly (its rhythm and review are the feedback module's own tests). */
  async function feedbackRound(partnershipId: string, month: string, status: FeedbackRound['status'], dueDate: string) {
    const em = hub.orm.em.fork();
    const r = em.create(FeedbackRound, { partnership: partnershipId, periodStart: `${month}-01`, periodEnd: `${month}-28`, dueDate, status });
    await em.flush();
    return r.id;
  }

  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const START = `mutation($p: ID!, $s: String!) { startThread(input: { partnershipId: $p, subject: $s }) { id } }`;
  const SEND = `mutation($t: ID!, $b: String!, $c: String!, $i: Boolean) { sendMessage(input: { threadId: $t, body: $b, clientId: $c, internal: $i }) { id } }`;
  /** Sends a message, written `days` ago. */
  async function say(as: Agent, threadId: string, body: string, days = 0, internal = false) {
    const { id } = (await as.ok(SEND, { t: threadId, b: body, c: `client-${unique('m')}-${Date.now()}`, i: internal })).sendMessage;
    if (days) await hub.orm.em.fork().nativeUpdate(Message, { id }, { createdAt: daysAgo(days) });
    return id as string;
  }
  const thread = async (subject: string, p = ids.partnership.mechelen) => (await coordinator.ok(START, { p, s: unique(subject) })).startThread.id as string;

  it('proposes feedback rounds sent back or overdue, each linking to the round on the partnership page', async () => {
    const today = todayInBrussels();
    const overdue = await feedbackRound(ids.partnership.mechelen, '2019-01', 'OPEN', '2019-01-28');
    const sentBack = await feedbackRound(ids.partnership.mechelen, '2019-02', 'SENT_BACK', addDays(today, 5));
    const submitted = await feedbackRound(ids.partnership.mechelen, '2019-03', 'SUBMITTED', '2019-03-28');
    const accepted = await feedbackRound(ids.partnership.mechelen, '2019-04', 'ACCEPTED', '2019-04-28');
    const notYetDue = await feedbackRound(ids.partnership.mechelen, '2019-05', 'OPEN', addDays(today, 5));
    const m = await schedule();
    const feedback = (await proposed(coordinator, m.id)).filter((p) => p.sourceType === 'FEEDBACK_ROUND');
    expect(feedback).toEqual([
      {
        key: `FEEDBACK_ROUND:${overdue}`,
        label: 'Feedback 2019-01-01 – 2019-01-28 te laat (ten laatste 2019-01-28)',
        sourceType: 'FEEDBACK_ROUND',
        sourceId: overdue,
        sourceUrl: `/partnerships/${ids.partnership.mechelen}?round=${overdue}#feedback`,
        date: '2019-01-28',
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `FEEDBACK_ROUND:${sentBack}`,
        label: `Feedback 2019-02-01 – 2019-02-28 teruggestuurd, wacht op herziening (ten laatste ${addDays(today, 5)})`,
        sourceType: 'FEEDBACK_ROUND',
        sourceId: sentBack,
        sourceUrl: `/partnerships/${ids.partnership.mechelen}?round=${sentBack}#feedback`,
        date: addDays(today, 5),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
    ]);
    const keys = feedback.map((p) => p.sourceId);
    for (const id of [submitted, accepted, notYetDue]) expect(keys).not.toContain(id);

    // Added to the agenda, it keeps its link and is no longer proposed.
    const ADD_PROPOSED = `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { title sourceType sourceId sourceUrl } }`;
    const added = (await contact.ok(ADD_PROPOSED, { id: m.id, key: `FEEDBACK_ROUND:${overdue}` })).addProposedAgendaItem;
    expect(added).toEqual({ title: feedback[0].label, sourceType: 'FEEDBACK_ROUND', sourceId: overdue, sourceUrl: feedback[0].sourceUrl });
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${overdue}`);
    // Once accepted, a round is no longer open work.
    await hub.orm.em.fork().nativeUpdate(FeedbackRound, { id: sentBack }, { status: 'ACCEPTED' });
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${sentBack}`);
  });

  it(`proposes threads where a partner has waited more than ${THREAD_ANSWER_DAYS} days for an answer of Fedasil staff`, async () => {
    // Waiting: a question four days old, followed only by an internal note of the contact person.
    const waiting = await thread('Huurwaarborg');
    await say(coordinator, waiting, 'Kan het OCMW de waarborg voorschieten?', 4);
    await say(contact, waiting, 'Navragen bij het OCMW.', 0, true);
    // Answered by the contact person.
    const answered = await thread('Schoolinschrijving');
    await say(coordinator, answered, 'Is de inschrijving rond?', 5);
    await say(contact, answered, 'Ja, sinds gisteren.', 1);
    // A reply that was deleted does not count as an answer.
    const deletedReply = await thread('Fietsen');
    await say(volunteer, deletedReply, 'Zijn er nog fietsen over?', 6);
    const reply = await say(contact, deletedReply, 'Ik kijk het na.', 5);
    await contact.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: reply });
    // Asked too recently.
    const recent = await thread('Taalles');
    await say(volunteer, recent, 'Wanneer start de taalles?', 1);
    // Answered, then a new question today: waiting since today only.
    const followUp = await thread('Huisarts');
    await say(coordinator, followUp, 'Welke huisarts?', 6);
    await say(deputy, followUp, 'Dokter Peeters.', 5);
    await say(coordinator, followUp, 'Dank je, en de tandarts?');
    // A household's thread, waiting for four days.
    const householdThread = (await volunteer.ok(`mutation($h: ID!) { openHouseholdThread(householdId: $h) { id } }`, { h: ids.household.mechelen })).openHouseholdThread.id;
    await say(volunteer, householdThread, 'Hassan zoekt een bijbaan.', 4);

    const m = await schedule();
    const threads = (await proposed(contact, m.id)).filter((p) => p.sourceType === 'THREAD');
    const day = (days: number) => brusselsDay(daysAgo(days));
    const subjectOf = async (id: string) => (await contact.ok(`query($id: ID!) { thread(id: $id) { subject } }`, { id })).thread.subject;
    expect(threads).toEqual([
      {
        key: `THREAD:${deletedReply}`,
        label: `Wacht op antwoord sinds ${day(6)}: ${await subjectOf(deletedReply)} (Pieter Wouters)`,
        sourceType: 'THREAD',
        sourceId: deletedReply,
        sourceUrl: `/messages/${deletedReply}`,
        date: day(6),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `THREAD:${waiting}`,
        label: `Wacht op antwoord sinds ${day(4)}: ${await subjectOf(waiting)} (Lotte Claes)`,
        sourceType: 'THREAD',
        sourceId: waiting,
        sourceUrl: `/messages/${waiting}`,
        date: day(4),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `THREAD:${householdThread}`,
        label: `Wacht op antwoord sinds ${day(4)}: gesprek over HH-2026-0004 (Pieter Wouters)`,
        sourceType: 'THREAD',
        sourceId: householdThread,
        sourceUrl: `/messages/${householdThread}`,
        date: day(4),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: { reference: 'HH-2026-0004' },
      },
    ]);
    // The partner sees the same threads (they may see them), labelled in their language.
    expect((await proposed(coordinator, m.id)).filter((p) => p.sourceType === 'THREAD').map((p) => p.key)).toEqual(threads.map((p) => p.key));
    // Once the contact person answers, the thread is no longer proposed.
    await say(contact, waiting, 'Het OCMW schiet de waarborg voor.');
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`THREAD:${waiting}`);
    for (const id of [answered, recent, followUp]) expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`THREAD:${id}`);
  });

  it('labels them in the viewer’s language', async () => {
    const round = await feedbackRound(ids.partnership.liege, '2019-07', 'OPEN', '2019-07-28');
    const m = await schedule({ partnershipIds: [ids.partnership.liege], inviteeIds: [], place: 'Liège' }, otherContact);
    // Marc Dubois (contact person of Liège Accueil) reads French.
    expect((await proposed(otherContact, m.id)).find((p) => p.key === `FEEDBACK_ROUND:${round}`)?.label).toBe('Feedback 2019-07-01 – 2019-07-28 en retard (pour le 2019-07-28)');
  });

  it('a partner in a consultation gets no feedback or threads of the other partnerships', async () => {
    const gentRound = await feedbackRound(ids.partnership.gent, '2019-06', 'OPEN', '2019-06-28');
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    expect((await proposed(contact, m.id)).map((p) => p.key)).toContain(`FEEDBACK_ROUND:${gentRound}`);
    const partnerView = await proposed(coordinator, m.id);
    expect(partnerView.map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${gentRound}`);
    expect(new Set(partnerView.map((p) => p.partnership.name))).toEqual(new Set(['Onthaalgroep Mechelen']));
  });

  it("shows an item added from one partnership's proposal only to those who may see that partnership, numbered without gaps", async () => {
    const gentRound = await feedbackRound(ids.partnership.gent, '2019-05', 'OPEN', '2019-05-28');
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    const ADD = `mutation($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }`;
    const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id title position } } }`;
    const first = (await contact.ok(ADD, { id: m.id, input: { title: 'Welkom' } })).addAgendaItem.id;
    const fromGent = (await contact.ok(`mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { id position } }`, { id: m.id, key: `FEEDBACK_ROUND:${gentRound}` }))
      .addProposedAgendaItem;
    expect(fromGent.position).toBe(2);
    const last = (await coordinator.ok(ADD, { id: m.id, input: { title: 'Vragen van de vrijwilligers' } })).addAgendaItem.id;

    const agenda = async (as: Agent) => (await as.ok(AGENDA, { id: m.id })).meeting.agenda.map((i: Answer) => [i.id, i.position]);
    expect(await agenda(contact)).toEqual([
      [first, 1],
      [fromGent.id, 2],
      [last, 3],
    ]);
    // Mechelen's coordinator: not Gent's feedback, and no gap where it stands.
    expect(await agenda(coordinator)).toEqual([
      [first, 1],
      [last, 2],
    ]);
    expect(codes(await coordinator.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: fromGent.id }))).toEqual(['NOT_FOUND']);

    // Staff who see both reorder everything; the hidden item keeps its place for the others.
    await contact.ok(`mutation($id: ID!, $items: [ID!]!) { reorderAgendaItems(meetingId: $id, itemIds: $items) { id } }`, { id: m.id, items: [last, fromGent.id, first] });
    expect(await agenda(contact)).toEqual([
      [last, 1],
      [fromGent.id, 2],
      [first, 3],
    ]);
    expect(await agenda(coordinator)).toEqual([
      [last, 1],
      [first, 2],
    ]);
  });

  it('costs the same number of SQL statements for few and for many rounds and threads (meetings of one and of two partnerships)', async () => {
    const measure = async (meetingId: string) => {
      const start = hub.statements.count;
      const list = await proposed(admin, meetingId);
      return { statements: hub.statements.count - start, rows: list.length };
    };
    const one = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen], place: 'Mechelen' }, admin);
    const two = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent], place: 'Brussel' }, admin);
    await measure(one.id);
    const small = await measure(one.id);
    const smallTwo = await measure(two.id);
    for (let i = 0; i < 4; i++) {
      await feedbackRound(ids.partnership.mechelen, `2018-0${i + 1}`, 'OPEN', `2018-0${i + 1}-28`);
      await say(coordinator, await thread('Vraag'), 'Een vraag', 4);
    }
    const large = await measure(one.id);
    const largeTwo = await measure(two.id);
    expect(large.rows).toBe(small.rows + 8);
    expect(large.statements).toBe(small.statements);
    expect(largeTwo.statements).toBe(smallTwo.statements);
  });
});
