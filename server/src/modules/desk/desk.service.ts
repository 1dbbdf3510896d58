import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { partnershipWithFacts } from '../partnership/index.js';
import { Programme } from '../programme/programme.entity.js';
import { DeskRotaEntry } from './desk.entity.js';
import { deskRotaPolicy, returnFilePolicy } from './desk.policy.js';

async function partnershipFor(ctx: Context, partnershipId: string, action: 'view' | 'edit') {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found || !deskRotaPolicy.view(viewer, found.facts)) throw notFound();
  if (!deskRotaPolicy[action](viewer, found.facts)) throw forbidden();
  return found;
}

/** The rota of a partnership, by desk and then organisation name. */
export async function deskRota(ctx: Context, partnershipId: string): Promise<DeskRotaEntry[]> {
  const { partnership } = await partnershipFor(ctx, partnershipId, 'view');
  const rows = await ctx.em.find(DeskRotaEntry, { partnership }, { populate: ['organisation'] });
  return rows.sort((a, b) => a.desk.localeCompare(b.desk) || a.organisation.name.localeCompare(b.organisation.name));
}

/** Sets the weekdays a member organisation is present at a desk (creates or replaces its line). */
export async function setDeskRotaEntry(ctx: Context, input: { partnershipId: string; organisationId: string; desk: string; weekdays: number[] }): Promise<DeskRotaEntry> {
  const { partnership, facts } = await partnershipFor(ctx, input.partnershipId, 'edit');
  if (!facts.memberOrganisationIds.includes(input.organisationId))
    throw new AppError('ORGANISATION_NOT_MEMBER', 'Only a member organisation of the partnership can be on its rota', { field: 'organisationId' });
  const desk = input.desk.trim();
  if (!desk) throw new AppError('BAD_USER_INPUT', 'Name the desk', { validationErrors: [{ field: 'desk', constraints: ['required'] }] });
  const weekdays = [...new Set(input.weekdays)].sort((a, b) => a - b);
  const organisation = ctx.em.getReference(Organisation, input.organisationId);
  const entry = (await ctx.em.findOne(DeskRotaEntry, { partnership, organisation, desk })) ?? ctx.em.create(DeskRotaEntry, { partnership, organisation, desk, weekdays });
  Object.assign(entry, { weekdays, updatedAt: new Date() });
  await ctx.em.flush();
  await ctx.em.populate(entry, ['organisation']);
  return entry;
}

/** Takes a line off the rota; true when it was there. */
export async function removeDeskRotaEntry(ctx: Context, id: string): Promise<boolean> {
  const entry = await ctx.em.findOne(DeskRotaEntry, { id });
  if (!entry) throw notFound();
  await partnershipFor(ctx, entry.partnership.id, 'edit');
  ctx.em.remove(entry);
  await ctx.em.flush();
  return true;
}

/**
 * What the desk sections of a partnership page need: the programme's case kind, the member
 * organisations (lead first) and what the viewer may do with the rota and the return files.
 */
export async function deskOverview(ctx: Context, partnershipId: string) {
  const viewer = requireViewer(ctx);
  const { partnership, facts } = await partnershipFor(ctx, partnershipId, 'view');
  const members = await ctx.loaders.partnershipMembers.load(partnership.id);
  const programme = await ctx.em.findOneOrFail(Programme, { id: partnership.programme.id });
  return {
    caseKind: programme.caseKind,
    members: await Promise.all(members.map(async (m) => (await ctx.loaders.organisation.load(m.organisation.id))!)),
    viewerCan: { editRota: deskRotaPolicy.edit(viewer, facts), editReturnFiles: returnFilePolicy.edit(viewer, facts), viewMedical: returnFilePolicy.viewMedical(viewer, facts) },
  };
}
