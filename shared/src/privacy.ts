/** Personal data lifecycle: retention of household data and of the access log, and erasure. */

/** Why personal data was erased: its retention period passed, or someone asked (right to erasure). */
export const ERASURE_MODES = ['RETENTION', 'REQUEST'] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];

/** What an erasure is about: one household (all its members) or one person's account. */
export const ERASURE_SUBJECTS = ['HOUSEHOLD', 'USER'] as const;
export type ErasureSubject = (typeof ERASURE_SUBJECTS)[number];

/**
 * Defaults of a programme's retention policy (the server's RETENTION_HOUSEHOLD_MONTHS and
 * RETENTION_ACCESS_LOG_MONTHS settings override them). Household data is erased this many months after its
 * guidance ended; the access log is kept 12 months (CNIL and EDPB guidance on access logs).
 */
export const RETENTION_DEFAULTS = { householdMonthsAfterGuidance: 36, accessLogMonths: 12 } as const;

/** Bounds an admin may set (months). */
export const RETENTION_LIMITS = { householdMonths: { min: 1, max: 120 }, accessLogMonths: { min: 6, max: 60 } } as const;

/** What replaces erased names in records kept for Fedasil's figures. */
export const ERASED_NAME = '—';

/** The reference an erased household gets (unique within its partnership, says nothing about the household). */
export const erasedReference = (householdId: string) => `ERASED-${householdId.slice(0, 8).toUpperCase()}`;
