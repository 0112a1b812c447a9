import { sql } from "kysely";
import type { Db } from "../../database.js";
import type { ParsedQuery } from "./query.js";
import {
  documentTokens,
  type FacetCount,
  type IndexDocument,
  requiredMarkers,
  type SearchEngine,
  type SearchHits,
  type SearchRequest,
} from "./search-engine.js";
import { deleteDocumentsOf, insertDocuments, listFacetRows } from "./search.repository.js";
import type { DocumentKind, SearchDocumentRow } from "./search.table.js";

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
    await db.deleteFrom("searchDocumentTags").execute();
    await db.deleteFrom("searchDocuments").execute();
  }

  async search(db: Db, request: SearchRequest): Promise<SearchHits> {
    const match = toMatchExpression(request);
    const documents = await sql<SearchDocumentRow & { score: number }>`
      select d.*, bm25(search_index, ${WEIGHTS}) as score
      from search_index join search_documents d on d.id = search_index.rowid
      where search_index match ${match}
      order by score, d.published_at desc, d.id desc
      limit ${request.limit} offset ${request.offset}`.execute(db);
    const facets = await listFacetRows(
      db,
      sql`select rowid as id from search_index where search_index match ${match}`,
    );
    return { documents: documents.rows.map(fromRow), ...totalAndFacets(facets) };
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

/** The FTS5 MATCH expression of a request: scope and filter markers, then every part over title and body. */
export function toMatchExpression(
  request: Pick<SearchRequest, "query" | "scope" | "filters">,
): string {
  const markers = requiredMarkers(request).map((m) => `meta : ${quote(m)}`);
  return [...markers, `{title body} : (${partsExpression(request.query)})`].join(" AND ");
}

/** Totals come from the kind facet: every document has exactly one kind. */
export function totalAndFacets(facets: FacetCount[]): { total: number; facets: FacetCount[] } {
  const total = facets.filter((f) => f.facet === "kind").reduce((n, f) => n + f.count, 0);
  return { total, facets };
}

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

function fromRow(row: SearchDocumentRow & { score?: number }): SearchDocumentRow {
  const { score: _score, ...doc } = row;
  return doc;
}
