/**
 * The columns of a household import file (CSV or XLSX), in this order in the template. Headers
 * are matched without regard to case, spaces or hyphens ("Head first name" = head_first_name).
 * `members`: the other members, separated by ";", each "first name, last name, birth year,
 * relationship" (relationship: SPOUSE, CHILD, PARENT, SIBLING or OTHER).
 */
export const HOUSEHOLD_IMPORT_COLUMNS = [
  'reference',
  'head_first_name',
  'head_last_name',
  'head_birth_year',
  'members',
  'arrival_date',
  'arrival_route',
  'street',
  'postal_code',
  'city',
  'lease_start',
  'lease_end',
] as const;
export type HouseholdImportColumn = (typeof HOUSEHOLD_IMPORT_COLUMNS)[number];

/** Columns a file must have; the others may be left out (or empty). */
export const HOUSEHOLD_IMPORT_REQUIRED: readonly HouseholdImportColumn[] = ['reference', 'head_first_name', 'head_last_name', 'head_birth_year', 'arrival_route'];

/** Limits of an import: the upload size (refused before it is read) and the rows in one file. */
export const HOUSEHOLD_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const HOUSEHOLD_IMPORT_MAX_ROWS = 5000;
