import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildJobs } from "../../jobs.js";
import { JobWorker } from "../../platform/jobs/index.js";
import { loadConfig } from "../../platform/config.js";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { upsertTerm } from "./glossary.repository.js";
import type { Lexicon } from "./qa/lexicon/lexicon.js";
import { TranslationRuntime } from "./runtime.js";
import { RecordingEngine } from "./translation.test-kit.js";
import { findLiveTranslation } from "./localization.repository.js";
import {
  refreshLiveTranslation,
  type TranslateDeps,
  translatePending,
  translateRevision,
} from "./translate.service.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const LANGUAGES = ["en", "fr", "es", "ar"] as const;

/** The dictionaries, each analysis `isHeld` picks waiting for `until` first. */
function holdingLexicon(
  inner: Lexicon,
  isHeld: (language: string, text: string) => boolean,
  until: Promise<unknown>,
): Lexicon {
  return {
    hasLanguage: (language) => inner.hasLanguage(language),
    analyse: async (language, texts) => {
      if (texts.some((text) => isHeld(language, text))) await until;
      return inner.analyse(language, texts);
    },
    translate: (from, to, readings) => inner.translate(from, to, readings),
    isListed: (language, word) => inner.isListed(language, word),
    spelled: (language, words) => inner.spelled(language, words),
    close: () => inner.close(),
  };
}

// One warm Apertium for the whole file: pipelines start once. So do the dictionaries: each
// test's runtime shares the same processes, which stop when the last runtime closes, after all
// (closing each test's runtime restarted them: ~3 core-s more for the file).
const apertium = new ApertiumLocalEngine();
const runtimes: TranslationRuntime[] = [];
afterAll(async () => {
  for (const runtime of runtimes) await runtime.close();
  await apertium.close();
});

for (const dialect of DIALECTS) {
  describe(`translation pipeline on ${dialect}`, () => {
    let t: TestApp;
    let engine: RecordingEngine;
    let deps: TranslateDeps;
    beforeAll(() => {
      engine = new RecordingEngine(apertium);
    });
    beforeEach(async () => {
      engine.reset();
      t = await buildTestApp(dialect, {
        config: { languages: [...LANGUAGES], translation: { engine: "apertium" } },
        translationEngine: engine,
      });
      const runtime = new TranslationRuntime(t.config, engine);
      runtimes.push(runtime);
      await runtime.load();
      deps = { db: t.database.db, config: t.config, runtime, now: () => NOW };
    });
    afterEach(async () => {
      await t.close();
    });

    async function publish(overrides: Parameters<typeof makeDraft>[0]) {
      const saved = await saveItem(t.database.db, {
        draft: makeDraft(overrides),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      return saved;
    }

    async function unitsOf(language: string) {
      return t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select([
          "s.text as source",
          "u.targetText",
          "u.route",
          "u.unknownWords",
          "u.state",
          "u.id",
        ])
        .where("u.targetLanguage", "=", language)
        .orderBy("u.id")
        .execute();
    }

    it("translates through the job queue: Spanish directly, French through Spanish, Arabic waits", async () => {
      const saved = await publish({
        title: "The cities meet in Paris",
        summary: "The mayors talk about the city.",
        body: "The **new** mayors meet in the city.\n\nThey talk about the [report](https://example.org/report).",
      });
      const worker = new JobWorker({
        db: t.database.db,
        jobs: buildJobs({
          db: t.database.db,
          config: t.config,
          translation: deps.runtime,
          now: () => NOW,
        }),
        workerId: "test",
        pollMs: 10,
        lockMs: 60_000,
        now: () => new Date(NOW.getTime() + 1000),
      });
      // The change announcement, then the translation it queues.
      while ((await worker.runOnce()) > 0);
      const done = await t.database.db
        .selectFrom("jobs")
        .select("type")
        .where("status", "=", "done")
        .execute();
      expect(done.map((j) => j.type)).toEqual(
        expect.arrayContaining(["ContentChangedTask", "TranslateRevisionTask"]),
      );
      const es = await unitsOf("es");
      const fr = await unitsOf("fr");
      expect(es.length).toBe(4);
      expect(es.every((u) => u.route === "apertium:en>es")).toBe(true);
      expect(fr.every((u) => u.route === "apertium:en>es>fr")).toBe(true);
      expect(await unitsOf("ar")).toEqual([]);
      const localized = await t.database.db
        .selectFrom("localizedRevisions")
        .selectAll()
        .where("revisionId", "=", saved.revision.id)
        .orderBy("language")
        .execute();
      expect(localized.map((l) => l.language)).toEqual(["es", "fr"]);
      const spanish = localized.find((l) => l.language === "es");
      expect(spanish?.title).toMatch(/ciudades/i);
      // Markup came back in place: emphasis and the link survive translation.
      expect(spanish?.body).toMatch(/\*\*[^*]+\*\*/);
      expect(spanish?.body).toContain("](https://example.org/report)");
      const french = localized.find((l) => l.language === "fr");
      expect(french?.title).toMatch(/villes/i);
    });

    it("renders a held translation's HTML when it goes live, and keeps a live one rendered when it is assembled again", async () => {
      const saved = await publish({
        title: "The cities meet",
        body: "The **new** mayors meet in the city.\n\nRead the [report](https://example.org/report).",
      });
      const withPolicy = (policy: "review" | "immediate"): TranslateDeps => ({
        ...deps,
        config: { ...t.config, translation: { ...t.config.translation, policies: { es: policy } } },
      });
      const spanish = () =>
        t.database.db
          .selectFrom("localizedRevisions")
          .select(["id", "body", "bodyHtml", "wordCount", "htmlPending"])
          .where("revisionId", "=", saved.revision.id)
          .where("language", "=", "es")
          .executeTakeFirstOrThrow();
      // Held for review: assembled, but readers never see it, so it is not rendered.
      await translateRevision(withPolicy("review"), {
        revisionId: saved.revision.id,
        languages: ["es"],
      });
      const held = await spanish();
      expect(held).toMatchObject({ bodyHtml: "", wordCount: 0, htmlPending: 1 });
      expect(held.body).toMatch(/\*\*[^*]+\*\*/);
      expect((await findLiveTranslation(t.database.db, saved.item.id, "es"))?.bodyHtml).toBeNull();
      // The language's policy changes: it goes live, rendered.
      expect(await refreshLiveTranslation(withPolicy("immediate"), saved.item.id, "es")).toBe(true);
      const live = await spanish();
      expect(live.htmlPending).toBe(0);
      expect(live.bodyHtml).toMatch(/<strong>[^<]+<\/strong>/);
      expect(live.bodyHtml).toContain('href="https://example.org/report"');
      expect(live.wordCount).toBeGreaterThan(5);
      const page = await findLiveTranslation(t.database.db, saved.item.id, "es");
      expect(page?.bodyHtml).toBe(live.bodyHtml);
      // Assembled again while live, under a policy that would hold it: readers keep a rendered page.
      await translateRevision(withPolicy("review"), {
        revisionId: saved.revision.id,
        languages: ["es"],
      });
      expect(await spanish()).toEqual(live);
    });

    it("translates an item written in French: into Spanish directly, into English through Spanish", async () => {
      const saved = await publish({
        sourceLanguage: "fr",
        title: "Les villes se réunissent",
        summary: "",
        body: "Les maires parlent de la ville.",
      });
      const outcomes = await translateRevision(deps, { revisionId: saved.revision.id });
      expect(outcomes.map((o) => [o.language, o.route?.join(">") ?? null])).toEqual([
        ["en", "fr>es>en"],
        ["es", "fr>es"],
        ["ar", null],
      ]);
      const english = await t.database.db
        .selectFrom("localizedRevisions")
        .select(["title", "body"])
        .where("revisionId", "=", saved.revision.id)
        .where("language", "=", "en")
        .executeTakeFirstOrThrow();
      expect(english.title).toMatch(/cities/i);
      expect(english.body).toMatch(/mayors/i);
    });

    it("reads decomposed letters as composed ones: the engine knows only those", async () => {
      // "réseau" typed as e + combining accent (as some systems paste it): Apertium reads
      // "re\u0301seau" as another word and writes garbage ("récubo").
      const decomposed = "Le re\u0301seau des villes de Bogota\u0301";
      const saved = await publish({
        sourceLanguage: "fr",
        title: decomposed,
        summary: "",
        body: `${decomposed}.`,
      });
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] });
      const composed = decomposed.normalize("NFC");
      const [expected] = await apertium.translate({ from: "fr", to: "es", segments: [composed] });
      const title = (await unitsOf("es")).find((u) => u.source === composed);
      expect(title?.targetText).toBe(expected?.text);
      expect(title?.targetText).toContain("Bogotá");
      expect(title?.targetText).not.toMatch(/\p{M}/u);
    });

    it("applies a glossary term typed with a combining accent to text written with the composed letter", async () => {
      // "é" as e + U+0301, as text pasted from some systems writes it; the source says "Café".
      await upsertTerm(
        t.database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "es",
          sourceTerm: "Cafe\u0301 Council",
          targetTerm: "Consejo del Cafe\u0301",
          note: "",
        },
        null,
        NOW.toISOString(),
      );
      const saved = await publish({
        title: "Council",
        summary: "",
        body: "The Café Council meets.",
      });
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] });
      const unit = (await unitsOf("es")).find((u) => u.source === "The Café Council meets.");
      // The term as readers' text writes it (composed), in the engine's sentence.
      expect(unit?.targetText).toContain("Consejo del Café");
      expect(unit?.targetText).not.toContain("\u0301");
    });

    it("never publishes a machine's tag name: a glossary term or a reviewed unit names a tag", async () => {
      await upsertTerm(
        t.database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "es",
          sourceTerm: "Regional hubs",
          targetTerm: "Centros regionales",
          note: "",
        },
        null,
        NOW.toISOString(),
      );
      const tagged = await publish({
        title: "Hubs meet",
        summary: "",
        body: "The hubs meet.",
        tags: ["Regional hubs", "Youth"],
      });
      await translateRevision(deps, { revisionId: tagged.revision.id, languages: ["es"] });
      const names = async () =>
        (
          await t.database.db
            .selectFrom("tagTranslations as tt")
            .innerJoin("tags", "tags.id", "tt.tagId")
            .select(["tags.name as source", "tt.name"])
            .where("tt.language", "=", "es")
            .orderBy("tags.name")
            .execute()
        ).map((r) => `${r.source}=${r.name}`);
      // The glossary names one tag; the engine's "Juventud" is only a suggestion.
      expect(await names()).toEqual(["Regional hubs=Centros regionales"]);
      const youth = (await unitsOf("es")).find((u) => u.source === "Youth");
      expect(youth).toBeDefined();
      await t.database.db
        .updateTable("translationUnits")
        .set({ state: "reviewed", targetText: "Juventud" })
        .where("id", "=", youth?.id ?? 0)
        .execute();
      await translateRevision(deps, { revisionId: tagged.revision.id, languages: ["es"] });
      expect(await names()).toEqual(["Regional hubs=Centros regionales", "Youth=Juventud"]);
    });

    it("keeps glossary terms and records the words the engine does not know", async () => {
      await upsertTerm(
        t.database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "fr",
          sourceTerm: "Strong Cities Network",
          targetTerm: "Réseau des villes fortes",
          note: "",
        },
        null,
        NOW.toISOString(),
      );
      await upsertTerm(
        t.database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "*",
          sourceTerm: "Zorblatt",
          targetTerm: null,
          note: "",
        },
        null,
        NOW.toISOString(),
      );
      const saved = await publish({
        title: "The Strong Cities Network welcomes Zorblatt",
        summary: "",
        body: "The STRONG CITIES NETWORK meets the flibbertigibbets of the city.",
      });
      await translateRevision(deps, { revisionId: saved.revision.id });
      const fr = await unitsOf("fr");
      const title = fr.find((u) => u.source.startsWith("The Strong"));
      expect(title?.targetText).toContain("Réseau des villes fortes");
      expect(title?.targetText).toContain("Zorblatt");
      const body = fr.find((u) => u.source.includes("flibbertigibbets"));
      expect(body?.targetText).toContain("RÉSEAU DES VILLES FORTES");
      expect(JSON.parse(body?.unknownWords ?? "[]")).toContain("flibbertigibbets");
      expect(body?.targetText).not.toContain("*");
    });

    it("re-translates only the edited sentence, and reviewed sentences stay reviewed", async () => {
      const body =
        "The mayors meet in the city. The cities are strong.\n\nThe network grows every year.";
      const saved = await publish({ title: "Mayors meet", summary: "", body });
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] });
      const reviewed = (await unitsOf("es")).find(
        (u) => u.source === "The network grows every year.",
      );
      await t.database.db
        .updateTable("translationUnits")
        .set({ state: "reviewed", targetText: "La red crece cada año." })
        .where("id", "=", reviewed?.id ?? 0)
        .execute();
      engine.reset();
      const edited = await saveItem(t.database.db, {
        itemId: saved.item.id,
        draft: makeDraft({
          slug: saved.item.slug,
          title: "Mayors meet",
          summary: "",
          body: body.replace("The cities are strong.", "The cities are very strong."),
        }),
        actorId: null,
        now: NOW,
      });
      await translateRevision(deps, { revisionId: edited.revision.id, languages: ["es"] });
      // One call, for the one new sentence (the checks read dictionaries, not the engine).
      expect(engine.requests.map((r) => `${r.from}>${r.to}:${r.segments.length}`)).toEqual([
        "en>es:1",
      ]);
      expect(engine.segmentsSent("en", "es")).toEqual(["The cities are very strong."]);
      const again = (await unitsOf("es")).find((u) => u.id === reviewed?.id);
      expect(again).toMatchObject({ state: "reviewed", targetText: "La red crece cada año." });
      const localized = await t.database.db
        .selectFrom("localizedRevisions")
        .select("body")
        .where("revisionId", "=", edited.revision.id)
        .where("language", "=", "es")
        .executeTakeFirstOrThrow();
      expect(localized.body).toContain("La red crece cada año.");
    });

    it("completes when an Apertium process is killed in the middle of a batch", async () => {
      // Warm the pipeline, then kill one of its stages while a long batch is in flight.
      await apertium.translate({ from: "en", to: "es", segments: ["The city."] });
      const sentences = Array.from({ length: 120 }, (_, i) => `The mayor of city ${i + 1} speaks.`);
      const saved = await publish({ title: "Killed", summary: "", body: sentences.join("\n\n") });
      const running = translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const [, tagger] = apertium.stagePids("en", "es");
      expect(tagger).toBeGreaterThan(0);
      process.kill(tagger as number, "SIGKILL");
      const outcomes = await running;
      expect(outcomes[0]).toMatchObject({ language: "es", assembled: true });
      expect((await unitsOf("es")).length).toBe(121);
      expect(apertium.stagePids("en", "es")).not.toContain(tagger);
    });

    it("assembles a job's first revision as soon as its units are stored, while later batches are still checked", async () => {
      const short = await publish({ title: "Short", summary: "", body: "The city is strong." });
      const long = await publish({
        title: "Long",
        summary: "",
        body: Array.from({ length: 40 }, (_, i) => `Cities number ${i + 1} work together.`).join(
          "\n\n",
        ),
      });
      const events: string[] = [];
      // The checks of the long item's later sentences wait until the short item is assembled
      // (or 10 s): the order below then holds however slow the database is, and a job that
      // assembles only after its last batch fails it after the wait.
      let shortAssembled = () => {};
      const assembled = new Promise<void>((resolve) => (shortAssembled = resolve));
      let timer: NodeJS.Timeout | undefined;
      // The job analyses the sources once, then each batch's Spanish in turn.
      const isLater = (language: string, text: string) =>
        language === "es" && /\b([5-9]|[1-4]\d)\b/.test(text);
      const runtime = new TranslationRuntime(t.config, engine, {
        lexicon: holdingLexicon(
          deps.runtime.lexicon,
          isLater,
          Promise.race([
            assembled,
            new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
          ]),
        ),
      });
      await runtime.load();
      const result = await translatePending(
        { ...deps, runtime },
        {
          languages: ["es"],
          batchSegments: 4,
          onProgress: (_done, _total, label) => {
            events.push(label);
            if (label === `revision ${short.revision.id}`) shortAssembled();
          },
        },
      );
      clearTimeout(timer);
      expect(result.outcomes.map((o) => o.assembled)).toEqual([true, true]);
      const lastBatch = events.findLastIndex((label) => /^es \d+\/\d+ segments$/.test(label));
      expect(events[lastBatch]).toBe("es 43/43 segments");
      // The short item's two segments are in the first batch: it is done before the eleventh.
      expect(events.indexOf(`revision ${short.revision.id}`)).toBeLessThan(lastBatch);
      expect(events.indexOf(`revision ${long.revision.id}`)).toBeGreaterThan(lastBatch);
      expect((await unitsOf("es")).length).toBe(43);
    });

    it("resumes a job that crashed mid-way without translating anything twice", async () => {
      const sentences = Array.from({ length: 90 }, (_, i) => `The city number ${i + 1} is strong.`);
      const saved = await publish({
        title: "Many cities",
        summary: "",
        body: sentences.join("\n\n"),
      });
      // Requests: batch 1 (committed), then the crash on batch 2.
      engine.failOnRequest = 1;
      await expect(
        translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] }),
      ).rejects.toThrow(/simulated crash/);
      const committed = (await unitsOf("es")).length;
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(91);
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es"] });
      const sent = engine.segmentsSent("en", "es");
      // Every sentence once, plus the batch lost in the crash (it was never stored).
      const lost = engine.requests[2]?.segments.length ?? 0;
      expect(sent.length - lost).toBe(91);
      expect(new Set(sent).size).toBe(91);
      expect((await unitsOf("es")).length).toBe(91);
    });
  });
}

describe("policies", () => {
  it("defaults to gate and reads per-language policies", async () => {
    const { policyOf } = await import("./pipeline/index.js");
    const config = loadConfig(
      { dataDir: "/tmp/x", translation: { policies: { fr: "immediate", ar: "review" } } },
      {},
    );
    expect(policyOf(config, "fr")).toBe("immediate");
    expect(policyOf(config, "es")).toBe("gate");
    expect(policyOf(config, "ar")).toBe("review");
  });
});
