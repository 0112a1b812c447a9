import type { Db } from "../../database.js";
import type { ItemType } from "../content/index.js";
import type { Region } from "../network/index.js";

/** A published item's live text and facts, as the index needs them. */
export interface ItemSource {
  id: number;
  type: ItemType;
  slug: string;
  sourceLanguage: string;
  publishedAt: string | null;
  updatedAt: string;
  title: string;
  summary: string;
  bodyHtml: string;
  tags: { id: number; slug: string; name: string }[];
  /** Live translations by language. */
  translations: {
    language: string;
    slug: string | null;
    title: string;
    summary: string;
    bodyHtml: string;
  }[];
}

/** Published items among `ids` (drafts, scheduled and archived items are not searchable). */
export async function loadItemSources(db: Db, ids: readonly number[]): Promise<ItemSource[]> {
  if (ids.length === 0) return [];
  const items = await db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select([
      "items.id",
      "items.type",
      "items.slug",
      "items.sourceLanguage",
      "items.publishedAt",
      "items.updatedAt",
      "revisions.id as revisionId",
      "revisions.title",
      "revisions.summary",
      "revisions.bodyHtml",
    ])
    .where("items.id", "in", [...ids])
    .where("items.status", "=", "published")
    .execute();
  if (items.length === 0) return [];
  const revisionIds = items.map((i) => i.revisionId);
  const tagRows = await db
    .selectFrom("revisionTags")
    .innerJoin("tags", "tags.id", "revisionTags.tagId")
    .select(["revisionTags.revisionId", "tags.id", "tags.slug", "tags.name"])
    .where("revisionTags.revisionId", "in", revisionIds)
    .orderBy("revisionTags.position")
    .execute();
  const translations = await db
    .selectFrom("itemTranslations")
    .innerJoin("localizedRevisions", "localizedRevisions.id", "itemTranslations.liveLocalizedId")
    .select([
      "itemTranslations.itemId",
      "itemTranslations.language",
      "itemTranslations.slug",
      "localizedRevisions.title",
      "localizedRevisions.summary",
      "localizedRevisions.bodyHtml",
    ])
    .where(
      "itemTranslations.itemId",
      "in",
      items.map((i) => i.id),
    )
    .execute();
  return items.map(({ revisionId, ...item }) => ({
    ...item,
    tags: tagRows
      .filter((t) => t.revisionId === revisionId)
      .map(({ id, slug, name }) => ({ id, slug, name })),
    translations: translations
      .filter((t) => t.itemId === item.id && t.language !== item.sourceLanguage)
      .map(({ itemId: _itemId, ...t }) => t),
  }));
}

/** Tag names in other languages: language → tag id → name. */
export async function loadTagNames(
  db: Db,
  tagIds: readonly number[],
): Promise<Map<string, Map<number, string>>> {
  const out = new Map<string, Map<number, string>>();
  if (tagIds.length === 0) return out;
  const rows = await db
    .selectFrom("tagTranslations")
    .select(["tagId", "language", "name"])
    .where("tagId", "in", [...new Set(tagIds)])
    .execute();
  for (const row of rows) {
    let names = out.get(row.language);
    if (!names) out.set(row.language, (names = new Map()));
    names.set(row.tagId, row.name);
  }
  return out;
}

/**
 * The region of each of these tags that is a city's tag: content tagged with a
 * member city's tag belongs to its region. Only the cities of these tags are
 * read: every item re-indexed read all of them (10,000 after an import).
 */
export async function loadTagRegions(
  db: Db,
  tagSlugs: readonly string[],
): Promise<Map<string, Region>> {
  if (tagSlugs.length === 0) return new Map();
  const slugs = [...new Set(tagSlugs)];
  // A city's tag is its own slug unless it names another (as the city page's related items read it).
  const rows = await db
    .selectFrom("cities")
    .select(["slug", "tagSlug", "region"])
    .where((eb) =>
      eb.or([
        eb("tagSlug", "in", slugs),
        eb.and([
          eb.or([eb("tagSlug", "is", null), eb("tagSlug", "=", "")]),
          eb("slug", "in", slugs),
        ]),
      ]),
    )
    .execute();
  return new Map(rows.map((r) => [r.tagSlug || r.slug, r.region] as const));
}

/** Ids of every published item, in id order, after `afterId`. */
export async function listPublishedItemIds(
  db: Db,
  page: { afterId: number; limit: number },
): Promise<number[]> {
  const rows = await db
    .selectFrom("items")
    .select("id")
    .where("status", "=", "published")
    .where("publishedRevisionId", "is not", null)
    .where("id", ">", page.afterId)
    .orderBy("id")
    .limit(page.limit)
    .execute();
  return rows.map((r) => r.id);
}

/** How many items are published. */
export async function countPublishedItems(db: Db): Promise<number> {
  const row = await db
    .selectFrom("items")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("status", "=", "published")
    .where("publishedRevisionId", "is not", null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Cities with what their index text needs; all of them, or some. */
export async function loadCitySources(db: Db, ids?: readonly number[]) {
  let q = db
    .selectFrom("cities")
    .select([
      "id",
      "slug",
      "name",
      "localName",
      "country",
      "region",
      "profile",
      "memberSince",
      "sourceLanguage",
      "updatedAt",
    ]);
  if (ids) q = q.where("id", "in", ids.length > 0 ? [...ids] : [0]);
  return q.orderBy("id").execute();
}

/** Regional hubs with what their index text needs. */
export async function loadHubSources(db: Db, ids?: readonly number[]) {
  let q = db
    .selectFrom("hubs")
    .select(["id", "slug", "name", "region", "description", "sourceLanguage", "updatedAt"]);
  if (ids) q = q.where("id", "in", ids.length > 0 ? [...ids] : [0]);
  return q.orderBy("id").execute();
}

/** People with their city (for the link and the region). */
export async function loadPersonSources(db: Db, ids?: readonly number[]) {
  let q = db
    .selectFrom("people")
    .leftJoin("cities", "cities.id", "people.cityId")
    .select([
      "people.id",
      "people.slug",
      "people.name",
      "people.title",
      "people.sourceLanguage",
      "people.updatedAt",
      "cities.slug as citySlug",
      "cities.name as cityName",
      "cities.region",
    ]);
  if (ids) q = q.where("people.id", "in", ids.length > 0 ? [...ids] : [0]);
  return q.orderBy("people.id").execute();
}

/** The refs currently in the index, to drop those a rebuild did not write again. */
export async function listIndexedRefs(db: Db): Promise<{ kind: string; refId: number }[]> {
  return db.selectFrom("searchDocuments").select(["kind", "refId"]).distinct().execute();
}

/** Tags by id (slug and source name), for facet values. */
export async function loadTags(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, { id: number; slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("tags")
    .select(["id", "slug", "name"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The item a revision belongs to. */
export async function findItemIdOfRevision(
  db: Db,
  revisionId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("revisions")
    .select("itemId")
    .where("id", "=", revisionId)
    .executeTakeFirst();
  return row?.itemId;
}
