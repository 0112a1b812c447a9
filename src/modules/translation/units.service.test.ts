import { afterAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { findUnits, saveSourceSegments } from "./memory.repository.js";
import { TranslationRuntime } from "./runtime.js";
import { plainText } from "./segments/index.js";
import { RecordingEngine } from "./translation.test-kit.js";
import { ensureUnits, segmentFields, storedSegments } from "./units.service.js";

const NOW = new Date("2026-12-05T12:00:00Z");
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

const BODY = [
  "The mayors meet in the city.",
  "They talk about the report.",
  "The council votes on Monday.",
  "Clean water reaches the old town.",
  "The network grows every year.",
  "Pipes are replaced in every district.",
  "The library opens a new room.",
].join(" ");

for (const dialect of DIALECTS) {
  describe(`ensureUnits in overlapping batches on ${dialect}`, () => {
    it("sends each batch once, in order, and stores a unit for every segment", async () => {
      const engine = new RecordingEngine(apertium);
      const t = await buildTestApp(dialect, {
        config: { languages: ["en", "es"], translation: { engine: "apertium" } },
        translationEngine: engine,
      });
      try {
        const db = t.database.db;
        const runtime = new TranslationRuntime(t.config, engine);
        await runtime.load();
        const deps = { db, config: t.config, runtime, now: () => NOW };
        const stored = storedSegments(
          segmentFields([{ field: "body", format: "plain", text: BODY }], "en"),
        );
        expect(stored).toHaveLength(7);
        await saveSourceSegments(db, { language: "en", segments: stored, now: NOW.toISOString() });
        const done: number[] = [];
        const result = await ensureUnits(deps, {
          progressId: 0,
          sourceLanguage: "en",
          language: "es",
          stored,
          batchSegments: 2,
          overlapBatches: true,
          onProgress: (p) => done.push(p.done),
        });
        expect(result.translated).toBe(7);
        // Batch n+1 is asked while batch n is stored; each exactly once, in order.
        expect(engine.requests.map((r) => r.segments)).toEqual([
          stored.slice(0, 2).map((s) => plainText(s.text)),
          stored.slice(2, 4).map((s) => plainText(s.text)),
          stored.slice(4, 6).map((s) => plainText(s.text)),
          stored.slice(6).map((s) => plainText(s.text)),
        ]);
        expect(done).toEqual([0, 2, 4, 6, 7]);
        const units = await findUnits(
          db,
          stored.map((s) => s.hash),
          "es",
        );
        expect(units.size).toBe(7);
      } finally {
        await t.close();
      }
    }, 60_000);
  });
}
