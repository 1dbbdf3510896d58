import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { PartnershipMember } from '../partnership/partnership.entity.js';
import { visiblePartnerships } from '../partnership/index.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationInput } from './organisation.inputs.js';
import { organisationPolicy } from './organisation.policy.js';

/** Fedasil staff see every organisation; partners their own and those of the partnerships they see. */
export async function listOrganisations(ctx: Context): Promise<Organisation[]> {
  const viewer = requireViewer(ctx);
  if (organisationPolicy.listAll(viewer)) return ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' } });
  const memberships = await ctx.em.find(PartnershipMember, { partnership: visiblePartnerships(viewer) as never }, { fields: ['organisation'] });
  const ids = new Set(memberships.map((m) => m.organisation.id));
  if (viewer.organisationId) ids.add(viewer.organisationId);
  return ctx.em.find(Organisation, { id: { $in: [...ids] } }, { orderBy: { name: 'asc' } });
}

export async function getOrganisation(ctx: Context, id: string): Promise<Organisation> {
  const visible = await listOrganisations(ctx);
  const o = visible.find((x) => x.id === id);
  if (!o) throw notFound();
  return o;
}

function clean(input: OrganisationInput) {
  const opt = (v: string | null | undefined) => v?.trim() || null;
  return {
    name: input.name.trim(),
    kind: input.kind,
    street: opt(input.street),
    postalCode: opt(input.postalCode),
    city: opt(input.city),
    contactName: opt(input.contactName),
    contactEmail: opt(input.contactEmail)?.toLowerCase() ?? null,
    contactPhone: opt(input.contactPhone),
  };
}

async function ensureNameFree(ctx: Context, name: string, exceptId?: string) {
  const existing = await ctx.em.findOne(Organisation, { name });
  if (existing && existing.id !== exceptId) throw new AppError('NAME_TAKEN', 'An organisation with this name exists', { field: 'name' });
}

export async function createOrganisation(ctx: Context, input: OrganisationInput): Promise<Organisation> {
  if (!organisationPolicy.manage(requireViewer(ctx))) throw forbidden();
  const values = clean(input);
  await ensureNameFree(ctx, values.name);
  const o = ctx.em.create(Organisation, values);
  await ctx.em.flush();
  return o;
}

export async function updateOrganisation(ctx: Context, id: string, input: OrganisationInput): Promise<Organisation> {
  const viewer = requireViewer(ctx);
  const o = await getOrganisation(ctx, id); // NOT_FOUND unless the viewer sees it
  if (!organisationPolicy.manage(viewer)) throw forbidden();
  const values = clean(input);
  await ensureNameFree(ctx, values.name, id);
  Object.assign(o, values);
  await ctx.em.flush();
  return o;
}
