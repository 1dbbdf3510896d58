/**
 * The authorization matrix: EVERY root operation of the schema (Query, Mutation, Subscription)
 * run as every actor (signed out, admin, contact person, deputy, coordinator, volunteer) and,
 * where it applies, against an own and another partnership's record, with the exact outcome.
 *
 * Targets: "own" is the demo partnership "Onthaalgroep Mechelen" (contact@ is its contact person,
 * deputy@ its deputy; coordinator@'s Samen Thuis vzw and volunteer@'s Onthaalgroep Mechelen are its
 * members) or one of its records; "other" is "Liège Accueil" (contact.wallonie@, CPAS de Liège,
 * Groupe d'accueil Liège-Centre) or one of its records. Admins see both.
 *
 * Queries run on one hub whose data no case changes; mutations and the subscription run on a
 * second hub, and every case that changes data gets fresh records of its own (made straight in the
 * database), so no case depends on another and the only reason for a case to fail is authorization.
 *
 * The first test fails when the schema has a root operation the table does not cover.
 */
import type { DocumentCategory } from '@partner-hub/shared';
import { Document, DocumentVersion } from '../src/modules/document/document.entity.js';
import { FeedbackRound } from '../src/modules/feedback/feedback.entity.js';
import { Notification } from '../src/modules/notification/notification.entity.js';
import { addDays, guidanceEndDate, NOTIFICATION_KINDS, RESETTLEMENT_PLAN } from '@partner-hub/shared';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from '../src/modules/meeting/meeting.entity.js';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSubHandle } from '../src/app/pubsub.js';
import { createSchema } from '../src/app/schema.js';
import { todayInBrussels } from '../src/app/validators.js';
import { AccessLogEntry } from '../src/modules/audit/audit.entity.js';
import { Invitation } from '../src/modules/auth/auth.entity.js';
import { newToken, tokenHash } from '../src/modules/auth/session.service.js';
import { Household, HouseholdMember } from '../src/modules/household/household.entity.js';
import { Message, Thread } from '../src/modules/messaging/messaging.entity.js';
import { numberNewMessage } from '../src/modules/messaging/messaging.numbering.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { OutboxMessage } from '../src/modules/outbox/outbox.entity.js';
import { Partnership, PartnershipMember } from '../src/modules/partnership/partnership.entity.js';
import { Programme } from '../src/modules/programme/programme.entity.js';
import { GuidanceStep, StepTemplate } from '../src/modules/progress/progress.entity.js';
import { User } from '../src/modules/user/user.entity.js';
import { DEMO_USERS } from '../src/seeders/demo.js';
import { type Agent, codes, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from './harness.js';
import { type OpenSubscription, subscribe } from './live.js';

// ---------------------------------------------------------------------------------------------
// Actors, targets, outcomes
// ---------------------------------------------------------------------------------------------

const ACTORS = ['anonymous', 'admin', 'contact', 'deputy', 'coordinator', 'volunteer'] as const;
type Actor = (typeof ACTORS)[number];
type SignedIn = Exclude<Actor, 'anonymous'>;
const SIGNED_IN = ACTORS.filter((a): a is SignedIn => a !== 'anonymous');
const ROLE_OF: Record<SignedIn, string> = { admin: 'ADMIN', contact: 'CONTACT_PERSON', deputy: 'CONTACT_PERSON', coordinator: 'COORDINATOR', volunteer: 'VOLUNTEER' };

type Ids = Awaited<ReturnType<typeof demoIds>>;

interface Env {
  hub: TestHub;
  ids: Ids;
  agents: Record<SignedIn, Agent>;
  fx: Fixtures;
}

/** What one case knows while it runs. */
interface CaseCtx {
  op: string;
  field: string;
  actor: Actor;
  target: string | undefined;
  env: Env;
  agent: Agent;
  /** Facts of the fresh records the case made (filled by `vars`), for its checks. */
  fixture: Record<string, any>;
}

/** What the case saw: a GraphQL result, and for subscriptions how the socket ended. */
interface Observed {
  result?: GraphQLResult;
  closeCode?: number;
  dataEvents?: number;
}

type Outcome =
  | { kind: 'ok'; check?: (value: any, c: CaseCtx) => void | Promise<void>; label?: string }
  | { kind: 'error'; code: string }
  | { kind: 'closed'; code: number };

const ok = (check?: (value: any, c: CaseCtx) => void | Promise<void>, label?: string): Outcome => ({ kind: 'ok', check, label });
const error = (code: string): Outcome => ({ kind: 'error', code });
const UNAUTHENTICATED = error('UNAUTHENTICATED');
const NOT_FOUND = error('NOT_FOUND');
const FORBIDDEN = error('FORBIDDEN');
const ROLE_NOT_INVITABLE = error('ROLE_NOT_INVITABLE');
/** graphql-ws closes a socket whose connection the server refused with 4403 Forbidden. */
const SOCKET_REFUSED: Outcome = { kind: 'closed', code: 4403 };

interface OperationSpec {
  /** Targets the operation is run against; none for operations without a record. */
  targets?: readonly string[];
  /** The document; its one root field is the operation under test. */
  query: string;
  vars?: (c: CaseCtx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Sign in a session of its own (the case ends or replaces it). */
  freshSession?: boolean;
  /** A runner other than one HTTP request (subscriptions). */
  run?: (c: CaseCtx, vars: Record<string, unknown>) => Promise<Observed>;
  /** The exact outcome per actor; per target when it differs between targets. */
  expect: Record<Actor, Outcome | Record<string, Outcome>>;
}

// ---------------------------------------------------------------------------------------------
// Expected record views
// ---------------------------------------------------------------------------------------------

const HOUSEHOLD_CAN: Record<SignedIn, Record<string, boolean>> = {
  admin: { view: true, update: true, recordArrival: true, extendGuidance: true, viewSpecificNeeds: true, updateSpecificNeeds: true, viewFunding: true, updateStep: true, updateHousing: true, uploadDocument: true, uploadSensitiveDocument: true },
  contact: { view: true, update: true, recordArrival: true, extendGuidance: true, viewSpecificNeeds: true, updateSpecificNeeds: true, viewFunding: true, updateStep: true, updateHousing: true, uploadDocument: true, uploadSensitiveDocument: true },
  deputy: { view: true, update: true, recordArrival: true, extendGuidance: true, viewSpecificNeeds: true, updateSpecificNeeds: true, viewFunding: true, updateStep: true, updateHousing: true, uploadDocument: true, uploadSensitiveDocument: true },
  coordinator: { view: true, update: true, recordArrival: true, extendGuidance: false, viewSpecificNeeds: true, updateSpecificNeeds: true, viewFunding: true, updateStep: true, updateHousing: true, uploadDocument: true, uploadSensitiveDocument: true },
  // Volunteers record progress day to day: the plan's steps and the housing.
  volunteer: { view: true, update: false, recordArrival: true, extendGuidance: false, viewSpecificNeeds: false, updateSpecificNeeds: false, viewFunding: false, updateStep: true, updateHousing: true, uploadDocument: true, uploadSensitiveDocument: false },
};

const PARTNERSHIP_CAN: Record<SignedIn, Record<string, boolean>> = {
  admin: { view: true, update: true, manageMembers: true, assignContactPerson: true, registerHousehold: true, recordSpecificNeeds: true, viewFunding: true, inviteCoordinator: false, inviteVolunteer: false, uploadDocument: true },
  contact: { view: true, update: true, manageMembers: true, assignContactPerson: false, registerHousehold: true, recordSpecificNeeds: true, viewFunding: true, inviteCoordinator: true, inviteVolunteer: false, uploadDocument: true },
  deputy: { view: true, update: true, manageMembers: true, assignContactPerson: false, registerHousehold: true, recordSpecificNeeds: true, viewFunding: true, inviteCoordinator: true, inviteVolunteer: false, uploadDocument: true },
  coordinator: { view: true, update: false, manageMembers: false, assignContactPerson: false, registerHousehold: true, recordSpecificNeeds: true, viewFunding: true, inviteCoordinator: false, inviteVolunteer: true, uploadDocument: true },
  volunteer: { view: true, update: false, manageMembers: false, assignContactPerson: false, registerHousehold: false, recordSpecificNeeds: false, viewFunding: false, inviteCoordinator: false, inviteVolunteer: false, uploadDocument: false },
};

const HOUSEHOLD_CAN_FIELDS = 'viewerCan { view update recordArrival extendGuidance viewSpecificNeeds updateSpecificNeeds viewFunding uploadDocument uploadSensitiveDocument updateStep updateHousing }';
const PARTNERSHIP_CAN_FIELDS = 'viewerCan { view update manageMembers assignContactPerson registerHousehold recordSpecificNeeds viewFunding inviteCoordinator inviteVolunteer uploadDocument }';
const HOUSEHOLD_FIELDS = `id reference guidanceStart guidanceExtended hasSpecificNeeds specificNeeds { needs note } funding { totalCents } ${HOUSEHOLD_CAN_FIELDS} partnership { name fundingTotalCents }`;

/** Demo households: specific needs, note, funding (EUR 3,000 per person, + 2,000 head / 500 member when direct). */
const DEMO_HOUSEHOLDS: Record<string, { partnership: string; needs: string[]; note: string | null; fundingCents: number }> = {
  'HH-2023-0001': { partnership: 'Gent Samen', needs: ['FAMILY_WITH_CHILDREN', 'COMPLEX_MEDICAL'], note: 'Youngest child needs follow-up by a paediatric cardiologist.', fundingCents: 2_200_000 },
  'HH-2023-0002': { partnership: 'Gent Samen', needs: [], note: null, fundingCents: 300_000 },
  'HH-2026-0003': { partnership: 'Gent Samen', needs: [], note: null, fundingCents: 850_000 },
  'HH-2026-0004': { partnership: 'Onthaalgroep Mechelen', needs: ['UNACCOMPANIED_MINOR'], note: 'Former unaccompanied minor; guardian contact via the OCMW.', fundingCents: 500_000 },
  'HH-2027-0005': { partnership: 'Onthaalgroep Mechelen', needs: [], note: null, fundingCents: 1_200_000 },
  'HH-2025-0006': { partnership: 'Liège Accueil', needs: ['TRAFFICKING_VICTIM'], note: 'Support by a specialised centre; do not share the address.', fundingCents: 600_000 },
};
const PARTNERSHIP_FUNDING: Record<string, number> = { 'Onthaalgroep Mechelen': 1_700_000, 'Liège Accueil': 600_000 };

/**
 * Demo households on the board: the last day of their guidance (null while planned) and their
 * plan's progress (steps done of the steps that apply; one school step per child aged 5 to 17).
 */
const DEMO_PROGRESS: Record<string, { guidanceEnd: string | null; progress: { done: number; total: number } }> = {
  'HH-2023-0001': { guidanceEnd: guidanceEndDate('2023-03-15', true), progress: { done: 0, total: 13 } },
  'HH-2023-0002': { guidanceEnd: guidanceEndDate('2023-09-01', false), progress: { done: 0, total: 11 } },
  'HH-2026-0003': { guidanceEnd: guidanceEndDate('2026-06-10', false), progress: { done: 3, total: 12 } },
  'HH-2026-0004': { guidanceEnd: guidanceEndDate('2026-02-20', false), progress: { done: 5, total: 11 } },
  'HH-2027-0005': { guidanceEnd: null, progress: { done: 0, total: 13 } },
  'HH-2025-0006': { guidanceEnd: guidanceEndDate('2025-11-03', false), progress: { done: 0, total: 11 } },
};
/** On the board: guidance not ended (today, in Brussels). */
const onBoard = (reference: string) => {
  const end = DEMO_PROGRESS[reference]!.guidanceEnd;
  return end === null || end >= todayInBrussels();
};

/** A household as `actor` must see it: specific needs and funding only for those who need to know. */
function expectHousehold(h: any, actor: SignedIn, expected: { reference: string; partnership: string; needs: string[]; note: string | null; fundingCents: number }) {
  expect(h.reference).toBe(expected.reference);
  expect(h.hasSpecificNeeds).toBe(expected.needs.length > 0 || expected.note !== null);
  // viewerCan offers only what will work now: a second year needs guidance started and not yet extended.
  const can = HOUSEHOLD_CAN[actor];
  expect(h.viewerCan).toEqual({ ...can, extendGuidance: can.extendGuidance! && h.guidanceStart !== null && !h.guidanceExtended });
  expect(h.partnership.name).toBe(expected.partnership);
  if (actor === 'volunteer') {
    expect(h.specificNeeds).toBeNull();
    expect(h.funding).toBeNull();
    expect(h.partnership.fundingTotalCents).toBeNull();
  } else {
    expect(h.specificNeeds).toEqual({ needs: expected.needs, note: expected.note });
    expect(h.funding).toEqual({ totalCents: expected.fundingCents });
    expect(h.partnership.fundingTotalCents).toEqual(expect.any(Number));
  }
}

const demoHousehold = (reference: string) => (h: any, c: CaseCtx) => expectHousehold(h, c.actor as SignedIn, { reference, ...DEMO_HOUSEHOLDS[reference]! });

/** A fresh fixture household as `actor` must see it (one head, direct arrival: EUR 5,000; extended: 5,600). */
const freshHousehold = (h: any, c: CaseCtx) =>
  expectHousehold(h, c.actor as SignedIn, {
    reference: c.fixture.reference,
    partnership: c.fixture.partnershipName,
    needs: ['OTHER'],
    note: 'Fixture note',
    fundingCents: c.fixture.extended ? 560_000 : 500_000,
  });

/** A partnership as `actor` must see it, with its households. */
const demoPartnership = (name: string) => (p: any, c: CaseCtx) => {
  const actor = c.actor as SignedIn;
  expect(p.name).toBe(name);
  expect(p.viewerCan).toEqual(PARTNERSHIP_CAN[actor]);
  expect(p.fundingTotalCents).toBe(actor === 'volunteer' ? null : PARTNERSHIP_FUNDING[name]);
  const refs = Object.keys(DEMO_HOUSEHOLDS).filter((r) => DEMO_HOUSEHOLDS[r]!.partnership === name).sort();
  expect(p.households.map((h: any) => h.reference)).toEqual(refs);
  for (const h of p.households) {
    const d = DEMO_HOUSEHOLDS[h.reference]!;
    expect(h.specificNeeds).toEqual(actor === 'volunteer' ? null : { needs: d.needs });
    expect(h.funding).toEqual(actor === 'volunteer' ? null : { totalCents: d.fundingCents });
  }
};

const ALL_PARTNERSHIPS = ['Gent Samen', 'Liège Accueil', 'Onthaalgroep Mechelen', 'Terugkeerloket Antwerpen', 'Zemst Verwelkomt'];
const VISIBLE_PARTNERSHIPS: Record<SignedIn, string[]> = {
  admin: ALL_PARTNERSHIPS,
  contact: ['Gent Samen', 'Onthaalgroep Mechelen', 'Terugkeerloket Antwerpen'],
  deputy: ['Gent Samen', 'Onthaalgroep Mechelen', 'Zemst Verwelkomt'],
  coordinator: ['Onthaalgroep Mechelen'],
  volunteer: ['Onthaalgroep Mechelen'],
};
const visibleHouseholds = (actor: SignedIn) =>
  Object.keys(DEMO_HOUSEHOLDS)
    .filter((r) => VISIBLE_PARTNERSHIPS[actor].includes(DEMO_HOUSEHOLDS[r]!.partnership))
    .sort();

const ALL_ORGANISATIONS = [
  'CPAS de Liège',
  'Fedasil',
  'Gemeente Zemst',
  "Groupe d'accueil Liège-Centre",
  'OCMW Gent',
  'Onthaalgroep Mechelen',
  'Samen Thuis vzw',
  'Stad Gent',
  'Vluchtelingenhulp Antwerpen',
];
const MECHELEN_ORGANISATIONS = ['Onthaalgroep Mechelen', 'Samen Thuis vzw'];

const sorted = (xs: string[]) => [...xs].sort();

/** Shorthand for the usual shape: admins everywhere, the contact person and deputy on own records. */
function partnershipMatrix(allowed: Record<SignedIn, Outcome>): OperationSpec['expect'] {
  return {
    anonymous: UNAUTHENTICATED,
    admin: allowed.admin,
    contact: { own: allowed.contact, other: NOT_FOUND },
    deputy: { own: allowed.deputy, other: NOT_FOUND },
    coordinator: { own: allowed.coordinator, other: NOT_FOUND },
    volunteer: { own: allowed.volunteer, other: NOT_FOUND },
  };
}

// ---------------------------------------------------------------------------------------------
// Fresh records, made straight in the database (so no mutation under test is needed to set up)
// ---------------------------------------------------------------------------------------------

class Fixtures {
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
    const user = (email: string) => em.getReference(User, this.ids.user[email]!);
    const org = (name: string) => em.getReference(Organisation, this.ids.org[name]!);
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
  async household(target: string, state: 'planned' | 'arrived'): Promise<{ id: string; reference: string; partnershipName: string }> {
    const own = target !== 'other';
    const em = this.hub.orm.em.fork();
    const reference = this.unique('FX');
    const h = em.create(Household, {
      partnership: em.getReference(Partnership, own ? this.ids.partnership.mechelen : this.ids.partnership.liege),
      reference,
      arrivalRoute: 'DIRECT',
      plannedArrivalDate: state === 'planned' ? '2027-05-01' : '2026-01-10',
      arrivalDate: state === 'arrived' ? '2026-01-10' : null,
      guidanceStart: state === 'arrived' ? '2026-01-10' : null,
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
    const step = em.create(GuidanceStep, { household: em.getReference(Household, h.id), key, label: { ...t.label }, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, dueDate: '2027-05-15' });
    await em.flush();
    return { id: step.id, householdId: h.id, reference: h.reference, partnershipName: h.partnershipName };
  }

  /** A step of the voluntary-return plan template (the resettlement template stays as it is). */
  async stepTemplate(): Promise<{ id: string; key: string }> {
    const em = this.hub.orm.em.fork();
    const key = this.unique('MATRIX').replace(/-/g, '_');
    const t = em.create(StepTemplate, { programme: await em.findOneOrFail(Programme, { code: 'VOLUNTARY_RETURN' }), key, label: { nl: key, fr: key, en: key }, anchor: 'ARRIVAL', offsetDays: 10, owner: 'PARTNER' });
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
      createdBy: em.getReference(User, this.ids.user[uploader]!),
    });
    em.create(DocumentVersion, { document: d, number: 1, storageKey: 'f'.repeat(64), size: 10, contentType: 'application/pdf', originalName: name });
    await em.flush();
    return { id: d.id, name, householdId: h.id };
  }

  /**
   * A fresh copy of the own (Mechelen) or other (Liège) partnership, or of Mechelen with the given
   * Fedasil person as its contact person, with a feedback round in the given state.
   */
  async feedbackRound(target: string, status: 'OPEN' | 'SUBMITTED' = 'OPEN', opts: { partnershipId?: string; contactPerson?: string; submittedBy?: string } = {}): Promise<{ id: string; partnershipId: string }> {
    const partnershipId = opts.partnershipId ?? (await this.partnership(target)).id;
    const em = this.hub.orm.em.fork();
    if (opts.contactPerson) await em.nativeUpdate(Partnership, { id: partnershipId }, { contactPerson: this.ids.user[opts.contactPerson]!, deputy: null });
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
      submittedBy: opts.submittedBy ? em.getReference(User, this.ids.user[opts.submittedBy]!) : null,
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
    const d = em.create(Document, { partnership: t.partnership, household: t.household ?? null, thread: t, name, category: 'OTHER', createdBy: em.getReference(User, this.ids.user[uploaderEmail]!) });
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
    const m = em.create(Message, { thread: t, ...numbers, author: em.getReference(User, this.ids.user[authorEmail]!), clientId: this.unique('client'), body, internal: !!opts.internal });
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
    const u = em.create(User, { email, name: 'Fixture Person', role: role as never, organisation: em.getReference(Organisation, this.ids.org[organisation]!) });
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
      organisation: opts.organisation ? em.getReference(Organisation, this.ids.org[opts.organisation]!) : null,
      partnership: opts.partnership ? em.getReference(Partnership, opts.partnership) : null,
      invitedBy: em.getReference(User, this.ids.user[opts.by]!),
      expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
    });
    await em.flush();
    return token;
  }
}

// ---------------------------------------------------------------------------------------------
// Meeting fixtures (straight in the database)
// ---------------------------------------------------------------------------------------------

interface MeetingFixtureOptions {
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
async function meetingFixture(c: CaseCtx, target: string, o: MeetingFixtureOptions = {}) {
  const isOwn = target !== 'other';
  const { hub, ids, fx } = c.env;
  const em = hub.orm.em.fork();
  const user = (email: string) => em.getReference(User, ids.user[email]!);
  const organiser = isOwn ? DEMO.contact : DEMO.otherContact;
  const partners = isOwn ? [DEMO.coordinator, DEMO.volunteer] : [DEMO.otherCoordinator, DEMO.otherVolunteer];
  const title = fx.unique('Meeting');
  const start = new Date(Date.now() + 24 * 3600 * 1000);
  const m = em.create(Meeting, { kind: 'EVALUATION', title, startsAt: start, endsAt: new Date(start.getTime() + 3600 * 1000), place: 'Fixture room', createdBy: user(organiser) });
  const partnership = em.getReference(Partnership, isOwn ? ids.partnership.mechelen : ids.partnership.liege);
  em.create(MeetingPartnership, { meeting: m, partnership });
  const invitees = new Set([organiser, ...(o.invitePartners === false ? [] : partners), ...(o.extraInvitees ?? [])]);
  for (const email of invitees) em.create(MeetingInvitee, { meeting: m, user: user(email) });
  const out: Record<string, any> = { id: m.id, title };
  if (o.agendaByPartner) out.agendaItemId = em.create(AgendaItem, { meeting: m, position: 1, title: 'Partner item', author: user(partners[0]!) }).id;
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
async function arrivingSoonFixture(c: CaseCtx, target: string) {
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

// ---------------------------------------------------------------------------------------------
// Subscriptions over graphql-ws, with the session cookie of the actor
// ---------------------------------------------------------------------------------------------

/** Subscriptions not closed yet (each case closes its own; what a failure leaves is closed at the end). */
const openSubscriptions = new Set<OpenSubscription>();

/** A subscription opened as the agent, with its session cookie (test/live.ts): what arrived, whether it ended, how the socket closed. */
function openSubscription(c: CaseCtx, query: string, variables: Record<string, unknown>): OpenSubscription {
  const sub = subscribe(c.env.hub, c.agent, query, variables);
  openSubscriptions.add(sub);
  const close = sub.close;
  sub.close = async () => {
    openSubscriptions.delete(sub);
    await close();
  };
  return sub;
}

/**
 * Subscribes as the agent, then makes the change (`trigger`) until the first event for the fixture
 * arrives, the server answers with an error, or the socket closes. The server registers the
 * subscription a moment after the subscribe message, with no message to say so, hence the repeated
 * change; the attempt limit only guards against a hang and is not part of any assertion.
 */
async function observeSubscription(c: CaseCtx, query: string, variables: Record<string, unknown>, trigger: () => Promise<unknown>, isFixtureEvent: (data: any) => boolean): Promise<Observed> {
  const sub = openSubscription(c, query, variables);
  const { payloads } = sub;
  try {
    await sub.until(trigger, isFixtureEvent);
  } finally {
    await sub.close();
  }
  const dataEvents = payloads.filter((p) => p.data).length;
  const result = payloads.find((p) => p.errors?.length) ??
    payloads.find((p) => p.data && isFixtureEvent(p.data)) ?? { errors: [{ message: 'no event before the guard limit', extensions: { code: 'NO_EVENT' } }] };
  return { result: sub.closeCode === undefined ? result : undefined, closeCode: sub.closeCode, dataEvents };
}

/**
 * For `boardUpdated`, which has no argument to refuse: shows whether the change (`change`) reaches
 * the agent's open board. First a change of a household every actor sees (the fixture's
 * `sentinel`) is repeated until it arrives, so the subscription is surely registered; then the
 * change under test is made once, followed by changes of another such household (the `marker`)
 * until the marker arrives. Events arrive in the order of the changes, so the first of the two to
 * arrive tells: the household changed (delivered) or the marker (not delivered). The attempt
 * limits only guard against a hang and are not part of any assertion.
 */
async function observeBoardUpdates(c: CaseCtx, query: string, variables: Record<string, unknown>, change: () => Promise<unknown>): Promise<Observed> {
  const sub = openSubscription(c, query, variables);
  const { payloads } = sub;
  const events = () => payloads.filter((p) => p.data).map((p) => p.data!.boardUpdated as { reference: string });
  const failed = () => sub.ended || payloads.some((p) => p.errors?.length);
  const changeOf = (h: { id: string }) => () => c.env.agents.contact.ok(RECORD_ARRIVAL, { id: h.id });
  const repeatUntil = async (trigger: () => Promise<unknown>, reference: string) => {
    for (let attempt = 0; attempt < 60 && !failed(); attempt++) {
      await trigger();
      if (events().some((e) => e.reference === reference)) return true;
      await sub.nextOrAfter(150);
      if (events().some((e) => e.reference === reference)) return true;
    }
    return false;
  };
  let first: unknown;
  try {
    if (await repeatUntil(changeOf(c.fixture.sentinel), c.fixture.sentinel.reference)) {
      await change();
      if (await repeatUntil(changeOf(c.fixture.marker), c.fixture.marker.reference)) first = events().find((e) => e.reference === c.fixture.reference || e.reference === c.fixture.marker.reference);
    }
  } finally {
    await sub.close();
  }
  const errors = payloads.find((p) => p.errors?.length);
  const result: GraphQLResult = errors ?? (first ? { data: { boardUpdated: first } } : { errors: [{ message: 'no event before the guard limit', extensions: { code: 'NO_EVENT' } }] });
  return { result: sub.closeCode === undefined ? result : undefined, closeCode: sub.closeCode, dataEvents: events().length };
}

// ---------------------------------------------------------------------------------------------
// The table: every root operation of the schema
// ---------------------------------------------------------------------------------------------

const own = (c: CaseCtx) => c.target !== 'other';
const demoPartnershipId = (c: CaseCtx) => (own(c) ? c.env.ids.partnership.mechelen : c.env.ids.partnership.liege);
const emailOf = (actor: SignedIn) => DEMO[actor];
/** Records of the read-only hub, made in its beforeAll. */
const QUERY_FIXTURES = { volunteerInvitationToken: '', mechelenAcceptedRoundId: '', liegeRoundId: '' };
const RECORD_ARRIVAL = `mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-03-01") { id } }`;

/** Someone else who sees the case's thread: an admin, or (for the admin) the thread's contact person. */
async function otherParticipant(c: CaseCtx): Promise<{ agent: Agent; email: string }> {
  if (c.actor !== 'admin') return { agent: c.env.agents.admin, email: DEMO.admin };
  if (own(c)) return { agent: c.env.agents.contact, email: DEMO.contact };
  return { agent: await c.env.hub.as(DEMO.otherContact), email: DEMO.otherContact };
}

const OPERATIONS: Record<string, OperationSpec> = {
  // ----- Query -------------------------------------------------------------------------------
  'Query.me': {
    query: `{ me { email role } }`,
    expect: {
      anonymous: ok((me) => expect(me).toBeNull()),
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((me) => expect(me).toEqual({ email: emailOf(a), role: ROLE_OF[a] }))])),
    } as OperationSpec['expect'],
  },

  'Query.invitation': {
    query: `query($token: String!) { invitation(token: $token) { email role organisationName } }`,
    vars: () => ({ token: QUERY_FIXTURES.volunteerInvitationToken }),
    expect: Object.fromEntries(
      ACTORS.map((a) => [a, ok((i) => expect(i).toEqual({ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', organisationName: 'Onthaalgroep Mechelen' }))]),
    ) as OperationSpec['expect'],
  },

  'Query.invitations': {
    query: `{ invitations { email role partnership { name } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) =>
        expect(sorted(list.map((i: any) => i.email))).toEqual(['new.coordinator@fixture.example', 'new.staff@fixture.example', 'new.volunteer@fixture.example', 'other.coordinator@fixture.example']),
      ),
      contact: ok((list) => expect(list).toEqual([{ email: 'new.coordinator@fixture.example', role: 'COORDINATOR', partnership: { name: 'Onthaalgroep Mechelen' } }])),
      deputy: ok((list) => expect(list).toEqual([])),
      coordinator: ok((list) => expect(list).toEqual([{ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', partnership: null }])),
      volunteer: ok((list) => expect(list).toEqual([])),
    },
  },

  'Query.myHouseholds': {
    query: `{ myHouseholds { reference hasSpecificNeeds specificNeeds { needs } funding { totalCents } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          ok((list) => {
            expect(list.map((h: any) => h.reference)).toEqual(visibleHouseholds(a));
            for (const h of list) {
              const d = DEMO_HOUSEHOLDS[h.reference]!;
              expect(h.hasSpecificNeeds).toBe(d.needs.length > 0);
              expect(h.specificNeeds).toEqual(a === 'volunteer' ? null : { needs: d.needs });
              expect(h.funding).toEqual(a === 'volunteer' ? null : { totalCents: d.fundingCents });
            }
          }),
        ]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.household': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { household(id: $id) { ${HOUSEHOLD_FIELDS} } }`,
    vars: (c) => ({ id: own(c) ? c.env.ids.household.mechelen : c.env.ids.household.liege }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: { own: ok(demoHousehold('HH-2026-0004')), other: ok(demoHousehold('HH-2025-0006')) },
      contact: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      deputy: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      coordinator: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
      volunteer: { own: ok(demoHousehold('HH-2026-0004')), other: NOT_FOUND },
    },
  },

  'Query.partnership': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { partnership(id: $id) { name fundingTotalCents ${PARTNERSHIP_CAN_FIELDS} households { reference specificNeeds { needs } funding { totalCents } } } }`,
    vars: (c) => ({ id: demoPartnershipId(c) }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: ok(demoPartnership('Liège Accueil')) },
      contact: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      deputy: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      coordinator: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
      volunteer: { own: ok(demoPartnership('Onthaalgroep Mechelen')), other: NOT_FOUND },
    },
  },

  'Query.partnerships': {
    query: `{ partnerships(first: 100) { totalCount edges { node { name fundingTotalCents } } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          ok((page) => {
            expect(page.edges.map((e: any) => e.node.name)).toEqual(VISIBLE_PARTNERSHIPS[a]);
            expect(page.totalCount).toBe(VISIBLE_PARTNERSHIPS[a].length);
            for (const e of page.edges) expect(e.node.fundingTotalCents).toEqual(a === 'volunteer' ? null : expect.any(Number));
          }),
        ]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.organisations': {
    query: `{ organisations { name } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [a, ok((list) => expect(sorted(list.map((o: any) => o.name))).toEqual(a === 'coordinator' || a === 'volunteer' ? MECHELEN_ORGANISATIONS : ALL_ORGANISATIONS))]),
      ),
    } as OperationSpec['expect'],
  },

  'Query.organisation': {
    // own: a member organisation of the own partnership; other: one of Liège's.
    targets: ['own', 'other'],
    query: `query($id: ID!) { organisation(id: $id) { name } }`,
    vars: (c) => ({ id: c.env.ids.org[own(c) ? 'Samen Thuis vzw' : 'CPAS de Liège'] }),
    expect: (() => {
      const seen = { own: ok((o) => expect(o).toEqual({ name: 'Samen Thuis vzw' })), other: ok((o) => expect(o).toEqual({ name: 'CPAS de Liège' })) };
      return {
        anonymous: UNAUTHENTICATED,
        admin: seen,
        contact: seen, // Fedasil staff see every organisation
        deputy: seen,
        coordinator: { own: seen.own, other: NOT_FOUND },
        volunteer: { own: seen.own, other: NOT_FOUND },
      };
    })(),
  },

  'Query.outbox': {
    query: `{ outbox { to subject } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) => expect(list).toContainEqual({ to: 'outbox@fixture.example', subject: 'Fixture message' })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Query.accessLog': {
    query: `query($h: ID) { accessLog(householdId: $h, first: 200) { totalCount edges { node { what user { email } household { reference } } } } }`,
    vars: (c) => ({ h: c.env.ids.household.mechelen }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((page) => {
        expect(page.edges.map((e: any) => e.node)).toContainEqual({ what: 'specificNeeds', user: { email: DEMO.contact }, household: { reference: 'HH-2026-0004' } });
        expect(page.edges.every((e: any) => e.node.household.reference === 'HH-2026-0004')).toBe(true);
      }),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Query.programmes': {
    query: `{ programmes { code } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((list) => expect(sorted(list.map((p: any) => p.code))).toEqual(['RESETTLEMENT', 'SOCIO_LEGAL_DESK', 'VOLUNTARY_RETURN']))])),
    } as OperationSpec['expect'],
  },

  'Query.quotaProgress': {
    query: `{ quotaProgress(programme: RESETTLEMENT, year: 2023) { quota personsArrived personsPlanned } }`,
    expect: (() => {
      // 2023: HH-2023-0001 (5 persons) and HH-2023-0002 (1) arrived; quota 500.
      const seen = ok((q) => expect(q).toEqual({ quota: 500, personsArrived: 6, personsPlanned: 0 }));
      return { anonymous: UNAUTHENTICATED, admin: seen, contact: seen, deputy: seen, coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  'Query.users': {
    query: `{ users { email } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((list) => expect(sorted(list.map((u: any) => u.email))).toEqual(sorted(DEMO_USERS.map((u) => u.email)))),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      // Coordinators see the volunteers they work with (to remove them): here, their welcome group's.
      coordinator: ok((list) => expect(list.map((u: any) => u.email)).toEqual([DEMO.volunteer])),
      volunteer: FORBIDDEN,
    },
  },

  'Query.board': {
    // all: no partnership given (every household the viewer may see); own/other: one partnership's.
    targets: ['all', 'own', 'other'],
    query: `query($p: ID) { board(partnershipId: $p, sort: REFERENCE) { reference guidanceStart guidanceExtended hasSpecificNeeds specificNeeds { needs note } funding { totalCents } progress { done total } ${HOUSEHOLD_CAN_FIELDS} } }`,
    vars: (c) => (c.target === 'all' ? {} : { p: demoPartnershipId(c) }),
    expect: (() => {
      // The households in guidance (not ended) the actor sees, of the partnership when one is given, by reference.
      const board = ok((rows, c) => {
        const actor = c.actor as SignedIn;
        const partnership = c.target === 'all' ? null : own(c) ? 'Onthaalgroep Mechelen' : 'Liège Accueil';
        const expected = visibleHouseholds(actor).filter((r) => onBoard(r) && (!partnership || DEMO_HOUSEHOLDS[r]!.partnership === partnership));
        expect(rows.map((h: any) => h.reference)).toEqual(expected);
        for (const h of rows) {
          const d = DEMO_HOUSEHOLDS[h.reference]!;
          expect(h.progress).toEqual(DEMO_PROGRESS[h.reference]!.progress);
          expect(h.hasSpecificNeeds).toBe(d.needs.length > 0);
          expect(h.specificNeeds).toEqual(actor === 'volunteer' ? null : { needs: d.needs, note: d.note });
          expect(h.funding).toEqual(actor === 'volunteer' ? null : { totalCents: d.fundingCents });
          const can = HOUSEHOLD_CAN[actor];
          expect(h.viewerCan).toEqual({ ...can, extendGuidance: can.extendGuidance! && h.guidanceStart !== null && !h.guidanceExtended });
        }
      });
      const partner = { all: board, own: board, other: NOT_FOUND };
      return { anonymous: UNAUTHENTICATED, admin: board, contact: partner, deputy: partner, coordinator: partner, volunteer: partner };
    })(),
  },

  'Query.fundingStatement': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { fundingStatement(partnershipId: $p) { partnership { name } rows { reference totalCents } totals { totalCents } csvUrl } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const statement = ok((s, c) => {
        const name = own(c) ? 'Onthaalgroep Mechelen' : 'Liège Accueil';
        expect(s.partnership).toEqual({ name });
        const refs = Object.keys(DEMO_HOUSEHOLDS).filter((r) => DEMO_HOUSEHOLDS[r]!.partnership === name).sort();
        expect(s.rows).toEqual(refs.map((reference) => ({ reference, totalCents: DEMO_HOUSEHOLDS[reference]!.fundingCents })));
        expect(s.totals).toEqual({ totalCents: PARTNERSHIP_FUNDING[name] });
        expect(s.csvUrl).toBe(`/partnerships/${demoPartnershipId(c)}/funding.csv`);
      });
      // Volunteers do not see the money.
      return partnershipMatrix({ admin: statement, contact: statement, deputy: statement, coordinator: statement, volunteer: FORBIDDEN });
    })(),
  },

  'Query.programmeDashboard': {
    query: `{ programmeDashboard(programme: RESETTLEMENT, year: 2023) { quota personsArrived personsPlanned fundingCommittedCents partnerships { partnership { name } persons } } }`,
    expect: (() => {
      // 2023: HH-2023-0001 (5 persons, direct, two years: EUR 22,000) and HH-2023-0002 (1 person: EUR 3,000), both Gent Samen.
      const dashboard = (partnerships: string[]) =>
        ok((d) =>
          expect(d).toEqual({
            quota: 500,
            personsArrived: 6,
            personsPlanned: 0,
            fundingCommittedCents: 2_500_000,
            partnerships: partnerships.map((name) => ({ partnership: { name }, persons: name === 'Gent Samen' ? 6 : 0 })),
          }),
        );
      const resettlement = (actor: SignedIn) => VISIBLE_PARTNERSHIPS[actor].filter((p) => p !== 'Terugkeerloket Antwerpen');
      return {
        anonymous: UNAUTHENTICATED,
        admin: dashboard(resettlement('admin')),
        // A contact person sees the partnerships they look after, no other.
        contact: dashboard(resettlement('contact')),
        deputy: dashboard(resettlement('deputy')),
        coordinator: FORBIDDEN,
        volunteer: FORBIDDEN,
      };
    })(),
  },

  'Query.stepTemplates': {
    query: `{ stepTemplates(programme: RESETTLEMENT) { key offsetDays } }`,
    expect: (() => {
      const template = ok((list) => expect(list).toEqual(RESETTLEMENT_PLAN.map((t) => ({ key: t.key, offsetDays: t.offsetDays }))));
      return { anonymous: UNAUTHENTICATED, admin: template, contact: template, deputy: template, coordinator: FORBIDDEN, volunteer: FORBIDDEN };
    })(),
  },

  // ----- Mutation ----------------------------------------------------------------------------
  'Mutation.setQuota': {
    query: `mutation { setQuota(programme: RESETTLEMENT, year: 2030, persons: 450) { year persons } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((q) => expect(q).toEqual({ year: 2030, persons: 450 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.signIn': {
    query: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`,
    vars: (c) => ({ email: c.actor === 'anonymous' ? DEMO.volunteer : emailOf(c.actor), password: 'partnerhub-demo' }),
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((u) => expect(u).toEqual({ email: a === 'anonymous' ? DEMO.volunteer : emailOf(a) }))])) as OperationSpec['expect'],
  },

  'Mutation.signOut': {
    query: `mutation { signOut }`,
    freshSession: true,
    expect: Object.fromEntries(
      ACTORS.map((a) => [
        a,
        ok(async (v, c) => {
          expect(v).toBe(true);
          expect((await c.agent.ok(`{ me { id } }`)).me).toBeNull();
        }),
      ]),
    ) as OperationSpec['expect'],
  },

  'Mutation.acceptInvitation': {
    query: `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email role } }`,
    vars: async (c) => {
      c.fixture.email = `${c.env.fx.unique('invitee')}@fixture.example`;
      const token = await c.env.fx.invitation({ email: c.fixture.email, role: 'VOLUNTEER', by: DEMO.coordinator, organisation: 'Onthaalgroep Mechelen' });
      return { token, password: 'a-long-enough-secret' };
    },
    expect: Object.fromEntries(ACTORS.map((a) => [a, ok((u, c) => expect(u).toEqual({ email: c.fixture.email, role: 'VOLUNTEER' }))])) as OperationSpec['expect'],
  },

  'Mutation.changeLanguage': {
    query: `mutation { changeLanguage(language: en) { email language } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((u) => expect(u).toEqual({ email: emailOf(a), language: 'en' }))])),
    } as OperationSpec['expect'],
  },

  'Mutation.createOrganisation': {
    query: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { name } }`,
    vars: (c) => ({ input: { name: (c.fixture.name = c.env.fx.unique('New organisation')), kind: 'NON_PROFIT', city: 'Leuven' } }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((o, c) => expect(o).toEqual({ name: c.fixture.name })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updateOrganisation': {
    // own: a fresh member organisation of the own partnership (coordinator@ and volunteer@ see it in
    // `organisations`); other: one of Liège's.
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { name contactPhone } }`,
    vars: async (c) => {
      const o = await c.env.fx.organisation(c.target!);
      c.fixture.name = o.name;
      return { id: o.id, input: { name: o.name, kind: 'NON_PROFIT', contactPhone: '+32 2 000 00 00' } };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((o, c) => expect(o).toEqual({ name: c.fixture.name, contactPhone: '+32 2 000 00 00' })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: { own: FORBIDDEN, other: NOT_FOUND },
      volunteer: { own: FORBIDDEN, other: NOT_FOUND },
    },
  },

  'Mutation.createPartnership': {
    query: `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { name members { organisation { name } } } }`,
    vars: (c) => ({
      input: {
        name: (c.fixture.name = c.env.fx.unique('New partnership')),
        programme: 'RESETTLEMENT',
        track: 'FLEXIBLE_FRAMEWORK',
        leadOrganisationId: c.env.ids.org['Gemeente Zemst'],
        contactPersonId: c.env.ids.user[DEMO.contact],
      },
    }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((p, c) => expect(p).toEqual({ name: c.fixture.name, members: [{ organisation: { name: 'Gemeente Zemst' } }] })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updatePartnership': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { capacityPledged } }`,
    vars: async (c) => ({ id: (await c.env.fx.partnership(c.target!)).id, input: { capacityPledged: 9 } }),
    expect: partnershipMatrix({
      admin: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      contact: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      deputy: ok((p) => expect(p).toEqual({ capacityPledged: 9 })),
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    }),
  },

  'Mutation.addPartnershipMember': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { members { lead organisation { name } } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id, o: c.env.ids.org['Gemeente Zemst'] }),
    expect: (() => {
      const added = ok((p) => expect(p.members).toContainEqual({ lead: false, organisation: { name: 'Gemeente Zemst' } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removePartnershipMember': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { members { organisation { name } } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!, 'Gemeente Zemst')).id, o: c.env.ids.org['Gemeente Zemst'] }),
    expect: (() => {
      const removed = ok((p) => {
        expect(p.members).toHaveLength(2);
        expect(p.members).not.toContainEqual({ organisation: { name: 'Gemeente Zemst' } });
      });
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.assignContactPerson': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!, $c: ID!, $d: ID) { assignContactPerson(partnershipId: $p, contactPersonId: $c, deputyId: $d) { contactPerson { email } deputy { email } } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id, c: c.env.ids.user[DEMO.deputy], d: c.env.ids.user[DEMO.contact] }),
    expect: partnershipMatrix({
      admin: ok((p) => expect(p).toEqual({ contactPerson: { email: DEMO.deputy }, deputy: { email: DEMO.contact } })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    }),
  },

  'Mutation.registerHousehold': {
    // ownWithNeeds: the same, with specific needs (only for those who may update them).
    targets: ['own', 'other', 'ownWithNeeds'],
    query: `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { reference specificNeeds { needs } partnership { name } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target === 'other' ? 'other' : 'own');
      c.fixture.reference = c.env.fx.unique('REG');
      c.fixture.partnershipName = p.name;
      return {
        input: {
          partnershipId: p.id,
          reference: c.fixture.reference,
          arrivalRoute: 'DIRECT',
          plannedArrivalDate: '2027-06-01',
          members: [{ firstName: 'New', lastName: 'Arrival', birthYear: 1992, relationship: 'HEAD' }],
          ...(c.target === 'ownWithNeeds' ? { specificNeeds: ['COMPLEX_MEDICAL'] } : {}),
        },
      };
    },
    expect: (() => {
      const registered = ok((h, c) =>
        expect(h).toEqual({ reference: c.fixture.reference, specificNeeds: { needs: c.target === 'ownWithNeeds' ? ['COMPLEX_MEDICAL'] : [] }, partnership: { name: c.fixture.partnershipName } }),
      );
      return {
        anonymous: UNAUTHENTICATED,
        admin: registered,
        contact: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        deputy: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        coordinator: { own: registered, ownWithNeeds: registered, other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, ownWithNeeds: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.updateHousehold': {
    // ownNeeds: changes only the specific needs of an own household.
    targets: ['own', 'other', 'ownNeeds'],
    query: `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { reference plannedArrivalDate specificNeeds { needs } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target === 'other' ? 'other' : 'own', 'planned');
      c.fixture.reference = h.reference;
      return { id: h.id, input: c.target === 'ownNeeds' ? { specificNeeds: ['COMPLEX_MEDICAL'] } : { plannedArrivalDate: '2027-07-01' } };
    },
    expect: (() => {
      const updated = ok((h, c) =>
        expect(h).toEqual(
          c.target === 'ownNeeds'
            ? { reference: c.fixture.reference, plannedArrivalDate: '2027-05-01', specificNeeds: { needs: ['COMPLEX_MEDICAL'] } }
            : { reference: c.fixture.reference, plannedArrivalDate: '2027-07-01', specificNeeds: { needs: ['OTHER'] } },
        ),
      );
      return {
        anonymous: UNAUTHENTICATED,
        admin: updated,
        contact: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        deputy: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        coordinator: { own: updated, ownNeeds: updated, other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, ownNeeds: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.recordArrival': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-03-01") { arrivalDate guidanceStart ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, h);
      return { id: h.id };
    },
    expect: (() => {
      const recorded = ok((h, c) => {
        expect([h.arrivalDate, h.guidanceStart]).toEqual(['2026-03-01', '2026-03-01']);
        freshHousehold(h, c);
      });
      return partnershipMatrix({ admin: recorded, contact: recorded, deputy: recorded, coordinator: recorded, volunteer: recorded });
    })(),
  },

  'Mutation.extendGuidance': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { extendGuidance(id: $id) { guidanceExtended ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      Object.assign(c.fixture, h, { extended: true });
      return { id: h.id };
    },
    expect: (() => {
      const extended = ok((h, c) => {
        expect(h.guidanceExtended).toBe(true);
        freshHousehold(h, c);
      });
      return partnershipMatrix({ admin: extended, contact: extended, deputy: extended, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.inviteUser': {
    // By role: admins invite Fedasil staff, contact persons coordinators of their partnerships,
    // coordinators volunteers of the welcome group of their partnerships.
    targets: ['ADMIN', 'CONTACT_PERSON', 'COORDINATOR own', 'COORDINATOR other', 'VOLUNTEER own', 'VOLUNTEER other'],
    query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email role organisation { name } partnership { name } } }`,
    vars: (c) => {
      const [role, where] = c.target!.split(' ') as [string, string | undefined];
      c.fixture.email = `${c.env.fx.unique('invited')}@fixture.example`;
      const input: Record<string, unknown> = { email: c.fixture.email, name: 'Invited Person', role };
      if (role === 'COORDINATOR') {
        input.partnershipId = where === 'own' ? c.env.ids.partnership.mechelen : c.env.ids.partnership.liege;
        input.organisationId = c.env.ids.org[where === 'own' ? 'Samen Thuis vzw' : 'CPAS de Liège'];
      }
      if (role === 'VOLUNTEER') input.organisationId = c.env.ids.org[where === 'own' ? 'Onthaalgroep Mechelen' : "Groupe d'accueil Liège-Centre"];
      return { input };
    },
    expect: (() => {
      const invited = (role: string, organisation: string | null, partnership: string | null) =>
        ok((i, c) => expect(i).toEqual({ email: c.fixture.email, role, organisation: organisation && { name: organisation }, partnership: partnership && { name: partnership } }));
      const contactPerson = {
        ADMIN: ROLE_NOT_INVITABLE,
        CONTACT_PERSON: ROLE_NOT_INVITABLE,
        'COORDINATOR own': invited('COORDINATOR', 'Samen Thuis vzw', 'Onthaalgroep Mechelen'),
        'COORDINATOR other': NOT_FOUND,
        'VOLUNTEER own': ROLE_NOT_INVITABLE,
        'VOLUNTEER other': ROLE_NOT_INVITABLE,
      };
      return {
        anonymous: UNAUTHENTICATED,
        admin: {
          ADMIN: invited('ADMIN', null, null),
          CONTACT_PERSON: invited('CONTACT_PERSON', null, null),
          'COORDINATOR own': ROLE_NOT_INVITABLE,
          'COORDINATOR other': ROLE_NOT_INVITABLE,
          'VOLUNTEER own': ROLE_NOT_INVITABLE,
          'VOLUNTEER other': ROLE_NOT_INVITABLE,
        },
        contact: contactPerson,
        deputy: contactPerson,
        coordinator: {
          ADMIN: ROLE_NOT_INVITABLE,
          CONTACT_PERSON: ROLE_NOT_INVITABLE,
          'COORDINATOR own': ROLE_NOT_INVITABLE,
          'COORDINATOR other': ROLE_NOT_INVITABLE,
          'VOLUNTEER own': invited('VOLUNTEER', 'Onthaalgroep Mechelen', null),
          'VOLUNTEER other': NOT_FOUND,
        },
        volunteer: ROLE_NOT_INVITABLE,
      };
    })(),
  },

  'Mutation.removeUser': {
    // own: a volunteer of the own partnership's welcome group (Onthaalgroep Mechelen, the group
    // coordinator@ invites volunteers for); ownOrg: a volunteer of coordinator@'s own organisation;
    // other: a volunteer of Liège's welcome group.
    targets: ['own', 'ownOrg', 'other'],
    query: `mutation($id: ID!) { removeUser(id: $id) }`,
    vars: async (c) => {
      const org = { own: 'Onthaalgroep Mechelen', ownOrg: 'Samen Thuis vzw', other: "Groupe d'accueil Liège-Centre" }[c.target!]!;
      return { id: (await c.env.fx.user('VOLUNTEER', org)).id };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((v) => expect(v).toBe(true)),
      contact: NOT_FOUND,
      deputy: NOT_FOUND,
      coordinator: { own: ok((v) => expect(v).toBe(true)), ownOrg: ok((v) => expect(v).toBe(true)), other: NOT_FOUND },
      volunteer: NOT_FOUND,
    },
  },

  'Mutation.updateGuidanceStep': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateGuidanceStep(id: $id, input: { status: DONE, note: "Done with the volunteer" }) { key status note updatedBy { email } household { reference } } }`,
    vars: async (c) => {
      const step = await c.env.fx.step(c.target!);
      Object.assign(c.fixture, step);
      return { id: step.id };
    },
    expect: (() => {
      const updated = ok((s, c) =>
        expect(s).toEqual({ key: 'BANK_ACCOUNT', status: 'DONE', note: 'Done with the volunteer', updatedBy: { email: emailOf(c.actor as SignedIn) }, household: { reference: c.fixture.reference } }),
      );
      // Everyone who sees the household records progress, volunteers first of all.
      return partnershipMatrix({ admin: updated, contact: updated, deputy: updated, coordinator: updated, volunteer: updated });
    })(),
  },

  'Mutation.updateHousing': {
    targets: ['own', 'other'],
    // The fixture household is planned for 2027-05-01: a lease to 2028-04-30 covers its first year.
    query: `mutation($h: ID!) { updateHousing(householdId: $h, input: { street: "Matrixstraat 1", leaseStart: "2027-04-15", leaseEnd: "2028-04-30" }) { street coversFirstYear } }`,
    vars: async (c) => ({ h: (await c.env.fx.household(c.target!, 'planned')).id }),
    expect: (() => {
      const updated = ok((housing) => expect(housing).toEqual({ street: 'Matrixstraat 1', coversFirstYear: true }));
      return partnershipMatrix({ admin: updated, contact: updated, deputy: updated, coordinator: updated, volunteer: updated });
    })(),
  },

  'Mutation.startNextHomeSearch': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { startNextHomeSearch(householdId: $h, on: "2026-11-01") { reference housing { nextHomeSearchStartedOn nextHomeFoundOn } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'arrived');
      c.fixture.reference = h.reference;
      return { h: h.id };
    },
    expect: (() => {
      const started = ok((h, c) => expect(h).toEqual({ reference: c.fixture.reference, housing: { nextHomeSearchStartedOn: '2026-11-01', nextHomeFoundOn: null } }));
      return partnershipMatrix({ admin: started, contact: started, deputy: started, coordinator: started, volunteer: started });
    })(),
  },

  'Mutation.recordNextHomeFound': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { recordNextHomeFound(householdId: $h, on: "2026-11-02") { reference housing { nextHomeSearchStartedOn nextHomeFoundOn } plan { key status } } }`,
    vars: async (c) => {
      const step = await c.env.fx.step(c.target!, 'NEXT_HOME');
      c.fixture.reference = step.reference;
      return { h: step.householdId };
    },
    expect: (() => {
      const found = ok((h, c) =>
        expect(h).toEqual({ reference: c.fixture.reference, housing: { nextHomeSearchStartedOn: '2026-11-02', nextHomeFoundOn: '2026-11-02' }, plan: [{ key: 'NEXT_HOME', status: 'DONE' }] }),
      );
      return partnershipMatrix({ admin: found, contact: found, deputy: found, coordinator: found, volunteer: found });
    })(),
  },

  'Mutation.saveStepTemplate': {
    query: `mutation($input: StepTemplateInput!) { saveStepTemplate(programme: VOLUNTARY_RETURN, input: $input) { key offsetDays active } }`,
    vars: (c) => {
      c.fixture.key = c.env.fx.unique('MATRIX').replace(/-/g, '_');
      return { input: { key: c.fixture.key, label: { nl: 'Stap', fr: 'Étape', en: 'Step' }, anchor: 'ARRIVAL', offsetDays: 12, owner: 'PARTNER' } };
    },
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((t, c) => expect(t).toEqual({ key: c.fixture.key, offsetDays: 12, active: true })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.removeStepTemplate': {
    query: `mutation($id: ID!) { removeStepTemplate(id: $id) }`,
    vars: async (c) => ({ id: (await c.env.fx.stepTemplate()).id }),
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((v) => expect(v).toBe(true)),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  'Mutation.updateProgrammeSettings': {
    // On the socio-legal desks programme, so the resettlement settings of the other cases stay.
    query: `mutation { updateProgrammeSettings(programme: SOCIO_LEGAL_DESK, nextHomeSearchMonths: 4, staleAfterDays: 45) { code nextHomeSearchMonths staleAfterDays } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      admin: ok((p) => expect(p).toEqual({ code: 'SOCIO_LEGAL_DESK', nextHomeSearchMonths: 4, staleAfterDays: 45 })),
      contact: FORBIDDEN,
      deputy: FORBIDDEN,
      coordinator: FORBIDDEN,
      volunteer: FORBIDDEN,
    },
  },

  // ----- Subscription ------------------------------------------------------------------------
  // ----- Documents ---------------------------------------------------------------------------
  'Query.documents': {
    targets: ['own', 'other'],
    query: `query($h: ID) { documents(householdId: $h) { name category } }`,
    vars: async (c) => {
      const lease = await c.env.fx.document(c.target!, 'LEASE');
      const medical = await c.env.fx.document(c.target!, 'MEDICAL');
      // Both on one household: move the medical paper to the lease's household.
      await c.env.hub.orm.em.fork().getConnection().execute(`update document set household_id = '${lease.householdId}' where id = '${medical.id}'`);
      Object.assign(c.fixture, { lease: lease.name, medical: medical.name });
      return { h: lease.householdId };
    },
    expect: (() => {
      const both = ok((docs, c) => expect(docs.map((d: any) => d.name).sort()).toEqual([c.fixture.lease, c.fixture.medical].sort()));
      // Medical papers are need-to-know: a volunteer sees only the lease.
      const leaseOnly = ok((docs, c) => expect(docs.map((d: any) => d.name)).toEqual([c.fixture.lease]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: both, volunteer: leaseOnly });
    })(),
  },

  'Mutation.renameDocument': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { renameDocument(id: $id, name: "Renamed.pdf") { name } }`,
    vars: async (c) => ({ id: (await c.env.fx.document(c.target!, 'LEASE')).id }),
    expect: (() => {
      const renamed = ok((d) => expect(d).toEqual({ name: 'Renamed.pdf' }));
      // A volunteer manages only what they uploaded themselves.
      return partnershipMatrix({ admin: renamed, contact: renamed, deputy: renamed, coordinator: renamed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.recategoriseDocument': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { recategoriseDocument(id: $id, category: EVALUATION_REPORT) { category } }`,
    vars: async (c) => ({ id: (await c.env.fx.document(c.target!, 'OTHER')).id }),
    expect: (() => {
      const changed = ok((d) => expect(d).toEqual({ category: 'EVALUATION_REPORT' }));
      return partnershipMatrix({ admin: changed, contact: changed, deputy: changed, coordinator: changed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.deleteDocument': {
    targets: ['own', 'other', 'ownByVolunteer', 'ownMedical'],
    query: `mutation($id: ID!) { deleteDocument(id: $id) }`,
    vars: async (c) => {
      const t = c.target!;
      const doc = t === 'ownByVolunteer' ? await c.env.fx.document('own', 'LEASE', DEMO.volunteer) : t === 'ownMedical' ? await c.env.fx.document('own', 'MEDICAL') : await c.env.fx.document(t, 'LEASE');
      return { id: doc.id };
    },
    expect: (() => {
      const deleted = ok((v) => expect(v).toBe(true));
      const all = { own: deleted, other: deleted, ownByVolunteer: deleted, ownMedical: deleted };
      const fedasil = { own: deleted, other: NOT_FOUND, ownByVolunteer: deleted, ownMedical: deleted };
      return {
        anonymous: UNAUTHENTICATED,
        admin: all,
        contact: fedasil,
        deputy: fedasil,
        coordinator: fedasil,
        // Their own upload only; a medical paper they may not even see.
        volunteer: { own: FORBIDDEN, other: NOT_FOUND, ownByVolunteer: deleted, ownMedical: NOT_FOUND },
      };
    })(),
  },

  // ----- Meetings ----------------------------------------------------------------------------
  // "own": an evaluation of Onthaalgroep Mechelen scheduled by contact@, with coordinator@ and
  // volunteer@ invited (deputy@ is Fedasil staff of the partnership, not invited); "other": one of
  // Liège Accueil by contact.wallonie@ with its own partners; "ownNotInvited": Mechelen, partners not invited.
  'Query.meetings': {
    targets: ['own', 'other'],
    query: `query($p: ID) { meetings(partnershipId: $p) { title } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      const listed = ok((ms, c) => expect(ms.map((m: any) => m.title)).toContain(c.fixture.meeting.title));
      return partnershipMatrix({ admin: listed, contact: listed, deputy: listed, coordinator: listed, volunteer: listed });
    })(),
  },

  'Query.meeting': {
    targets: ['own', 'ownNotInvited', 'other'],
    query: `query($id: ID!) { meeting(id: $id) { title kind } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target === 'other' ? 'other' : 'own', { invitePartners: c.target !== 'ownNotInvited' });
      return { id: c.fixture.meeting.id };
    },
    expect: (() => {
      const seen = ok((m, c) => expect(m).toEqual({ title: c.fixture.meeting.title, kind: 'EVALUATION' }));
      const staff = { own: seen, ownNotInvited: seen, other: NOT_FOUND };
      const partner = { own: seen, ownNotInvited: NOT_FOUND, other: NOT_FOUND };
      return { anonymous: UNAUTHENTICATED, admin: seen, contact: staff, deputy: staff, coordinator: partner, volunteer: partner };
    })(),
  },

  'Query.meetingInviteeOptions': {
    targets: ['own', 'other'],
    query: `query($p: [ID!]!) { meetingInviteeOptions(partnershipIds: $p) { email } }`,
    vars: (c) => ({ p: [demoPartnershipId(c)] }),
    expect: (() => {
      const people = ok((us, c) => {
        const emails = us.map((u: any) => u.email);
        expect(emails).toEqual(expect.arrayContaining(own(c) ? [DEMO.admin, DEMO.contact, DEMO.coordinator, DEMO.volunteer] : [DEMO.admin, DEMO.otherContact, DEMO.otherCoordinator, DEMO.otherVolunteer]));
        expect(emails).not.toContain(own(c) ? DEMO.otherCoordinator : DEMO.coordinator);
      });
      return partnershipMatrix({ admin: people, contact: people, deputy: people, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Query.proposedAgendaItems': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key sourceUrl } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      c.fixture.household = await arrivingSoonFixture(c, c.target!);
      return { id: c.fixture.meeting.id };
    },
    expect: (() => {
      const proposed = ok((ps, c) => expect(ps).toContainEqual({ key: `HOUSEHOLD:${c.fixture.household.id}`, sourceUrl: `/households/${c.fixture.household.id}` }));
      return partnershipMatrix({ admin: proposed, contact: proposed, deputy: proposed, coordinator: proposed, volunteer: proposed });
    })(),
  },

  'Query.myActionItems': {
    query: `query { myActionItems { title overdue } }`,
    vars: async (c) => {
      if (c.actor === 'anonymous') return {};
      const me = emailOf(c.actor as SignedIn);
      c.fixture.meeting = await meetingFixture(c, 'own', { extraInvitees: [me], actionFor: me });
      return {};
    },
    expect: (() => {
      const mine = ok((items, c) => expect(items).toContainEqual({ title: c.fixture.meeting.actionTitle, overdue: false }));
      return { anonymous: UNAUTHENTICATED, admin: mine, contact: mine, deputy: mine, coordinator: mine, volunteer: mine };
    })(),
  },

  'Query.evaluationHistory': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { evaluationHistory(partnershipId: $p) { meeting { title } ratings { objective rating } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!, { scores: true });
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      const history = ok((entries, c) =>
        expect(entries).toContainEqual({
          meeting: { title: c.fixture.meeting.title },
          ratings: [
            { objective: 'SUSTAINABLE_HOUSING', rating: 4 },
            { objective: 'GUIDANCE', rating: 3 },
            { objective: 'OPERATIONAL_COOPERATION', rating: 5 },
          ],
        }),
      );
      return partnershipMatrix({ admin: history, contact: history, deputy: history, coordinator: history, volunteer: history });
    })(),
  },

  'Query.calendarFeed': {
    query: `query { calendarFeed { active } }`,
    expect: (() => {
      const status = ok((s) => expect(s).toEqual({ active: expect.any(Boolean) }));
      return { anonymous: UNAUTHENTICATED, admin: status, contact: status, deputy: status, coordinator: status, volunteer: status };
    })(),
  },

  'Mutation.scheduleMeeting': {
    targets: ['own', 'other'],
    query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { title startsAtLocal } }`,
    vars: (c) => {
      c.fixture.title = c.env.fx.unique('Evaluation');
      return { input: { kind: 'EVALUATION', title: c.fixture.title, partnershipIds: [demoPartnershipId(c)], startsAt: '2027-02-10T14:00', endsAt: '2027-02-10T15:30', place: 'Bruul 5, Mechelen', inviteeIds: [] } };
    },
    expect: (() => {
      const scheduled = ok((m, c) => expect(m).toEqual({ title: c.fixture.title, startsAtLocal: '2027-02-10T14:00' }));
      return partnershipMatrix({ admin: scheduled, contact: scheduled, deputy: scheduled, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.updateMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2027-03-01T09:00", endsAt: "2027-03-01T10:00" }) { startsAtLocal sequence } }`,
    vars: async (c) => ({ id: (c.fixture.meeting = await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const moved = ok((m) => expect(m).toEqual({ startsAtLocal: '2027-03-01T09:00', sequence: 1 }));
      return partnershipMatrix({ admin: moved, contact: moved, deputy: moved, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.cancelMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Illness") { status cancelReason } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const cancelled = ok((m) => expect(m).toEqual({ status: 'CANCELLED', cancelReason: 'Illness' }));
      return partnershipMatrix({ admin: cancelled, contact: cancelled, deputy: cancelled, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.respondToMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { respondToMeeting(meetingId: $id, response: MAYBE) { response } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const answered = ok((i) => expect(i).toEqual({ response: 'MAYBE' }));
      // Admins and deputy@ see the meeting but are not invited.
      const NOT_INVITED = error('NOT_INVITED');
      return partnershipMatrix({ admin: NOT_INVITED, contact: answered, deputy: NOT_INVITED, coordinator: answered, volunteer: answered });
    })(),
  },

  'Mutation.addAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Housing market" }) { title position author { email } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ title: 'Housing market', position: 1, author: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: added, volunteer: added });
    })(),
  },

  'Mutation.addProposedAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { sourceType sourceId sourceUrl } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.household = await arrivingSoonFixture(c, c.target!);
      return { id: m.id, key: `HOUSEHOLD:${c.fixture.household.id}` };
    },
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ sourceType: 'HOUSEHOLD', sourceId: c.fixture.household.id, sourceUrl: `/households/${c.fixture.household.id}` }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: added, volunteer: added });
    })(),
  },

  'Mutation.updateAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "Renamed item" }) { title } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { agendaByPartner: true })).agendaItemId }),
    expect: (() => {
      const changed = ok((a) => expect(a).toEqual({ title: 'Renamed item' }));
      // The item is coordinator@'s (own): its author and the Fedasil staff may change it.
      return partnershipMatrix({ admin: changed, contact: changed, deputy: changed, coordinator: changed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeAgendaItem(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { agendaByPartner: true })).agendaItemId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: removed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.reorderAgendaItems': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $items: [ID!]!) { reorderAgendaItems(meetingId: $id, itemIds: $items) { id position } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!, { agendaByPartner: true, secondAgendaItem: true });
      c.fixture.items = [m.secondAgendaItemId, m.agendaItemId];
      return { id: m.id, items: c.fixture.items };
    },
    expect: (() => {
      const reordered = ok((items, c) => expect(items).toEqual([{ id: c.fixture.items[0], position: 1 }, { id: c.fixture.items[1], position: 2 }]));
      return partnershipMatrix({ admin: reordered, contact: reordered, deputy: reordered, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.recordAttendance': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $u: ID!) { recordAttendance(meetingId: $id, entries: [{ userId: $u, attendance: EXCUSED }]) { invitees { user { id } attendance } } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.userId = c.env.ids.user[own(c) ? DEMO.coordinator : DEMO.otherCoordinator];
      return { id: m.id, u: c.fixture.userId };
    },
    expect: (() => {
      const recorded = ok((m, c) => expect(m.invitees).toContainEqual({ user: { id: c.fixture.userId }, attendance: 'EXCUSED' }));
      return partnershipMatrix({ admin: recorded, contact: recorded, deputy: recorded, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.addDecision': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { addDecision(meetingId: $id, input: { text: "Quarterly meetings" }) { text } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const added = ok((d) => expect(d).toEqual({ text: 'Quarterly meetings' }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeDecision': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeDecision(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { decision: true })).decisionId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.addActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Send the lease", assigneeId: $u, dueDate: "2027-01-15" }) { title status assignee { id } } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.userId = c.env.ids.user[own(c) ? DEMO.coordinator : DEMO.otherCoordinator];
      return { id: m.id, u: c.fixture.userId };
    },
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ title: 'Send the lease', status: 'OPEN', assignee: { id: c.fixture.userId } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.updateActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateActionItem(id: $id, input: { status: DONE }) { status overdue } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { actionFor: own(c) ? DEMO.coordinator : DEMO.otherCoordinator })).actionItemId }),
    expect: (() => {
      const done = ok((a) => expect(a).toEqual({ status: 'DONE', overdue: false }));
      // The assignee (coordinator@ on own) and the Fedasil staff may mark it done.
      return partnershipMatrix({ admin: done, contact: done, deputy: done, coordinator: done, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeActionItem(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { actionFor: own(c) ? DEMO.coordinator : DEMO.otherCoordinator })).actionItemId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.saveEvaluation': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { saveEvaluation(meetingId: $id, scores: [{ objective: GUIDANCE, rating: 4, notes: "Good follow-up" }]) { evaluation { objective rating notes } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const saved = ok((m) => expect(m.evaluation).toEqual([{ objective: 'GUIDANCE', rating: 4, notes: 'Good follow-up' }]));
      return partnershipMatrix({ admin: saved, contact: saved, deputy: saved, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.signOffEvaluation': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { signOffEvaluation(meetingId: $id) { evaluationSignedOffBy { email } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { scores: true, signedOff: false })).id }),
    expect: (() => {
      const signed = ok((m, c) => expect(m).toEqual({ evaluationSignedOffBy: { email: emailOf(c.actor as SignedIn) } }));
      // The contact person (or deputy) of the partnership signs off; not an admin who is neither.
      return { anonymous: UNAUTHENTICATED, admin: FORBIDDEN, contact: { own: signed, other: NOT_FOUND }, deputy: { own: signed, other: NOT_FOUND }, coordinator: { own: FORBIDDEN, other: NOT_FOUND }, volunteer: { own: FORBIDDEN, other: NOT_FOUND } };
    })(),
  },

  'Mutation.rotateCalendarFeed': {
    query: `mutation { rotateCalendarFeed { url } }`,
    expect: (() => {
      const made = ok((f) => expect(f.url).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/));
      return { anonymous: UNAUTHENTICATED, admin: made, contact: made, deputy: made, coordinator: made, volunteer: made };
    })(),
  },

  'Mutation.revokeCalendarFeed': {
    query: `mutation { revokeCalendarFeed }`,
    vars: async (c) => {
      if (c.actor !== 'anonymous') await c.agent.ok(`mutation { rotateCalendarFeed { url } }`);
      return {};
    },
    expect: (() => {
      const revoked = ok((v) => expect(v).toBe(true));
      return { anonymous: UNAUTHENTICATED, admin: revoked, contact: revoked, deputy: revoked, coordinator: revoked, volunteer: revoked };
    })(),
  },

  'Subscription.meetingChanged': {
    targets: ['own', 'other'],
    query: `subscription($id: ID!) { meetingChanged(meetingId: $id) { title agenda { title } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { id: c.fixture.meeting.id };
    },
    // The change: an agenda item added by an admin (Fedasil staff of every meeting).
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.meetingChanged']!.query,
        vars,
        () => c.env.agents.admin.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Live item" }) { id } }`, { id: c.fixture.meeting.id }),
        (data) => data.meetingChanged?.title === c.fixture.meeting.title,
      ),
    expect: (() => {
      const received = ok((m, c) => {
        expect(m.title).toBe(c.fixture.meeting.title);
        expect(m.agenda[0]).toEqual({ title: 'Live item' });
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.meetingsChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID) { meetingsChanged(partnershipId: $p) { meetingId meeting { title agenda { title } } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { p: demoPartnershipId(c) };
    },
    // The change: an agenda item added by an admin (Fedasil staff of every meeting) to a fresh meeting of the partnership.
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.meetingsChanged']!.query,
        vars,
        () => c.env.agents.admin.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Live item" }) { id } }`, { id: c.fixture.meeting.id }),
        (data) => data.meetingsChanged?.meetingId === c.fixture.meeting.id,
      ),
    expect: (() => {
      const received = ok((change, c) => {
        expect(change.meetingId).toBe(c.fixture.meeting.id);
        expect(change.meeting.title).toBe(c.fixture.meeting.title);
        expect(change.meeting.agenda[0]).toEqual({ title: 'Live item' });
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.documentAdded': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!, $h: ID) { documentAdded(partnershipId: $p, householdId: $h) { name category } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, { householdId: h.id, name: `${c.env.fx.unique('live')}.pdf` });
      return { p: demoPartnershipId(c), h: h.id };
    },
    // The change: an upload to that household, by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.documentAdded']!.query,
        vars,
        async () => {
          const uploader = own(c) ? c.env.agents.contact : c.env.agents.admin;
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), c.fixture.name);
          const res = await fetch(`${c.env.hub.url}/documents?householdId=${c.fixture.householdId}&category=LEASE`, { method: 'POST', body: form, headers: { cookie: uploader.cookie!, 'x-partner-hub-upload': '1' } });
          if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
        },
        (data) => data.documentAdded?.name === c.fixture.name,
      ),
    expect: (() => {
      const received = ok((d, c) => expect(d).toEqual({ name: c.fixture.name, category: 'LEASE' }));
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: NOT_FOUND },
        deputy: { own: received, other: NOT_FOUND },
        coordinator: { own: received, other: NOT_FOUND },
        volunteer: { own: received, other: NOT_FOUND },
      };
    })(),
  },

  'Subscription.householdChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!) { householdChanged(partnershipId: $p) { arrivalDate ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, h);
      return { p: demoPartnershipId(c) };
    },
    // The change: recordArrival on a fresh household of the partnership, by its contact person
    // (own) or an admin (other: contact@ does not see Liège).
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.householdChanged']!.query,
        vars,
        () => (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(RECORD_ARRIVAL, { id: c.fixture.id }),
        (data) => data.householdChanged?.reference === c.fixture.reference,
      ),
    expect: (() => {
      const received = ok((h, c) => {
        expect(h.arrivalDate).toBe('2026-03-01');
        freshHousehold(h, c);
      });
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: NOT_FOUND },
        deputy: { own: received, other: NOT_FOUND },
        coordinator: { own: received, other: NOT_FOUND },
        volunteer: { own: received, other: NOT_FOUND },
      };
    })(),
  },

  'Subscription.boardUpdated': {
    // The board has no partnership argument: a change of a household the viewer does not see is
    // simply not delivered. See observeBoardUpdates for how "not delivered" is observed.
    targets: ['own', 'other'],
    query: `subscription { boardUpdated { arrivalDate ${HOUSEHOLD_FIELDS} } }`,
    vars: async (c) => {
      const target = await c.env.fx.household(c.target!, 'planned');
      Object.assign(c.fixture, target, { sentinel: await c.env.fx.household('own', 'planned'), marker: await c.env.fx.household('own', 'planned') });
      return {};
    },
    // The change: recordArrival on a fresh household, by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeBoardUpdates(c, OPERATIONS['Subscription.boardUpdated']!.query, vars, () => (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(RECORD_ARRIVAL, { id: c.fixture.id })),
    expect: (() => {
      const received = ok((h, c) => {
        expect(h.arrivalDate).toBe('2026-03-01');
        freshHousehold(h, c);
      });
      const notDelivered = ok((h, c) => expect(h.reference, 'the next event is the marker: the change was not delivered').toBe(c.fixture.marker.reference), 'not delivered');
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: notDelivered },
        deputy: { own: received, other: notDelivered },
        coordinator: { own: received, other: notDelivered },
        volunteer: { own: received, other: notDelivered },
      };
    })(),
  },

  // ----- Notifications and feedback ------------------------------------------------------------
  'Query.notifications': {
    query: `{ notifications(first: 10) { totalCount edges { node { excerpt kind readAt } } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      // Each person's own only (the setup made one for every demo person).
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((page) => expect(page).toEqual({ totalCount: 1, edges: [{ node: { excerpt: `For ${emailOf(a)}`, kind: 'FEEDBACK_DUE', readAt: null } }] }))])),
    } as OperationSpec['expect'],
  },

  'Query.unreadNotificationCount': {
    query: `{ unreadNotificationCount }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((count) => expect(count).toBe(1))])) } as OperationSpec['expect'],
  },

  'Query.notificationPreferences': {
    query: `{ notificationPreferences { kind enabled } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((prefs) => expect(prefs).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: true }))))])),
    } as OperationSpec['expect'],
  },

  'Query.feedbackSettings': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { feedbackSettings(partnershipId: $p) { rhythm viewerCanSet } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      const settings = (viewerCanSet: boolean) => ok((s, c) => expect(s).toEqual({ rhythm: own(c) ? 'MONTHLY' : null, viewerCanSet }));
      return partnershipMatrix({ admin: settings(true), contact: settings(true), deputy: settings(true), coordinator: settings(false), volunteer: settings(false) });
    })(),
  },

  'Query.feedbackRounds': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { feedbackRounds(partnershipId: $p) { status history { kind } } }`,
    vars: (c) => ({ p: demoPartnershipId(c) }),
    expect: (() => {
      // Mechelen: this month's round open, last month's accepted; Liège: the setup's submitted round.
      const rounds = ok((list, c) =>
        expect(list).toEqual(
          own(c)
            ? [
                { status: 'OPEN', history: [] },
                { status: 'ACCEPTED', history: [{ kind: 'SUBMITTED' }, { kind: 'ACCEPTED' }] },
              ]
            : [{ status: 'SUBMITTED', history: [] }],
        ),
      );
      return partnershipMatrix({ admin: rounds, contact: rounds, deputy: rounds, coordinator: rounds, volunteer: rounds });
    })(),
  },

  'Query.feedbackRound': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { feedbackRound(id: $id) { status partnership { name } viewerCan { submit review } } }`,
    vars: (c) => ({ id: own(c) ? QUERY_FIXTURES.mechelenAcceptedRoundId : QUERY_FIXTURES.liegeRoundId }),
    expect: (() => {
      const round = ok((r, c) =>
        expect(r).toEqual(
          own(c)
            ? { status: 'ACCEPTED', partnership: { name: 'Onthaalgroep Mechelen' }, viewerCan: { submit: false, review: false } }
            : { status: 'SUBMITTED', partnership: { name: 'Liège Accueil' }, viewerCan: { submit: false, review: true } },
        ),
      );
      return partnershipMatrix({ admin: round, contact: round, deputy: round, coordinator: round, volunteer: round });
    })(),
  },

  'Query.myFeedbackRounds': {
    query: `{ myFeedbackRounds { status partnership { name } } }`,
    expect: (() => {
      const open = [{ status: 'OPEN', partnership: { name: 'Onthaalgroep Mechelen' } }];
      return {
        anonymous: UNAUTHENTICATED,
        // Fedasil: the submitted rounds they review (and overdue ones); the partner: the rounds they owe.
        admin: ok((list) => expect(list).toEqual([{ status: 'SUBMITTED', partnership: { name: 'Liège Accueil' } }])),
        contact: ok((list) => expect(list).toEqual([])),
        deputy: ok((list) => expect(list).toEqual([])),
        coordinator: ok((list) => expect(list).toEqual(open)),
        volunteer: ok((list) => expect(list).toEqual(open)),
      };
    })(),
  },

  // ----- Messaging ---------------------------------------------------------------------------
  // Fixture threads are subject threads of the demo own (Mechelen) or other (Liège) partnership;
  // their messages are written by a person of that partnership who is not the actor under test.
  'Query.threads': {
    targets: ['own', 'other'],
    query: `query($p: ID) { threads(partnershipId: $p, first: 100) { edges { node { id subject } } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, t);
      return { p: t.partnershipId };
    },
    expect: (() => {
      const listed = ok((page, c) => expect(page.edges.map((e: any) => e.node)).toContainEqual({ id: c.fixture.id, subject: c.fixture.subject }));
      return partnershipMatrix({ admin: listed, contact: listed, deputy: listed, coordinator: listed, volunteer: listed });
    })(),
  },

  'Query.thread': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { thread(id: $id) { subject viewerCan { post postInternal } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, t);
      return { id: t.id };
    },
    expect: (() => {
      const staff = ok((t, c) => expect(t).toEqual({ subject: c.fixture.subject, viewerCan: { post: true, postInternal: true } }));
      const partner = ok((t, c) => expect(t).toEqual({ subject: c.fixture.subject, viewerCan: { post: true, postInternal: false } }));
      return partnershipMatrix({ admin: staff, contact: staff, deputy: staff, coordinator: partner, volunteer: partner });
    })(),
  },

  'Query.messages': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { messages(threadId: $t) { messages { body internal } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      const staff = own(c) ? DEMO.contact : DEMO.otherContact;
      const partner = own(c) ? DEMO.coordinator : DEMO.otherCoordinator;
      c.fixture.public = (await c.env.fx.message(t.id, partner)).body;
      c.fixture.note = (await c.env.fx.message(t.id, staff, { internal: true })).body;
      return { t: t.id };
    },
    expect: (() => {
      // Internal notes are for Fedasil staff only.
      const both = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.public, internal: false }, { body: c.fixture.note, internal: true }]));
      const publicOnly = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.public, internal: false }]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: publicOnly, volunteer: publicOnly });
    })(),
  },

  'Query.threadChanges': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { threadChanges(threadId: $t, afterChangeSeq: 0) { messages { body changeSeq } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.note = (await c.env.fx.message(t.id, own(c) ? DEMO.contact : DEMO.otherContact, { internal: true })).body;
      c.fixture.public = (await c.env.fx.message(t.id, own(c) ? DEMO.coordinator : DEMO.otherCoordinator)).body;
      return { t: t.id };
    },
    expect: (() => {
      const both = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.note, changeSeq: 1 }, { body: c.fixture.public, changeSeq: 2 }]));
      // Partners number only what they may see: the public message is their first change, no gap.
      const publicOnly = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.public, changeSeq: 1 }]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: publicOnly, volunteer: publicOnly });
    })(),
  },

  'Query.unreadMessageCount': {
    // Counted before and after a public message and an internal note in a fresh thread of the own
    // partnership, and a public message in one of the other partnership.
    query: `{ unreadMessageCount }`,
    vars: async (c) => {
      c.fixture.before = c.actor === 'anonymous' ? 0 : (await c.agent.ok(`{ unreadMessageCount }`)).unreadMessageCount;
      const mine = await c.env.fx.thread('own');
      const other = await c.env.fx.thread('other');
      await c.env.fx.message(mine.id, DEMO.coordinator);
      await c.env.fx.message(mine.id, c.actor === 'admin' ? DEMO.deputy : DEMO.admin, { internal: true });
      await c.env.fx.message(other.id, DEMO.otherCoordinator);
      return {};
    },
    expect: (() => {
      const plus = (own_: number, otherToo: boolean) => ok((n, c) => expect(n).toBe(c.fixture.before + own_ + (otherToo ? 1 : 0)));
      return {
        anonymous: UNAUTHENTICATED,
        admin: plus(2, true),
        contact: plus(2, false),
        deputy: plus(2, false),
        // The coordinator wrote the public message themselves; a volunteer sees it but not the note.
        coordinator: plus(0, false),
        volunteer: plus(1, false),
      };
    })(),
  },

  'Mutation.markNotificationRead': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { markNotificationRead(id: $id) { excerpt readAt } }`,
    vars: async (c) => {
      // Other: someone else's notification (a coordinator of Mechelen's own member organisation).
      const recipient = c.actor !== 'anonymous' && own(c) ? emailOf(c.actor) : (await c.env.fx.user('COORDINATOR', 'Samen Thuis vzw')).id;
      return { id: (await c.env.fx.notification(recipient, 'Mark me')).id };
    },
    expect: (() => {
      const read = ok((n) => expect(n).toEqual({ excerpt: 'Mark me', readAt: expect.any(String) }));
      // A notification is its recipient's alone: another person's is NOT_FOUND, also for an admin.
      return { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, { own: read, other: NOT_FOUND }])) } as OperationSpec['expect'];
    })(),
  },

  'Mutation.markAllNotificationsRead': {
    query: `mutation { markAllNotificationsRead }`,
    vars: async (c) => {
      const other = await c.env.fx.user('COORDINATOR', 'Samen Thuis vzw');
      Object.assign(c.fixture, { other: (await c.env.fx.notification(other.id)).recipientId });
      if (c.actor !== 'anonymous') {
        await c.env.fx.notification(emailOf(c.actor));
        await c.env.fx.notification(emailOf(c.actor));
      }
      return {};
    },
    expect: (() => {
      const marked = ok(async (count, c) => {
        expect(count).toBeGreaterThanOrEqual(2);
        const em = c.env.hub.orm.em.fork();
        expect(await em.count(Notification, { recipient: c.env.ids.user[emailOf(c.actor as SignedIn)]!, readAt: null })).toBe(0);
        expect(await em.count(Notification, { recipient: c.fixture.other, readAt: null }), 'another person’s stay unread').toBe(1);
      });
      return { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, marked])) } as OperationSpec['expect'];
    })(),
  },

  'Mutation.setNotificationPreference': {
    query: `mutation { setNotificationPreference(kind: MEETING_UPDATED, enabled: false) { kind enabled } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((p) => expect(p).toEqual({ kind: 'MEETING_UPDATED', enabled: false }))])) } as OperationSpec['expect'],
  },

  'Mutation.setFeedbackSchedule': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!) { setFeedbackSchedule(input: { partnershipId: $p, rhythm: QUARTERLY, startDate: "2026-01-01" }) { rhythm startDate } }`,
    vars: async (c) => ({ p: (await c.env.fx.partnership(c.target!)).id }),
    expect: (() => {
      const set = ok((s) => expect(s).toEqual({ rhythm: 'QUARTERLY', startDate: '2026-01-01' }));
      // The contact person, deputy or an admin set the rhythm; the partner does not.
      return partnershipMatrix({ admin: set, contact: set, deputy: set, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.saveFeedbackDraft': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { saveFeedbackDraft(input: { roundId: $r, answers: [{ objective: GUIDANCE, status: CONCERNS, text: "Draft" }] }) { status answers { objective status text } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!)).id }),
    expect: (() => {
      const saved = ok((r) =>
        expect(r).toEqual({
          status: 'OPEN',
          answers: [
            { objective: 'SUSTAINABLE_HOUSING', status: null, text: null },
            { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Draft' },
            { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
          ],
        }),
      );
      // The partner answers: coordinators and volunteers; Fedasil staff do not answer for them.
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: FORBIDDEN, other: NOT_FOUND },
        deputy: { own: FORBIDDEN, other: NOT_FOUND },
        coordinator: { own: saved, other: NOT_FOUND },
        volunteer: { own: saved, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.submitFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { submitFeedbackRound(input: { roundId: $r, answers: [{ objective: SUSTAINABLE_HOUSING, status: ON_TRACK }, { objective: GUIDANCE, status: ON_TRACK }, { objective: OPERATIONAL_COOPERATION, status: BLOCKED }], generalNote: "Submitted" }) { status generalNote submittedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!)).id }),
    expect: (() => {
      const submitted = ok((r, c) => expect(r).toEqual({ status: 'SUBMITTED', generalNote: 'Submitted', submittedBy: { email: emailOf(c.actor as SignedIn) } }));
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: FORBIDDEN, other: NOT_FOUND },
        deputy: { own: FORBIDDEN, other: NOT_FOUND },
        coordinator: { own: submitted, other: NOT_FOUND },
        volunteer: { own: submitted, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.acceptFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { acceptFeedbackRound(id: $r, note: "Fine") { status reviewNote reviewedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!, 'SUBMITTED')).id }),
    expect: (() => {
      const accepted = ok((r, c) => expect(r).toEqual({ status: 'ACCEPTED', reviewNote: 'Fine', reviewedBy: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: accepted, contact: accepted, deputy: accepted, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.sendBackFeedbackRound': {
    targets: ['own', 'other'],
    query: `mutation($r: ID!) { sendBackFeedbackRound(id: $r, note: "Revise") { status reviewNote reviewedBy { email } } }`,
    vars: async (c) => ({ r: (await c.env.fx.feedbackRound(c.target!, 'SUBMITTED')).id }),
    expect: (() => {
      const sentBack = ok((r, c) => expect(r).toEqual({ status: 'SENT_BACK', reviewNote: 'Revise', reviewedBy: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: sentBack, contact: sentBack, deputy: sentBack, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Subscription.notificationAdded': {
    // Own only: the viewer is told of a step in a fresh round (see notification.test.ts for others' events not arriving).
    query: `subscription { notificationAdded { kind excerpt } }`,
    vars: async (c) => {
      const who = c.actor;
      Object.assign(c.fixture, { partnershipId: (await c.env.fx.partnership('own')).id, fedasil: who === 'admin' || who === 'contact' || who === 'deputy' });
      // Fedasil staff are told of a submission as the partnership's contact person.
      if (c.fixture.fedasil) await c.env.fx.feedbackRound('own', 'OPEN', { partnershipId: c.fixture.partnershipId, contactPerson: emailOf(who as SignedIn) });
      return {};
    },
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.notificationAdded']!.query,
        vars,
        async () => {
          if (c.fixture.fedasil) {
            const r = await c.env.fx.feedbackRound('own', 'OPEN', { partnershipId: c.fixture.partnershipId });
            await c.env.agents.volunteer.ok(`mutation($r: ID!) { submitFeedbackRound(input: { roundId: $r, answers: [{ objective: SUSTAINABLE_HOUSING, status: ON_TRACK }, { objective: GUIDANCE, status: ON_TRACK }, { objective: OPERATIONAL_COOPERATION, status: ON_TRACK }] }) { id } }`, { r: r.id });
          } else {
            // The partner is told when the round they submitted is sent back.
            const r = await c.env.fx.feedbackRound('own', 'SUBMITTED', { partnershipId: c.fixture.partnershipId, submittedBy: c.actor === 'anonymous' ? undefined : emailOf(c.actor) });
            await c.env.agents.contact.ok(`mutation($r: ID!) { sendBackFeedbackRound(id: $r, note: "Again") { id } }`, { r: r.id });
          }
        },
        (data) => typeof data.notificationAdded?.excerpt === 'string' && data.notificationAdded.excerpt.startsWith('Mechelen copy'),
      ),
    expect: {
      anonymous: SOCKET_REFUSED,
      admin: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      contact: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      deputy: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      coordinator: ok((n) => expect(n.kind).toBe('FEEDBACK_SENT_BACK')),
      volunteer: ok((n) => expect(n.kind).toBe('FEEDBACK_SENT_BACK')),
    },
  },

  'Subscription.feedbackRoundChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID!) { feedbackRoundChanged(partnershipId: $p) { status partnership { id } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target!);
      Object.assign(c.fixture, { partnershipId: p.id });
      return { p: p.id };
    },
    // The change: an admin accepts a fresh submitted round of the partnership.
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.feedbackRoundChanged']!.query,
        vars,
        async () => {
          const r = await c.env.fx.feedbackRound(c.target!, 'SUBMITTED', { partnershipId: c.fixture.partnershipId });
          await c.env.agents.admin.ok(`mutation($r: ID!) { acceptFeedbackRound(id: $r) { id } }`, { r: r.id });
        },
        (data) => data.feedbackRoundChanged?.partnership.id === c.fixture.partnershipId,
      ),
    expect: (() => {
      const received = ok((r, c) => expect(r).toEqual({ status: 'ACCEPTED', partnership: { id: c.fixture.partnershipId } }));
      return {
        anonymous: SOCKET_REFUSED,
        admin: received,
        contact: { own: received, other: NOT_FOUND },
        deputy: { own: received, other: NOT_FOUND },
        coordinator: { own: received, other: NOT_FOUND },
        volunteer: { own: received, other: NOT_FOUND },
      };
    })(),
  },
  'Query.threadPresence': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { threadPresence(threadId: $t) { online user { email } } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const people = ok((list, c) => {
        const emails = list.map((p: any) => p.user.email);
        expect(emails).toEqual(expect.arrayContaining(own(c) ? [DEMO.contact, DEMO.deputy, DEMO.coordinator, DEMO.volunteer] : [DEMO.otherContact, DEMO.otherCoordinator, DEMO.otherVolunteer]));
        expect(emails).not.toContain(own(c) ? DEMO.otherVolunteer : DEMO.volunteer);
        for (const p of list) expect(typeof p.online).toBe('boolean');
      });
      return partnershipMatrix({ admin: people, contact: people, deputy: people, coordinator: people, volunteer: people });
    })(),
  },

  'Query.messagingSettings': {
    query: `{ messagingSettings { sendReadReceipts } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s) => expect(s).toEqual({ sendReadReceipts: true }))])) } as OperationSpec['expect'],
  },

  'Mutation.openPartnershipThread': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { kind partnership { name } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target!);
      c.fixture.name = p.name;
      return { p: p.id };
    },
    expect: (() => {
      const opened = ok((t, c) => expect(t).toEqual({ kind: 'PARTNERSHIP', partnership: { name: c.fixture.name } }));
      return partnershipMatrix({ admin: opened, contact: opened, deputy: opened, coordinator: opened, volunteer: opened });
    })(),
  },

  'Mutation.openHouseholdThread': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { openHouseholdThread(householdId: $h) { kind household { reference } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      c.fixture.reference = h.reference;
      return { h: h.id };
    },
    expect: (() => {
      const opened = ok((t, c) => expect(t).toEqual({ kind: 'HOUSEHOLD', household: { reference: c.fixture.reference } }));
      return partnershipMatrix({ admin: opened, contact: opened, deputy: opened, coordinator: opened, volunteer: opened });
    })(),
  },

  'Mutation.startThread': {
    targets: ['own', 'other'],
    query: `mutation($input: StartThreadInput!) { startThread(input: $input) { kind subject } }`,
    vars: async (c) => {
      c.fixture.subject = c.env.fx.unique('Subject');
      return { input: { partnershipId: demoPartnershipId(c), subject: c.fixture.subject } };
    },
    expect: (() => {
      const started = ok((t, c) => expect(t).toEqual({ kind: 'SUBJECT', subject: c.fixture.subject }));
      return partnershipMatrix({ admin: started, contact: started, deputy: started, coordinator: started, volunteer: started });
    })(),
  },

  'Mutation.sendMessage': {
    targets: ['own', 'other', 'ownInternal', 'ownAttachment', 'ownAttachmentOfSomeoneElse'],
    query: `mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq body internal attachments { name } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      c.fixture.body = c.env.fx.unique('Sent');
      const input: Record<string, unknown> = { threadId: t.id, clientId: c.env.fx.unique('client-id'), body: c.fixture.body, internal: c.target === 'ownInternal' };
      if (c.target === 'ownAttachment' || c.target === 'ownAttachmentOfSomeoneElse') {
        // A pending attachment in the thread: the actor's own, or (someone else's) the coordinator's, or the volunteer's for the coordinator.
        const uploader = c.target === 'ownAttachment' && c.actor !== 'anonymous' ? DEMO[c.actor] : c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator;
        const d = await c.env.fx.pendingAttachment(t.id, uploader);
        c.fixture.attachment = d.name;
        input.attachmentIds = [d.id];
      }
      return { input };
    },
    expect: (() => {
      const sent = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: false, attachments: [] }));
      const note = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: true, attachments: [] }));
      const attached = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: false, attachments: [{ name: c.fixture.attachment }] }));
      // Only one's own pending files: someone else's is as if it did not exist.
      const unavailable = error('ATTACHMENT_UNAVAILABLE');
      const mine = { ownAttachment: attached, ownAttachmentOfSomeoneElse: unavailable };
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: sent, other: sent, ownInternal: note, ...mine },
        contact: { own: sent, other: NOT_FOUND, ownInternal: note, ...mine },
        deputy: { own: sent, other: NOT_FOUND, ownInternal: note, ...mine },
        // Internal notes are for Fedasil staff only.
        coordinator: { own: sent, other: NOT_FOUND, ownInternal: FORBIDDEN, ...mine },
        volunteer: { own: sent, other: NOT_FOUND, ownInternal: FORBIDDEN, ...mine },
      };
    })(),
  },

  'Mutation.editMessage': {
    targets: ['own', 'other', 'ownBySomeoneElse'],
    query: `mutation($input: EditMessageInput!) { editMessage(input: $input) { body edited } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      const author = c.actor === 'anonymous' || c.target === 'ownBySomeoneElse' ? (c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator) : DEMO[c.actor];
      const m = await c.env.fx.message(t.id, author);
      return { input: { id: m.id, body: 'Edited text' } };
    },
    expect: (() => {
      const edited = ok((m) => expect(m).toEqual({ body: 'Edited text', edited: true }));
      const someoneElse = error('NOT_MESSAGE_AUTHOR');
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: edited, other: edited, ownBySomeoneElse: someoneElse },
        contact: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        deputy: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        coordinator: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        volunteer: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
      };
    })(),
  },

  'Mutation.deleteMessage': {
    targets: ['own', 'other', 'ownBySomeoneElse'],
    query: `mutation($id: ID!) { deleteMessage(id: $id) { body deleted } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      const author = c.actor === 'anonymous' || c.target === 'ownBySomeoneElse' ? (c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator) : DEMO[c.actor];
      return { id: (await c.env.fx.message(t.id, author)).id };
    },
    expect: (() => {
      const deleted = ok((m) => expect(m).toEqual({ body: '', deleted: true }));
      const someoneElse = error('NOT_MESSAGE_AUTHOR');
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: deleted, other: deleted, ownBySomeoneElse: someoneElse },
        contact: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        deputy: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        coordinator: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        volunteer: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
      };
    })(),
  },

  'Mutation.markThreadRead': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) { viewerLastReadSeq unreadCount } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      await c.env.fx.message(t.id, own(c) ? DEMO.coordinator : DEMO.otherCoordinator);
      return { t: t.id };
    },
    expect: (() => {
      const read = ok((t) => expect(t).toEqual({ viewerLastReadSeq: 1, unreadCount: 0 }));
      return partnershipMatrix({ admin: read, contact: read, deputy: read, coordinator: read, volunteer: read });
    })(),
  },

  'Mutation.muteThread': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { muteThread(threadId: $t, muted: true) { muted } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const muted = ok((t) => expect(t).toEqual({ muted: true }));
      return partnershipMatrix({ admin: muted, contact: muted, deputy: muted, coordinator: muted, volunteer: muted });
    })(),
  },

  'Mutation.updateMessagingSettings': {
    query: `mutation { updateMessagingSettings(sendReadReceipts: true) { sendReadReceipts } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s) => expect(s).toEqual({ sendReadReceipts: true }))])) } as OperationSpec['expect'],
  },

  'Mutation.setTyping': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { setTyping(threadId: $t, typing: true) }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const typing = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: typing, contact: typing, deputy: typing, coordinator: typing, volunteer: typing });
    })(),
  },

  'Mutation.heartbeat': {
    query: `mutation { heartbeat }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((v) => expect(v).toBe(true))])) } as OperationSpec['expect'],
  },

  'Subscription.messageEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID) { messageEvents(threadId: $t) { kind message { body } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, { threadId: t.id, body: c.env.fx.unique('Live') });
      return { t: t.id };
    },
    // The change: a message sent to that thread by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeSubscription(
        c,
        OPERATIONS['Subscription.messageEvents']!.query,
        vars,
        () => (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId: c.fixture.threadId, clientId: c.env.fx.unique('client-id'), body: c.fixture.body } }),
        (data) => data.messageEvents?.message.body === c.fixture.body,
      ),
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ kind: 'ADDED', message: { body: c.fixture.body } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.typingEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID!) { typingEvents(threadId: $t) { typing user { email } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.threadId = t.id;
      return { t: t.id };
    },
    // The change: someone else in the thread starts typing.
    run: async (c, vars) => {
      const other = await otherParticipant(c);
      c.fixture.email = other.email;
      return observeSubscription(
        c,
        OPERATIONS['Subscription.typingEvents']!.query,
        vars,
        () => other.agent.ok(`mutation($t: ID!) { setTyping(threadId: $t, typing: true) }`, { t: c.fixture.threadId }),
        (data) => data.typingEvents?.user.email === other.email,
      );
    },
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ typing: true, user: { email: c.fixture.email } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.readStateEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID) { readStateEvents(threadId: $t) { lastReadSeq user { email } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.threadId = t.id;
      return { t: t.id };
    },
    // The change: someone else in the thread reads a new message (read positions only move forward).
    run: async (c, vars) => {
      const other = await otherParticipant(c);
      c.fixture.email = other.email;
      const author = own(c) ? DEMO.coordinator : DEMO.otherCoordinator;
      return observeSubscription(
        c,
        OPERATIONS['Subscription.readStateEvents']!.query,
        vars,
        async () => {
          const m = await c.env.fx.message(c.fixture.threadId, author);
          await other.agent.ok(`mutation($t: ID!, $s: Int!) { markThreadRead(threadId: $t, seq: $s) { id } }`, { t: c.fixture.threadId, s: m.seq });
        },
        (data) => data.readStateEvents?.user.email === other.email,
      );
    },
    expect: (() => {
      const received = ok((e, c) => {
        expect(e.user).toEqual({ email: c.fixture.email });
        expect(e.lastReadSeq).toBeGreaterThan(0);
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.presenceEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { email } } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    // The change: someone else of the thread's people (as threadPresence lists them: the contact
    // person or deputy of its partnership) goes offline and comes back online.
    run: async (c, vars) => {
      const other = !own(c)
        ? { agent: await c.env.hub.as(DEMO.otherContact), email: DEMO.otherContact }
        : c.actor === 'contact'
          ? { agent: c.env.agents.deputy, email: DEMO.deputy }
          : { agent: c.env.agents.contact, email: DEMO.contact };
      c.fixture.email = other.email;
      return observeSubscription(
        c,
        OPERATIONS['Subscription.presenceEvents']!.query,
        vars,
        async () => {
          await other.agent.ok(`mutation { heartbeat(online: false) }`);
          await other.agent.ok(`mutation { heartbeat }`);
        },
        (data) => data.presenceEvents?.user.email === other.email && data.presenceEvents.online,
      );
    },
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ online: true, user: { email: c.fixture.email } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },
};

// ---------------------------------------------------------------------------------------------
// Running the table
// ---------------------------------------------------------------------------------------------

function outcomeFor(spec: OperationSpec, actor: Actor, target: string | undefined): Outcome {
  const e = spec.expect[actor];
  if ('kind' in e) return e as Outcome;
  const byTarget = (e as Record<string, Outcome>)[target!];
  if (!byTarget) throw new Error(`no expected outcome for ${actor} on ${target}`);
  return byTarget;
}

function describeOutcome(o: Outcome): string {
  return o.kind === 'ok' ? (o.label ?? 'succeeds') : o.kind === 'error' ? o.code : `socket closed ${o.code}`;
}

/** Every (operation, actor, target) of the table. */
function casesOf(keys: string[]) {
  return keys.flatMap((op) => {
    const spec = OPERATIONS[op]!;
    return ACTORS.flatMap((actor) => (spec.targets ?? [undefined]).map((target) => ({ op, spec, actor, target, outcome: outcomeFor(spec, actor, target) })));
  });
}

async function runCase(env: Env, op: string, spec: OperationSpec, actor: Actor, target: string | undefined, outcome: Outcome) {
  const field = op.split('.')[1]!;
  let agent: Agent;
  if (actor === 'anonymous') agent = env.hub.agent();
  else if (spec.freshSession) agent = await env.hub.as(DEMO[actor]);
  else {
    agent = env.hub.agent();
    agent.cookie = env.agents[actor].cookie;
  }
  const c: CaseCtx = { op, field, actor, target, env, agent, fixture: {} };
  const vars = (await spec.vars?.(c)) ?? {};
  const observed: Observed = spec.run ? await spec.run(c, vars) : { result: await agent.gql(spec.query, vars) };

  if (outcome.kind === 'closed') {
    expect(observed.closeCode, 'the socket is refused').toBe(outcome.code);
    expect(observed.dataEvents).toBe(0);
    return;
  }
  expect(observed.closeCode, 'the socket stays open').toBeUndefined();
  const result = observed.result!;
  if (outcome.kind === 'error') {
    expect(codes(result)).toEqual([outcome.code]);
    // Never a partial object.
    expect(result.data ?? null).toBeNull();
    if (observed.dataEvents !== undefined) expect(observed.dataEvents).toBe(0);
    return;
  }
  expect(result.errors ?? []).toEqual([]);
  expect(result.data).toHaveProperty(field);
  await outcome.check?.(result.data![field], c);
}

async function startEnv(setup?: (env: Env) => Promise<void>): Promise<Env> {
  const hub = await startTestHub();
  const ids = await demoIds(hub);
  const agents = Object.fromEntries(await Promise.all(SIGNED_IN.map(async (a) => [a, await hub.as(DEMO[a])] as const))) as Record<SignedIn, Agent>;
  const env: Env = { hub, ids, agents, fx: new Fixtures(hub, ids) };
  await setup?.(env);
  return env;
}

function suite(title: string, keys: string[], setup?: (env: Env) => Promise<void>) {
  describe(title, () => {
    let env: Env | undefined;
    beforeAll(async () => {
      env = await startEnv(setup);
    });
    afterAll(async () => {
      await Promise.all([...openSubscriptions].map((sub) => sub.close()));
      await env?.hub.close();
    });
    for (const { op, spec, actor, target, outcome } of casesOf(keys)) {
      it(`${op} | ${actor}${target ? ` | ${target}` : ''} -> ${describeOutcome(outcome)}`, () => runCase(env!, op, spec, actor, target, outcome));
    }
  });
}

const keysOf = (type: string) => Object.keys(OPERATIONS).filter((k) => k.startsWith(`${type}.`));

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

it('the table covers every root operation of the schema, for every actor and target', async () => {
  const schema = await createSchema(createPubSubHandle(undefined).pubSub);
  const inSchema = (['Query', 'Mutation', 'Subscription'] as const).flatMap((type) => {
    const t = type === 'Query' ? schema.getQueryType() : type === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    return Object.keys(t?.getFields() ?? {}).map((f) => `${type}.${f}`);
  });
  expect(sorted(Object.keys(OPERATIONS)), 'root operations without a row in the table, or rows without an operation').toEqual(sorted(inSchema));

  for (const [key, spec] of Object.entries(OPERATIONS)) {
    const [type, field] = key.split('.') as [string, string];
    // The row's document runs exactly the operation it is filed under.
    const doc = parse(spec.query);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops, key).toHaveLength(1);
    expect(ops[0]!.operation, key).toBe(type.toLowerCase());
    const roots = ops[0]!.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind));
    expect(roots, key).toEqual([field]);
    // Every actor, and every target, has an exact expected outcome.
    expect(sorted(Object.keys(spec.expect)), key).toEqual(sorted([...ACTORS]));
    for (const actor of ACTORS) for (const target of spec.targets ?? [undefined]) expect(() => outcomeFor(spec, actor, target), `${key} ${actor} ${target}`).not.toThrow();
  }
});

suite('queries (read-only hub)', keysOf('Query'), async ({ hub, ids, fx }) => {
  // Invitations by several people, an outbox message and an access-log row, for the lists.
  await fx.invitation({ email: 'new.staff@fixture.example', role: 'CONTACT_PERSON', by: DEMO.admin });
  await fx.invitation({ email: 'new.coordinator@fixture.example', role: 'COORDINATOR', by: DEMO.contact, organisation: 'Samen Thuis vzw', partnership: ids.partnership.mechelen });
  QUERY_FIXTURES.volunteerInvitationToken = await fx.invitation({ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', by: DEMO.coordinator, organisation: 'Onthaalgroep Mechelen' });
  await fx.invitation({ email: 'other.coordinator@fixture.example', role: 'COORDINATOR', by: DEMO.otherContact, organisation: 'CPAS de Liège', partnership: ids.partnership.liege });
  const em = hub.orm.em.fork();
  em.create(OutboxMessage, { to: 'outbox@fixture.example', subject: 'Fixture message', body: 'Fixture body' });
  em.create(AccessLogEntry, { user: em.getReference(User, ids.user[DEMO.contact]!), household: em.getReference(Household, ids.household.mechelen), what: 'specificNeeds' });
  await em.flush();
  // One notification for every demo person; a submitted feedback round of Liège; the demo's accepted round of Mechelen.
  for (const a of SIGNED_IN) await fx.notification(DEMO[a], `For ${DEMO[a]}`);
  QUERY_FIXTURES.liegeRoundId = (await fx.feedbackRound('other', 'SUBMITTED', { partnershipId: ids.partnership.liege })).id;
  QUERY_FIXTURES.mechelenAcceptedRoundId = (await hub.orm.em.fork().findOneOrFail(FeedbackRound, { partnership: ids.partnership.mechelen, status: 'ACCEPTED' })).id;
});

suite('mutations and subscriptions (fresh records per case)', [...keysOf('Mutation'), ...keysOf('Subscription')]);

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
    const res = await fetch(`${env.hub.url}/documents?${new URLSearchParams({ ...query, category: 'OTHER' })}`, { method: 'POST', body: form, headers: { cookie: agent.cookie!, 'x-partner-hub-upload': '1' } });
    expect(res.status).toBe(201);
    return { agent, documentId: ((await res.json()) as { document: { id: string } }).document.id, name };
  }
  async function attached(target: 'own' | 'other', author: string, internal = false) {
    const threadId = (await env.fx.thread(target)).id;
    const { agent, documentId, name } = await uploadAs(author, { threadId });
    await agent.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId, clientId: env.fx.unique('client'), body: 'With a file', internal, attachmentIds: [documentId] } });
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
          ? await agent.gql(`query($t: ID!) { messages(threadId: $t) { messages { attachments { name } } } }`, { t: threadId }).then((r) => r.data?.messages?.messages.flatMap((m: any) => m.attachments.map((a: any) => a.name)) ?? null)
          : await agent.gql(`query($id: ID!) { meeting(id: $id) { documents { name } } }`, { id: meetingId }).then((r) => r.data?.meeting?.documents.map((d: any) => d.name) ?? null);
        // A pending file is in no message, even for its uploader.
        if (sees && target !== 'ownPendingOfCoordinator') expect(names).toEqual([made[target].name]);
        else expect(names ?? []).not.toContain(made[target].name);
      });
    }
  }
});
