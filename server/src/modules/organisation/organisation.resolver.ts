import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationInput } from './organisation.inputs.js';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Organisations the viewer may see, by name.' })
  organisations(@Ctx() ctx: Context): Promise<Organisation[]> {
    return listOrganisations(ctx);
  }

  @Query(() => Organisation, { description: 'One organisation the viewer may see; NOT_FOUND otherwise.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return getOrganisation(ctx, id);
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation (admins).' })
  createOrganisation(@Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context): Promise<Organisation> {
    return createOrganisation(ctx, input);
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation (admins).' })
  updateOrganisation(@Arg('id', () => ID) id: string, @Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context): Promise<Organisation> {
    return updateOrganisation(ctx, id, input);
  }
}
