import type { Db } from "../../database.js";
import { loadWindowRows, type WindowRow } from "./search.repository.js";

/** Most rows kept per database (about 200 bytes each). */
const MAX_ROWS = 200_000;
const caches = new WeakMap<object, Map<number, WindowRow>>();

/**
 * The window rows of some documents, in the order of the ids (missing ones
 * skipped), kept in memory between searches. No invalidation is needed: a
 * document's row never changes under its id (re-indexing deletes it and
 * inserts a new row, and neither engine reuses ids, not even across a
 * migration that lays the table out again), so a kept row is right for as
 * long as its id can match. Each database handle has its own cache;
 * past `MAX_ROWS` the oldest kept rows go.
 */
export async function windowRowsOf(db: Db, ids: readonly number[]): Promise<WindowRow[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const missing = ids.filter((id) => !cache.has(id));
  if (missing.length > 0) {
    for (const row of await loadWindowRows(db, missing)) cache.set(row.id, row);
    if (cache.size > MAX_ROWS) {
      let excess = cache.size - Math.floor(MAX_ROWS * 0.9);
      for (const id of cache.keys()) {
        if (excess-- <= 0) break;
        cache.delete(id);
      }
    }
  }
  return ids.flatMap((id) => cache.get(id) ?? []);
}
