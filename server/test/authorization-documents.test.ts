/** The authorization of documents attached to messages and meetings: the download route and the fields, per actor and record. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, DEMO } from './harness.js';
import { type SignedIn, type Env, type CaseCtx, startEnv } from './authorization/table.js';
import { meetingFixture } from './authorization/fixtures.js';

// ---------------------------------------------------------------------------------------------
// Attachments and meeting documents: the download route and the fields, per actor and record
// ---------------------------------------------------------------------------------------------

describe('documents of messages and meetings: download route and fields', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const TARGETS = ['ownMessage', 'ownInternalNote', 'ownPendingOfCoordinator', 'otherMessage', 'ownMeeting', 'ownMeetingNotInvited', 'otherMeeting'] as const;
  type Target = (typeof TARGETS)[number];
  const all: SignedIn[] = ['admin', 'contact', 'deputy', 'coordinator', 'volunteer'];
  const staff: SignedIn[] = ['admin', 'contact', 'deputy'];
  /** Who sees (and downloads) each record's document; everyone else gets 404 / NOT_FOUND or nothing. */
  const SEES: Record<Target, SignedIn[]> = {
    ownMessage: all,
    ownInternalNote: staff,
    ownPendingOfCoordinator: ['coordinator'],
    otherMessage: ['admin'],
    ownMeeting: all,
    ownMeetingNotInvited: staff,
    otherMeeting: ['admin'],
  };
  let env: Env;
  const made = {} as Record<Target, { documentId: string; name: string; threadId?: string; meetingId?: string }>;

  async function uploadAs(email: string, query: Record<string, string>) {
    const agent = await env.hub.as(email);
    const form = new FormData();
    const name = `${env.fx.unique('file')}.pdf`;
    form.append('file', new Blob([new Uint8Array(PDF)]), name);
    const res = await fetch(`${env.hub.url}/documents?${new URLSearchParams({ ...query, category: 'OTHER' })}`, {
      method: 'POST',
      body: form,
      headers: { cookie: agent.cookie!, 'x-partner-hub-upload': '1' },
    });
    expect(res.status).toBe(201);
    return { agent, documentId: ((await res.json()) as { document: { id: string } }).document.id, name };
  }
  async function attached(target: 'own' | 'other', author: string, internal = false) {
    const threadId = (await env.fx.thread(target)).id;
    const { agent, documentId, name } = await uploadAs(author, { threadId });
    await agent.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, {
      input: { threadId, clientId: env.fx.unique('client'), body: 'With a file', internal, attachmentIds: [documentId] },
    });
    return { documentId, name, threadId };
  }
  async function onMeeting(target: 'own' | 'other', invitePartners: boolean) {
    const c = { env } as CaseCtx;
    const meetingId = (await meetingFixture(c, target, { invitePartners })).id as string;
    const { documentId, name } = await uploadAs(target === 'own' ? DEMO.contact : DEMO.otherContact, { meetingId });
    return { documentId, name, meetingId };
  }

  beforeAll(async () => {
    env = await startEnv();
    made.ownMessage = await attached('own', DEMO.coordinator);
    made.ownInternalNote = await attached('own', DEMO.contact, true);
    const pendingThread = (await env.fx.thread('own')).id;
    made.ownPendingOfCoordinator = { ...(await uploadAs(DEMO.coordinator, { threadId: pendingThread })), threadId: pendingThread };
    made.otherMessage = await attached('other', DEMO.otherCoordinator);
    made.ownMeeting = await onMeeting('own', true);
    made.ownMeetingNotInvited = await onMeeting('own', false);
    made.otherMeeting = await onMeeting('other', true);
  });
  afterAll(() => env?.hub.close());

  for (const target of TARGETS) {
    it(`GET /documents/:id/download | anonymous | ${target} -> 401`, async () => {
      const res = await fetch(`${env.hub.url}/documents/${made[target].documentId}/download`);
      expect(res.status).toBe(401);
    });
    for (const actor of all) {
      const sees = SEES[target].includes(actor);
      it(`GET /documents/:id/download | ${actor} | ${target} -> ${sees ? '200, the bytes' : '404'}`, async () => {
        const res = await fetch(`${env.hub.url}/documents/${made[target].documentId}/download`, { headers: { cookie: env.agents[actor].cookie! } });
        expect(res.status).toBe(sees ? 200 : 404);
        if (sees) expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
      });
      const field = target.includes('Meeting') ? 'Meeting.documents' : 'Message.attachments';
      it(`${field} | ${actor} | ${target} -> ${sees ? 'listed' : 'not listed'}`, async () => {
        const { threadId, meetingId } = made[target];
        const agent = env.agents[actor];
        const names: string[] | null = threadId
          ? await agent
              .gql(`query($t: ID!) { messages(threadId: $t) { messages { attachments { name } } } }`, { t: threadId })
              .then((r) => r.data?.messages?.messages.flatMap((m: Answer) => m.attachments.map((a: Answer) => a.name)) ?? null)
          : await agent.gql(`query($id: ID!) { meeting(id: $id) { documents { name } } }`, { id: meetingId }).then((r) => r.data?.meeting?.documents.map((d: Answer) => d.name) ?? null);
        // A pending file is in no message, even for its uploader.
        if (sees && target !== 'ownPendingOfCoordinator') expect(names).toEqual([made[target].name]);
        else expect(names ?? []).not.toContain(made[target].name);
      });
    }
  }
});
