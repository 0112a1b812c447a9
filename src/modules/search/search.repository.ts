import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../database.js";
import type { FacetCount, IndexDocument } from "./search-engine.js";
import type { DocumentKind } from "./search.table.js";

/** Deletes the indexed texts of some refs (and their tags); returns their ids so the engine drops them too. */
export async function deleteDocumentsOf(
  db: Db,
  refs: readonly { kind: DocumentKind; refId: number }[],
): Promise<number[]> {
  if (refs.length === 0) return [];
  const rows = await db
    .selectFrom("searchDocuments")
    .select("id")
    .where((eb) =>
      eb.or(refs.map((r) => eb.and([eb("kind", "=", r.kind), eb("refId", "=", r.refId)]))),
    )
    .execute();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await db.deleteFrom("searchDocumentTags").where("documentId", "in", batch).execute();
    await db.deleteFrom("searchDocuments").where("id", "in", batch).execute();
  }
  return ids;
}

/** Inserts documents and their tags; returns their ids in the order given. */
export async function insertDocuments(
  db: Db,
  documents: readonly IndexDocument[],
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
        title: d.title,
        summary: d.summary,
        body: d.body,
        publishedAt: d.publishedAt,
        year: d.year,
        region: d.region,
        updatedAt: d.updatedAt,
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
  const tags = documents.flatMap((d, i) =>
    [...new Set(d.tagIds)].map((tagId) => ({ documentId: ids[i] ?? 0, tagId })),
  );
  for (let i = 0; i < tags.length; i += 1000)
    await db
      .insertInto("searchDocumentTags")
      .values(tags.slice(i, i + 1000))
      .execute();
  return ids;
}

/**
 * Facet counts over the documents a subquery selects (one `id` column): kind,
 * year, region and tag in one statement, the match evaluated once.
 */
export async function listFacetRows(db: Db, matched: RawBuilder<unknown>): Promise<FacetCount[]> {
  const result = await sql<{ facet: FacetCount["facet"]; value: string | number; count: number }>`
    with m as materialized (${matched})
    select 'kind' as facet, d.kind as value, count(*) as count
      from m join search_documents d on d.id = m.id group by d.kind
    union all
    select 'year', d.year, count(*) from m join search_documents d on d.id = m.id
      where d.year is not null group by d.year
    union all
    select 'region', d.region, count(*) from m join search_documents d on d.id = m.id
      where d.region is not null group by d.region
    union all
    select 'tag', ${sql.raw(castText("t.tag_id"))}, count(*) from m
      join search_document_tags t on t.document_id = m.id group by t.tag_id`.execute(db);
  return result.rows.map((r) => ({
    facet: r.facet,
    value: String(r.value),
    count: Number(r.count),
  }));
}

/** Counts of indexed texts per kind (the reindex command's report). */
export async function countDocumentsByKind(db: Db): Promise<Map<DocumentKind, number>> {
  const rows = await db
    .selectFrom("searchDocuments")
    .select(["kind", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("kind")
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.count)]));
}

// Both engines read `cast(x as text)`; a union's columns must agree in type on PostgreSQL.
function castText(column: string): string {
  return `cast(${column} as text)`;
}
