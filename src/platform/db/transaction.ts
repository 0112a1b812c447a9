import type { Kysely, Transaction } from "kysely";

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one
 * (Kysely has no nested transactions). A service that writes in several steps uses
 * this so a caller can make many such calls one transaction — an XLIFF import saves
 * every unit of a file, or none.
 */
export async function inTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB> | Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Whether a statement failed on a unique index (PostgreSQL's 23505, SQLite's
 * UNIQUE constraint).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    /UNIQUE constraint/.test(error.message)
  );
}

/**
 * Runs a transaction that reads whether a row exists and then inserts or
 * updates it, once more when it failed on a unique index: under PostgreSQL's
 * READ COMMITTED a concurrent writer can insert the same new row between this
 * one's read and its insert, and the second attempt reads that row and
 * updates it. (SQLite's writers take turns, so there it does not happen.) A
 * second failure is the caller's error.
 */
export async function retryOnUniqueViolation<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}
