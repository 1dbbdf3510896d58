import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { Connection } from '../../app/pagination.js';
import { Household } from '../household/household.entity.js';
import { User } from '../user/user.entity.js';
import { AccessLogEntry, FundingAuditEntry } from './audit.entity.js';
import { listAccessLog } from './audit.service.js';

@ObjectType({ description: 'A page of the access log.' })
class AccessLogConnection extends Connection(AccessLogEntry, 'AccessLog') {}

@Resolver(() => AccessLogEntry)
export class AuditResolver {
  @Query(() => AccessLogConnection, { description: 'Reads of specific needs, newest first (admins).' })
  accessLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
  ) {
    return listAccessLog(ctx, { first, after, householdId, userId });
  }

  @FieldResolver(() => User, { description: 'Who read.' })
  async user(@Root() e: AccessLogEntry, @Ctx() ctx: Context): Promise<User> {
    const u = await ctx.loaders.user.load(e.user.id);
    if (!u) throw notFound();
    return u;
  }

  @FieldResolver(() => Household, { description: 'Whose specific needs were read.' })
  async household(@Root() e: AccessLogEntry, @Ctx() ctx: Context): Promise<Household> {
    const h = await ctx.loaders.household.load(e.household.id);
    if (!h) throw notFound();
    return h;
  }
}

@Resolver(() => FundingAuditEntry)
export class FundingAuditResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the edit (null for the system or a removed account).' })
  async user(@Root() e: FundingAuditEntry, @Ctx() ctx: Context): Promise<User | null> {
    return e.user ? ctx.loaders.user.load(e.user.id) : null;
  }
}
