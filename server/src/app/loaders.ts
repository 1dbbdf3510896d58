import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Household, HouseholdMember } from '../modules/household/household.entity.js';
import { GuidanceStep, HouseholdEvent, Housing } from '../modules/progress/progress.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { User } from '../modules/user/user.entity.js';
import type { PartnershipFacts } from '../core/facts.js';
import { raw } from './sql.js';

// MikroORM infers the entity from `prototype`, which a constructor type leaves `any`: `em.find<T>` names it, and
// the filter, which MikroORM cannot check for a generic T, is passed as `never`.
type EntityClass<T> = new (...args: never[]) => T;

/** Loads entities by id in one query per tick. */
function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find<T>(entity, { id: { $in: [...ids] } } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the children of many parents in one query per tick, grouped by the parent's id. */
function byParent<T extends object>(em: EntityManager, entity: EntityClass<T>, fk: string, parentId: (row: T) => string, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await em.find<T>(entity, { [fk]: { $in: [...ids] } } as never, { orderBy } as never);
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(parentId(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Who stands in partnerships (what policies decide on), as plain rows: one statement per tick, no
 * entities. The same facts `partnershipFacts()` derives from a partnership already loaded; this is
 * for hot paths that need only the facts (each message sent and each message event).
 */
function partnershipFacts(em: EntityManager) {
  return new DataLoader<string, PartnershipFacts | null>(async (ids) => {
    const rows = await raw(em).execute<{ id: string; contact_person_id: string | null; deputy_id: string | null; organisation_id: string | null }[]>(
      `select p.id, p.contact_person_id, p.deputy_id, m.organisation_id from partnership p left join partnership_member m on m.partnership_id = p.id where p.id in (${ids.map(() => '?').join(', ')}) order by m.lead desc, m.id asc`,
      [...ids],
      'all',
    );
    const facts = new Map<string, PartnershipFacts & { memberOrganisationIds: string[] }>();
    for (const r of rows) {
      let f = facts.get(r.id);
      if (!f) facts.set(r.id, (f = { id: r.id, contactPersonId: r.contact_person_id, deputyId: r.deputy_id, memberOrganisationIds: [] }));
      if (r.organisation_id) f.memberOrganisationIds.push(r.organisation_id);
    }
    return ids.map((id) => facts.get(id) ?? null);
  });
}

/**
 * The members of many households read as plain rows (one statement per tick, no ORM hydration, nothing in
 * the identity map): lists such as the partnerships dashboard and the board read thousands of them,
 * and only read them. Each is a HouseholdMember (its fields, `household` as a reference by id, its getters), in
 * the order entered. Writers load members with `em.find` and clear this loader after their flush.
 */
function householdMembers(em: EntityManager) {
  return new DataLoader<string, HouseholdMember[]>(async (ids) => {
    const rows = await raw(em).execute<
      {
        id: string;
        household_id: string;
        first_name: string;
        last_name: string;
        birth_year: number;
        relationship: HouseholdMember['relationship'];
        joined: HouseholdMember['joined'];
        joined_on: string | null;
        left_on: string | null;
        position: number;
      }[]
    >(
      `select id, household_id, first_name, last_name, birth_year, relationship, joined, joined_on, left_on, position from household_member where household_id in (${ids.map(() => '?').join(', ')}) order by position asc, id asc`,
      [...ids],
      'all',
    );
    const groups = new Map<string, HouseholdMember[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      // An instance without the ORM (no constructor, no identity map): the class's getters (`isHead`)
      // work, and GraphQL takes it as it is.
      const member: HouseholdMember = Object.assign(
        Object.create(HouseholdMember.prototype) as HouseholdMember,
        {
          id: r.id,
          household: { id: r.household_id },
          firstName: r.first_name,
          lastName: r.last_name,
          birthYear: Number(r.birth_year),
          relationship: r.relationship,
          joined: r.joined,
          joinedOn: r.joined_on,
          leftOn: r.left_on,
          position: Number(r.position),
        } as Partial<HouseholdMember>,
      );
      groups.get(r.household_id)?.push(member);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** Per-request batched loaders: nested fields of a list cost one query per level, not per row. */
export function createLoaders(em: EntityManager) {
  return {
    user: byId(em, User),
    organisation: byId(em, Organisation),
    programme: byId(em, Programme),
    partnership: byId(em, Partnership),
    partnershipFacts: partnershipFacts(em),
    household: byId(em, Household),
    partnershipMembers: byParent(em, PartnershipMember, 'partnership', (m) => m.partnership.id, { lead: 'desc', id: 'asc' }),
    households: byParent(em, Household, 'partnership', (h) => h.partnership.id, { reference: 'asc' }),
    householdMembers: householdMembers(em),
    guidanceSteps: byParent(em, GuidanceStep, 'household', (s) => s.household.id, { position: 'asc', id: 'asc' }),
    housing: byParent(em, Housing, 'household', (h) => h.household.id, { id: 'asc' }),
    householdEvents: byParent(em, HouseholdEvent, 'household', (e) => e.household.id, { at: 'asc', id: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
