import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../../../test-support/app.js";
import { findItemBySlug } from "../../content/item.repository.js";
import { ApertiumLocalEngine } from "../../translation/engines/apertium-local.js";
import { TranslationRuntime, translateRevision } from "../../translation/pipeline/index.js";
import { RecordingEngine } from "../../translation/translation.test-kit.js";
import { runWordpressImport } from "./import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./plan.js";
import { readWxr } from "./wxr-reader.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const HERE = path.dirname(new URL(import.meta.url).pathname);
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

describe("an imported Polylang translation in the pipeline (sqlite)", () => {
  it("assembles the French page from the human units without sending a sentence to the engine", async () => {
    const engine = new RecordingEngine(apertium);
    const t = await buildTestApp("sqlite", {
      config: { languages: ["en", "fr"], translation: { engine: "apertium" } },
      translationEngine: engine,
    });
    try {
      const doc = await readWxr(fs.createReadStream(path.join(HERE, "fixtures/polylang.xml")));
      const plan = planImport(doc, {
        typeMap: DEFAULT_TYPE_MAP,
        languages: ["en", "fr"],
        sourceLanguage: "en",
        now: NOW,
      });
      await runWordpressImport(t.database.db, {
        plan,
        mediaDir: path.join(t.config.dataDir, "media"),
        isDryRun: false,
        actorId: null,
        now: NOW,
      });
      const item = await findItemBySlug(t.database.db, "news", "cities-share-their-climate-plans");
      const runtime = new TranslationRuntime(t.config, engine);
      await runtime.load();
      await translateRevision(
        { db: t.database.db, config: t.config, runtime, now: () => NOW },
        { revisionId: item?.latestRevisionId ?? 0, languages: ["fr"] },
      );
      // Only the tag name (vocabulary, translated on its own) goes to the engine; no sentence does.
      const asked = engine.requests.flatMap((r) => r.segments).join(" ");
      expect(asked).not.toMatch(/plans|spring|meeting|Lyon|Twelve/);
      const french = await t.database.db
        .selectFrom("localizedRevisions")
        .select(["title", "summary", "body"])
        .where("revisionId", "=", item?.latestRevisionId ?? 0)
        .where("language", "=", "fr")
        .executeTakeFirstOrThrow();
      expect(french.title).toBe("Les villes partagent leurs plans climat");
      expect(french.summary).toBe("Douze villes publient leurs plans.");
      expect(french.body).toContain(
        "Les villes partagent leurs plans. Elles se réunissent chaque printemps.",
      );
      // The page's state counts the tag name too, which the engine translated: "machine".
    } finally {
      await t.close();
    }
  }, 60_000);
});
