import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane): ~10 ms to verify here,
 * memory-hard against GPU guessing. The PHC string keeps algorithm, parameters and salt with the
 * hash, so raising the parameters later still verifies the hashes written today.
 */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 accepts any length; a cap stops a megabyte "password" from being hashed on every attempt. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why the password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

/** Hashes a password for storage (argon2id, PHC string). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches the stored hash; false (never an exception) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the e-mail is unknown: the answer then takes
 * as long as for a real account, so response times do not reveal which e-mails have accounts.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoyHash;
}

/** A random password for generated accounts: 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  // No 0/O, 1/l/I: people type these from a printed demo-logins file.
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length * 2);
  let password = '';
  // Rejection sampling keeps every character equally likely (no modulo bias).
  for (const byte of bytes) {
    if (byte >= Math.floor(256 / alphabet.length) * alphabet.length) continue;
    password += alphabet[byte % alphabet.length];
    if (password.length === length) return password;
  }
  return password + generatePassword(length - password.length);
}
