import type { Db } from "../../database.js";

/** A published content item that carries a tag: a city's related news, resources and events. */
export interface RelatedItem {
  type: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string | null;
}

/** Published items whose live revision carries the tag, newest first. */
export async function listItemsTagged(
  db: Db,
  query: { tagSlug: string; limit: number },
): Promise<RelatedItem[]> {
  return db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .innerJoin("revisionTags", "revisionTags.revisionId", "revisions.id")
    .innerJoin("tags", "tags.id", "revisionTags.tagId")
    .select([
      "items.type",
      "items.slug",
      "revisions.title",
      "revisions.summary",
      "items.publishedAt",
    ])
    .where("tags.slug", "=", query.tagSlug)
    .where("items.status", "=", "published")
    .orderBy("items.publishedAt", "desc")
    .orderBy("items.id", "desc")
    .limit(query.limit)
    .execute();
}

/** Published items an event may link as its summary, newest first (for the editor's select). */
export async function listSummaryChoices(
  db: Db,
): Promise<{ id: number; type: string; title: string }[]> {
  return db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select(["items.id", "items.type", "revisions.title"])
    .where("items.status", "in", ["published", "archived"])
    .orderBy("items.publishedAt", "desc")
    .limit(500)
    .execute();
}

/** A published item's id by type and slug (the demo links summaries by slug). */
export async function findPublishedItemId(
  db: Db,
  type: "news" | "resource" | "event" | "page",
  slug: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("items")
    .select("id")
    .where("type", "=", type)
    .where("slug", "=", slug)
    .executeTakeFirst();
  return row?.id;
}
