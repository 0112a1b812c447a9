import type { Db } from "../../database.js";
import type { Item, ItemType, Media, Revision, Tag } from "./content.table.js";
import {
  findItemBySlug,
  findRevisionById,
  type ItemCard,
  listPublishedItems,
  listRelatedItems,
  searchPublishedItems,
} from "./item.repository.js";
import { listMediaByIds, listRevisionAttachments } from "./media.repository.js";
import {
  findTagBySlug,
  listPublishedTags,
  listTagsOfRevisions,
  type TagWithCount,
} from "./tag.repository.js";

/** A card ready for a listing: the item's facts, its tags and its image. */
export interface CardView extends ItemCard {
  image: Media | undefined;
}

/** Everything an item's public page shows. */
export interface ItemPageData {
  item: Item;
  revision: Revision;
  tags: Tag[];
  hero: Media | undefined;
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
  const revision = await findRevisionById(db, item.publishedRevisionId);
  if (!revision) return undefined;
  const [tagsByRevision, attachments] = await Promise.all([
    listTagsOfRevisions(db, [revision.id]),
    listRevisionAttachments(db, revision.id),
  ]);
  const tags = tagsByRevision.get(revision.id) ?? [];
  const relatedCards = await listRelatedItems(db, {
    itemId: item.id,
    tagIds: tags.map((t) => t.id),
    limit: 3,
  });
  const media = await listMediaByIds(db, [
    ...(revision.heroMediaId ? [revision.heroMediaId] : []),
    ...relatedCards.flatMap((c) => (c.heroMediaId ? [c.heroMediaId] : [])),
  ]);
  return {
    item,
    revision,
    tags,
    hero: revision.heroMediaId ? media.get(revision.heroMediaId) : undefined,
    attachments,
    related: relatedCards.map((card) => withImage(card, media)),
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
  const [withImages, tags] = await Promise.all([
    attachImages(db, cards),
    listPublishedTags(db, 50),
  ]);
  return {
    cards: withImages,
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
  const all = await attachImages(db, [...news.cards, ...events.cards, ...resources.cards]);
  const byId = new Map(all.map((c) => [c.id, c]));
  const pick = (cards: ItemCard[]) =>
    cards.map((c) => byId.get(c.id)).filter((c): c is CardView => c !== undefined);
  return { news: pick(news.cards), events: pick(events.cards), resources: pick(resources.cards) };
}

async function attachImages(db: Db, cards: ItemCard[]): Promise<CardView[]> {
  const media = await listMediaByIds(
    db,
    cards.flatMap((c) => (c.heroMediaId ? [c.heroMediaId] : [])),
  );
  return cards.map((card) => withImage(card, media));
}

function withImage(card: ItemCard, media: Map<number, Media>): CardView {
  return { ...card, image: card.heroMediaId ? media.get(card.heroMediaId) : undefined };
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
    cards: await attachImages(db, cards),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
