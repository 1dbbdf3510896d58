import type { enOps } from './ops.en';

/** French messages of operations (spread into fr.ts). */
export const frOps: Record<keyof typeof enOps, string> = {
  'error.SERVICE_UNAVAILABLE': "Le hub n'a pas pu joindre sa base de données ou son stockage. Réessayez dans un instant.",
};
