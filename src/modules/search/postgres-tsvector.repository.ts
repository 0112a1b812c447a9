import { sql } from "kysely";
import type { Db } from "../../database.js";

/** ts_rank weights {D, C, B, A}: title (A) over body (B); markers (no weight, D) do not count. */
const WEIGHTS = sql.raw("'{0, 0, 0.25, 1}'::float4[]");
/** The advisory lock (a key of our own choosing) writers of the index hold until their transaction ends. */
const INDEX_WRITE_LOCK = 7_240_113;

/**
 * Makes writers of the index take turns until the caller's transaction ends
 * (as on SQLite): two servers re-indexing one item at once would each delete
 * nothing the other had not committed yet, then both insert it.
 */
export async function lockIndexWrites(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${INDEX_WRITE_LOCK})`.execute(db);
}

/** Empties the documents table (their tsvectors with them). */
export async function clearTsvectorIndex(db: Db): Promise<void> {
  await db.deleteFrom("searchDocuments").execute();
}

/** Ids among the `span` newest documents matching a tsquery literal, newest first, at most `limit`. */
export async function matchNewestIds(
  db: Db,
  input: { tsquery: string; span: number; limit: number },
): Promise<number[]> {
  const result = await sql<{ id: number }>`
    select id from (
      select id, document from search_documents order by id desc limit ${input.span}
    ) newest where document @@ ${input.tsquery}::tsquery limit ${input.limit}`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

/** The highest document id, or 0 when the index is empty. */
export async function findHighestDocumentId(db: Db): Promise<number> {
  const newest = await sql<{ id: number | null }>`
    select max(id) as id from search_documents`.execute(db);
  return Number(newest.rows[0]?.id ?? 0);
}

/**
 * Until the transaction ends, the planner uses no plain index scan nor
 * sequential scan: it combines the GIN bitmap with a range of ids (BitmapAnd).
 * Only inside a transaction of the caller's own making.
 */
export async function preferBitmapScans(trx: Db): Promise<void> {
  await sql`set local enable_indexscan = off`.execute(trx);
  await sql`set local enable_seqscan = off`.execute(trx);
}

/** Ids above `low` matching a tsquery literal, newest first, at most `limit`. */
export async function matchIdsAbove(
  db: Db,
  input: { tsquery: string; low: number; limit: number },
): Promise<number[]> {
  const result = await sql<{ id: number }>`
    select id from search_documents
    where document @@ ${input.tsquery}::tsquery and id > ${input.low}
    order by id desc limit ${input.limit}`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

/** These ids by ts_rank against a tsquery literal (title over body), then newest first. */
export async function rankByTsquery(
  db: Db,
  input: { ids: readonly number[]; tsquery: string },
): Promise<number[]> {
  const result = await sql<{ id: number }>`
    select id from search_documents where id = any(${[...input.ids]}::integer[])
    order by ts_rank(${WEIGHTS}, document, ${input.tsquery}::tsquery) desc, id desc`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

/** Bytes the documents table takes with its indexes and TOAST. */
export async function tsvectorSizeInBytes(db: Db): Promise<number> {
  const result = await sql<{ bytes: string }>`
    select coalesce(pg_total_relation_size('search_documents'), 0) as bytes`.execute(db);
  return Number(result.rows[0]?.bytes ?? 0);
}
