import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishItem, saveItem } from "../content/index.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { findTagBySlug } from "../content/tag.repository.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { saveTagTranslation } from "./localization.repository.js";
import { translateRevision } from "./pipeline/index.js";
import { memoryOnlyDeps, prefillUnits, publishTranslated } from "./review/review.test-kit.js";

const NOW = new Date("2026-12-04T12:00:00Z");

// The site keeps the revisions it has read (they never change); what does change
// must show on the next render: a new live revision, a translation going live, a
// tag's name in another language. The page cache is off, so only what the render
// itself keeps could show an old page.
for (const dialect of DIALECTS) {
  describe(`an item page after its translation, revision or tag names change on ${dialect}`, () => {
    let t: TestApp;
    let itemId: number;
    // A page by its source slug (a translated item moves to its localized slug).
    const page = async (path: string) => {
      let response = await t.app.inject(path);
      if (response.statusCode === 301)
        response = await t.app.inject(String(response.headers.location));
      expect(response.statusCode).toBe(200);
      return response.body;
    };

    beforeAll(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr"],
          pageCacheEntries: 0,
          translation: { engine: "none", policies: { fr: "immediate" } },
        },
        now: () => NOW,
      });
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({ slug: "river-day", title: "River day", tags: ["Youth"] }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      itemId = saved.item.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it("shows each change on the next render", async () => {
      const deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      const youth = await findTagBySlug(t.database.db, "youth");
      if (!youth) throw new Error("no tag");
      // Read once in both languages: the revision is kept from here on.
      expect(await page("/en/news/river-day")).toContain("River day");
      expect(await page("/fr/news/river-day")).toContain("River day");

      // A new revision goes live: its title and tags, not the kept revision's.
      const second = await saveItem(t.database.db, {
        itemId,
        draft: makeDraft({
          slug: "river-day",
          title: "River clean-up day",
          tags: ["Youth", "Water"],
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId, now: NOW });
      const en = await page("/en/news/river-day");
      expect(en).toContain("River clean-up day");
      expect(en).toMatch(/rel="tag"[^>]*>Water</);

      // Its French translation goes live.
      await prefillUnits(deps, {
        revisionId: second.revision.id,
        language: "fr",
        translate: (source) =>
          source === "River clean-up day" ? "Journée de la rivière" : `[fr] ${source}`,
      });
      await translateRevision(deps, { revisionId: second.revision.id, languages: ["fr"] });
      const fr = await page("/fr/news/river-day");
      expect(fr).toContain("Journée de la rivière");
      expect(fr).toMatch(/rel="tag"[^>]*>Youth</);

      // A tag gets a French name, then another one.
      await saveTagTranslation(t.database.db, {
        tagId: youth.id,
        language: "fr",
        name: "Jeunesse",
        updatedAt: NOW.toISOString(),
      });
      expect(await page("/fr/news/river-day")).toMatch(/rel="tag"[^>]*>Jeunesse</);
      await saveTagTranslation(t.database.db, {
        tagId: youth.id,
        language: "fr",
        name: "Les jeunes",
        updatedAt: NOW.toISOString(),
      });
      const renamed = await page("/fr/news/river-day");
      expect(renamed).toMatch(/rel="tag"[^>]*>Les jeunes</);
      expect(renamed).not.toContain("Jeunesse");
    });

    it("shows the item's other translations as they were published", async () => {
      const deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      await publishTranslated(deps, {
        draft: { slug: "harbour-night", title: "Harbour night", body: "Boats light up." },
        language: "fr",
        translate: (source) => (source === "Harbour night" ? "Nuit du port" : `[fr] ${source}`),
      });
      expect(await page("/fr/news/harbour-night")).toContain("Nuit du port");
      expect(await page("/en/news/harbour-night")).toContain("Harbour night");
    });
  });
}
