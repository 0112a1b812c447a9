/**
 * Engines bench: the same 200 network-style sentences (the first 200 sources
 * of src/modules/translation/qa/labelled/pipeline/sources.tsv) through
 * each engine available here — Apertium en>es, en>es>fr, en>ca>fr, and the
 * loopback stand-ins of LibreTranslate, DeepL and an OpenAI-compatible chat
 * server — two ways, in the same run:
 *
 * 1. the baseline: a direct call of the engine along its route on the
 *    segments' text (batches of 40, as the pipeline sends them);
 * 2. Civitas's unit path (`ensureUnits`: memory lookup, glossary protection,
 *    the engine, restoration, post-editing, the checks with the dictionaries'
 *    evidence, units and fuzzy matches written to an in-memory SQLite), from
 *    an empty memory.
 *
 * It prints ms per sentence of each and the overhead ratio (unit path ÷
 * direct call). The stand-ins answer at once, so their ratio is Civitas's
 * own cost over an HTTP round trip on loopback.
 *
 *   npx tsx bench/engines.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { DB } from "../src/database.js";
import { publishItem, saveItem } from "../src/modules/content/item.service.js";
import { makeDraft } from "../src/modules/content/factories.test-kit.js";
import { translateAlongRoute } from "../src/modules/translation/engines/routes.js";
import type { TranslationEngine } from "../src/modules/translation/engines/engine.js";
import { loadTranslatableRevision } from "../src/modules/translation/fields.js";
import { saveRevisionSegments } from "../src/modules/translation/memory.repository.js";
import { TranslationRuntime } from "../src/modules/translation/runtime.js";
import {
  ensureUnits,
  segmentFields,
  storedSegments,
} from "../src/modules/translation/units.service.js";
import type { StoredSegment } from "../src/modules/translation/memory.repository.js";
import { upsertTerm } from "../src/modules/translation/glossary.repository.js";
import { createProgress } from "../src/platform/cli/progress.js";
import { type ConfigInput, loadConfig } from "../src/platform/config.js";
import { createTestDatabase } from "../src/test-support/databases.js";
import { startStandIn, translateTaggedText } from "../src/test-support/stand-in-server.js";

const SENTENCES = 200;
const BATCH = 40;
const WORDS = { the: "le", cities: "villes", city: "ville", network: "réseau", and: "et" };

const sentences = readSentences();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-bench-engines-"));

const libre = await startStandIn((request) => {
  if (request.path === "/languages")
    return { body: [{ code: "en", name: "English", targets: ["fr", "es"] }] };
  const body = request.body as { q: string[] };
  return {
    body: {
      translatedText: body.q.map((q) =>
        translateTaggedText(q, WORDS).replace(/<x ([^<>]*?)\/>/g, "<x $1></x>"),
      ),
    },
  };
});
const deepl = await startStandIn((request) => {
  if (request.path === "/v2/languages")
    return request.query.get("type") === "target"
      ? { body: [{ language: "FR" }, { language: "ES" }] }
      : { body: [{ language: "EN" }] };
  const body = request.body as { text: string[] };
  return {
    body: {
      translations: body.text.map((text) => ({
        detected_source_language: "EN",
        text: translateTaggedText(text, WORDS),
      })),
    },
  };
});
const chat = await startStandIn((request) => {
  const body = request.body as { messages: { role: string; content: string }[] };
  const user = body.messages.find((m) => m.role === "user")?.content ?? "";
  return {
    body: {
      id: "chatcmpl-bench",
      object: "chat.completion",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: translateTaggedText(user, WORDS) },
          finish_reason: "stop",
        },
      ],
    },
  };
});

interface Case {
  label: string;
  to: string;
  translation: ConfigInput["translation"];
  pick: (runtime: TranslationRuntime) => TranslationEngine | null | undefined;
}
const apertium = (runtime: TranslationRuntime) => runtime.engine;
const CASES: Case[] = [
  {
    label: "libretranslate (stand-in) en>fr",
    to: "fr",
    translation: { engines: { "en>fr": "libretranslate" }, libretranslate: { url: libre.url } },
    pick: (r) => r.engines.get("libretranslate"),
  },
  {
    label: "llm chat (stand-in) en>fr",
    to: "fr",
    translation: { engines: { "en>fr": "llm" }, llm: { url: chat.url, model: "bench" } },
    pick: (r) => r.engines.get("llm"),
  },
  {
    label: "deepl (stand-in) en>fr",
    to: "fr",
    translation: {
      engines: { "en>fr": "deepl" },
      cloudPairs: ["en>fr"],
      deepl: { apiKey: "bench-key:fx", url: deepl.url, glossaries: {} },
    },
    pick: (r) => r.engines.get("deepl"),
  },
  { label: "apertium en>es", to: "es", translation: {}, pick: apertium },
  {
    label: "apertium en>es>fr",
    to: "fr",
    translation: { routes: { "en>fr": ["en", "es", "fr"] } },
    pick: apertium,
  },
  {
    label: "apertium en>ca>fr",
    to: "fr",
    translation: { routes: { "en>fr": ["en", "ca", "fr"] } },
    pick: apertium,
  },
];

const results: { label: string; direct: number; unit: number; error?: string }[] = [];
const progress = createProgress("Engines bench");
try {
  for (const [index, c] of CASES.entries()) {
    progress.update(index, CASES.length, c.label);
    const config = loadConfig(
      {
        dataDir,
        logLevel: "silent",
        languages: ["en", "fr", "es"],
        // A stand-in that does not answer fails fast instead of retrying for minutes.
        translation: { engine: "apertium", timeoutMs: 20_000, retries: 0, ...c.translation },
      },
      {},
    );
    const runtime = TranslationRuntime.fromConfig(config);
    await runtime.load();
    try {
      const engine = c.pick(runtime);
      const route = runtime.route("en", c.to);
      if (!engine || !route) throw new Error("engine or route not available here");
      // Warm up the engine's processes (Apertium) and the checks' dictionaries once.
      const warm = await prepare(sentences.slice(0, 10));
      await ensureUnits(warm.deps(runtime, config), {
        progressId: warm.revisionId,
        sourceLanguage: "en",
        language: c.to,
        stored: warm.stored,
        engine,
      });
      await warm.close();

      const run = await prepare(sentences);
      const texts = run.stored.map((s) => s.text);
      let started = performance.now();
      for (let i = 0; i < texts.length; i += BATCH)
        await translateAlongRoute(engine, route, texts.slice(i, i + BATCH));
      const direct = performance.now() - started;
      started = performance.now();
      const outcome = await ensureUnits(run.deps(runtime, config), {
        progressId: run.revisionId,
        sourceLanguage: "en",
        language: c.to,
        stored: run.stored,
        engine,
      });
      const unit = performance.now() - started;
      if (outcome.translated !== run.stored.length)
        throw new Error(`translated ${outcome.translated} of ${run.stored.length}`);
      await run.close();
      results.push({ label: c.label, direct: direct / texts.length, unit: unit / texts.length });
      printResult(results.at(-1));
    } catch (error) {
      results.push({
        label: c.label,
        direct: 0,
        unit: 0,
        error: error instanceof Error ? error.message : String(error),
      });
      printResult(results.at(-1));
    } finally {
      await runtime.close();
    }
  }
  progress.done();
} finally {
  await Promise.all([libre.close(), deepl.close(), chat.close()]);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `\n${SENTENCES} sentences (labelled/pipeline/sources.tsv), batches of ${BATCH}; ms per sentence`,
);
console.log(
  "engine".padEnd(34),
  "direct".padStart(9),
  "unit path".padStart(10),
  "ratio".padStart(7),
);
for (const r of results) {
  if (r.error) {
    console.log(r.label.padEnd(34), `not measured: ${r.error}`);
    continue;
  }
  console.log(
    r.label.padEnd(34),
    r.direct.toFixed(2).padStart(9),
    r.unit.toFixed(2).padStart(10),
    `${(r.unit / r.direct).toFixed(1)}×`.padStart(7),
  );
}

/** One engine's line, printed as soon as it is measured. */
function printResult(r: (typeof results)[number] | undefined): void {
  if (!r) return;
  const line = r.error
    ? `${r.label}: not measured: ${r.error}`
    : `${r.label}: direct ${r.direct.toFixed(2)} ms/sentence, unit path ${r.unit.toFixed(2)} ms/sentence, ratio ${(r.unit / r.direct).toFixed(1)}×`;
  process.stderr.write(`${line}\n`);
}

/** An item whose body is the sentences, one paragraph each, published and segmented in a fresh in-memory database. */
async function prepare(texts: readonly string[]) {
  const database = await createTestDatabase("sqlite");
  const db: Kysely<DB> = database.db;
  const now = new Date();
  const saved = await saveItem(db, {
    draft: makeDraft({ title: "Bench", summary: "", body: texts.join("\n\n") }),
    actorId: null,
    now,
  });
  await publishItem(db, { itemId: saved.item.id, now });
  // The glossary protects a term as the pipeline does on the site.
  await upsertTerm(
    db,
    {
      sourceLanguage: "en",
      targetLanguage: "*",
      sourceTerm: "Strong Cities Network",
      targetTerm: null,
      note: "",
    },
    null,
    now.toISOString(),
  );
  const source = await loadTranslatableRevision(db, saved.revision.id);
  if (!source) throw new Error("no revision");
  const stored: StoredSegment[] = storedSegments(segmentFields(source.fields, "en")).filter(
    (s) => s.field === "body",
  );
  await saveRevisionSegments(db, {
    revisionId: saved.revision.id,
    language: "en",
    segments: stored,
    now: now.toISOString(),
  });
  return {
    revisionId: saved.revision.id,
    stored,
    deps: (runtime: TranslationRuntime, config: ReturnType<typeof loadConfig>) => ({
      db,
      config,
      runtime,
      now: () => new Date(),
    }),
    close: () => database.destroy(),
  };
}

function readSentences(): string[] {
  const file = new URL(
    "../src/modules/translation/qa/labelled/pipeline/sources.tsv",
    import.meta.url,
  );
  const seen = new Set<string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
    const source = line.split("\t")[1]?.trim();
    if (source) seen.add(source);
  }
  const all = [...seen];
  if (all.length < SENTENCES) throw new Error(`only ${all.length} sentences in the labelled set`);
  return all.slice(0, SENTENCES);
}
