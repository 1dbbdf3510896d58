import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { partnershipFundingTotal } from '../funding/index.js';
import { Household } from '../household/household.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { Partnership, PartnershipMember } from './partnership.entity.js';
import { CreatePartnershipInput, PartnershipFilter, UpdatePartnershipInput } from './partnership.inputs.js';
import { canOnPartnership, partnershipPermissions } from './partnership.policy.js';
import {
  addPartnershipMember,
  assignContactPerson,
  createPartnership,
  listPartnerships,
  loadPartnership,
  mayViewPartnership,
  partnershipFacts,
  removePartnershipMember,
  updatePartnership,
} from './partnership.service.js';
import { PartnershipConnection, PartnershipViewerCan } from './partnership.types.js';
import { documentPolicy } from '../document/index.js';

@Resolver(() => PartnershipMember)
export class PartnershipMemberResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() m: PartnershipMember, @Ctx() ctx: Context): Promise<Organisation> {
    const o = await ctx.loaders.organisation.load(m.organisation.id);
    if (!o) throw notFound();
    return o;
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { description: 'Partnerships the viewer may see, by name, a page at a time.' })
  partnerships(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
  ) {
    return listPartnerships(ctx, { first, after, filter });
  }

  @Query(() => Partnership, { description: 'A partnership the viewer may see; NOT_FOUND otherwise.' })
  partnership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Partnership> {
    return loadPartnership(ctx, id);
  }

  @Mutation(() => Partnership, { description: 'Creates a partnership with its lead organisation (admins).' })
  createPartnership(@Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput, @Ctx() ctx: Context) {
    return createPartnership(ctx, input);
  }

  @Mutation(() => Partnership, { description: 'Changes a partnership (admins, its contact person and deputy).' })
  updatePartnership(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput, @Ctx() ctx: Context) {
    return updatePartnership(ctx, id, input);
  }

  @Mutation(() => Partnership, { description: 'Adds a member organisation; `lead: true` makes it the lead.' })
  addPartnershipMember(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('lead', () => Boolean, { defaultValue: false }) lead: boolean,
    @Ctx() ctx: Context,
  ) {
    return addPartnershipMember(ctx, partnershipId, organisationId, lead);
  }

  @Mutation(() => Partnership, { description: 'Removes a member organisation (not the lead).' })
  removePartnershipMember(@Arg('partnershipId', () => ID) partnershipId: string, @Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: Context) {
    return removePartnershipMember(ctx, partnershipId, organisationId);
  }

  @Mutation(() => Partnership, { description: 'Assigns the Fedasil contact person and deputy (admins).' })
  assignContactPerson(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('contactPersonId', () => ID) contactPersonId: string,
    @Arg('deputyId', () => ID, { nullable: true }) deputyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return assignContactPerson(ctx, partnershipId, contactPersonId, deputyId);
  }

  @FieldResolver(() => Programme)
  async programme(@Root() p: Partnership, @Ctx() ctx: Context): Promise<Programme> {
    const programme = await ctx.loaders.programme.load(p.programme.id);
    if (!programme) throw notFound();
    return programme;
  }

  @FieldResolver(() => [PartnershipMember], { description: 'Member organisations, the lead first.' })
  members(@Root() p: Partnership, @Ctx() ctx: Context): Promise<PartnershipMember[]> {
    return ctx.loaders.partnershipMembers.load(p.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The Fedasil contact person.' })
  contactPerson(@Root() p: Partnership, @Ctx() ctx: Context): Promise<User | null> {
    return p.contactPerson ? ctx.loaders.user.load(p.contactPerson.id) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: "The contact person's deputy." })
  deputy(@Root() p: Partnership, @Ctx() ctx: Context): Promise<User | null> {
    return p.deputy ? ctx.loaders.user.load(p.deputy.id) : Promise.resolve(null);
  }

  // The people of a partnership are asked of again, whatever led to it: a partnership reached
  // through another object (a meeting of several partnerships, say) never opens its households.
  @FieldResolver(() => [Household], { description: 'Households of the partnership, by reference.' })
  async households(@Root() p: Partnership, @Ctx() ctx: Context): Promise<Household[]> {
    return (await mayViewPartnership(ctx, p)) ? ctx.loaders.households.load(p.id) : [];
  }

  @FieldResolver(() => Int, {
    description: 'Persons the partnership receives: the members of its households who have not left, in households whose guidance did not end early (as counted against the pledged capacity).',
  })
  async personsCount(@Root() p: Partnership, @Ctx() ctx: Context): Promise<number> {
    if (!(await mayViewPartnership(ctx, p))) return 0;
    const households = (await ctx.loaders.households.load(p.id)).filter((h) => !h.endedOn);
    const members = await ctx.loaders.householdMembers.loadMany(households.map((h) => h.id));
    return members.reduce<number>((sum, m) => sum + (Array.isArray(m) ? m.filter((x) => !x.leftOn).length : 0), 0);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Funding of all households in euro cents; null when the viewer may not see funding.' })
  async fundingTotalCents(@Root() p: Partnership, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<number | null> {
    if (!canOnPartnership(ctx.viewer, await partnershipFacts(ctx, p), 'viewFunding')) return null;
    return partnershipFundingTotal(ctx, p.id, info);
  }

  @FieldResolver(() => PartnershipViewerCan, { description: 'What the viewer may do with this partnership.' })
  async viewerCan(@Root() p: Partnership, @Ctx() ctx: Context): Promise<PartnershipViewerCan> {
    const facts = await partnershipFacts(ctx, p);
    return { ...partnershipPermissions(ctx.viewer, facts), uploadDocument: documentPolicy.upload(ctx.viewer, facts, 'OTHER', false) };
  }
}
