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
import {
  clearFts5Index,
  deleteFts5Rows,
  fts5SizeInBytes,
  insertFts5Rows,
  matchFts5Ids,
  scoreFts5Range,
} from "./sqlite-fts5.repository.js";

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
    await deleteFts5Rows(db, await deleteDocumentsOf(db, refs));
    for (let i = 0; i < documents.length; i += 200) {
      const batch = documents.slice(i, i + 200);
      const ids = await insertDocuments(db, batch);
      await insertFts5Rows(
        db,
        batch.map((doc, j) => {
          const tokens = documentTokens(doc);
          return {
            id: ids[j] as number,
            title: tokens.title.join(" "),
            body: tokens.body.join(" "),
            meta: tokens.meta.join(" "),
          };
        }),
      );
    }
  }

  async clear(db: Db): Promise<void> {
    await clearFts5Index(db);
  }

  async matchIds(db: Db, request: MatchRequest, limit: number): Promise<number[]> {
    return matchFts5Ids(db, toMatchExpression(request), limit);
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
    const scored = await scoreFts5Range(db, {
      expression: partsExpression(request.query),
      low: Math.min(...ids),
      high: Math.max(...ids),
      limit: this.options.rankCap + 1,
    });
    if (scored.length > this.options.rankCap) return undefined;
    const wanted = new Set(ids);
    return scored
      .filter((r) => wanted.has(r.id))
      .sort((a, b) => a.score - b.score || b.id - a.id)
      .map((r) => r.id);
  }

  async sizeInBytes(db: Db): Promise<number> {
    return fts5SizeInBytes(db);
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
