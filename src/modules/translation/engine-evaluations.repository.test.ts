import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { DIALECTS, createTestDatabase } from "../../test-support/databases.js";
import {
  type EngineEvaluation,
  latestEngineEvaluations,
  recordEngineEvaluations,
} from "./engine-evaluations.repository.js";

let database: Database<DB> | undefined;
afterEach(async () => {
  await database?.destroy();
  database = undefined;
});

function evaluation(overrides: Partial<EngineEvaluation>): EngineEvaluation {
  return {
    from: "en",
    to: "fr",
    engine: "apertium",
    route: "apertium:en>es>fr",
    sentences: 220,
    chrF: 45.6,
    heldShare: 1,
    fileName: "en-fr.tsv",
    evaluatedAt: "2026-12-04T10:00:00.000Z",
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`engine evaluations (${dialect})`, () => {
    it("keeps every run and answers the latest per pair and engine, best chrF first", async () => {
      database = await createTestDatabase(dialect);
      const db = database.db;
      expect(await latestEngineEvaluations(db)).toEqual([]);
      await recordEngineEvaluations(db, []);
      await recordEngineEvaluations(db, [
        evaluation({}),
        evaluation({ engine: "libretranslate", route: "libretranslate:en>fr", chrF: 52.25 }),
      ]);
      await recordEngineEvaluations(db, [
        evaluation({ chrF: 49.4, heldShare: 0.875, evaluatedAt: "2026-12-04T11:00:00.000Z" }),
        evaluation({ to: "es", route: "apertium:en>es", chrF: 49.7 }),
      ]);
      // Same instant, recorded later: that one is the latest.
      await recordEngineEvaluations(db, [
        evaluation({ to: "es", route: "apertium:en>es", chrF: 50.1 }),
      ]);
      const latest = await latestEngineEvaluations(db);
      expect(latest.map((e) => [e.from, e.to, e.engine, e.chrF, e.heldShare])).toEqual([
        ["en", "es", "apertium", 50.1, 1],
        ["en", "fr", "libretranslate", 52.25, 1],
        ["en", "fr", "apertium", 49.4, 0.875],
      ]);
      expect(latest[2]).toEqual(
        evaluation({ chrF: 49.4, heldShare: 0.875, evaluatedAt: "2026-12-04T11:00:00.000Z" }),
      );
    });
  });
}
