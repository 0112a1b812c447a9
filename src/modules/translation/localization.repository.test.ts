import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { listTagsOfRevisions } from "../content/tag.repository.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import {
  addItemSlug,
  deleteTagTranslations,
  findHumanFieldTranslations,
  findItemBySlugInLanguage,
  findItemSlugs,
  findItemTranslation,
  findLiveTranslation,
  findLocalizedBody,
  findLocalizedRevision,
  insertItemTranslation,
  isLocalizedRevisionLive,
  isSlugTaken,
  listItemTranslationLanguages,
  listLiveCardTranslations,
  listTagTranslations,
  listTagTranslationsOfRevision,
  type LocalizedRevisionContent,
  saveHumanFieldTranslation,
  saveLocalizedHtml,
  saveTagTranslation,
  setLiveTranslation,
  upsertLocalizedRevision,
} from "./localization.repository.js";

const NOW = "2026-12-04T10:00:00.000Z";
const LATER = "2026-12-04T11:00:00.000Z";

function content(title: string): LocalizedRevisionContent {
  return {
    state: "machine",
    errorCount: 1,
    title,
    summary: "Résumé.",
    heroCaption: "",
    heroAlt: "Une place",
    attachmentTitles: '["Rapport"]',
    wordCount: 3,
    body: "Les villes.",
    bodyHtml: "<p>Les villes.</p>",
    htmlPending: 0,
    updatedAt: NOW,
  };
}

for (const dialect of DIALECTS) {
  describe(`translations of items on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    /** A published item "cities" with a machine French version of its revision, "Villes". */
    async function publishedWithFrench() {
      const { item, revision } = await publishedItem("cities");
      await upsertLocalizedRevision(database.db, {
        revisionId: revision.id,
        language: "fr",
        createdAt: NOW,
        content: content("Villes"),
      });
      const localized = await findLocalizedRevision(database.db, revision.id, "fr");
      return { item, revision, localized };
    }

    async function publishedItem(slug: string, tags: string[] = []) {
      const { db } = database;
      const saved = await saveItem(db, {
        draft: makeDraft({ slug, tags }),
        actorId: null,
        now: new Date(NOW),
      });
      await publishItem(db, {
        itemId: saved.item.id,
        revisionId: saved.revision.id,
        now: new Date(NOW),
      });
      return saved;
    }

    it("stores a revision's text in a language once, replacing it on the next assembly", async () => {
      const { db } = database;
      const { revision } = await publishedItem("cities");
      expect(await findLocalizedRevision(db, revision.id, "fr")).toBeUndefined();
      const first = { revisionId: revision.id, language: "fr", createdAt: NOW };
      await upsertLocalizedRevision(db, { ...first, content: content("Villes") });
      await upsertLocalizedRevision(db, {
        ...first,
        content: {
          ...content("Les villes"),
          state: "reviewed",
          errorCount: 0,
          bodyHtml: "",
          wordCount: 0,
          htmlPending: 1,
        },
      });
      const stored = await findLocalizedRevision(db, revision.id, "fr");
      expect(stored).toEqual({
        id: expect.any(Number),
        state: "reviewed",
        errorCount: 0,
        title: "Les villes",
        htmlPending: 1,
      });
      expect(await findLocalizedRevision(db, revision.id, "es")).toBeUndefined();
      // Stored without its HTML, rendered later.
      expect(await findLocalizedBody(db, stored!.id)).toBe("Les villes.");
      await saveLocalizedHtml(db, stored!.id, { bodyHtml: "<p>Les villes.</p>", wordCount: 2 });
      expect(await findLocalizedRevision(db, revision.id, "fr")).toMatchObject({ htmlPending: 0 });
      const row = await db
        .selectFrom("localizedRevisions")
        .select(["bodyHtml", "wordCount"])
        .executeTakeFirst();
      expect(row).toEqual({ bodyHtml: "<p>Les villes.</p>", wordCount: 2 });
    });

    it("points readers at a live translation and lists it per card and per language", async () => {
      const { db } = database;
      const { item, revision, localized } = await publishedWithFrench();
      await insertItemTranslation(db, {
        itemId: item.id,
        language: "fr",
        liveLocalizedId: null,
        slug: null,
        updatedAt: NOW,
      });
      expect(await findLiveTranslation(db, item.id, "fr")).toMatchObject({
        slug: null,
        title: null,
      });
      expect(await listLiveCardTranslations(db, [item.id], "fr")).toEqual([]);
      expect(await isLocalizedRevisionLive(db, revision.id, "fr")).toBe(false);
      await setLiveTranslation(db, {
        itemId: item.id,
        language: "fr",
        liveLocalizedId: localized!.id,
        slug: "villes",
        updatedAt: LATER,
      });
      expect(await findItemTranslation(db, item.id, "fr")).toEqual({
        itemId: item.id,
        language: "fr",
        liveLocalizedId: localized!.id,
        slug: "villes",
        updatedAt: LATER,
      });
      expect(await isLocalizedRevisionLive(db, revision.id, "fr")).toBe(true);
      expect(await isLocalizedRevisionLive(db, revision.id, "es")).toBe(false);
      expect(await findLiveTranslation(db, item.id, "fr")).toEqual({
        slug: "villes",
        revisionId: revision.id,
        state: "machine",
        title: "Villes",
        summary: "Résumé.",
        bodyHtml: "<p>Les villes.</p>",
        wordCount: 3,
        heroCaption: "",
        heroAlt: "Une place",
        attachmentTitles: '["Rapport"]',
      });
      expect(await listLiveCardTranslations(db, [item.id], "fr")).toEqual([
        {
          itemId: item.id,
          slug: "villes",
          title: "Villes",
          summary: "Résumé.",
          heroAlt: "Une place",
        },
      ]);
      expect(await listLiveCardTranslations(db, [], "fr")).toEqual([]);
      await insertItemTranslation(db, {
        itemId: item.id,
        language: "es",
        liveLocalizedId: null,
        slug: null,
        updatedAt: NOW,
      });
      expect(await listItemTranslationLanguages(db, item)).toEqual([
        { language: "es", slug: null, state: null },
        { language: "fr", slug: "villes", state: "machine" },
      ]);
    });

    it("records a language's translation twice without failing: a live one wins, a held one never replaces it", async () => {
      // Two reviewers' first saves in a language refresh it at once: both find no row and insert.
      const { db } = database;
      const { item, localized } = await publishedWithFrench();
      const held = { itemId: item.id, language: "fr", liveLocalizedId: null, slug: null };
      await insertItemTranslation(db, { ...held, updatedAt: NOW });
      await insertItemTranslation(db, { ...held, updatedAt: LATER });
      const live = { ...held, liveLocalizedId: localized?.id ?? 0, slug: "villes" };
      await insertItemTranslation(db, { ...live, updatedAt: LATER });
      await insertItemTranslation(db, { ...held, updatedAt: LATER });
      expect(await findItemTranslation(db, item.id, "fr")).toMatchObject({
        liveLocalizedId: localized?.id,
        slug: "villes",
      });
    });

    it("keeps every slug an item had, finds the item by it and refuses another item's slug", async () => {
      const { db } = database;
      const { item } = await publishedItem("cities");
      const other = await publishedItem("villes-unies");
      const slug = { language: "fr", itemId: item.id, createdAt: NOW };
      await addItemSlug(db, { ...slug, slug: "villes" });
      await addItemSlug(db, { ...slug, slug: "villes" });
      await addItemSlug(db, { ...slug, slug: "les-villes" });
      await insertItemTranslation(db, {
        itemId: item.id,
        language: "fr",
        liveLocalizedId: null,
        slug: "les-villes",
        updatedAt: NOW,
      });
      expect(
        await findItemBySlugInLanguage(db, { language: "fr", type: "news", slug: "villes" }),
      ).toEqual({ id: item.id, currentSlug: "les-villes" });
      expect(
        await findItemBySlugInLanguage(db, { language: "es", type: "news", slug: "villes" }),
      ).toBeUndefined();
      expect(
        await findItemBySlugInLanguage(db, { language: "fr", type: "event", slug: "villes" }),
      ).toBeUndefined();
      expect(await isSlugTaken(db, { language: "fr", slug: "villes", itemId: item.id })).toBe(
        false,
      );
      expect(await isSlugTaken(db, { language: "fr", slug: "villes", itemId: other.item.id })).toBe(
        true,
      );
      expect(await isSlugTaken(db, { language: "fr", slug: "villes-unies", itemId: item.id })).toBe(
        true,
      );
      expect(await isSlugTaken(db, { language: "fr", slug: "cities", itemId: item.id })).toBe(
        false,
      );
      expect(await findItemSlugs(db, { type: "news", slug: "cities", language: "fr" })).toEqual({
        slug: "cities",
        sourceLanguage: "en",
        translatedSlug: "les-villes",
      });
      expect(await findItemSlugs(db, { type: "news", slug: "cities", language: "es" })).toEqual({
        slug: "cities",
        sourceLanguage: "en",
        translatedSlug: null,
      });
      expect(
        await findItemSlugs(db, { type: "page", slug: "cities", language: "fr" }),
      ).toBeUndefined();
    });

    it("sets, replaces and removes a tag's name in a language", async () => {
      const { db } = database;
      const { revision } = await publishedItem("cities", ["Water", "Energy"]);
      const tags = (await listTagsOfRevisions(db, [revision.id])).get(revision.id) ?? [];
      const [water, energy] = [...tags].sort((a, b) => a.name.localeCompare(b.name)).reverse();
      await saveTagTranslation(db, {
        tagId: water!.id,
        language: "fr",
        name: "Eau",
        updatedAt: NOW,
      });
      await saveTagTranslation(db, {
        tagId: water!.id,
        language: "fr",
        name: "L'eau",
        updatedAt: LATER,
      });
      await saveTagTranslation(db, {
        tagId: energy!.id,
        language: "fr",
        name: "Énergie",
        updatedAt: NOW,
      });
      await saveTagTranslation(db, {
        tagId: energy!.id,
        language: "es",
        name: "Energía",
        updatedAt: NOW,
      });
      expect(await listTagTranslations(db, [water!.id, energy!.id], "fr")).toEqual(
        new Map([
          [water!.id, "L'eau"],
          [energy!.id, "Énergie"],
        ]),
      );
      expect(await listTagTranslations(db, [], "fr")).toEqual(new Map());
      await deleteTagTranslations(db, [], "fr");
      await deleteTagTranslations(db, [energy!.id], "fr");
      expect(await listTagTranslationsOfRevision(db, revision.id, "fr")).toEqual(
        new Map([[water!.id, "L'eau"]]),
      );
      expect(await listTagTranslationsOfRevision(db, revision.id, "es")).toEqual(
        new Map([[energy!.id, "Energía"]]),
      );
    });

    it("keeps a field a person translated whole per revision and language; the same text again changes nothing", async () => {
      const { db } = database;
      const { revision } = await publishedItem("whole");
      const base = {
        revisionId: revision.id,
        language: "fr",
        field: "body",
        origin: "import:wordpress:https://x.example",
        createdBy: null,
      };
      expect(await findHumanFieldTranslations(db, revision.id, "fr")).toEqual(new Map());
      expect(await saveHumanFieldTranslation(db, { ...base, text: "Les villes.", now: NOW })).toBe(
        true,
      );
      expect(
        await saveHumanFieldTranslation(db, { ...base, text: "Les villes.", now: LATER }),
      ).toBe(false);
      expect(
        await saveHumanFieldTranslation(db, {
          ...base,
          text: "Les villes se réunissent.",
          now: LATER,
        }),
      ).toBe(true);
      await saveHumanFieldTranslation(db, {
        ...base,
        language: "es",
        text: "Las ciudades.",
        now: NOW,
      });
      expect(await findHumanFieldTranslations(db, revision.id, "fr")).toEqual(
        new Map([["body", "Les villes se réunissent."]]),
      );
      const row = await db
        .selectFrom("humanFieldTranslations")
        .select(["createdAt", "updatedAt"])
        .where("language", "=", "fr")
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ createdAt: NOW, updatedAt: LATER });
    });
  });
}
