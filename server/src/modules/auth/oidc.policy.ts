import { FEDASIL_ROLES, type Role } from '@partner-hub/shared';
import type { OidcConfig } from '../../config.js';

/** The claims of a signed-in identity that the staff rules read (ID token merged with UserInfo). */
export interface IdentityClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  [claim: string]: unknown;
}

/** The identity's email, lower-case, when the provider vouches that it is verified; else null. */
export function verifiedEmail(claims: IdentityClaims): string | null {
  // Only a boolean true counts (a few providers send the string "true": that is not the standard).
  if (claims.email_verified !== true || typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
}

/**
 * Staff sign-in policy, part one: whether the provider's identity is Fedasil staff, by the email
 * domain of its verified address (OIDC_STAFF_DOMAINS) or by a claim (OIDC_STAFF_CLAIM). Either rule
 * that is set is enough. Asked at every sign-in, also when the identity is already linked, so that
 * someone who left the staff directory group no longer gets in.
 */
export function isStaffIdentity(rules: Pick<OidcConfig, 'staffDomains' | 'staffClaim'>, claims: IdentityClaims): boolean {
  const email = verifiedEmail(claims);
  if (email && rules.staffDomains.includes(email.slice(email.lastIndexOf('@') + 1))) return true;
  if (rules.staffClaim) {
    const value = claims[rules.staffClaim.name];
    if (value === rules.staffClaim.value) return true;
    if (Array.isArray(value) && value.includes(rules.staffClaim.value)) return true;
  }
  return false;
}

/**
 * Staff sign-in policy, part two: which accounts may be entered with an OIDC identity. Only Fedasil
 * staff accounts (admin, contact person) that are not removed: partners and volunteers keep their
 * password sign-in.
 */
export function accountMayUseOidc(user: { role: Role; removedAt?: Date | null }): boolean {
  return !user.removedAt && FEDASIL_ROLES.includes(user.role);
}
