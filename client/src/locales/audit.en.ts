/** English messages of the audit pages. */
export const enAudit = {
  'col.user': 'User',
  'col.what': 'What was read',
  'accessLog.title': 'Access log',
  'accessLog.intro': 'Every read of a household’s specific needs is recorded here.',
  'accessLog.householdId': 'Household ID',
  'accessLog.userId': 'User ID',
  'accessLog.filter': 'Filter',
  'accessLog.onlyUser': 'only this user',
  'accessLog.onlyHousehold': 'only this household',
  'accessLog.clear': 'Clear filter',
  'accessLog.empty': 'No access recorded for this filter.',
} as const;
