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
