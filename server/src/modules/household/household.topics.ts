import type { Context } from '../../app/context.js';
import type { Household } from './household.entity.js';

/** Published after the change is committed; subscribers reload the household through the policy. */
export function publishHouseholdChanged(ctx: Context, h: Household): void {
  ctx.app.pubSub.publish('HOUSEHOLD_CHANGED', { householdId: h.id, partnershipId: h.partnership.id });
}
