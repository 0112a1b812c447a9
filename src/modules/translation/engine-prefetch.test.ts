import { afterAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp } from "../../test-support/app.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { HopMemo } from "./engines/hop-memo.js";
import { PREFETCH_FIRST_SEGMENTS } from "./engine-prefetch.js";
import { upsertTerm } from "./glossary.repository.js";
import { TranslationRuntime } from "./runtime.js";
import { RecordingEngine } from "./translation.test-kit.js";
import {
  listRevisionsToTranslate,
  translatePending,
  translateRevision,
} from "./translate.service.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

const ITEMS = [
  {
    title: "The cities meet in Paris",
    summary: "The mayors talk about the city.",
    body: "The **new** mayors meet in the city.\n\nThey talk about the [report](https://example.org/report) of the network.",
  },
  {
    title: "A report on housing",
    summary: "The mayors talk about the city.",
    body: "The network publishes a report.\n\nThe city council votes on Monday. It costs 3,000 euros.",
  },
  {
    title: "Water for every district",
    summary: "Clean water reaches the old town.",
    body: "The mayors talk about the city.\n\n- Pipes are replaced.\n- The *network* grows.",
  },
];

/** Every unit's source, language, text, findings and unknown words, in a stable order. */
async function translateAll(
  dialect: (typeof DIALECTS)[number],
  pending: boolean,
  budgets = {},
  batchSegments?: number,
) {
  const engine = new RecordingEngine(apertium);
  const t = await buildTestApp(dialect, {
    config: { languages: ["en", "fr", "es"], translation: { engine: "apertium", budgets } },
    translationEngine: engine,
  });
  try {
    const db = t.database.db;
    await upsertTerm(
      db,
      {
        sourceLanguage: "en",
        targetLanguage: "es",
        sourceTerm: "network",
        targetTerm: "red",
        note: "",
      },
      null,
      NOW.toISOString(),
    );
    for (const draft of ITEMS) {
      const saved = await saveItem(db, { draft: makeDraft(draft), actorId: null, now: NOW });
      await publishItem(db, { itemId: saved.item.id, now: NOW });
    }
    const runtime = new TranslationRuntime(t.config, engine);
    await runtime.load();
    const deps = { db, config: t.config, runtime, now: () => NOW };
    const progress: string[] = [];
    if (pending)
      await translatePending(deps, {
        batchSegments,
        onProgress: (_d, _t, label) => progress.push(label),
      });
    else {
      for (const { revisionId } of await listRevisionsToTranslate(db)) {
        await translateRevision(deps, { revisionId });
      }
    }
    const units = await db
      .selectFrom("translationUnits as u")
      .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
      .select([
        "s.text as source",
        "u.targetLanguage",
        "u.targetText",
        "u.findings",
        "u.unknownWords",
        "u.route",
      ])
      .orderBy("s.text")
      .orderBy("u.targetLanguage")
      .execute();
    const pages = await db
      .selectFrom("localizedRevisions")
      .select(["revisionId", "language", "title", "body", "bodyHtml", "state", "errorCount"])
      .orderBy("revisionId")
      .orderBy("language")
      .execute();
    const usage = await db.selectFrom("engineUsage").selectAll().execute();
    return { units, pages, requests: [...engine.requests], usage, progress };
  } finally {
    await t.close();
  }
}

for (const dialect of DIALECTS) {
  describe(`translatePending asks the engine early on ${dialect}`, () => {
    it("stores exactly what translating revision by revision stores, with fewer, larger requests", async () => {
      const one = await translateAll(dialect, false);
      const early = await translateAll(dialect, true);
      expect(early.units.length).toBeGreaterThan(20);
      expect(early.units).toEqual(one.units);
      expect(early.pages).toEqual(one.pages);
      // Revision by revision: requests per revision and hop (the en>es hop of French sends
      // "network" unprotected, so it is a request of its own); early: a few large ones.
      const count = (requests: typeof one.requests, direction: string) =>
        requests.filter((r) => `${r.from}>${r.to}` === direction).length;
      expect(count(one.requests, "es>fr")).toBe(ITEMS.length);
      // (The job's first revision may ask before the early requests are out.)
      expect(count(early.requests, "es>fr")).toBeLessThanOrEqual(2);
      expect(count(early.requests, "en>es")).toBeLessThanOrEqual(3);
      expect(early.requests.length).toBeLessThan(one.requests.length);
      // Each segment is sent once per direction.
      const sent = early.requests.flatMap((r) => r.segments.map((s) => `${r.from}>${r.to} ${s}`));
      expect(new Set(sent).size).toBe(sent.length);
    }, 120_000);

    it("stores the same in many small batches, each started while the one before is stored", async () => {
      const one = await translateAll(dialect, false);
      const batched = await translateAll(dialect, true, {}, 3);
      expect(batched.units).toEqual(one.units);
      expect(batched.pages).toEqual(one.pages);
      // Spanish alone took several batches of 3, so the overlap really ran.
      const spanish = batched.progress.filter((label) => /^es \d+\/\d+ segments$/.test(label));
      expect(spanish.length).toBeGreaterThan(4);
      expect(spanish).toContain(
        "es 3/" + /^es \d+\/(\d+)/.exec(spanish[0] ?? "")?.[1] + " segments",
      );
    }, 120_000);

    it("never asks early an engine that has a budget: each request is charged when the job sends it", async () => {
      const budgets = { apertium: 1_000_000 };
      const one = await translateAll(dialect, false, budgets);
      const early = await translateAll(dialect, true, budgets);
      expect(early.units).toEqual(one.units);
      expect(early.requests.map((r) => r.segments)).toEqual(one.requests.map((r) => r.segments));
      const characters = (usage: typeof one.usage) => usage.map((u) => Number(u.characters));
      expect(characters(early.usage)).toEqual(characters(one.usage));
      expect(characters(early.usage)[0]).toBeGreaterThan(0);
    }, 120_000);
  });
}

describe("HopMemo", () => {
  it("sends a small first request, so the engine starts while the job's other revisions are segmented", async () => {
    const engine = new RecordingEngine(apertium);
    const t = await buildTestApp("sqlite", {
      config: { languages: ["en", "es"], translation: { engine: "apertium" } },
      translationEngine: engine,
    });
    try {
      const db = t.database.db;
      for (let item = 0; item < 3; item++) {
        const body = Array.from({ length: 40 }, (_, i) => `Town ${item * 40 + i} plants trees.`);
        const saved = await saveItem(db, {
          draft: makeDraft({ title: `Trees ${item}`, summary: "", body: body.join("\n\n") }),
          actorId: null,
          now: NOW,
        });
        await publishItem(db, { itemId: saved.item.id, now: NOW });
      }
      const runtime = new TranslationRuntime(t.config, engine);
      await runtime.load();
      await translatePending({ db, config: t.config, runtime, now: () => NOW });
      // 123 segments: the first request goes out with the second revision, the rest at the end.
      expect(engine.requests.map((r) => r.segments.length)).toEqual([
        PREFETCH_FIRST_SEGMENTS,
        123 - PREFETCH_FIRST_SEGMENTS,
      ]);
    } finally {
      await t.close();
    }
  });

  it("answers a segment still on its way from the first request, and forgets a failed one", async () => {
    const engine = new RecordingEngine(apertium);
    const memo = new HopMemo(engine);
    const first = memo.translate({ from: "en", to: "es", segments: ["The city.", "The house."] });
    const second = memo.translate({ from: "en", to: "es", segments: ["The house.", "The dog."] });
    const [a, b] = await Promise.all([first, second]);
    expect(b[0]).toEqual(a[1]);
    expect(engine.requests.map((r) => r.segments)).toEqual([
      ["The city.", "The house."],
      ["The dog."],
    ]);
    engine.failOnRequest = 2;
    await expect(
      memo.translate({ from: "en", to: "es", segments: ["The river."] }),
    ).rejects.toThrow(/simulated crash/);
    const again = await memo.translate({ from: "en", to: "es", segments: ["The river."] });
    expect(again[0]?.text).toMatch(/río/);
    expect(engine.requests).toHaveLength(4);
  });
});
