import type { Db } from "../../database.js";

/** A published (or archived) item as the status page lists it. */
export interface PublishedItemRow {
  id: number;
  type: string;
  sourceLanguage: string;
  publishedRevisionId: number | null;
  title: string;
}

/** A page of the published and archived items with their published title, newest first. */
export async function listPublishedItems(
  db: Db,
  page: { limit: number; offset: number },
): Promise<PublishedItemRow[]> {
  return db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select([
      "items.id",
      "items.type",
      "items.sourceLanguage",
      "items.publishedRevisionId",
      "revisions.title",
    ])
    .where("items.status", "in", ["published", "archived"])
    .orderBy("items.publishedAt", "desc")
    .orderBy("items.id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** The live translation of these items in each language: its revision and state (null when none is live). */
export async function listLiveTranslations(
  db: Db,
  itemIds: readonly number[],
): Promise<
  { itemId: number; language: string; revisionId: number | null; state: string | null }[]
> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom("itemTranslations as t")
    .leftJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
    .select(["t.itemId", "t.language", "l.revisionId", "l.state"])
    .where("t.itemId", "in", itemIds)
    .execute();
}

/** Every localized revision of these revisions: its language, state and error count. */
export async function listLocalizedOfRevisions(
  db: Db,
  revisionIds: readonly number[],
): Promise<{ revisionId: number; language: string; state: string; errorCount: number }[]> {
  if (revisionIds.length === 0) return [];
  return db
    .selectFrom("localizedRevisions")
    .select(["revisionId", "language", "state", "errorCount"])
    .where("revisionId", "in", revisionIds)
    .execute();
}

/** The published and archived items (or one of them) with their published and latest revision, by id. */
export async function listPublishedItemRevisions(
  db: Db,
  filter: { itemId?: number } = {},
): Promise<{ id: number; publishedRevisionId: number | null; latestRevisionId: number | null }[]> {
  let query = db
    .selectFrom("items")
    .select(["id", "publishedRevisionId", "latestRevisionId"])
    .where("status", "in", ["published", "archived"]);
  if (filter.itemId !== undefined) query = query.where("id", "=", filter.itemId);
  return query.orderBy("id").execute();
}
