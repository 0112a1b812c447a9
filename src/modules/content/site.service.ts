import type { Db } from "../../database.js";
import type { Item, ItemType, Media, Tag } from "./content.table.js";
import {
  findItemBySlug,
  findLiveRevision,
  type ItemCard,
  type LiveRevision,
  listPublishedItems,
  listRelatedItems,
  searchPublishedItems,
} from "./item.repository.js";
import { listRevisionAttachments } from "./media.repository.js";
import type { ImageRef } from "./media.presenter.js";
import {
  findTagBySlug,
  listPublishedTags,
  listTagsOfRevisions,
  type TagWithCount,
} from "./tag.repository.js";

/** A card ready for a listing: the item's facts and its image. */
export interface CardView extends ItemCard {
  image: ImageRef | undefined;
}

/** Everything an item's public page shows. */
export interface ItemPageData {
  item: Item;
  revision: LiveRevision;
  tags: Tag[];
  hero: ImageRef | undefined;
  attachments: { title: string; media: Media }[];
  related: CardView[];
}

/** One page of a listing, with what the filter and pagination need. */
export interface ListingData {
  cards: CardView[];
  total: number;
  page: number;
  pages: number;
  tag: Tag | undefined;
  tags: TagWithCount[];
}

/** Page size of listings. */
export const PAGE_SIZE = 12;

/** Loads a published (or archived) item with all it shows; undefined when readers may not see it. */
export async function loadItemPage(
  db: Db,
  type: ItemType,
  slug: string,
): Promise<ItemPageData | undefined> {
  const item = await findItemBySlug(db, type, slug);
  if (
    !item ||
    item.publishedRevisionId === null ||
    (item.status !== "published" && item.status !== "archived")
  ) {
    return undefined;
  }
  const revision = await findLiveRevision(db, item.publishedRevisionId);
  if (!revision) return undefined;
  const tags = (await listTagsOfRevisions(db, [revision.id])).get(revision.id) ?? [];
  const attachments = await listRevisionAttachments(db, revision.id);
  const related = await listRelatedItems(db, {
    itemId: item.id,
    tagIds: tags.map((t) => t.id),
    limit: 3,
  });
  return {
    item,
    revision,
    tags,
    hero: toImage(revision),
    attachments,
    related: related.map(toCard),
  };
}

/** Loads one page of a type's listing, optionally filtered by a tag slug; undefined for an unknown tag. */
export async function loadListing(
  db: Db,
  query: { type?: ItemType; tagSlug?: string; page: number; now: Date; when?: "upcoming" | "past" },
): Promise<ListingData | undefined> {
  const tag = query.tagSlug ? await findTagBySlug(db, query.tagSlug) : undefined;
  if (query.tagSlug && !tag) return undefined;
  const { cards, total } = await listPublishedItems(db, {
    type: query.type,
    tagId: tag?.id,
    when: query.when ? { relation: query.when, now: query.now.toISOString() } : undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const tags = await listPublishedTags(db, 50);
  return {
    cards: cards.map(toCard),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    tag,
    tags,
  };
}

/** Loads the home page's three sections. */
export async function loadHome(
  db: Db,
  now: Date,
): Promise<{ news: CardView[]; events: CardView[]; resources: CardView[] }> {
  const [news, events, featured] = await Promise.all([
    listPublishedItems(db, { type: "news", limit: 6, offset: 0 }),
    listPublishedItems(db, {
      type: "event",
      when: { relation: "upcoming", now: now.toISOString() },
      limit: 3,
      offset: 0,
    }),
    listPublishedItems(db, { type: "resource", featuredOnly: true, limit: 3, offset: 0 }),
  ]);
  const resources =
    featured.cards.length > 0
      ? featured
      : await listPublishedItems(db, { type: "resource", limit: 3, offset: 0 });
  return {
    news: news.cards.map(toCard),
    events: events.cards.map(toCard),
    resources: resources.cards.map(toCard),
  };
}

function toCard(card: ItemCard): CardView {
  return { ...card, image: toImage(card) };
}

function toImage(row: {
  heroKind: "image" | "document" | null;
  heroVariants: string | null;
}): ImageRef | undefined {
  return row.heroKind && row.heroVariants !== null
    ? { kind: row.heroKind, variants: row.heroVariants }
    : undefined;
}

/** Longest query the search accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** One page of search results for a reader's query. */
export async function loadSearch(
  db: Db,
  query: { text: string; page: number },
): Promise<{ cards: CardView[]; total: number; page: number; pages: number }> {
  const words = query.text
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 10);
  if (words.length === 0) return { cards: [], total: 0, page: 1, pages: 1 };
  const { cards, total } = await searchPublishedItems(db, {
    words,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  return {
    cards: cards.map(toCard),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
