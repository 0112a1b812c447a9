import type { Generated, Selectable } from "kysely";

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
  title: string;
  summary: string;
  /** Plain text of the body, for snippets. */
  body: string;
  publishedAt: string | null;
  year: string | null;
  region: string | null;
  updatedAt: string;
}

/** The tags of an indexed text (content items' live revision tags). */
export interface SearchDocumentTagsTable {
  documentId: number;
  tagId: number;
}

/** The search module's tables. */
export interface SearchTables {
  searchDocuments: SearchDocumentsTable;
  searchDocumentTags: SearchDocumentTagsTable;
}

export type SearchDocumentRow = Selectable<SearchDocumentsTable>;
