/** English messages of operations: the database briefly unreachable (spread into en.ts). */
export const enOps = {
  'error.SERVICE_UNAVAILABLE': 'The hub could not reach its database or storage just now. Try again in a moment.',
};
