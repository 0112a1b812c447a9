import type { Db } from "../../../database.js";
import type { Item } from "../../content/index.js";

/** What readers of a language see of an item now: its live translation. */
export interface LivePage {
  item: Item;
  language: string;
  slug: string;
  revisionId: number;
  state: "machine" | "reviewed";
  title: string;
  bodyHtml: string;
  /** Whether the translation is of the item's live revision (not an earlier one being replaced). */
  isCurrent: boolean;
}

/** The live translation of a published item in a language; undefined when readers see none. */
export async function findLivePage(
  db: Db,
  input: { itemId: number; language: string },
): Promise<LivePage | undefined> {
  const item = await db
    .selectFrom("items")
    .selectAll()
    .where("id", "=", input.itemId)
    .where("status", "in", ["published", "archived"])
    .executeTakeFirst();
  if (!item || item.sourceLanguage === input.language) return undefined;
  const row = await db
    .selectFrom("itemTranslations as t")
    .innerJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
    .select(["t.slug", "l.revisionId", "l.state", "l.title", "l.bodyHtml"])
    .where("t.itemId", "=", item.id)
    .where("t.language", "=", input.language)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    item,
    language: input.language,
    slug: row.slug ?? item.slug,
    revisionId: row.revisionId,
    state: row.state,
    title: row.title,
    bodyHtml: row.bodyHtml,
    isCurrent: row.revisionId === item.publishedRevisionId,
  };
}
