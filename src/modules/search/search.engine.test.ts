import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { SOURCE_ONLY } from "../content/localization.js";
import { createSearchEngine } from "./engines.js";
import type { IndexDocument, SearchEngine } from "./search-engine.js";
import { runSearch, type SearchInput, type SearchOutcome } from "./search.service.js";
import { makeIndexDocument } from "./search.test-kit.js";

const LANGUAGES = ["en", "fr", "es", "ar"];

for (const dialect of DIALECTS) {
  describe(`the ${dialect} search engine`, () => {
    let database: Database<DB>;
    let engine: SearchEngine;
    const search = (q: string, more: Partial<SearchInput> = {}) =>
      runSearch(
        { db: database.db, engine, localizer: SOURCE_ONLY, languages: LANGUAGES },
        { q, lang: "en", page: 1, pageSize: 10, prefix: false, filters: {}, ...more },
      );
    const titles = (outcome: SearchOutcome) =>
      outcome.status === "ok"
        ? outcome.results.map((r) => r.title)
        : [`refused: ${outcome.reason}`];
    const index = async (docs: IndexDocument[]) =>
      database.db.transaction().execute((trx) =>
        engine.replaceDocuments(
          trx,
          docs.map((d) => ({ kind: d.kind, refId: d.refId })),
          docs,
        ),
      );

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      engine = createSearchEngine(dialect);
      await index([
        makeIndexDocument({
          language: "fr",
          scopes: ["fr"],
          title: "La ville durable",
          body: "Un résumé des politiques urbaines.",
        }),
        makeIndexDocument({
          language: "ar",
          scopes: ["ar"],
          title: "المدينةُ الذكية",
          body: "اجتماع إقليمي للمدن",
        }),
        makeIndexDocument({
          title: "Transport plans",
          body: "Cities share bus rapid transit lessons; the lessons of rapid bus lanes.",
          region: "europe",
          tagIds: [7],
        }),
        makeIndexDocument({
          title: "Rapid bus transit",
          body: "A short note.",
          kind: "resource",
          year: "2025",
          publishedAt: "2025-01-01T00:00:00.000Z",
          tagIds: [7],
        }),
        makeIndexDocument({
          title: "Water report",
          body: "Only in English, also read by French readers.",
          scopes: ["en", "fr"],
        }),
      ]);
    });
    afterAll(async () => {
      await database.destroy();
    });

    it("stems French: villes finds ville", async () => {
      expect(titles(await search("villes", { lang: "fr" }))).toEqual(["La ville durable"]);
    });

    it("folds diacritics both ways", async () => {
      expect(titles(await search("resume", { lang: "fr" }))).toEqual(["La ville durable"]);
      expect(titles(await search("URBAINES", { lang: "fr" }))).toEqual(["La ville durable"]);
    });

    it("normalises Arabic: alef forms, tashkeel, taa marbuta", async () => {
      expect(titles(await search("مدينه", { lang: "ar" }))).toEqual(["المدينةُ الذكية"]);
      expect(titles(await search("اقليمي", { lang: "ar" }))).toEqual(["المدينةُ الذكية"]);
    });

    it("ranks a title match above a body match", async () => {
      expect(titles(await search("rapid"))).toEqual(["Rapid bus transit", "Transport plans"]);
    });

    it("matches phrases in order only", async () => {
      expect(titles(await search('"bus rapid"'))).toEqual(["Transport plans"]);
      expect(titles(await search('"rapid bus"'))).toEqual(["Rapid bus transit", "Transport plans"]);
    });

    it("matches the last word as a prefix only while typing", async () => {
      expect(titles(await search("transp"))).toEqual([]);
      expect(titles(await search("transp", { prefix: true }))).toEqual(["Transport plans"]);
    });

    it("finds a text only in its source language from another language, marked", async () => {
      const outcome = await search("water", { lang: "fr" });
      expect(outcome.status === "ok" && outcome.results[0]).toMatchObject({
        title: "Water report",
        isSourceOnly: true,
        textLanguage: "en",
      });
      expect(titles(await search("water", { lang: "es" }))).toEqual([]);
    });

    it("counts facets and filters by them", async () => {
      const outcome = await search("bus");
      expect(outcome.status).toBe("ok");
      if (outcome.status !== "ok") return;
      expect(outcome.total).toBe(2);
      const kinds = outcome.facets.find((f) => f.facet === "kind")?.values;
      expect(kinds?.map((v) => [v.id, v.count])).toEqual([
        ["news", 1],
        ["resource", 1],
      ]);
      const years = outcome.facets.find((f) => f.facet === "year")?.values;
      expect(years?.map((v) => v.id)).toEqual(["2026", "2025"]);
      expect(titles(await search("bus", { filters: { type: "resource" } }))).toEqual([
        "Rapid bus transit",
      ]);
      expect(titles(await search("bus", { filters: { year: "2026" } }))).toEqual([
        "Transport plans",
      ]);
      expect(titles(await search("bus", { filters: { region: "europe" } }))).toEqual([
        "Transport plans",
      ]);
    });

    it("pages results", async () => {
      const first = await search("bus", { pageSize: 1 });
      const second = await search("bus", { pageSize: 1, page: 2 });
      expect(first.status === "ok" && first.pages).toBe(2);
      expect([...titles(first), ...titles(second)]).toEqual([
        "Rapid bus transit",
        "Transport plans",
      ]);
    });

    it("answers or refuses any input, never throws", async () => {
      for (const q of [
        '"',
        "*",
        "NEAR(a b)",
        "title:x",
        "-bus",
        "(bus",
        "a & b | !c",
        "bus*",
        "'",
        "\\",
      ])
        expect(["ok", "refused"]).toContain((await search(q)).status);
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 60, unit: "binary" }),
          fc.boolean(),
          async (q, prefix) => {
            const outcome = await search(q, { prefix });
            expect(["ok", "refused"]).toContain(outcome.status);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
}
