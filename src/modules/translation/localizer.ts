import {
  type ContentLocalizer,
  findItemById,
  findItemBySlug,
  type Item,
  type ItemLanguage,
  type LocalizedCard,
  type LocalizedItem,
} from "../content/index.js";
import {
  findItemBySlugInLanguage,
  findItemTranslation,
  findLiveTranslation,
  findLocalizedRevision,
  listItemTranslationLanguages,
  listLiveCardTranslations,
  listTagTranslations,
  listTagTranslationsOfRevision,
} from "./localization.repository.js";

/**
 * The site's view of translations: live translations by item and language,
 * localized slugs (old ones redirect), translated tag names. `canTranslate`
 * tells a language still waiting for its translation (pending) from one no
 * engine serves (awaiting).
 */
export function createLocalizer(
  canTranslate: (from: string, to: string) => boolean,
): ContentLocalizer {
  return {
    async resolveSlug(db, lang, type, slug) {
      const bySlug = await findItemBySlugInLanguage(db, { language: lang, type, slug });
      if (bySlug) {
        if (bySlug.currentSlug && bySlug.currentSlug !== slug) {
          return { kind: "redirect", slug: bySlug.currentSlug };
        }
        const item = await findItemById(db, bySlug.id);
        return item ? { kind: "item", item } : undefined;
      }
      const item = await findItemBySlug(db, type, slug);
      if (!item) return undefined;
      if (item.sourceLanguage === lang) return { kind: "item", item };
      const current = (await findItemTranslation(db, item.id, lang))?.slug ?? null;
      return current && current !== slug
        ? { kind: "redirect", slug: current }
        : { kind: "item", item };
    },

    async localizeItem(db, item, lang): Promise<LocalizedItem | undefined> {
      if (item.sourceLanguage === lang) return undefined;
      const row = await findLiveTranslation(db, item.id, lang);
      const slug = row?.slug ?? item.slug;
      if (!row || row.revisionId === null || row.title === null) {
        const held =
          item.publishedRevisionId !== null &&
          (await findLocalizedRevision(db, item.publishedRevisionId, lang)) !== undefined;
        return {
          state: held ? "held" : canTranslate(item.sourceLanguage, lang) ? "pending" : "awaiting",
          textLanguage: item.sourceLanguage,
          slug,
          text: undefined,
        };
      }
      const tagNames = await listTagTranslationsOfRevision(db, row.revisionId, lang);
      return {
        state: row.revisionId === item.publishedRevisionId ? (row.state ?? "machine") : "updating",
        textLanguage: lang,
        slug,
        text: {
          title: row.title,
          summary: row.summary ?? "",
          bodyHtml: row.bodyHtml ?? "",
          wordCount: row.wordCount ?? 0,
          heroCaption: row.heroCaption ?? "",
          heroAlt: row.heroAlt ?? "",
          attachmentTitles: JSON.parse(row.attachmentTitles ?? "[]") as string[],
          tagNames,
        },
      };
    },

    async localizeCards(db, cards, lang) {
      const ids = cards.filter((c) => c.sourceLanguage !== lang).map((c) => c.id);
      const out = new Map<number, LocalizedCard>();
      if (ids.length === 0) return out;
      const rows = await listLiveCardTranslations(db, ids, lang);
      for (const row of rows) {
        const card = cards.find((c) => c.id === row.itemId);
        out.set(row.itemId, {
          slug: row.slug ?? card?.slug ?? "",
          title: row.title,
          summary: row.summary,
          heroAlt: row.heroAlt,
          textLanguage: lang,
        });
      }
      return out;
    },

    async tagNames(db, tagIds, lang) {
      return listTagTranslations(db, [...tagIds], lang);
    },

    async languagesOf(db, item: Pick<Item, "id" | "slug" | "sourceLanguage">) {
      const rows = await listItemTranslationLanguages(db, item);
      const own: ItemLanguage = { lang: item.sourceLanguage, slug: item.slug, state: "original" };
      return [
        own,
        ...rows.map((r): ItemLanguage => ({
          lang: r.language,
          slug: r.slug ?? item.slug,
          state: r.state ?? "untranslated",
        })),
      ];
    },
  };
}
