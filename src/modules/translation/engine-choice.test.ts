import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import {
  type StandIn,
  startStandIn,
  translateTaggedText,
} from "../../test-support/stand-in-server.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { findEngineUsage } from "./engine-usage.repository.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { EngineBudgetExhaustedError } from "./engines/engine-errors.js";
import { LibreTranslateEngine } from "./engines/libretranslate.js";
import { TranslationRuntime } from "./runtime.js";
import { translateRevision } from "./translate.service.js";

// en>fr goes to a LibreTranslate stand-in on loopback (none can run here); en>es stays on real Apertium.

const NOW = new Date("2026-12-04T12:00:00Z");
const WORDS = { the: "les", cities: "villes", meet: "se réunissent", in: "à", mayors: "maires" };
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

for (const dialect of DIALECTS) {
  describe(`engines chosen per language pair on ${dialect}`, () => {
    let t: TestApp | undefined;
    let libre: StandIn | undefined;
    afterEach(async () => {
      await t?.close();
      await libre?.close();
    });

    async function setUp(budget: string) {
      libre = await startStandIn((request) => {
        if (request.path === "/languages") {
          return { body: [{ code: "en", name: "English", targets: ["fr"] }] };
        }
        const { q } = request.body as { q: string[] };
        return { body: { translatedText: q.map((text) => translateTaggedText(text, WORDS)) } };
      });
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es"],
          translation: {
            engine: "apertium",
            engines: { "en>fr": "libretranslate", "*": "apertium" },
            libretranslate: { url: libre.url },
            budgets: { libretranslate: Number(budget) },
          },
        },
        translationEngine: apertium,
      });
      const runtime = new TranslationRuntime(t.config, apertium, {
        engines: new Map([
          ["libretranslate", new LibreTranslateEngine({ url: libre.url, timeoutMs: 2000 })],
        ]),
      });
      await runtime.load();
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({
          title: "The cities meet",
          summary: "The mayors meet in the cities.",
          body: "The cities meet.",
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      const deps = { db: t.database.db, config: t.config, runtime, now: () => NOW };
      return { deps, revisionId: saved.revision.id, runtime };
    }

    it("translates en>fr with LibreTranslate, en>es with Apertium, and holds the new engine's unproven output", async () => {
      const { deps, revisionId, runtime } = await setUp("100000");
      expect(runtime.route("en", "fr")).toEqual(["en", "fr"]);
      const outcomes = await translateRevision(deps, { revisionId });
      const units = await deps.db
        .selectFrom("translationUnits")
        .select(["targetLanguage", "route", "targetText", "findings"])
        .execute();
      const fr = units.filter((u) => u.targetLanguage === "fr");
      expect(fr.length).toBeGreaterThan(0);
      expect(new Set(fr.map((u) => u.route))).toEqual(new Set(["libretranslate:en>fr"]));
      expect(fr.map((u) => u.targetText)).toContain("Les villes se réunissent");
      expect(JSON.stringify(fr.map((u) => u.findings))).toContain("engine-unproven");
      expect(new Set(units.filter((u) => u.targetLanguage === "es").map((u) => u.route))).toEqual(
        new Set(["apertium:en>es"]),
      );
      expect(outcomes.find((o) => o.language === "fr")?.live).toBe(false);
      const used = await findEngineUsage(deps.db, { engine: "libretranslate", month: "2026-12" });
      expect(used).toBeGreaterThan(0);
    });

    it("stops the pair whose engine budget is spent with a clear error while other pairs translate", async () => {
      const { deps, revisionId } = await setUp("5");
      const error = await translateRevision(deps, { revisionId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineBudgetExhaustedError);
      const languages = await deps.db
        .selectFrom("translationUnits")
        .select("targetLanguage")
        .execute();
      expect(languages.some((u) => u.targetLanguage === "es")).toBe(true);
      expect(languages.some((u) => u.targetLanguage === "fr")).toBe(false);
      expect(libre?.requests.filter((r) => r.path === "/translate")).toHaveLength(0);
    });
  });
}
