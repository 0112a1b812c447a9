import type { Db } from "../../database.js";
import {
  type ContentLocalizer,
  findItemBySlug,
  type Item,
  type ItemLanguage,
  type LocalizedCard,
  type LocalizedItem,
} from "../content/index.js";

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
      const bySlug = await db
        .selectFrom("itemSlugs as s")
        .innerJoin("items as i", "i.id", "s.itemId")
        .leftJoin("itemTranslations as t", (join) =>
          join.onRef("t.itemId", "=", "i.id").on("t.language", "=", lang),
        )
        .select(["i.id", "t.slug as currentSlug"])
        .where("s.language", "=", lang)
        .where("s.slug", "=", slug)
        .where("i.type", "=", type)
        .executeTakeFirst();
      if (bySlug) {
        if (bySlug.currentSlug && bySlug.currentSlug !== slug) {
          return { kind: "redirect", slug: bySlug.currentSlug };
        }
        const item = await db
          .selectFrom("items")
          .selectAll()
          .where("id", "=", bySlug.id)
          .executeTakeFirst();
        return item ? { kind: "item", item } : undefined;
      }
      const item = await findItemBySlug(db, type, slug);
      if (!item) return undefined;
      if (item.sourceLanguage === lang) return { kind: "item", item };
      const current = await currentSlug(db, item.id, lang);
      return current && current !== slug
        ? { kind: "redirect", slug: current }
        : { kind: "item", item };
    },

    async localizeItem(db, item, lang): Promise<LocalizedItem | undefined> {
      if (item.sourceLanguage === lang) return undefined;
      const row = await db
        .selectFrom("itemTranslations as t")
        .leftJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
        .select([
          "t.slug",
          "l.revisionId",
          "l.state",
          "l.title",
          "l.summary",
          "l.bodyHtml",
          "l.wordCount",
          "l.heroCaption",
          "l.heroAlt",
          "l.attachmentTitles",
        ])
        .where("t.itemId", "=", item.id)
        .where("t.language", "=", lang)
        .executeTakeFirst();
      const slug = row?.slug ?? item.slug;
      if (!row || row.revisionId === null || row.title === null) {
        const held =
          item.publishedRevisionId !== null &&
          (await db
            .selectFrom("localizedRevisions")
            .select("id")
            .where("revisionId", "=", item.publishedRevisionId)
            .where("language", "=", lang)
            .executeTakeFirst()) !== undefined;
        return {
          state: held ? "held" : canTranslate(item.sourceLanguage, lang) ? "pending" : "awaiting",
          textLanguage: item.sourceLanguage,
          slug,
          text: undefined,
        };
      }
      const tagNames = await tagNamesOfRevision(db, row.revisionId, lang);
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
      const rows = await db
        .selectFrom("itemTranslations as t")
        .innerJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
        .select(["t.itemId", "t.slug", "l.title", "l.summary", "l.heroAlt"])
        .where("t.language", "=", lang)
        .where("t.itemId", "in", ids)
        .execute();
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
      if (tagIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("tagTranslations")
        .select(["tagId", "name"])
        .where("language", "=", lang)
        .where("tagId", "in", [...tagIds])
        .execute();
      return new Map(rows.map((r) => [r.tagId, r.name]));
    },

    async languagesOf(db, item: Pick<Item, "id" | "slug" | "sourceLanguage">) {
      const rows = await db
        .selectFrom("itemTranslations as t")
        .leftJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
        .select(["t.language", "t.slug", "l.state"])
        .where("t.itemId", "=", item.id)
        .where("t.language", "!=", item.sourceLanguage)
        .orderBy("t.language")
        .execute();
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

async function currentSlug(db: Db, itemId: number, lang: string): Promise<string | null> {
  const row = await db
    .selectFrom("itemTranslations")
    .select("slug")
    .where("itemId", "=", itemId)
    .where("language", "=", lang)
    .executeTakeFirst();
  return row?.slug ?? null;
}

async function tagNamesOfRevision(
  db: Db,
  revisionId: number,
  lang: string,
): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom("revisionTags as rt")
    .innerJoin("tagTranslations as tt", "tt.tagId", "rt.tagId")
    .select(["tt.tagId", "tt.name"])
    .where("rt.revisionId", "=", revisionId)
    .where("tt.language", "=", lang)
    .execute();
  return new Map(rows.map((r) => [r.tagId, r.name]));
}
