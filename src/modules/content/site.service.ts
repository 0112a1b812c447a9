import type { Db } from "../../database.js";
import type { Item, ItemType, Media, Tag } from "./content.table.js";
import type {
  ContentLocalizer,
  ItemLanguage,
  LocalizedCard,
  TranslationState,
} from "./localization.js";
import {
  findLiveRevision,
  type ItemCard,
  type LiveRevision,
  listPublishedItems,
  listRelatedItems,
} from "./item.repository.js";
import { listRevisionAttachments } from "./media.repository.js";
import type { ImageRef } from "./media.presenter.js";
import {
  findPublishedTagBySlug,
  listPublishedTags,
  listTagsOfRevisions,
  type TagWithCount,
} from "./tag.repository.js";

/** A card ready for a listing: the item's facts and its image. */
export interface CardView extends ItemCard {
  image: ImageRef | undefined;
  /** The language the card's title and summary are written in; by default the item's own. */
  textLanguage?: string;
}

/** Everything an item's public page shows, in the page's language. */
export interface ItemPageData {
  item: Item;
  /** The live revision, its reader-visible fields in the page's language. */
  revision: LiveRevision;
  tags: ShownTag[];
  hero: ImageRef | undefined;
  attachments: { title: string; media: Media }[];
  related: CardView[];
  /** The item's slug in the page's language. */
  slug: string;
  /** How the text relates to the page's language (original, machine translation, …). */
  translation: TranslationState;
  /** The language the text is written in. */
  textLanguage: string;
  /**
   * The item's own language and every language it has a translation record
   * in, with its slug and state there (no state: the preview, which shows the original).
   */
  languages: (Omit<ItemLanguage, "state"> & Partial<Pick<ItemLanguage, "state">>)[];
}

/** What the site's pages need to present content in a language. */
export interface SiteReader {
  db: Db;
  localizer: ContentLocalizer;
  lang: string;
  /** The language tag names are written in (the site's source language). */
  sourceLanguage: string;
  /** Revisions already read (the site's routes keep one per app); without it each page reads its revision. */
  revisions?: RevisionCache;
}

/** A revision as pages show it, with its tags in their own language. */
interface RevisionWithTags {
  revision: Readonly<LiveRevision>;
  tags: readonly Readonly<Tag>[];
}

/**
 * The revisions item pages show, with their tags, kept by revision id. A saved
 * revision never changes (each save makes a new one, ids are never reused), nor
 * do its tags or a tag's own name and slug, so nothing kept here goes stale; what
 * can change (the item and which revision is live, translations, tag names in
 * other languages, attachments, related items) is read on every render. Bounded
 * in revisions and in characters of body HTML, the oldest going first.
 */
export class RevisionCache {
  readonly #entries = new Map<number, RevisionWithTags>();
  #characters = 0;

  constructor(private readonly limits = { maxEntries: 1000, maxCharacters: 16_000_000 }) {}

  /** The revision and its tags; undefined when there is no such revision. */
  async load(db: Db, revisionId: number): Promise<RevisionWithTags | undefined> {
    const kept = this.#entries.get(revisionId);
    if (kept) return kept;
    const entry = await readRevision(db, revisionId);
    if (!entry) return undefined;
    // Another render may have read the same revision meanwhile.
    const raced = this.#entries.get(revisionId);
    if (raced) return raced;
    const characters = entry.revision.bodyHtml.length;
    if (characters > this.limits.maxCharacters) return entry;
    for (const [oldId, old] of this.#entries) {
      if (
        this.#entries.size < this.limits.maxEntries &&
        this.#characters + characters <= this.limits.maxCharacters
      )
        break;
      this.#entries.delete(oldId);
      this.#characters -= old.revision.bodyHtml.length;
    }
    this.#entries.set(revisionId, entry);
    this.#characters += characters;
    return entry;
  }

  /** How many revisions are kept (for tests). */
  get size(): number {
    return this.#entries.size;
  }
}

async function readRevision(db: Db, revisionId: number): Promise<RevisionWithTags | undefined> {
  const revision = await findLiveRevision(db, revisionId);
  if (!revision) return undefined;
  const tags = (await listTagsOfRevisions(db, [revisionId])).get(revisionId) ?? [];
  return {
    revision: Object.freeze(revision),
    tags: Object.freeze(tags.map((t) => Object.freeze(t))),
  };
}

/** A tag as a page shows it: its name in the page's language, or in the language it was written in. */
export interface ShownTag extends Tag {
  /** The language of `name`: the page's when translated, else the source's (marked with lang/dir). */
  nameLanguage: string;
}

/** One page of a listing, with what the filter and pagination need. */
export interface ListingData {
  cards: CardView[];
  total: number;
  page: number;
  pages: number;
  tag: ShownTag | undefined;
  tags: (TagWithCount & ShownTag)[];
}

/** Page size of listings. */
export const PAGE_SIZE = 12;

/**
 * Loads a published (or archived) item with all it shows in the reader's
 * language; a redirect when the slug is an old or another language's one;
 * undefined when readers may not see it.
 */
export async function loadItemPage(
  reader: SiteReader,
  type: ItemType,
  slug: string,
): Promise<ItemPageData | { redirectSlug: string } | undefined> {
  const { db, localizer, lang } = reader;
  const resolved = await localizer.resolveSlug(db, lang, type, slug);
  if (!resolved) return undefined;
  if (resolved.kind === "redirect") return { redirectSlug: resolved.slug };
  const item = resolved.item;
  if (
    !item ||
    item.publishedRevisionId === null ||
    (item.status !== "published" && item.status !== "archived")
  ) {
    return undefined;
  }
  const live = await (reader.revisions?.load(db, item.publishedRevisionId) ??
    readRevision(db, item.publishedRevisionId));
  if (!live) return undefined;
  const revision = live.revision;
  const tags = live.tags.map((tag) => ({ ...tag, nameLanguage: item.sourceLanguage }));
  const attachments = await listRevisionAttachments(db, revision.id);
  const related = await listRelatedItems(db, {
    itemId: item.id,
    tagIds: tags.map((t) => t.id),
    limit: 3,
  });
  const [localized, languages, relatedCards] = await Promise.all([
    localizer.localizeItem(db, item, lang),
    localizer.languagesOf(db, item),
    localizeCards(reader, related),
  ]);
  const base = { item, hero: toImage(revision), related: relatedCards, languages };
  if (!localized) {
    return {
      ...base,
      revision,
      tags,
      attachments,
      slug: item.slug,
      translation: "original",
      textLanguage: item.sourceLanguage,
    };
  }
  const text = localized.text;
  if (!text) {
    return {
      ...base,
      revision,
      tags,
      attachments,
      slug: localized.slug,
      translation: localized.state,
      textLanguage: localized.textLanguage,
    };
  }
  const titles = text.attachmentTitles;
  return {
    ...base,
    revision: {
      ...revision,
      title: text.title,
      summary: text.summary,
      bodyHtml: text.bodyHtml,
      wordCount: text.wordCount,
      heroCaption: text.heroCaption,
      heroAlt: text.heroAlt,
    },
    tags: tags.map((tag) => {
      const name = text.tagNames.get(tag.id);
      return name === undefined ? tag : { ...tag, name, nameLanguage: lang };
    }),
    attachments: attachments.map((a, i) => ({ ...a, title: titles?.[i] ?? a.title })),
    slug: localized.slug,
    translation: localized.state,
    textLanguage: localized.textLanguage,
  };
}

/** Cards with their text in the reader's language. */
export async function localizeCards(
  reader: SiteReader,
  cards: readonly ItemCard[],
): Promise<CardView[]> {
  const texts =
    cards.length === 0
      ? new Map<number, LocalizedCard>()
      : await reader.localizer.localizeCards(reader.db, cards, reader.lang);
  return cards.map((card) => {
    const text = texts.get(card.id);
    return toCard(
      text
        ? {
            ...card,
            slug: text.slug,
            title: text.title,
            summary: text.summary,
            heroAlt: text.heroAlt,
            textLanguage: text.textLanguage,
          }
        : card,
    );
  });
}

async function localizeTags<T extends Tag>(
  reader: SiteReader,
  tags: T[],
): Promise<(T & ShownTag)[]> {
  const names =
    tags.length === 0
      ? new Map<number, string>()
      : await reader.localizer.tagNames(
          reader.db,
          tags.map((t) => t.id),
          reader.lang,
        );
  return tags.map((tag) => {
    const name = names.get(tag.id);
    return name === undefined
      ? { ...tag, nameLanguage: reader.sourceLanguage }
      : { ...tag, name, nameLanguage: reader.lang };
  });
}

/** Loads one page of a type's listing, optionally filtered by a tag slug; undefined for an unknown tag. */
export async function loadListing(
  reader: SiteReader,
  query: { type?: ItemType; tagSlug?: string; page: number; now: Date; when?: "upcoming" | "past" },
): Promise<ListingData | undefined> {
  const { db } = reader;
  const found = query.tagSlug ? await findPublishedTagBySlug(db, query.tagSlug) : undefined;
  const tag = found ? (await localizeTags(reader, [found]))[0] : undefined;
  if (query.tagSlug && !tag) return undefined;
  const { cards, total } = await listPublishedItems(db, {
    type: query.type,
    tagId: tag?.id,
    when: query.when ? { relation: query.when, now: query.now.toISOString() } : undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const tags = await localizeTags(reader, await listPublishedTags(db, 50));
  return {
    cards: await localizeCards(reader, cards),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    tag,
    tags,
  };
}

/** Loads the home page's three sections. */
export async function loadHome(
  reader: SiteReader,
  now: Date,
): Promise<{ news: CardView[]; events: CardView[]; resources: CardView[] }> {
  const { db } = reader;
  // The home page's sections have no pagination: their cards without a count.
  const [news, events, featured] = await Promise.all([
    listPublishedItems(db, { type: "news", limit: 6, offset: 0, withoutTotal: true }),
    listPublishedItems(db, {
      type: "event",
      when: { relation: "upcoming", now: now.toISOString() },
      limit: 3,
      offset: 0,
      withoutTotal: true,
    }),
    listPublishedItems(db, {
      type: "resource",
      featuredOnly: true,
      limit: 3,
      offset: 0,
      withoutTotal: true,
    }),
  ]);
  const resources =
    featured.cards.length > 0
      ? featured
      : await listPublishedItems(db, { type: "resource", limit: 3, offset: 0, withoutTotal: true });
  const all = await localizeCards(reader, [...news.cards, ...events.cards, ...resources.cards]);
  return {
    news: all.slice(0, news.cards.length),
    events: all.slice(news.cards.length, news.cards.length + events.cards.length),
    resources: all.slice(news.cards.length + events.cards.length),
  };
}

function toCard(card: ItemCard & { textLanguage?: string }): CardView {
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
