import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { IndexDocument } from "./search-engine.js";

let nextRef = 1;

/** A document to index, English news unless told otherwise; each call a new ref. */
export function makeIndexDocument(overrides: Partial<IndexDocument> = {}): IndexDocument {
  const refId = overrides.refId ?? nextRef++;
  const language = overrides.language ?? "en";
  return {
    kind: "news",
    refId,
    language,
    isSource: true,
    scopes: [language],
    slug: `doc-${refId}`,
    title: "A title",
    summary: "",
    body: "",
    extra: "",
    publishedAt: "2026-05-01T10:00:00.000Z",
    year: "2026",
    region: null,
    tagIds: [],
    updatedAt: "2026-05-01T10:00:00.000Z",
    ...overrides,
  };
}

/** Makes a translation of an item's live revision live in a language, as the translation pipeline would. */
export async function addLiveTranslation(
  db: Kysely<DB>,
  input: {
    itemId: number;
    revisionId: number;
    language: string;
    slug: string;
    title: string;
    summary: string;
    body: string;
  },
): Promise<void> {
  const now = "2026-11-26T12:00:00.000Z";
  const row = await db
    .insertInto("localizedRevisions")
    .values({
      revisionId: input.revisionId,
      language: input.language,
      state: "machine",
      errorCount: 0,
      title: input.title,
      summary: input.summary,
      heroCaption: "",
      heroAlt: "",
      attachmentTitles: "[]",
      wordCount: 10,
      createdAt: now,
      updatedAt: now,
      body: input.body,
      bodyHtml: `<p>${input.body}</p>`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("itemTranslations")
    .values({
      itemId: input.itemId,
      language: input.language,
      liveLocalizedId: row.id,
      slug: input.slug,
      updatedAt: now,
    })
    .execute();
}
