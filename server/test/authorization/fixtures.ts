/** Fresh records made straight in the database, so no mutation under test is needed to set a case up. */
import { type DocumentCategory, addDays, RESETTLEMENT_PLAN } from '@partner-hub/shared';
import { Document, DocumentVersion } from '../../src/modules/document/document.entity.js';
import { FeedbackRound } from '../../src/modules/feedback/feedback.entity.js';
import { Notification } from '../../src/modules/notification/notification.entity.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from '../../src/modules/meeting/meeting.entity.js';
import { todayInBrussels } from '../../src/app/validators.js';
import { Invitation } from '../../src/modules/auth/auth.entity.js';
import { newToken, tokenHash } from '../../src/modules/auth/session.service.js';
import { Household, HouseholdMember } from '../../src/modules/household/household.entity.js';
import { Message, Thread } from '../../src/modules/messaging/messaging.entity.js';
import { numberNewMessage } from '../../src/modules/messaging/messaging.numbering.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../../src/modules/partnership/partnership.entity.js';
import { Programme } from '../../src/modules/programme/programme.entity.js';
import { GuidanceStep, StepTemplate } from '../../src/modules/progress/progress.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import { type Answer, DEMO, type demoIds, type TestHub } from '../harness.js';

/** The demo records' ids, by kind. */
export type Ids = Awaited<ReturnType<typeof demoIds>>;

/** What a fixture needs of the case it runs for (a `CaseCtx` of table.ts). */
interface FixtureCase {
  env: { hub: TestHub; ids: Ids; fx: Fixtures };
}

// ---------------------------------------------------------------------------------------------
// Fresh records, made straight in the database (so no mutation under test is needed to set up)
// ---------------------------------------------------------------------------------------------

export class Fixtures {
  private n = 0;

  constructor(
    private readonly hub: TestHub,
    private readonly ids: Ids,
  ) {}

  unique(prefix: string): string {
    return `${prefix}-${process.pid}-${++this.n}`;
  }

  /** A copy of the own (Mechelen) or other (Liège) partnership: same contact persons and members. */
  async partnership(target: string, extraMember?: string): Promise<{ id: string; name: string }> {
    const own = target !== 'other';
    const em = this.hub.orm.em.fork();
    const programme = await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' });
    const user = (email: string) => em.getReference(User, this.ids.user[email]);
    const org = (name: string) => em.getReference(Organisation, this.ids.org[name]);
    const name = this.unique(own ? 'Mechelen copy' : 'Liège copy');
    const p = em.create(Partnership, {
      name,
      programme,
      track: 'COMMUNITY_SPONSORSHIP',
      status: 'ACTIVE',
      capacityPledged: 4,
      contactPerson: user(own ? DEMO.contact : DEMO.otherContact),
      deputy: own ? user(DEMO.deputy) : null,
    });
    const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
    if (extraMember) members.push(extraMember);
    members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: org(m), lead: i === 0 }));
    await em.flush();
    return { id: p.id, name };
  }

  /** A household of the demo own/other partnership, with specific needs; planned, or in guidance. */
  async household(target: string, state: 'planned' | 'arrived' | 'extended'): Promise<{ id: string; reference: string; partnershipName: string }> {
    const own = target !== 'other';
    const em = this.hub.orm.em.fork();
    const reference = this.unique('FX');
    const h = em.create(Household, {
      partnership: em.getReference(Partnership, own ? this.ids.partnership.mechelen : this.ids.partnership.liege),
      reference,
      arrivalRoute: 'DIRECT',
      plannedArrivalDate: state === 'planned' ? '2027-05-01' : '2026-01-10',
      arrivalDate: state !== 'planned' ? '2026-01-10' : null,
      guidanceStart: state !== 'planned' ? '2026-01-10' : null,
      guidanceExtended: state === 'extended',
      specificNeeds: ['OTHER'],
      specificNeedsNote: 'Fixture note',
    });
    em.create(HouseholdMember, { household: h, firstName: 'Fixture', lastName: 'Head', birthYear: 1990, relationship: 'HEAD', position: 0 });
    await em.flush();
    return { id: h.id, reference, partnershipName: own ? 'Onthaalgroep Mechelen' : 'Liège Accueil' };
  }

  /** A household of the demo own/other partnership (planned) with one step of its plan. */
  async step(target: string, key = 'BANK_ACCOUNT'): Promise<{ id: string; householdId: string; reference: string; partnershipName: string }> {
    const h = await this.household(target, 'planned');
    const em = this.hub.orm.em.fork();
    const t = RESETTLEMENT_PLAN.find((x) => x.key === key)!;
    const step = em.create(GuidanceStep, {
      household: em.getReference(Household, h.id),
      key,
      label: { ...t.label },
      anchor: t.anchor,
      offsetDays: t.offsetDays,
      owner: t.owner,
      dueDate: '2027-05-15',
    });
    await em.flush();
    return { id: step.id, householdId: h.id, reference: h.reference, partnershipName: h.partnershipName };
  }

  /** A step of the voluntary-return plan template (the resettlement template stays as it is). */
  async stepTemplate(): Promise<{ id: string; key: string }> {
    const em = this.hub.orm.em.fork();
    const key = this.unique('MATRIX').replace(/-/g, '_');
    const t = em.create(StepTemplate, {
      programme: await em.findOneOrFail(Programme, { code: 'VOLUNTARY_RETURN' }),
      key,
      label: { nl: key, fr: key, en: key },
      anchor: 'ARRIVAL',
      offsetDays: 10,
      owner: 'PARTNER',
    });
    await em.flush();
    return { id: t.id, key };
  }

  /** A document (one version) on a fresh household of the demo own/other partnership, uploaded by `uploader`. */
  async document(target: string, category: DocumentCategory, uploader: string = DEMO.coordinator): Promise<{ id: string; name: string; householdId: string }> {
    const h = await this.household(target, 'planned');
    const em = this.hub.orm.em.fork();
    const name = `${this.unique('doc')}.pdf`;
    const d = em.create(Document, {
      partnership: em.getReference(Partnership, target === 'other' ? this.ids.partnership.liege : this.ids.partnership.mechelen),
      household: em.getReference(Household, h.id),
      name,
      category,
      createdBy: em.getReference(User, this.ids.user[uploader]),
    });
    em.create(DocumentVersion, { document: d, number: 1, storageKey: 'f'.repeat(64), size: 10, contentType: 'application/pdf', originalName: name });
    await em.flush();
    return { id: d.id, name, householdId: h.id };
  }

  /**
   * A fresh copy of the own (Mechelen) or other (Liège) partnership, or of Mechelen with the given
   * Fedasil person as its contact person, with a feedback round in the given state.
   */
  async feedbackRound(
    target: string,
    status: 'OPEN' | 'SUBMITTED' = 'OPEN',
    opts: { partnershipId?: string; contactPerson?: string; submittedBy?: string } = {},
  ): Promise<{ id: string; partnershipId: string }> {
    const partnershipId = opts.partnershipId ?? (await this.partnership(target)).id;
    const em = this.hub.orm.em.fork();
    if (opts.contactPerson) await em.nativeUpdate(Partnership, { id: partnershipId }, { contactPerson: this.ids.user[opts.contactPerson], deputy: null });
    const day = addDays('2020-01-01', ++this.n);
    const r = em.create(FeedbackRound, {
      partnership: em.getReference(Partnership, partnershipId),
      periodStart: day,
      periodEnd: day,
      dueDate: '2099-12-31',
      status,
      answers:
        status === 'OPEN'
          ? []
          : [
              { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: null },
              { objective: 'GUIDANCE', status: 'ON_TRACK', text: null },
              { objective: 'OPERATIONAL_COOPERATION', status: 'CONCERNS', text: null },
            ],
      submittedBy: opts.submittedBy ? em.getReference(User, this.ids.user[opts.submittedBy]) : null,
    });
    await em.flush();
    return { id: r.id, partnershipId };
  }

  /** A notification for the person (a demo email or a user id). */
  async notification(recipient: string, excerpt = 'Fixture notification'): Promise<{ id: string; recipientId: string }> {
    const em = this.hub.orm.em.fork();
    const recipientId = this.ids.user[recipient] ?? recipient;
    const n = em.create(Notification, { recipient: em.getReference(User, recipientId), kind: 'FEEDBACK_DUE', sourceType: 'FEEDBACK_ROUND', sourceId: this.unique('round'), excerpt });
    await em.flush();
    return { id: n.id, recipientId };
  }

  /** A subject thread of the demo own (Mechelen) or other (Liège) partnership. */
  async thread(target: string): Promise<{ id: string; partnershipId: string; subject: string }> {
    const em = this.hub.orm.em.fork();
    const partnershipId = target === 'other' ? this.ids.partnership.liege : this.ids.partnership.mechelen;
    const subject = this.unique('Thread');
    const t = em.create(Thread, { kind: 'SUBJECT', partnership: em.getReference(Partnership, partnershipId), subject });
    await em.flush();
    return { id: t.id, partnershipId, subject };
  }

  /** A pending attachment (uploaded against the thread, not sent yet) of `uploaderEmail`. */
  async pendingAttachment(threadId: string, uploaderEmail: string): Promise<{ id: string; name: string }> {
    const em = this.hub.orm.em.fork();
    const t = await em.findOneOrFail(Thread, { id: threadId });
    const name = `${this.unique('attachment')}.pdf`;
    const d = em.create(Document, { partnership: t.partnership, household: t.household ?? null, thread: t, name, category: 'OTHER', createdBy: em.getReference(User, this.ids.user[uploaderEmail]) });
    em.create(DocumentVersion, { document: d, number: 1, storageKey: 'f'.repeat(64), size: 10, contentType: 'application/pdf', originalName: name });
    await em.flush();
    return { id: d.id, name };
  }

  /** A message in a thread, numbered as the messaging service numbers them. */
  async message(threadId: string, authorEmail: string, opts: { internal?: boolean; body?: string } = {}): Promise<{ id: string; seq: number; body: string }> {
    const em = this.hub.orm.em.fork();
    const t = await em.findOneOrFail(Thread, { id: threadId });
    const numbers = numberNewMessage(t, !!opts.internal);
    const body = opts.body ?? this.unique('Message');
    const m = em.create(Message, { thread: t, ...numbers, author: em.getReference(User, this.ids.user[authorEmail]), clientId: this.unique('client'), body, internal: !!opts.internal });
    await em.flush();
    return { id: m.id, seq: m.seq, body };
  }

  /** An organisation that is a member of the demo own/other partnership. */
  async organisation(target: string): Promise<{ id: string; name: string }> {
    const em = this.hub.orm.em.fork();
    const name = this.unique('Fixture organisation');
    const o = em.create(Organisation, { name, kind: 'NON_PROFIT' });
    em.create(PartnershipMember, { partnership: em.getReference(Partnership, target === 'other' ? this.ids.partnership.liege : this.ids.partnership.mechelen), organisation: o, lead: false });
    await em.flush();
    return { id: o.id, name };
  }

  async user(role: string, organisation: string): Promise<{ id: string; email: string }> {
    const em = this.hub.orm.em.fork();
    const email = `${this.unique('person')}@fixture.example`;
    const u = em.create(User, { email, name: 'Fixture Person', role: role as never, organisation: em.getReference(Organisation, this.ids.org[organisation]) });
    await em.flush();
    return { id: u.id, email };
  }

  /** A pending invitation; returns the token of its link. */
  async invitation(opts: { email: string; role: string; by: string; organisation?: string; partnership?: string }): Promise<string> {
    const em = this.hub.orm.em.fork();
    const token = newToken();
    em.create(Invitation, {
      tokenHash: tokenHash(this.hub.config.sessionSecret, token),
      email: opts.email,
      name: 'Invited Person',
      role: opts.role as never,
      language: 'nl',
      organisation: opts.organisation ? em.getReference(Organisation, this.ids.org[opts.organisation]) : null,
      partnership: opts.partnership ? em.getReference(Partnership, opts.partnership) : null,
      invitedBy: em.getReference(User, this.ids.user[opts.by]),
      expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
    });
    await em.flush();
    return token;
  }
}

// ---------------------------------------------------------------------------------------------
// Meeting fixtures (straight in the database)
// ---------------------------------------------------------------------------------------------

export interface MeetingFixtureOptions {
  /** Invite the partners (coordinator and volunteer of the partnership); default true. */
  invitePartners?: boolean;
  extraInvitees?: string[];
  agendaByPartner?: boolean;
  secondAgendaItem?: boolean;
  decision?: boolean;
  actionFor?: string;
  scores?: boolean;
  signedOff?: boolean;
}

/** An evaluation meeting of the demo own (Mechelen, by contact@) or other (Liège, by contact.wallonie@) partnership, tomorrow. */
export async function meetingFixture(c: FixtureCase, target: string, o: MeetingFixtureOptions = {}) {
  const isOwn = target !== 'other';
  const { hub, ids, fx } = c.env;
  const em = hub.orm.em.fork();
  const user = (email: string) => em.getReference(User, ids.user[email]);
  const organiser = isOwn ? DEMO.contact : DEMO.otherContact;
  const partners = isOwn ? [DEMO.coordinator, DEMO.volunteer] : [DEMO.otherCoordinator, DEMO.otherVolunteer];
  const title = fx.unique('Meeting');
  const start = new Date(Date.now() + 24 * 3600 * 1000);
  const m = em.create(Meeting, { kind: 'EVALUATION', title, startsAt: start, endsAt: new Date(start.getTime() + 3600 * 1000), place: 'Fixture room', createdBy: user(organiser) });
  const partnership = em.getReference(Partnership, isOwn ? ids.partnership.mechelen : ids.partnership.liege);
  em.create(MeetingPartnership, { meeting: m, partnership });
  const invitees = new Set([organiser, ...(o.invitePartners === false ? [] : partners), ...(o.extraInvitees ?? [])]);
  for (const email of invitees) em.create(MeetingInvitee, { meeting: m, user: user(email) });
  const out: Answer = { id: m.id, title };
  if (o.agendaByPartner) out.agendaItemId = em.create(AgendaItem, { meeting: m, position: 1, title: 'Partner item', author: user(partners[0]) }).id;
  if (o.secondAgendaItem) out.secondAgendaItemId = em.create(AgendaItem, { meeting: m, position: 2, title: 'Second item', author: user(organiser) }).id;
  if (o.decision) out.decisionId = em.create(MeetingDecision, { meeting: m, text: 'Fixture decision', createdBy: user(organiser) }).id;
  if (o.actionFor) {
    out.actionTitle = fx.unique('Action');
    out.actionItemId = em.create(ActionItem, { meeting: m, title: out.actionTitle, assignee: user(o.actionFor), dueDate: '2099-01-01', createdBy: user(organiser) }).id;
  }
  if (o.scores) {
    const ratings = { SUSTAINABLE_HOUSING: 4, GUIDANCE: 3, OPERATIONAL_COOPERATION: 5 } as const;
    for (const [objective, rating] of Object.entries(ratings)) em.create(EvaluationScore, { meeting: m, partnership, objective: objective as never, rating });
  }
  await em.flush();
  return out;
}

/** A household of the demo own/other partnership planned to arrive in ten days (a proposed agenda item). */
export async function arrivingSoonFixture(c: FixtureCase, target: string) {
  const em = c.env.hub.orm.em.fork();
  const h = em.create(Household, {
    partnership: em.getReference(Partnership, target === 'other' ? c.env.ids.partnership.liege : c.env.ids.partnership.mechelen),
    reference: c.env.fx.unique('SOON'),
    arrivalRoute: 'DIRECT',
    plannedArrivalDate: addDays(todayInBrussels(), 10),
  });
  em.create(HouseholdMember, { household: h, firstName: 'Soon', lastName: 'Head', birthYear: 1985, relationship: 'HEAD', position: 0 });
  await em.flush();
  return { id: h.id };
}
