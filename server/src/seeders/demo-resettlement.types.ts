/** The shapes the demo year's two parts (partnerships and households; their activity) share. */
import type { Locale } from '@partner-hub/shared';
import type { Household, HouseholdMember } from '../modules/household/household.entity.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import type { Partnership } from '../modules/partnership/partnership.entity.js';
import type { Programme } from '../modules/programme/programme.entity.js';
import type { Housing } from '../modules/progress/progress.entity.js';
import type { User } from '../modules/user/user.entity.js';

export type Region = 'VL' | 'BXL' | 'WAL';

export interface YearBase {
  programme: Programme;
  fedasil: Organisation;
  admin: User;
  passwordHash: string;
  /** YYYY-MM-DD, Brussels time. */
  today: string;
}

/** What the activity part (feedback, meetings, messages, statements) works on. */
export interface YearPartnership {
  partnership: Partnership;
  region: Region;
  language: Locale;
  city: string;
  contact: User;
  coordinator: User;
  volunteer: User | null;
  households: { household: Household; members: HouseholdMember[]; housing: Housing | null }[];
}
