import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { containsText } from "../../platform/db/like.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import type {
  Item,
  ItemType,
  ItemUpdate,
  NewItem,
  NewRevision,
  Revision,
} from "./content.table.js";

/** What a listing shows of a published item. */
export interface ItemCard {
  id: number;
  type: ItemType;
  slug: string;
  sourceLanguage: string;
  publishedAt: string | null;
  contentUpdatedAt: string | null;
  isFeatured: number;
  revisionId: number;
  title: string;
  summary: string;
  heroMediaId: number | null;
  heroAlt: string;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string | null;
  location: string;
  /** The hero image's media facts, joined so listings need no second query. */
  heroKind: "image" | "document" | null;
  heroVariants: string | null;
}

/** Filters and order of a listing of published items. */
export interface ListPublishedQuery {
  type?: ItemType | readonly ItemType[];
  tagId?: number;
  featuredOnly?: boolean;
  /** Events only: "upcoming" starting at or after `now`, "past" before it. */
  when?: { relation: "upcoming" | "past"; now: string };
  excludeItemId?: number;
  limit: number;
  offset: number;
  /** No count (`total` is then the number of cards): for a section without pagination, such as the home page's. */
  withoutTotal?: boolean;
}

/** Finds an item by id. */
export async function findItemById(db: Db, id: number): Promise<Item | undefined> {
  return (await itemById(db, { id }))[0];
}

const itemById = preparedQuery((db: Kysely<DB>, p: { id: number }) =>
  db.selectFrom("items").selectAll().where("id", "=", p.id),
);

/** Finds an item by its type and slug, whatever its status. */
export async function findItemBySlug(
  db: Db,
  type: ItemType,
  slug: string,
): Promise<Item | undefined> {
  return (await itemBySlug(db, { type, slug }))[0];
}

const itemBySlug = preparedQuery((db: Kysely<DB>, p: { type: ItemType; slug: string }) =>
  db.selectFrom("items").selectAll().where("type", "=", p.type).where("slug", "=", p.slug),
);

/** A revision as the public page shows it: without the Markdown source, with its hero image's media facts. */
export type LiveRevision = Omit<Revision, "body"> & {
  heroKind: "image" | "document" | null;
  heroVariants: string | null;
};

/** Finds the revision readers see, with its hero image joined. */
export async function findLiveRevision(db: Db, id: number): Promise<LiveRevision | undefined> {
  return (await liveRevision(db, { id }))[0];
}

const liveRevision = preparedQuery((db: Kysely<DB>, p: { id: number }) =>
  db
    .selectFrom("revisions")
    .leftJoin("media", "media.id", "revisions.heroMediaId")
    .select([
      "revisions.id",
      "revisions.itemId",
      "revisions.number",
      "revisions.title",
      "revisions.summary",
      "revisions.bodyHtml",
      "revisions.wordCount",
      "revisions.heroMediaId",
      "revisions.heroCaption",
      "revisions.heroAlt",
      "revisions.videoUrl",
      "revisions.startsAt",
      "revisions.endsAt",
      "revisions.timeZone",
      "revisions.location",
      "revisions.attendanceMode",
      "revisions.byline",
      "revisions.contentHash",
      "revisions.authorId",
      "revisions.createdAt",
      "media.kind as heroKind",
      "media.variants as heroVariants",
    ])
    .where("revisions.id", "=", p.id),
);

/** Finds a revision by id. */
export async function findRevisionById(db: Db, id: number): Promise<Revision | undefined> {
  return db.selectFrom("revisions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Creates an item row (its revisions come next). */
export async function insertItem(db: Db, item: NewItem): Promise<Item> {
  return db.insertInto("items").values(item).returningAll().executeTakeFirstOrThrow();
}

/** Changes an item row. */
export async function updateItem(db: Db, id: number, changes: ItemUpdate): Promise<void> {
  await db.updateTable("items").set(changes).where("id", "=", id).execute();
}

/** Stores a new revision. */
export async function insertRevision(db: Db, revision: NewRevision): Promise<Revision> {
  return db.insertInto("revisions").values(revision).returningAll().executeTakeFirstOrThrow();
}

/** The number the next revision of an item takes. */
export async function nextRevisionNumber(db: Db, itemId: number): Promise<number> {
  const row = await db
    .selectFrom("revisions")
    .select((eb) => eb.fn.max("number").as("max"))
    .where("itemId", "=", itemId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Lists published items as cards, with the total for pagination. */
export async function listPublishedItems(
  db: Db,
  query: ListPublishedQuery,
): Promise<{ cards: ItemCard[]; total: number }> {
  const filter = listingFilter(query);
  const [countRow] = query.withoutTotal ? [] : await publishedCount(db, filter);
  const cards = await publishedCards(db, { ...filter, limit: query.limit, offset: query.offset });
  return { cards, total: query.withoutTotal ? cards.length : Number(countRow?.total ?? 0) };
}

/**
 * A listing's filter as prepared-query values: only the filters the query uses are present,
 * and which are present is the query's shape (the SQL differs, the values do not).
 */
type ListingFilter = {
  type?: ItemType;
  types?: readonly ItemType[];
  featured?: number;
  excludeItemId?: number;
  tagId?: number;
  /** Events starting at or after this instant, soonest first. */
  upcomingFrom?: string;
  /** Events that started before this instant, latest first. */
  pastBefore?: string;
};

function listingFilter(query: ListPublishedQuery): ListingFilter {
  const filter: ListingFilter = {};
  if (typeof query.type === "string") filter.type = query.type;
  else if (query.type) filter.types = query.type;
  if (query.featuredOnly) filter.featured = 1;
  if (query.excludeItemId !== undefined) filter.excludeItemId = query.excludeItemId;
  if (query.tagId !== undefined) filter.tagId = query.tagId;
  if (query.when?.relation === "upcoming") filter.upcomingFrom = query.when.now;
  else if (query.when) filter.pastBefore = query.when.now;
  return filter;
}

const presentKeys = (params: object) => Object.keys(params).join(",");

function publishedWhere(db: Kysely<DB>, p: ListingFilter) {
  let base = db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .leftJoin("media", "media.id", "revisions.heroMediaId")
    .where("items.status", "=", "published");
  if (p.type !== undefined) base = base.where("items.type", "=", p.type);
  if (p.types !== undefined) base = base.where("items.type", "in", p.types);
  if (p.featured !== undefined) base = base.where("items.isFeatured", "=", p.featured);
  if (p.excludeItemId !== undefined) base = base.where("items.id", "!=", p.excludeItemId);
  if (p.tagId !== undefined) base = base.where("revisions.id", "in", revisionsWithTag(db, p.tagId));
  if (p.upcomingFrom !== undefined) base = base.where("revisions.startsAt", ">=", p.upcomingFrom);
  if (p.pastBefore !== undefined) base = base.where("revisions.startsAt", "<", p.pastBefore);
  return base;
}

const publishedCount = preparedQuery(
  (db: Kysely<DB>, p: ListingFilter) =>
    publishedWhere(db, p).select((eb) => eb.fn.countAll<number>().as("total")),
  { shape: presentKeys },
);

const publishedCards = preparedQuery(
  (db: Kysely<DB>, p: ListingFilter & { limit: number; offset: number }) => {
    const selected = publishedWhere(db, p).select(CARD_COLUMNS);
    const ordered =
      p.upcomingFrom !== undefined
        ? selected.orderBy("revisions.startsAt", "asc")
        : p.pastBefore !== undefined
          ? selected.orderBy("revisions.startsAt", "desc")
          : selected.orderBy("items.publishedAt", "desc");
    return ordered.orderBy("items.id", "desc").limit(p.limit).offset(p.offset);
  },
  { shape: presentKeys },
);

/** Published items that share the most tags with the given ones, newest first among equals. */
export async function listRelatedItems(
  db: Db,
  query: { itemId: number; tagIds: number[]; limit: number },
): Promise<ItemCard[]> {
  if (query.tagIds.length === 0) return [];
  // The few best-matching ids first, then only their cards: one query joining the
  // cards to the ranked ones took SQLite twice as long as the two.
  const ranked = await rankRelatedItems(db, query);
  if (ranked.length === 0) return [];
  const cards = await cardsByIds(db, { ids: ranked.map((r) => r.rankedId) });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ranked.flatMap((r) => byId.get(r.rankedId) ?? []);
}

const rankRelatedItems = preparedQuery(
  (db: Kysely<DB>, p: { itemId: number; tagIds: readonly number[]; limit: number }) =>
    db
      .selectFrom("revisionTags")
      .innerJoin("items", "items.publishedRevisionId", "revisionTags.revisionId")
      .where("revisionTags.tagId", "in", p.tagIds)
      .where("items.status", "=", "published")
      .where("items.id", "!=", p.itemId)
      .select("items.id as rankedId")
      .select((eb) => eb.fn.countAll<number>().as("shared"))
      .groupBy("items.id")
      .orderBy("shared", "desc")
      .orderBy("items.publishedAt", "desc")
      .orderBy("items.id", "desc")
      .limit(p.limit),
);

const cardsByIds = preparedQuery((db: Kysely<DB>, p: { ids: readonly number[] }) =>
  db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .leftJoin("media", "media.id", "revisions.heroMediaId")
    .select(CARD_COLUMNS)
    .where("items.id", "in", p.ids),
);

/** Every published item's address facts, for the sitemap and feeds. */
export async function listPublishedLocations(db: Db): Promise<
  {
    id: number;
    type: ItemType;
    slug: string;
    sourceLanguage: string;
    contentUpdatedAt: string | null;
  }[]
> {
  return db
    .selectFrom("items")
    .select(["id", "type", "slug", "sourceLanguage", "contentUpdatedAt"])
    .where("status", "=", "published")
    .orderBy("id")
    .execute();
}

const CARD_COLUMNS = [
  "items.id",
  "items.type",
  "items.slug",
  "items.sourceLanguage",
  "items.publishedAt",
  "items.contentUpdatedAt",
  "items.isFeatured",
  "revisions.id as revisionId",
  "revisions.title",
  "revisions.summary",
  "revisions.heroMediaId",
  "revisions.heroAlt",
  "revisions.startsAt",
  "revisions.endsAt",
  "revisions.timeZone",
  "revisions.location",
  "media.kind as heroKind",
  "media.variants as heroVariants",
] as const;

/** How many items there are of each type in each status. */
export async function countItemsByTypeAndStatus(
  db: Db,
): Promise<{ type: ItemType; status: Item["status"]; count: number }[]> {
  return db
    .selectFrom("items")
    .select(["type", "status"])
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .groupBy(["type", "status"])
    .execute();
}

/** Items in a status with the title of their latest revision, for the workspace. */
export async function listItemsForWorkspace(
  db: Db,
  query: {
    status: Item["status"];
    orderBy: "updatedAt" | "scheduledFor" | "publishedAt";
    limit: number;
  },
): Promise<
  {
    id: number;
    type: ItemType;
    slug: string;
    title: string;
    updatedAt: string;
    scheduledFor: string | null;
    publishedAt: string | null;
  }[]
> {
  return db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.latestRevisionId")
    .select([
      "items.id",
      "items.type",
      "items.slug",
      "revisions.title",
      "items.updatedAt",
      "items.scheduledFor",
      "items.publishedAt",
    ])
    .where("items.status", "=", query.status)
    .orderBy(`items.${query.orderBy}`, query.orderBy === "scheduledFor" ? "asc" : "desc")
    .orderBy("items.id", "desc")
    .limit(query.limit)
    .execute();
}

/** Filters of the workspace's content list; `search` matches titles case-insensitively. */
export interface AdminListQuery {
  type?: ItemType;
  status?: Item["status"];
  tagId?: number;
  search?: string;
  limit: number;
  offset: number;
}

/** A row of the workspace's content list: the item and its latest revision's title. */
export interface AdminListRow {
  id: number;
  type: ItemType;
  slug: string;
  status: Item["status"];
  title: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledFor: string | null;
}

/** Lists items of every status for the workspace, filtered by type, status, tag of the latest revision and title. */
export async function listItemsForAdmin(
  db: Db,
  query: AdminListQuery,
): Promise<{ rows: AdminListRow[]; total: number }> {
  let base = db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.latestRevisionId");
  if (query.type) base = base.where("items.type", "=", query.type);
  if (query.status) base = base.where("items.status", "=", query.status);
  if (query.tagId !== undefined)
    base = base.where("revisions.id", "in", revisionsWithTag(db, query.tagId));
  if (query.search) base = base.where(containsText("revisions.title", query.search));
  const countRow = await base
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirst();
  const rows = await base
    .select([
      "items.id",
      "items.type",
      "items.slug",
      "items.status",
      "revisions.title",
      "items.updatedAt",
      "items.publishedAt",
      "items.scheduledFor",
    ])
    .orderBy("items.updatedAt", "desc")
    .orderBy("items.id", "desc")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { rows, total: Number(countRow?.total ?? 0) };
}

/** Every revision of an item, newest first, with its author's name. */
export async function listRevisionsOfItem(
  db: Db,
  itemId: number,
): Promise<
  { id: number; number: number; title: string; createdAt: string; authorName: string | null }[]
> {
  return db
    .selectFrom("revisions")
    .leftJoin("users", "users.id", "revisions.authorId")
    .select([
      "revisions.id",
      "revisions.number",
      "revisions.title",
      "revisions.createdAt",
      "users.displayName as authorName",
    ])
    .where("revisions.itemId", "=", itemId)
    .orderBy("revisions.number", "desc")
    .execute();
}

/** Images an editor may pick as a hero image, newest first, with their alt text. */
export async function listImagesForPicker(
  db: Db,
  limit: number,
): Promise<{ id: number; originalName: string; altText: string; variants: string }[]> {
  return db
    .selectFrom("media")
    .select(["id", "originalName", "altText", "variants"])
    .where("kind", "=", "image")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Documents an editor may attach, newest first. */
export async function listDocumentsForPicker(
  db: Db,
  limit: number,
): Promise<{ id: number; originalName: string }[]> {
  return db
    .selectFrom("media")
    .select(["id", "originalName"])
    .where("kind", "=", "document")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** The revisions that carry a tag, as a subquery (both listings filter their joined revision by it). */
function revisionsWithTag(db: Db, tagId: number) {
  return db
    .selectFrom("revisionTags")
    .select("revisionTags.revisionId")
    .where("revisionTags.tagId", "=", tagId);
}
