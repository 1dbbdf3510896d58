/** Small helpers the rows share. */
import { type Agent, DEMO } from '../harness.js';
import type { SignedIn, CaseCtx } from './table.js';

export const own = (c: CaseCtx) => c.target !== 'other';
export const demoPartnershipId = (c: CaseCtx) => (own(c) ? c.env.ids.partnership.mechelen : c.env.ids.partnership.liege);
export const emailOf = (actor: SignedIn) => DEMO[actor];
/** Records of the read-only hub, made in its beforeAll. */
export const QUERY_FIXTURES = { volunteerInvitationToken: '', mechelenAcceptedRoundId: '', liegeRoundId: '' };
export { RECORD_ARRIVAL } from './table.js';

/** Someone else who sees the case's thread: an admin, or (for the admin) the thread's contact person. */
export async function otherParticipant(c: CaseCtx): Promise<{ agent: Agent; email: string }> {
  if (c.actor !== 'admin') return { agent: c.env.agents.admin, email: DEMO.admin };
  if (own(c)) return { agent: c.env.agents.contact, email: DEMO.contact };
  return { agent: await c.env.hub.as(DEMO.otherContact), email: DEMO.otherContact };
}
