import { sql } from "kysely";
import type { Db } from "../../database.js";
import type { ParsedQuery } from "./query.js";
import {
  documentTokens,
  type IndexDocument,
  type MatchRequest,
  requiredMarkers,
  type SearchEngine,
} from "./search-engine.js";
import { deleteDocumentsOf, insertDocuments } from "./search.repository.js";
import type { DocumentKind } from "./search.table.js";

/** Title over body in bm25; the markers column does not count. */
const WEIGHTS = sql.raw("10.0, 1.0, 0.0");

/**
 * SQLite FTS5: a contentless `search_index` (title, body, meta) whose rowid
 * is the document's id. Tokens arrive analysed; the MATCH expression is built
 * here from them, every token double-quoted, so no reader input is ever read
 * as FTS5 syntax.
 */
export class SqliteFts5Engine implements SearchEngine {
  readonly name = "sqlite-fts5";

  /** `rankCap`: most texts `rankIds` scores before it leaves the order to the caller. */
  constructor(private readonly options: { rankCap: number } = { rankCap: RANK_CAP }) {}

  async replaceDocuments(
    db: Db,
    refs: readonly { kind: DocumentKind; refId: number }[],
    documents: readonly IndexDocument[],
  ): Promise<void> {
    const old = await deleteDocumentsOf(db, refs);
    for (let i = 0; i < old.length; i += 500) {
      const ids = old.slice(i, i + 500);
      await sql`delete from search_index where rowid in (${sql.join(ids)})`.execute(db);
    }
    for (let i = 0; i < documents.length; i += 200) {
      const batch = documents.slice(i, i + 200);
      const ids = await insertDocuments(db, batch);
      const rows = batch.map((doc, j) => {
        const tokens = documentTokens(doc);
        return sql`(${ids[j]}, ${tokens.title.join(" ")}, ${tokens.body.join(" ")}, ${tokens.meta.join(" ")})`;
      });
      await sql`insert into search_index (rowid, title, body, meta) values ${sql.join(rows)}`.execute(
        db,
      );
    }
  }

  async clear(db: Db): Promise<void> {
    await sql`delete from search_index`.execute(db);
    await db.deleteFrom("searchDocuments").execute();
  }

  async matchIds(db: Db, request: MatchRequest, limit: number): Promise<number[]> {
    // FTS5 walks its doclists newest rowid first and stops at the limit.
    const result = await sql<{ id: number }>`
      select rowid as id from search_index where search_index match ${toMatchExpression(request)}
      order by rowid desc limit ${limit}`.execute(db);
    return result.rows.map((r) => Number(r.id));
  }

  async rankIds(
    db: Db,
    request: MatchRequest,
    ids: readonly number[],
  ): Promise<number[] | undefined> {
    if (ids.length <= 1) return [...ids];
    // bm25 reads, for its idf, every text holding each phrase of the query; the
    // scope and filter markers hold most of the index, so they are left out and
    // the texts in the ids' rowid range are scored (at most rankCap: unsorted,
    // FTS5 stops there), then kept if among the ids.
    const words = partsExpression(request.query);
    const scored = await sql<{ id: number; score: number }>`
      select rowid as id, bm25(search_index, ${WEIGHTS}) as score
      from search_index where search_index match ${words}
      and rowid between ${Math.min(...ids)} and ${Math.max(...ids)}
      limit ${this.options.rankCap + 1}`.execute(db);
    if (scored.rows.length > this.options.rankCap) return undefined;
    const wanted = new Set(ids);
    return scored.rows
      .filter((r) => wanted.has(Number(r.id)))
      .sort((a, b) => a.score - b.score || Number(b.id) - Number(a.id))
      .map((r) => Number(r.id));
  }

  async sizeInBytes(db: Db): Promise<number> {
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
}

/**
 * The FTS5 MATCH expression of a request: scope and filter markers, then
 * every part. No column filter: markers hold "_", which no word token does,
 * and a column filter makes FTS5 read whole position lists.
 */
export function toMatchExpression(request: MatchRequest): string {
  return [...requiredMarkers(request).map(quote), `(${partsExpression(request.query)})`].join(
    " AND ",
  );
}

/** Most texts `rankIds` scores; past this, ranking costs more than a search may spend. */
const RANK_CAP = 1500;

function partsExpression(query: ParsedQuery): string {
  return query.parts
    .map((part) => {
      const options =
        part.kind === "phrase"
          ? part.sequences.map((seq) => quote(seq.join(" ")))
          : [...part.tokens.map(quote), ...part.prefixes.map((p) => `${quote(p)} *`)];
      return options.length === 1 ? options[0] : `(${options.join(" OR ")})`;
    })
    .join(" AND ");
}

// Tokens hold only letters, digits and "_"; doubling quotes keeps this safe whatever they hold.
function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
