import type { Db } from "../../database.js";
import { analyze } from "./analyzer.js";
import type { ParsedQuery } from "./query.js";
import type { DocumentKind, SearchDocumentRow } from "./search.table.js";

/** A text to index: an item, city, hub or person in one language. */
export interface IndexDocument {
  kind: DocumentKind;
  refId: number;
  language: string;
  isSource: boolean;
  /** The reader languages it answers: its own, and for a source text those without a live translation. */
  scopes: string[];
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** Indexed but not shown (tag names, a city's local name). */
  extra: string;
  publishedAt: string | null;
  year: string | null;
  region: string | null;
  tagIds: number[];
  updatedAt: string;
}

/** Narrowing a search to one value of some facets. */
export interface SearchFilters {
  kind?: DocumentKind;
  tagId?: number;
  year?: string;
  region?: string;
}

/** One search: the parsed query, the reader's language, filters and the page. */
export interface SearchRequest {
  query: ParsedQuery;
  scope: string;
  filters: SearchFilters;
  limit: number;
  offset: number;
}

/** How many matching texts have a facet's value. */
export interface FacetCount {
  facet: "kind" | "tag" | "year" | "region";
  value: string;
  count: number;
}

/** What an engine matches: the parsed query in the reader's scope, narrowed by filters. */
export type MatchRequest = Pick<SearchRequest, "query" | "scope" | "filters">;

/**
 * A page of matches, best first, with the facets of what the pages list:
 * every match, unless more match than a search ranks (see
 * windowed-search.ts); then `total` is that bound and `isTotalCapped` says
 * more match.
 */
export interface SearchHits {
  documents: SearchDocumentRow[];
  total: number;
  isTotalCapped: boolean;
  /** False when more texts match than are listed: the counts cover the listed ones. */
  areFacetsComplete: boolean;
  facets: FacetCount[];
}

/**
 * A full-text engine behind the search: SQLite FTS5 or PostgreSQL tsvector,
 * chosen once from the dialect. It answers small, bounded questions; the
 * search itself (windowed-search.ts) is the same for both.
 */
export interface SearchEngine {
  readonly name: "sqlite-fts5" | "postgres-tsvector";
  /** Replaces every indexed text of the given refs by `documents` (the caller owns the transaction). */
  replaceDocuments(
    db: Db,
    refs: readonly { kind: DocumentKind; refId: number }[],
    documents: readonly IndexDocument[],
  ): Promise<void>;
  /** Empties the index. */
  clear(db: Db): Promise<void>;
  /** Ids of the texts matching in the reader's scope, newest indexed first, at most `limit`. */
  matchIds(db: Db, request: MatchRequest, limit: number): Promise<number[]>;
  /**
   * Some matching ids in relevance order (title over body, then newest), or
   * undefined when ranking them would cost more than a search may.
   */
  rankIds(db: Db, request: MatchRequest, ids: readonly number[]): Promise<number[] | undefined>;
  /** Bytes the index takes on disk (tables and indexes), when the engine can tell. */
  sizeInBytes(db: Db): Promise<number>;
}

/** The tokens an engine stores for a document: title, body (summary, body, extra) and the facet markers. */
export function documentTokens(doc: IndexDocument): {
  title: string[];
  body: string[];
  meta: string[];
} {
  return {
    title: analyze(doc.title, doc.language),
    body: analyze(`${doc.summary}\n${doc.body}\n${doc.extra}`, doc.language).slice(
      0,
      MAX_BODY_TOKENS,
    ),
    meta: [
      ...doc.scopes.map((s) => scopeMarker(s)),
      facetMarker("kind", doc.kind),
      ...(doc.year ? [facetMarker("year", doc.year)] : []),
      ...(doc.region ? [facetMarker("region", doc.region)] : []),
      ...doc.tagIds.map((id) => facetMarker("tag", String(id))),
    ],
  };
}

/** The marker of a reader language in the index (never a token of text: it holds "_"). */
export function scopeMarker(lang: string): string {
  return `l_${safe(lang)}`;
}

/** The marker of a facet's value in the index. */
export function facetMarker(facet: FacetCount["facet"], value: string): string {
  return `${facet.charAt(0)}_${safe(value)}`;
}

/** The markers a request's scope and filters require. */
export function requiredMarkers(request: Pick<SearchRequest, "scope" | "filters">): string[] {
  const { filters } = request;
  return [
    scopeMarker(request.scope),
    ...(filters.kind ? [facetMarker("kind", filters.kind)] : []),
    ...(filters.tagId !== undefined ? [facetMarker("tag", String(filters.tagId))] : []),
    ...(filters.year ? [facetMarker("year", filters.year)] : []),
    ...(filters.region ? [facetMarker("region", filters.region)] : []),
  ];
}

/** Tokens of a body kept in the index: past this a long text adds size, not findability. */
export const MAX_BODY_TOKENS = 20_000;

function safe(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}
