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
  clearTsvectorIndex,
  findHighestDocumentId,
  lockIndexWrites,
  matchIdsAbove,
  matchNewestIds,
  preferBitmapScans,
  rankByTsquery,
  tsvectorSizeInBytes,
} from "./postgres-tsvector.repository.js";

/**
 * PostgreSQL full-text search: a `document` tsvector per row (GIN-indexed),
 * written as a tsvector literal from the tokens the application analysed
 * (title weight A, body B, markers unweighted), and queries written as
 * tsquery literals from the parsed query, so neither goes through a text
 * search configuration and both engines see the same tokens.
 */
export class PostgresTsvectorEngine implements SearchEngine {
  readonly name = "postgres-tsvector";

  /** `firstSpan`: how many of the newest texts `matchIds` reads first. */
  constructor(private readonly options: { firstSpan: number } = { firstSpan: FIRST_SPAN }) {}

  async replaceDocuments(
    db: Db,
    refs: readonly { kind: DocumentKind; refId: number }[],
    documents: readonly IndexDocument[],
  ): Promise<void> {
    await lockIndexWrites(db);
    await deleteDocumentsOf(db, refs);
    for (let i = 0; i < documents.length; i += 200) {
      // With the tsvector in the insert: an update after would leave every row twice (a dead copy).
      await insertDocuments(db, documents.slice(i, i + 200), toTsvector);
    }
  }

  async clear(db: Db): Promise<void> {
    await clearTsvectorIndex(db);
  }

  /**
   * The newest matches. A broad query finds enough among the newest texts:
   * those are read first, newest first, at most `firstSpan` of them. Otherwise
   * the GIN index answers: with plain index scans off, the planner combines
   * the GIN bitmap with a range of the newest ids (BitmapAnd), widened until
   * enough match. Left to itself it misjudges how many texts a tsquery
   * matches and walks the primary key backwards through most of the table
   * (decompressing every tsvector) for a rare word or a phrase.
   */
  async matchIds(db: Db, request: MatchRequest, limit: number): Promise<number[]> {
    const tsquery = toTsquery(request);
    const probe = await matchNewestIds(db, { tsquery, span: this.options.firstSpan, limit });
    if (probe.length >= limit) return probe;
    const high = await findHighestDocumentId(db);
    const find = async (trx: Db, isOwn: boolean) => {
      if (isOwn) await preferBitmapScans(trx);
      for (let span = this.options.firstSpan * 8; ; span *= 8) {
        const low = span >= high ? 0 : high - span;
        const ids = await matchIdsAbove(trx, { tsquery, low, limit });
        if (ids.length >= limit || low === 0) return ids;
      }
    };
    if (high <= this.options.firstSpan) return probe;
    // The settings last until the end of the transaction: inside a caller's, the planner decides.
    return db.isTransaction ? find(db, false) : db.transaction().execute((trx) => find(trx, true));
  }

  async rankIds(
    db: Db,
    request: MatchRequest,
    ids: readonly number[],
  ): Promise<number[] | undefined> {
    if (ids.length <= 1) return [...ids];
    return rankByTsquery(db, { ids, tsquery: partsQuery(request.query) });
  }

  async sizeInBytes(db: Db): Promise<number> {
    return tsvectorSizeInBytes(db);
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
/** Newest texts read first; a query with fewer matches there is searched over eight times more ids, and so on. */
const FIRST_SPAN = 4000;

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
