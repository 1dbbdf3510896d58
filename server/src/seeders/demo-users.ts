/** The demo accounts of every part of the demo (demo.ts, demo-return.ts, demo-sociolegal.ts): one shape, one way to create them. */
import type { EntityManager } from '@mikro-orm/core';
import type { Locale, Role } from '@partner-hub/shared';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { User } from '../modules/user/user.entity.js';

/** A demo account (it signs in with DEMO_PASSWORD); `org` is the name of its organisation. */
export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  org: string;
  language: Locale;
}

/** Creates the accounts in `em`'s unit of work, by email; each organisation must be among `orgs`. */
export function createDemoUsers(em: EntityManager, users: readonly DemoUser[], orgs: ReadonlyMap<string, Organisation>, passwordHash: string): Map<string, User> {
  return new Map(
    users.map((u) => {
      const organisation = orgs.get(u.org);
      if (!organisation) throw new Error(`Demo user ${u.email}: no organisation ${u.org}`);
      return [u.email, em.create(User, { email: u.email, name: u.name, role: u.role, language: u.language, organisation, passwordHash })];
    }),
  );
}
