import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { SOURCE_ONLY } from "../content/localization.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { ANALYZER_VERSION } from "./analyzer.js";
import { searchEngineOf } from "./engines.js";
import { isIndexCurrent } from "./indexer.service.js";
import { enqueueRebuildIfStale } from "./search.job.js";
import { readIndexState, writeIndexState } from "./search.repository.js";
import { runSearch } from "./search.service.js";
import { drainJobs } from "../../test-support/jobs.js";

const NOW = new Date("2026-11-26T12:00:00Z");

for (const dialect of DIALECTS) {
  describe(`a stale search index on ${dialect}`, () => {
    let test: TestApp | undefined;
    afterEach(async () => {
      await test?.close();
    });

    const titlesFor = async (q: string) => {
      const db = test!.app.civitas.db;
      const outcome = await runSearch(
        { db, engine: searchEngineOf(db), localizer: SOURCE_ONLY, languages: ["en"] },
        { q, lang: "en", page: 1, pageSize: 10, prefix: false, filters: {} },
      );
      return outcome.status === "ok" ? outcome.results.map((r) => r.title) : [];
    };

    it("is rebuilt in the background when it was built by another analyzer, once", async () => {
      test = await buildTestApp(dialect);
      const db = test.app.civitas.db;
      const saved = await saveItem(db, {
        draft: makeDraft({ title: "Harbour resilience" }),
        actorId: null,
        now: NOW,
      });
      await publishItem(db, { itemId: saved.item.id, now: NOW });
      await drainJobs(test.app);
      expect(await titlesFor("harbours")).toEqual(["Harbour resilience"]);

      // As after an upgrade whose analyzer indexes differently: the stored index is stale.
      await searchEngineOf(db).clear(db);
      await writeIndexState(db, ANALYZER_VERSION - 1, NOW);
      expect(await isIndexCurrent(db)).toBe(false);
      expect(await titlesFor("harbours")).toEqual([]);

      expect(await enqueueRebuildIfStale(db, NOW)).toBe(true);
      // Starting twice before the worker runs queues one rebuild.
      expect(await enqueueRebuildIfStale(db, NOW)).toBe(true);
      const queued = await db
        .selectFrom("jobs")
        .select("id")
        .where("type", "=", "RebuildSearchIndexTask")
        .execute();
      expect(queued).toHaveLength(1);

      await drainJobs(test.app);
      expect(await titlesFor("harbours")).toEqual(["Harbour resilience"]);
      expect((await readIndexState(db))?.analyzerVersion).toBe(ANALYZER_VERSION);
      expect(await enqueueRebuildIfStale(db, NOW)).toBe(false);
    });

    it("is rebuilt when it was never built (a database the migration emptied)", async () => {
      test = await buildTestApp(dialect);
      const db = test.app.civitas.db;
      expect(await readIndexState(db)).toBeUndefined();
      expect(await enqueueRebuildIfStale(db, NOW)).toBe(true);
      await drainJobs(test.app);
      expect(await isIndexCurrent(db)).toBe(true);
    });
  });
}
