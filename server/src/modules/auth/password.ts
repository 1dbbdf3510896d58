import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum recommended parameters (19 MiB memory, 2 iterations, 1 lane).
 * `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules).
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// A hash of nothing anyone knows, verified when the account does not exist so that timing
// does not tell which addresses have an account.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('no account has this password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
