import type { ColumnType, Generated, RawBuilder, Selectable } from "kysely";

/** What the index can hold: content items by type, and the network's cities, hubs and people. */
export const DOCUMENT_KINDS = [
  "news",
  "resource",
  "event",
  "page",
  "city",
  "hub",
  "person",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * One indexed text: an item (or city, hub, person) in one language. A source
 * text also serves the languages it has no live translation in (`scopes`).
 * The engine's own index (FTS5 table or tsvector column) sits beside it.
 */
export interface SearchDocumentsTable {
  id: Generated<number>;
  kind: DocumentKind;
  refId: number;
  /** The language the text is written in. */
  language: string;
  /** 1 when the text is the original (not a translation). */
  isSource: number;
  /** The reader languages this text answers, space-separated ("en fr"). */
  scopes: string;
  /** The slug (content items) or the path segment in the text's language. */
  slug: string;
  /** The title's tokens as the analyzer gives them, space-separated (ranking broad queries by title). */
  titleTokens: string;
  title: string;
  summary: string;
  /** Plain text of the body, for snippets. */
  body: string;
  publishedAt: string | null;
  year: string | null;
  region: string | null;
  /** Tag ids of the live revision, space-separated (facet counts). */
  tagIds: string;
  updatedAt: string;
  /** PostgreSQL only: the tsvector, written with the row and never read back. */
  document: ColumnType<never, RawBuilder<unknown> | undefined, never>;
}

/** The analyzer version the index was built with (one row, id 1): a stale index is rebuilt. */
export interface SearchIndexStateTable {
  id: number;
  analyzerVersion: number;
  builtAt: string;
}

/** The search module's tables. */
export interface SearchTables {
  searchDocuments: SearchDocumentsTable;
  searchIndexState: SearchIndexStateTable;
}

export type SearchDocumentRow = Omit<Selectable<SearchDocumentsTable>, "document">;
