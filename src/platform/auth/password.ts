import { hash, verify } from "@node-rs/argon2";
import { ValidationError } from "../errors.js";

// OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane): the library's
// defaults, written out so a dependency upgrade cannot silently weaken them.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest and longest password accepted (long passphrases welcome, megabytes not). */
export const PASSWORD_LENGTH = { min: 12, max: 1024 } as const;

/** Hashes a password with argon2id after checking it is acceptable. */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max) {
    throw new ValidationError(
      `A password must have between ${PASSWORD_LENGTH.min} and ${PASSWORD_LENGTH.max} characters`,
    );
  }
  return hash(password, OPTIONS);
}

/**
 * Checks a password against a stored hash; with no hash (unknown account) it
 * still does the same work, so timing does not tell whether an account exists.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (password.length > PASSWORD_LENGTH.max) return false;
  const target = storedHash ?? (await dummyHash());
  try {
    const ok = await verify(target, password);
    return storedHash !== null && ok;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash("not a real password, only for timing", OPTIONS);
  return dummy;
}
