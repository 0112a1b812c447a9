import { renderToString } from "preact-render-to-string";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { getTranslator } from "../../platform/i18n/translator.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { SOURCE_ONLY } from "../content/localization.js";
import { createSearchEngine } from "./engines.js";
import type { IndexDocument, SearchEngine } from "./search-engine.js";
import { runSearch, type SearchInput, type SearchOutcome } from "./search.service.js";
import { ResultsSummary } from "./search.view.js";
import { PostgresTsvectorEngine } from "./postgres-tsvector.engine.js";
import { SqliteFts5Engine } from "./sqlite-fts5.engine.js";
import { makeIndexDocument } from "./search.test-kit.js";

// Seven texts about water, indexed oldest first; a search ranks and lists at most three.
const WINDOW = 3;
const DOCS: Partial<IndexDocument>[] = [
  { title: "Water in old towns", body: "Archive.", year: "2019", tagIds: [1] },
  { title: "Harbour notes", body: "Water and water again.", year: "2020", tagIds: [1] },
  { title: "Rivers", body: "Water levels.", year: "2021", kind: "resource", tagIds: [2] },
  { title: "Clean water plan", body: "A plan.", year: "2022", tagIds: [2] },
  { title: "Budget", body: "Water pricing and bus fares.", year: "2023", tagIds: [3] },
  { title: "Bus lanes", body: "Drinking water at bus stops.", year: "2024", kind: "resource" },
  { title: "Water and bus", body: "Shelters.", year: "2025", tagIds: [3] },
];

for (const dialect of DIALECTS) {
  describe(`bounded search on ${dialect}`, () => {
    let database: Database<DB>;
    let engine: SearchEngine;
    const search = (q: string, more: Partial<SearchInput> = {}, use = engine) =>
      runSearch(
        { db: database.db, engine: use, localizer: SOURCE_ONLY, languages: ["en"], window: WINDOW },
        { q, lang: "en", page: 1, pageSize: 10, prefix: false, filters: {}, ...more },
      );
    const ok = (outcome: SearchOutcome) => {
      if (outcome.status !== "ok") throw new Error(`refused: ${outcome.reason}`);
      return outcome;
    };
    const titles = (outcome: SearchOutcome) => ok(outcome).results.map((r) => r.title);

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      engine = createSearchEngine(dialect);
      for (const doc of DOCS) {
        const indexed = makeIndexDocument(doc);
        await database.db
          .transaction()
          .execute((trx) =>
            engine.replaceDocuments(trx, [{ kind: indexed.kind, refId: indexed.refId }], [indexed]),
          );
      }
    });
    afterAll(async () => {
      await database.destroy();
    });

    it("ranks every match of a specific query, with exact facets", async () => {
      const outcome = ok(await search("bus"));
      // Both title matches (in the engine's order) above the body match.
      expect(outcome.results.slice(0, 2).map((r) => r.title)).toEqual(
        expect.arrayContaining(["Bus lanes", "Water and bus"]),
      );
      expect(outcome.results[2]?.title).toBe("Budget");
      expect(outcome).toMatchObject({ total: 3, isTotalCapped: false, areFacetsComplete: true });
    });

    it("lists the newest matches of a broad query, title matches first, and says so", async () => {
      const outcome = ok(await search("water"));
      // The three newest of seven: "Water and bus" (title), then "Bus lanes", "Budget" (newest first).
      expect(outcome.results.map((r) => r.title)).toEqual(["Water and bus", "Bus lanes", "Budget"]);
      expect(outcome).toMatchObject({
        total: WINDOW,
        isTotalCapped: true,
        areFacetsComplete: false,
      });
      const years = outcome.facets.find((f) => f.facet === "year")?.values.map((v) => v.id);
      expect(years).toEqual(["2025", "2024", "2023"]);
      const kinds = outcome.facets.find((f) => f.facet === "kind")?.values;
      expect(kinds?.map((v) => [v.id, v.count])).toEqual([
        ["news", 2],
        ["resource", 1],
      ]);
    });

    it("narrows a broad query with a filter back to an exact, ranked answer", async () => {
      const outcome = ok(await search("water", { filters: { year: "2019" } }));
      expect(outcome.results.map((r) => r.title)).toEqual(["Water in old towns"]);
      expect(outcome).toMatchObject({ total: 1, isTotalCapped: false, areFacetsComplete: true });
      expect(titles(await search("water", { filters: { type: "resource" } })).sort()).toEqual([
        "Bus lanes",
        "Rivers",
      ]);
    });

    it("pages through what it lists, no further", async () => {
      const pages = await Promise.all(
        [1, 2, 3, 4].map(async (page) => titles(await search("water", { page, pageSize: 1 }))),
      );
      expect(pages).toEqual([["Water and bus"], ["Bus lanes"], ["Budget"], []]);
      expect(ok(await search("water", { pageSize: 1 })).pages).toBe(WINDOW);
    });

    it("tells the reader the list is partial, in their language", async () => {
      const outcome = ok(await search("water"));
      for (const locale of ["en", "fr", "ar"] as const) {
        const t = getTranslator(locale);
        const html = renderToString(<ResultsSummary t={t} q="water" outcome={outcome} />);
        expect(html).toContain(t.t("search.resultsMore", { count: WINDOW, query: "water" }));
        expect(html).toContain(t.t("search.listedOnly", { listed: WINDOW }));
      }
      const specific = ok(await search("bus"));
      const html = renderToString(
        <ResultsSummary t={getTranslator("en")} q="bus" outcome={specific} />,
      );
      expect(html).toContain("3 results for “bus”");
      expect(html).not.toContain("search-listed");
    });

    if (dialect === "postgres")
      it("widens the range of newest ids it searches until enough match", async () => {
        // The newest two ids hold two of the three "bus" texts: the search widens to find the third.
        const narrow = new PostgresTsvectorEngine({ firstSpan: 2 });
        expect(titles(await search("bus", {}, narrow)).sort()).toEqual(
          titles(await search("bus")).sort(),
        );
        expect(ok(await search("bus", {}, narrow)).total).toBe(3);
        expect(ok(await search("water", {}, narrow))).toMatchObject({
          total: WINDOW,
          isTotalCapped: true,
        });
      });

    if (dialect === "sqlite")
      it("orders by title when ranking would read too much", async () => {
        // A rank cap of 1: every multi-match query falls back to title, then newest first.
        const capped = new SqliteFts5Engine({ rankCap: 1 });
        const outcome = ok(await search("bus", {}, capped));
        expect(outcome.results.map((r) => r.title)).toEqual([
          "Water and bus",
          "Bus lanes",
          "Budget",
        ]);
        expect(outcome).toMatchObject({ total: 3, isTotalCapped: false, areFacetsComplete: true });
      });
  });
}
