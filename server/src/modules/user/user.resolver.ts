import type { Locale, Role } from '@partner-hub/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { LocaleEnum, RoleEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { User } from './user.entity.js';
import { changeLanguage, listUsers, me, removeUser } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person; null when signed out.' })
  me(@Ctx() ctx: Context): Promise<User | null> {
    return me(ctx);
  }

  @Query(() => [User], { description: 'People of the hub, by name: admins see everyone, coordinators the volunteers they work with.' })
  users(@Ctx() ctx: Context, @Arg('role', () => RoleEnum, { nullable: true }) role?: Role | null): Promise<User[]> {
    return listUsers(ctx, role);
  }

  @Mutation(() => Boolean, { description: 'Removes a person and ends their sessions at once (admins; coordinators for their volunteers).' })
  removeUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeUser(ctx, id);
  }

  @Mutation(() => User, { description: "Changes the viewer's interface language." })
  changeLanguage(@Arg('language', () => LocaleEnum) language: Locale, @Ctx() ctx: Context): Promise<User> {
    return changeLanguage(ctx, language);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the person belongs to.' })
  organisation(@Root() u: User, @Ctx() ctx: Context): Promise<Organisation | null> {
    return u.organisation ? ctx.loaders.organisation.load(u.organisation.id) : Promise.resolve(null);
  }
}
