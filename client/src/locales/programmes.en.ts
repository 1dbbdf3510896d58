/** English messages of programme configuration and programme-defined reporting (spread into en.ts). */
export const enProgrammes = {
  'programme.VULNERABLE_GROUPS': 'Vulnerable groups',
  'error.INDICATOR_UNKNOWN': 'This report asks no such figure. Reload the page and try again.',
  'error.INDICATOR_VALUE_INVALID': 'A figure does not fit: give a whole number of 0 or more, one of the listed choices, or a shorter text.',
  'error.INDICATORS_INCOMPLETE': 'Fill in every required figure before submitting.',
  'error.PROGRAMME_CONFIG_INVALID': 'This configuration is not valid: each indicator needs a unique key, labels in the three languages and, for a choice, at least two distinct choices; flat resettlement amounts go only with resettlement households.',
  'indicators.legend': 'Figures for this period',
  'indicators.required': '(required)',
  'indicators.noChoice': '— No answer —',
  'indicators.dashboardTitle': 'Reported figures: {programme} {year}',
  'indicators.accepted': '{count} accepted reports counted.',
  'indicators.none': 'This programme asks no figures in its reports.',
  'indicators.month': 'Month',
  'indicators.total': 'Total',
  'indicators.reports': 'Reports',
  'indicators.yearTotal': 'Year total: {total}',
  'indicators.chartLabel': '{indicator} by month, {year}',
} as const;
