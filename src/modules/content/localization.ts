import type { Db } from "../../database.js";
import type { Item, ItemType } from "./content.table.js";
import { findItemBySlug, type ItemCard } from "./item.repository.js";

/**
 * What readers of a language get of an item:
 * - original: the page's language is the item's own;
 * - machine / reviewed: a translation of the live revision;
 * - updating: the translation of an earlier revision, while the new one is translated or reviewed;
 * - pending: no translation yet, one is on its way (the source is shown);
 * - held: translated, but held back for a reviewer by the language's policy (the source is shown);
 * - awaiting: no engine can translate into the language; waits for people (the source is shown).
 */
export type TranslationState =
  "original" | "machine" | "reviewed" | "updating" | "pending" | "held" | "awaiting";

/** How an item reads in one language. */
export interface LocalizedItem {
  state: TranslationState;
  /** The language the text is written in (the source's for pending and awaiting). */
  textLanguage: string;
  /** The item's slug in the page's language. */
  slug: string;
  /** The translated text; undefined shows the source text. */
  text: LocalizedText | undefined;
}

/** The reader-visible fields of a revision in another language. */
export interface LocalizedText {
  title: string;
  summary: string;
  bodyHtml: string;
  wordCount: number;
  heroCaption: string;
  heroAlt: string;
  /** Attachment titles in order; undefined keeps the source titles. */
  attachmentTitles: readonly string[] | undefined;
  /** Tag names by tag id; a missing tag keeps its source name. */
  tagNames: ReadonlyMap<number, string>;
}

/** A listing card's text in one language. */
export interface LocalizedCard {
  slug: string;
  title: string;
  summary: string;
  heroAlt: string;
  textLanguage: string;
}

/** How an item's URL in a language resolves. */
export type SlugResolution =
  { kind: "item"; item: Item } | { kind: "redirect"; slug: string } | undefined;

/**
 * How the content module asks for translations without depending on the
 * translation module: the translation module implements this, and the
 * content module's default serves every language the source text.
 */
export interface ContentLocalizer {
  resolveSlug(db: Db, lang: string, type: ItemType, slug: string): Promise<SlugResolution>;
  /** The item's text in `lang`, or undefined to show the source as it is (the source language). */
  localizeItem(db: Db, item: Item, lang: string): Promise<LocalizedItem | undefined>;
  /** Cards' text in `lang` by item id; items missing from the map keep their source text. */
  localizeCards(
    db: Db,
    cards: readonly ItemCard[],
    lang: string,
  ): Promise<Map<number, LocalizedCard>>;
  /** Tag names in `lang` by tag id. */
  tagNames(db: Db, tagIds: readonly number[], lang: string): Promise<Map<number, string>>;
  /**
   * The item's languages: its own, then every language it has a translation
   * record in, with its slug there and whether a translation is live (machine
   * or reviewed) or not yet (the original is shown).
   */
  languagesOf(db: Db, item: Pick<Item, "id" | "slug" | "sourceLanguage">): Promise<ItemLanguage[]>;
}

/** An item in one language: its slug there and what readers of that language get. */
export interface ItemLanguage {
  lang: string;
  slug: string;
  state: "original" | "machine" | "reviewed" | "untranslated";
}

/** The localizer of a site without translation: every language shows the source. */
export const SOURCE_ONLY: ContentLocalizer = {
  async resolveSlug(db, _lang, type, slug) {
    const item = await findItemBySlug(db, type, slug);
    return item ? { kind: "item", item } : undefined;
  },
  async localizeItem() {
    return undefined;
  },
  async localizeCards() {
    return new Map();
  },
  async tagNames() {
    return new Map();
  },
  async languagesOf(_db, item) {
    return [{ lang: item.sourceLanguage, slug: item.slug, state: "original" }];
  },
};
