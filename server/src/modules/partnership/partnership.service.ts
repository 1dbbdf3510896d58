import type { FilterQuery } from '@mikro-orm/core';
import type { PartnershipAction } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { decodeCursor, toPage } from '../../app/pagination.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { Partnership, PartnershipMember } from './partnership.entity.js';
import type { CreatePartnershipInput, PartnershipFilter, UpdatePartnershipInput } from './partnership.inputs.js';
import { canOnPartnership, type PartnershipFacts, visiblePartnerships } from './partnership.policy.js';

/** The facts the policy needs, loaded in batches. */
export async function partnershipFacts(ctx: Context, p: Partnership): Promise<PartnershipFacts> {
  return factsOf(p, await ctx.loaders.partnershipMembers.load(p.id));
}

/** May the viewer see this partnership (the partnership policy), however it was reached? */
export async function mayViewPartnership(ctx: Context, p: Partnership): Promise<boolean> {
  return canOnPartnership(ctx.viewer, await partnershipFacts(ctx, p), 'view');
}

/** The partnership and its facts by id, the two loads side by side (null: no such partnership). */
export async function partnershipWithFacts(ctx: Context, id: string): Promise<{ partnership: Partnership; facts: PartnershipFacts } | null> {
  const [p, members] = await Promise.all([ctx.loaders.partnership.load(id), ctx.loaders.partnershipMembers.load(id)]);
  return p ? { partnership: p, facts: factsOf(p, members) } : null;
}

function factsOf(p: Partnership, members: readonly PartnershipMember[]): PartnershipFacts {
  return {
    id: p.id,
    contactPersonId: p.contactPerson?.id ?? null,
    deputyId: p.deputy?.id ?? null,
    memberOrganisationIds: members.map((m) => m.organisation.id),
  };
}

/**
 * Loads a partnership the viewer may act on. One the viewer may not see is NOT_FOUND (exactly
 * as one that does not exist); one they see but may not change is FORBIDDEN.
 */
export async function loadPartnership(ctx: Context, id: string, action: PartnershipAction = 'view'): Promise<Partnership> {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, id);
  if (!found) throw notFound();
  const { partnership: p, facts } = found;
  if (!canOnPartnership(viewer, facts, 'view')) throw notFound();
  if (!canOnPartnership(viewer, facts, action)) throw forbidden();
  return p;
}

export async function listPartnerships(ctx: Context, args: { first: number; after?: string | null; filter?: PartnershipFilter | null }) {
  const viewer = requireViewer(ctx);
  const first = Math.min(Math.max(args.first, 1), 100);
  const where: FilterQuery<Partnership>[] = [visiblePartnerships(viewer)];
  const f = args.filter;
  if (f?.programme) where.push({ programme: { code: f.programme } });
  if (f?.status) where.push({ status: f.status });
  if (f?.contactPersonId) where.push({ $or: [{ contactPerson: f.contactPersonId }, { deputy: f.contactPersonId }] });
  const base: FilterQuery<Partnership> = { $and: where };
  const page: FilterQuery<Partnership>[] = [base];
  if (args.after) {
    const [name, id] = decodeCursor(args.after).map(String);
    page.push({ $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] });
  }
  const rows = await ctx.em.find(Partnership, { $and: page }, { orderBy: { name: 'asc', id: 'asc' }, limit: first + 1 });
  rows.forEach((p) => ctx.loaders.partnership.prime(p.id, p));
  return toPage(
    rows,
    first,
    (p) => [p.name, p.id],
    () => ctx.em.count(Partnership, base),
  );
}

async function requireFedasilStaff(ctx: Context, id: string | null | undefined): Promise<User | null> {
  if (!id) return null;
  const user = await ctx.em.findOne(User, { id, removedAt: null });
  if (!user) throw new AppError('NOT_FOUND', 'No such person');
  if (user.role !== 'CONTACT_PERSON' && user.role !== 'ADMIN') throw new AppError('CONTACT_PERSON_ROLE_REQUIRED', 'The contact person must be Fedasil staff');
  return user;
}

/** Fedasil appoints a contact person for every partnership: none, no activation. */
function requireContactPerson(contactPerson: User | null | undefined) {
  if (!contactPerson) throw new AppError('CONTACT_PERSON_REQUIRED', 'A partnership is activated only once Fedasil has appointed its contact person', { field: 'status' });
}

function checkDates(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw new AppError('INVALID_DATE_RANGE', 'The agreement ends before it starts');
}

async function contactAndDeputy(ctx: Context, contactPersonId: string | null | undefined, deputyId: string | null | undefined) {
  if (contactPersonId && contactPersonId === deputyId) throw new AppError('DEPUTY_SAME_AS_CONTACT_PERSON', 'The deputy must be another person');
  return { contactPerson: await requireFedasilStaff(ctx, contactPersonId), deputy: await requireFedasilStaff(ctx, deputyId) };
}

export async function createPartnership(ctx: Context, input: CreatePartnershipInput): Promise<Partnership> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'ADMIN') throw forbidden();
  checkDates(input.agreementStart, input.agreementEnd);
  const programme = await ctx.em.findOne(Programme, { code: input.programme });
  if (!programme) throw new AppError('NOT_FOUND', 'No such programme');
  const lead = await ctx.em.findOne(Organisation, { id: input.leadOrganisationId });
  if (!lead) throw new AppError('NOT_FOUND', 'No such organisation');
  const { contactPerson, deputy } = await contactAndDeputy(ctx, input.contactPersonId, input.deputyId);
  if (input.status === 'ACTIVE') requireContactPerson(contactPerson);
  const p = ctx.em.create(Partnership, {
    name: input.name.trim(),
    programme,
    track: input.track,
    status: input.status,
    agreementStart: input.agreementStart ?? null,
    agreementEnd: input.agreementEnd ?? null,
    capacityPledged: input.capacityPledged,
    contactPerson,
    deputy,
  });
  ctx.em.create(PartnershipMember, { partnership: p, organisation: lead, lead: true });
  await ctx.em.flush();
  return p;
}

export async function updatePartnership(ctx: Context, id: string, input: UpdatePartnershipInput): Promise<Partnership> {
  const p = await loadPartnership(ctx, id, 'update');
  const start = input.agreementStart !== undefined ? input.agreementStart : p.agreementStart;
  const end = input.agreementEnd !== undefined ? input.agreementEnd : p.agreementEnd;
  checkDates(start, end);
  if (input.name != null) p.name = input.name.trim();
  if (input.track != null) p.track = input.track;
  if (input.status != null && input.status !== p.status && input.status === 'ACTIVE') requireContactPerson(p.contactPerson);
  if (input.status != null) p.status = input.status;
  if (input.capacityPledged != null) p.capacityPledged = input.capacityPledged;
  p.agreementStart = start ?? null;
  p.agreementEnd = end ?? null;
  await ctx.em.flush();
  return p;
}

export async function addPartnershipMember(ctx: Context, partnershipId: string, organisationId: string, lead: boolean): Promise<Partnership> {
  const p = await loadPartnership(ctx, partnershipId, 'manageMembers');
  const organisation = await ctx.em.findOne(Organisation, { id: organisationId });
  if (!organisation) throw new AppError('NOT_FOUND', 'No such organisation');
  const members = await ctx.em.find(PartnershipMember, { partnership: p });
  if (members.some((m) => m.organisation.id === organisationId)) throw new AppError('ORGANISATION_ALREADY_MEMBER', 'This organisation is already a member');
  if (lead) members.forEach((m) => (m.lead = false));
  ctx.em.create(PartnershipMember, { partnership: p, organisation, lead: lead || members.length === 0 });
  await ctx.em.flush();
  ctx.loaders.partnershipMembers.clear(p.id);
  return p;
}

export async function removePartnershipMember(ctx: Context, partnershipId: string, organisationId: string): Promise<Partnership> {
  const p = await loadPartnership(ctx, partnershipId, 'manageMembers');
  const member = await ctx.em.findOne(PartnershipMember, { partnership: p, organisation: organisationId });
  if (!member) throw new AppError('ORGANISATION_NOT_MEMBER', 'This organisation is not a member');
  if (member.lead) throw new AppError('LEAD_ORGANISATION_REQUIRED', 'Make another member the lead before removing the lead organisation');
  ctx.em.remove(member);
  await ctx.em.flush();
  ctx.loaders.partnershipMembers.clear(p.id);
  return p;
}

export async function assignContactPerson(ctx: Context, partnershipId: string, contactPersonId: string, deputyId: string | null | undefined): Promise<Partnership> {
  const p = await loadPartnership(ctx, partnershipId, 'assignContactPerson');
  const { contactPerson, deputy } = await contactAndDeputy(ctx, contactPersonId, deputyId);
  p.contactPerson = contactPerson;
  p.deputy = deputy;
  await ctx.em.flush();
  return p;
}
