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

/** ts_rank weights {D, C, B, A}: title (A) over body (B); markers (no weight, D) do not count. */
const WEIGHTS = sql.raw("'{0, 0, 0.25, 1}'::float4[]");

/**
 * PostgreSQL full-text search: a `document` tsvector per row (GIN-indexed),
 * written as a tsvector literal from the tokens the application analysed
 * (title weight A, body B, markers unweighted), and queries written as
 * tsquery literals from the parsed query, so neither goes through a text
 * search configuration and both engines see the same tokens.
 */
export class PostgresTsvectorEngine implements SearchEngine {
  readonly name = "postgres-tsvector";

  async replaceDocuments(
    db: Db,
    refs: readonly { kind: DocumentKind; refId: number }[],
    documents: readonly IndexDocument[],
  ): Promise<void> {
    await deleteDocumentsOf(db, refs);
    for (let i = 0; i < documents.length; i += 200) {
      const batch = documents.slice(i, i + 200);
      const ids = await insertDocuments(db, batch);
      const rows = batch.map((doc, j) => sql`(${ids[j]}::integer, ${toTsvector(doc)})`);
      await sql`
        update search_documents as d set document = v.doc::tsvector
        from (values ${sql.join(rows)}) as v(id, doc) where d.id = v.id`.execute(db);
    }
  }

  async clear(db: Db): Promise<void> {
    await db.deleteFrom("searchDocuments").execute();
  }

  async matchIds(db: Db, request: MatchRequest, limit: number): Promise<number[]> {
    const result = await sql<{ id: number }>`
      select id from search_documents where document @@ ${toTsquery(request)}::tsquery
      order by id desc limit ${limit}`.execute(db);
    return result.rows.map((r) => Number(r.id));
  }

  async rankIds(
    db: Db,
    request: MatchRequest,
    ids: readonly number[],
  ): Promise<number[] | undefined> {
    if (ids.length <= 1) return [...ids];
    const result = await sql<{ id: number }>`
      select id from search_documents where id = any(${[...ids]}::integer[])
      order by ts_rank(${WEIGHTS}, document, ${partsQuery(request.query)}::tsquery) desc, id desc`.execute(
      db,
    );
    return result.rows.map((r) => Number(r.id));
  }

  async sizeInBytes(db: Db): Promise<number> {
    const result = await sql<{ bytes: string }>`
      select coalesce(pg_total_relation_size('search_documents'), 0) as bytes`.execute(db);
    return Number(result.rows[0]?.bytes ?? 0);
  }
}

/** The tsquery literal of a request: scope and filter markers, then every part. */
export function toTsquery(request: MatchRequest): string {
  return [...requiredMarkers(request).map(lexeme), `(${partsQuery(request.query)})`].join(" & ");
}

/** A document's tsvector literal: title positions first (A), then body (B), then markers. */
export function toTsvector(doc: IndexDocument): string {
  const tokens = documentTokens(doc);
  const positions = new Map<string, string[]>();
  const add = (token: string, position: number, weight: "A" | "B") => {
    let list = positions.get(token);
    if (!list) positions.set(token, (list = []));
    // PostgreSQL keeps at most 256 positions per lexeme and none past 16383.
    if (list.length < 255) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
  };
  tokens.title.forEach((t, i) => add(t, i + 1, "A"));
  const offset = tokens.title.length + 1;
  tokens.body.forEach((t, i) => add(t, offset + i + 1, "B"));
  const parts = [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(",")}`);
  for (const marker of tokens.meta) if (!positions.has(marker)) parts.push(lexeme(marker));
  return parts.join(" ");
}

const MAX_POSITION = 16383;

function partsQuery(query: ParsedQuery): string {
  return query.parts
    .map((part) => {
      const options =
        part.kind === "phrase"
          ? part.sequences.map((seq) => `(${seq.map(lexeme).join(" <-> ")})`)
          : [...part.tokens.map(lexeme), ...part.prefixes.map((p) => `${lexeme(p)}:*`)];
      return `(${options.join(" | ")})`;
    })
    .join(" & ");
}

// Tokens hold only letters, digits and "_"; escaping keeps the literal sound whatever they hold.
function lexeme(token: string): string {
  return `'${token.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}
