import { sql } from "kysely";
import type { Db } from "../../database.js";

/** Title over body in bm25; the markers column does not count. */
const WEIGHTS = sql.raw("10.0, 1.0, 0.0");

/** A row of the contentless FTS5 `search_index`: the document's id and its analysed tokens, space-separated. */
export interface Fts5Row {
  id: number;
  title: string;
  body: string;
  meta: string;
}

/** Removes these documents' rows from `search_index`. */
export async function deleteFts5Rows(db: Db, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await sql`delete from search_index where rowid in (${sql.join(batch)})`.execute(db);
  }
}

/** Writes rows to `search_index`, rowid = document id. */
export async function insertFts5Rows(db: Db, rows: readonly Fts5Row[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => sql`(${r.id}, ${r.title}, ${r.body}, ${r.meta})`);
  await sql`insert into search_index (rowid, title, body, meta) values ${sql.join(values)}`.execute(
    db,
  );
}

/** Empties `search_index` and the documents table. */
export async function clearFts5Index(db: Db): Promise<void> {
  await sql`delete from search_index`.execute(db);
  await db.deleteFrom("searchDocuments").execute();
}

/** Ids matching an FTS5 MATCH expression, newest (highest rowid) first, at most `limit`. */
export async function matchFts5Ids(db: Db, expression: string, limit: number): Promise<number[]> {
  // FTS5 walks its doclists newest rowid first and stops at the limit.
  const result = await sql<{ id: number }>`
    select rowid as id from search_index where search_index match ${expression}
    order by rowid desc limit ${limit}`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

/**
 * The bm25 score (lower is better) of the texts matching an expression whose
 * id lies in [low, high], unsorted, at most `limit` of them.
 */
export async function scoreFts5Range(
  db: Db,
  input: { expression: string; low: number; high: number; limit: number },
): Promise<{ id: number; score: number }[]> {
  const scored = await sql<{ id: number; score: number }>`
    select rowid as id, bm25(search_index, ${WEIGHTS}) as score
    from search_index where search_index match ${input.expression}
    and rowid between ${input.low} and ${input.high}
    limit ${input.limit}`.execute(db);
  return scored.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
}

/** Bytes the search tables and their indexes take, or 0 when SQLite was built without `dbstat`. */
export async function fts5SizeInBytes(db: Db): Promise<number> {
  try {
    const result = await sql<{ bytes: number }>`
      select coalesce(sum(pgsize), 0) as bytes from dbstat
      where name like 'search_%' or name like 'sqlite_autoindex_search_%'`.execute(db);
    return Number(result.rows[0]?.bytes ?? 0);
  } catch {
    // dbstat is an optional SQLite module; without it the size is unknown.
    return 0;
  }
}
