import type { enOps } from './ops.en';

/** Dutch messages of operations (spread into nl.ts). */
export const nlOps: Record<keyof typeof enOps, string> = {
  'error.SERVICE_UNAVAILABLE': 'De hub kon zijn databank of opslag even niet bereiken. Probeer het zo dadelijk opnieuw.',
};
