import { sql } from "kysely";
import type { Db } from "../../database.js";
import { analyze } from "./analyzer.js";
import type { IndexDocument } from "./search-engine.js";
import type { DocumentKind, SearchDocumentRow } from "./search.table.js";

/**
 * Deletes the indexed texts of some refs; returns their ids so the engine
 * drops them too. A write from its first statement: on SQLite a transaction
 * that read first could not take the write lock once another process wrote.
 */
export async function deleteDocumentsOf(
  db: Db,
  refs: readonly { kind: DocumentKind; refId: number }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < refs.length; i += 250) {
    const batch = refs.slice(i, i + 250);
    const rows = await db
      .deleteFrom("searchDocuments")
      .where((eb) =>
        eb.or(batch.map((r) => eb.and([eb("kind", "=", r.kind), eb("refId", "=", r.refId)]))),
      )
      .returning("id")
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Inserts documents; returns their ids in the order given. */
export async function insertDocuments(
  db: Db,
  documents: readonly IndexDocument[],
  /** PostgreSQL: each document's tsvector literal, written in the same insert. */
  tsvectorOf?: (doc: IndexDocument) => string,
): Promise<number[]> {
  if (documents.length === 0) return [];
  const rows = await db
    .insertInto("searchDocuments")
    .values(
      documents.map((d) => ({
        kind: d.kind,
        refId: d.refId,
        language: d.language,
        isSource: d.isSource ? 1 : 0,
        scopes: d.scopes.join(" "),
        slug: d.slug,
        titleTokens: analyze(d.title, d.language).join(" "),
        title: d.title,
        summary: d.summary,
        body: d.body,
        publishedAt: d.publishedAt,
        year: d.year,
        region: d.region,
        tagIds: [...new Set(d.tagIds)].join(" "),
        updatedAt: d.updatedAt,
        ...(tsvectorOf ? { document: sql`${tsvectorOf(d)}::tsvector` } : {}),
      })),
    )
    .returning(["id", "kind", "refId", "language"])
    .execute();
  // Matched by key rather than trusting RETURNING's order.
  const idOf = new Map(rows.map((r) => [`${r.kind}:${r.refId}:${r.language}`, r.id]));
  const ids = documents.map((d) => {
    const id = idOf.get(`${d.kind}:${d.refId}:${d.language}`);
    if (id === undefined) throw new Error(`search document ${d.kind}:${d.refId} was not stored`);
    return id;
  });
  return ids;
}

/** What a search reads of every listed match: its facets and its title's tokens. */
export interface WindowRow {
  id: number;
  kind: DocumentKind;
  year: string | null;
  region: string | null;
  tagIds: string[];
  titleTokens: string[];
}

/** The window rows of some documents (missing ones skipped), in no particular order. */
export async function loadWindowRows(db: Db, ids: readonly number[]): Promise<WindowRow[]> {
  const rows: WindowRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const found = await db
      .selectFrom("searchDocuments")
      .select(["id", "kind", "year", "region", "tagIds", "titleTokens"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of found)
      rows.push({
        ...row,
        id: Number(row.id),
        tagIds: splitWords(row.tagIds),
        titleTokens: splitWords(row.titleTokens),
      });
  }
  return rows;
}

/** Documents by id, in the order of the ids given (missing ones skipped). */
export async function loadDocumentsInOrder(
  db: Db,
  ids: readonly number[],
): Promise<SearchDocumentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("searchDocuments")
    // Named columns: on PostgreSQL the row also holds the (large) tsvector.
    .select([
      "id",
      "kind",
      "refId",
      "language",
      "isSource",
      "scopes",
      "slug",
      "titleTokens",
      "title",
      "summary",
      "body",
      "publishedAt",
      "year",
      "region",
      "tagIds",
      "updatedAt",
    ])
    .where("id", "in", [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The analyzer version the index was last rebuilt with, and when (none: never rebuilt). */
export async function readIndexState(
  db: Db,
): Promise<{ analyzerVersion: number; builtAt: string } | undefined> {
  return db
    .selectFrom("searchIndexState")
    .select(["analyzerVersion", "builtAt"])
    .where("id", "=", 1)
    .executeTakeFirst();
}

/** Records a finished rebuild. */
export async function writeIndexState(db: Db, analyzerVersion: number, at: Date): Promise<void> {
  const builtAt = at.toISOString();
  await db
    .insertInto("searchIndexState")
    .values({ id: 1, analyzerVersion, builtAt })
    .onConflict((oc) => oc.column("id").doUpdateSet({ analyzerVersion, builtAt }))
    .execute();
}

function splitWords(value: string): string[] {
  return value === "" ? [] : value.split(" ");
}
