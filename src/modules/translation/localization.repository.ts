import type { Insertable, Kysely, Selectable } from "kysely";
import type { DB, Db } from "../../database.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import type { ItemType } from "../content/index.js";
import type {
  ItemTranslationsTable,
  LocalizedRevisionsTable,
  UnitState,
} from "./translation.table.js";

/** What is stored of a revision assembled in a language (everything but its keys and creation date). */
export type LocalizedRevisionContent = Omit<
  Insertable<LocalizedRevisionsTable>,
  "id" | "revisionId" | "language" | "createdAt" | "htmlPending"
> & { htmlPending: 0 | 1 };

/** Stores (or replaces) a revision's assembled text in a language. */
export async function upsertLocalizedRevision(
  db: Db,
  input: {
    revisionId: number;
    language: string;
    createdAt: string;
    content: LocalizedRevisionContent;
  },
): Promise<void> {
  await db
    .insertInto("localizedRevisions")
    .values({
      revisionId: input.revisionId,
      language: input.language,
      createdAt: input.createdAt,
      ...input.content,
    })
    .onConflict((oc) => oc.columns(["revisionId", "language"]).doUpdateSet(input.content))
    .execute();
}

/** What the gate reads of a revision's text in a language; undefined when none was assembled. */
export async function findLocalizedRevision(
  db: Db,
  revisionId: number,
  language: string,
): Promise<
  | { id: number; state: UnitState; errorCount: number; title: string; htmlPending: number }
  | undefined
> {
  return (await localizedRevision(db, { revisionId, language }))[0];
}

const localizedRevision = preparedQuery(
  (db: Kysely<DB>, p: { revisionId: number; language: string }) =>
    db
      .selectFrom("localizedRevisions")
      .select(["id", "state", "errorCount", "title", "htmlPending"])
      .where("revisionId", "=", p.revisionId)
      .where("language", "=", p.language),
);

/** Whether readers of the language see this revision's text now (it is its item's live translation). */
export async function isLocalizedRevisionLive(
  db: Db,
  revisionId: number,
  language: string,
): Promise<boolean> {
  return (await liveLocalizedOfRevision(db, { revisionId, language })).length > 0;
}

const liveLocalizedOfRevision = preparedQuery(
  (db: Kysely<DB>, p: { revisionId: number; language: string }) =>
    db
      .selectFrom("localizedRevisions as l")
      .innerJoin("itemTranslations as t", "t.liveLocalizedId", "l.id")
      .select("l.id")
      .where("l.revisionId", "=", p.revisionId)
      .where("l.language", "=", p.language),
);

/** The assembled Markdown body of a localized revision. */
export async function findLocalizedBody(db: Db, id: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("localizedRevisions")
    .select("body")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.body;
}

/** Stores the HTML and word count of a localized revision stored without them (`htmlPending`). */
export async function saveLocalizedHtml(
  db: Db,
  id: number,
  rendered: { bodyHtml: string; wordCount: number },
): Promise<void> {
  await db
    .updateTable("localizedRevisions")
    .set({ bodyHtml: rendered.bodyHtml, wordCount: rendered.wordCount, htmlPending: 0 })
    .where("id", "=", id)
    .execute();
}

/** Sets a tag's name readers see in a language. */
export async function saveTagTranslation(
  db: Db,
  input: { tagId: number; language: string; name: string; updatedAt: string },
): Promise<void> {
  await db
    .insertInto("tagTranslations")
    .values(input)
    .onConflict((oc) =>
      oc
        .columns(["tagId", "language"])
        .doUpdateSet({ name: input.name, updatedAt: input.updatedAt }),
    )
    .execute();
}

/** Removes tags' names in a language (readers see the originals). */
export async function deleteTagTranslations(
  db: Db,
  tagIds: readonly number[],
  language: string,
): Promise<void> {
  for (let i = 0; i < tagIds.length; i += TAG_CHUNK) {
    await db
      .deleteFrom("tagTranslations")
      .where("language", "=", language)
      .where("tagId", "in", tagIds.slice(i, i + TAG_CHUNK))
      .execute();
  }
}

/** Tag ids per statement: well under both databases' limits on bound parameters. */
const TAG_CHUNK = 500;

/** Translated names of tags in a language, by tag id (tags without one are absent). */
export async function listTagTranslations(
  db: Db,
  tagIds: readonly number[],
  language: string,
): Promise<Map<number, string>> {
  if (tagIds.length === 0) return new Map();
  const rows = await tagTranslations(db, { tagIds, language });
  return new Map(rows.map((r) => [r.tagId, r.name]));
}

const tagTranslations = preparedQuery(
  (db: Kysely<DB>, p: { tagIds: readonly number[]; language: string }) =>
    db
      .selectFrom("tagTranslations")
      .select(["tagId", "name"])
      .where("language", "=", p.language)
      .where("tagId", "in", p.tagIds),
);

/** Translated names of a revision's tags in a language, by tag id. */
export async function listTagTranslationsOfRevision(
  db: Db,
  revisionId: number,
  language: string,
): Promise<Map<number, string>> {
  const rows = await tagTranslationsOfRevision(db, { revisionId, language });
  return new Map(rows.map((r) => [r.tagId, r.name]));
}

const tagTranslationsOfRevision = preparedQuery(
  (db: Kysely<DB>, p: { revisionId: number; language: string }) =>
    db
      .selectFrom("revisionTags as rt")
      .innerJoin("tagTranslations as tt", "tt.tagId", "rt.tagId")
      .select(["tt.tagId", "tt.name"])
      .where("rt.revisionId", "=", p.revisionId)
      .where("tt.language", "=", p.language),
);

/** An item's translation record in a language (live text and slug); undefined when none. */
export async function findItemTranslation(
  db: Db,
  itemId: number,
  language: string,
): Promise<Selectable<ItemTranslationsTable> | undefined> {
  return (await itemTranslation(db, { itemId, language }))[0];
}

const itemTranslation = preparedQuery((db: Kysely<DB>, p: { itemId: number; language: string }) =>
  db
    .selectFrom("itemTranslations")
    .selectAll()
    .where("itemId", "=", p.itemId)
    .where("language", "=", p.language),
);

/**
 * Records an item's translation in a language. Two first refreshes of one
 * language may race (two reviewers' first saves at once, on PostgreSQL): a row
 * that is not live never replaces one written meanwhile, and a live one
 * replaces it (the last refresh wins). Before, the second answered 500 on the
 * primary key.
 */
export async function insertItemTranslation(
  db: Db,
  row: Insertable<ItemTranslationsTable>,
): Promise<void> {
  await db
    .insertInto("itemTranslations")
    .values(row)
    .onConflict((oc) => {
      const key = oc.columns(["itemId", "language"]);
      return row.liveLocalizedId == null
        ? key.doNothing()
        : key.doUpdateSet({
            liveLocalizedId: row.liveLocalizedId,
            slug: row.slug,
            updatedAt: row.updatedAt,
          });
    })
    .execute();
}

/** Points readers of a language at a localized revision, under a slug. */
export async function setLiveTranslation(
  db: Db,
  input: {
    itemId: number;
    language: string;
    liveLocalizedId: number;
    slug: string;
    updatedAt: string;
  },
): Promise<void> {
  await db
    .updateTable("itemTranslations")
    .set({ liveLocalizedId: input.liveLocalizedId, slug: input.slug, updatedAt: input.updatedAt })
    .where("itemId", "=", input.itemId)
    .where("language", "=", input.language)
    .execute();
}

/** Remembers a slug an item had in a language (kept, so an old address redirects); a known one is left. */
export async function addItemSlug(
  db: Db,
  input: { language: string; slug: string; itemId: number; createdAt: string },
): Promise<void> {
  await db
    .insertInto("itemSlugs")
    .values(input)
    .onConflict((oc) => oc.columns(["language", "slug"]).doNothing())
    .execute();
}

/** Whether a slug is taken in a language by another item: one of its localized slugs or its source slug. */
export async function isSlugTaken(
  db: Db,
  input: { language: string; slug: string; itemId: number },
): Promise<boolean> {
  const taken = await db
    .selectFrom("itemSlugs")
    .select("itemId")
    .where("language", "=", input.language)
    .where("slug", "=", input.slug)
    .executeTakeFirst();
  const takenBySource = await db
    .selectFrom("items")
    .select("id")
    .where("slug", "=", input.slug)
    .where("id", "!=", input.itemId)
    .executeTakeFirst();
  return (taken !== undefined && taken.itemId !== input.itemId) || takenBySource !== undefined;
}

/** An item found by one of its localized slugs, with its current slug in that language. */
export async function findItemBySlugInLanguage(
  db: Db,
  input: { language: string; type: ItemType; slug: string },
): Promise<{ id: number; currentSlug: string | null } | undefined> {
  return (await itemBySlugInLanguage(db, input))[0];
}

const itemBySlugInLanguage = preparedQuery(
  (db: Kysely<DB>, p: { language: string; type: ItemType; slug: string }) =>
    db
      .selectFrom("itemSlugs as s")
      .innerJoin("items as i", "i.id", "s.itemId")
      .leftJoin("itemTranslations as t", (join) =>
        join.onRef("t.itemId", "=", "i.id").on("t.language", "=", p.language),
      )
      .select(["i.id", "t.slug as currentSlug"])
      .where("s.language", "=", p.language)
      .where("s.slug", "=", p.slug)
      .where("i.type", "=", p.type),
);

/** An item's live translation in a language, joined to its text (null columns when none is live). */
export async function findLiveTranslation(db: Db, itemId: number, language: string) {
  return (await liveTranslation(db, { itemId, language }))[0];
}

const liveTranslation = preparedQuery((db: Kysely<DB>, p: { itemId: number; language: string }) =>
  db
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
    .where("t.itemId", "=", p.itemId)
    .where("t.language", "=", p.language),
);

/** The live translations of cards' items in a language: slug, title, summary and image text. */
export async function listLiveCardTranslations(
  db: Db,
  itemIds: readonly number[],
  language: string,
): Promise<
  { itemId: number; slug: string | null; title: string; summary: string; heroAlt: string }[]
> {
  if (itemIds.length === 0) return [];
  return liveCardTranslations(db, { itemIds, language });
}

const liveCardTranslations = preparedQuery(
  (db: Kysely<DB>, p: { itemIds: readonly number[]; language: string }) =>
    db
      .selectFrom("itemTranslations as t")
      .innerJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
      .select(["t.itemId", "t.slug", "l.title", "l.summary", "l.heroAlt"])
      .where("t.language", "=", p.language)
      .where("t.itemId", "in", p.itemIds),
);

/** Every language an item has a translation record in, other than its source, with its slug and state. */
export async function listItemTranslationLanguages(
  db: Db,
  item: { id: number; sourceLanguage: string },
): Promise<{ language: string; slug: string | null; state: UnitState | null }[]> {
  return itemTranslationLanguages(db, { itemId: item.id, sourceLanguage: item.sourceLanguage });
}

const itemTranslationLanguages = preparedQuery(
  (db: Kysely<DB>, p: { itemId: number; sourceLanguage: string }) =>
    db
      .selectFrom("itemTranslations as t")
      .leftJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
      .select(["t.language", "t.slug", "l.state"])
      .where("t.itemId", "=", p.itemId)
      .where("t.language", "!=", p.sourceLanguage)
      .orderBy("t.language"),
);

/** An item's source slug and language, and its slug in a language (null when it has none there). */
export async function findItemSlugs(
  db: Db,
  input: { type: ItemType; slug: string; language: string },
): Promise<{ slug: string; sourceLanguage: string; translatedSlug: string | null } | undefined> {
  const [row] = await itemSlugs(db, input);
  return row;
}

const itemSlugs = preparedQuery(
  (db: Kysely<DB>, p: { type: ItemType; slug: string; language: string }) =>
    db
      .selectFrom("items")
      .leftJoin("itemTranslations as t", (join) =>
        join.onRef("t.itemId", "=", "items.id").on("t.language", "=", p.language),
      )
      .select(["items.slug", "items.sourceLanguage", "t.slug as translatedSlug"])
      .where("items.type", "=", p.type)
      .where("items.slug", "=", p.slug)
      .limit(1),
);

/**
 * Stores a whole field of a revision as a person translated it in a language;
 * the same text again changes nothing. Says whether anything changed.
 */
export async function saveHumanFieldTranslation(
  db: Db,
  input: {
    revisionId: number;
    language: string;
    field: string;
    text: string;
    origin: string;
    createdBy: number | null;
    now: string;
  },
): Promise<boolean> {
  const existing = await db
    .selectFrom("humanFieldTranslations")
    .select(["text", "origin"])
    .where("revisionId", "=", input.revisionId)
    .where("language", "=", input.language)
    .where("field", "=", input.field)
    .executeTakeFirst();
  if (existing && existing.text === input.text && existing.origin === input.origin) return false;
  if (existing) {
    await db
      .updateTable("humanFieldTranslations")
      .set({ text: input.text, origin: input.origin, updatedAt: input.now })
      .where("revisionId", "=", input.revisionId)
      .where("language", "=", input.language)
      .where("field", "=", input.field)
      .execute();
    return true;
  }
  await db
    .insertInto("humanFieldTranslations")
    .values({
      revisionId: input.revisionId,
      language: input.language,
      field: input.field,
      text: input.text,
      origin: input.origin,
      createdBy: input.createdBy,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .execute();
  return true;
}

/** The whole-field human translations of a revision in a language, by field. */
export async function findHumanFieldTranslations(
  db: Db,
  revisionId: number,
  language: string,
): Promise<Map<string, string>> {
  const rows = await humanFieldTranslations(db, { revisionId, language });
  return new Map(rows.map((r) => [r.field, r.text]));
}

const humanFieldTranslations = preparedQuery(
  (db: Kysely<DB>, p: { revisionId: number; language: string }) =>
    db
      .selectFrom("humanFieldTranslations")
      .select(["field", "text"])
      .where("revisionId", "=", p.revisionId)
      .where("language", "=", p.language),
);
