/**
 * After `civitas demo`: how many items and network texts readers of each
 * language see translated (live), and whether any live French or Spanish text
 * still has a word the language checks call foreign (a source or pivot word) or
 * an Apertium mark. Usage: CIVITAS_DATA=DIR npx tsx bench/demo-gate.ts
 */
import { openConfiguredDatabase } from "../src/database.js";
import { checkUnits } from "../src/modules/translation/qa/check-batch.js";
import { LABELLED_ROUTES } from "../src/modules/translation/qa/gate-figures.js";
import { ApertiumLexicon } from "../src/modules/translation/qa/lexicon/lexicon.js";
import { decideGate, policyOf } from "../src/modules/translation/pipeline/index.js";
import { loadConfig } from "../src/platform/config.js";

const config = loadConfig({}, process.env);
const database = openConfiguredDatabase(config);
const db = database.db;
const lexicon = new ApertiumLexicon();
const FOREIGN = new Set(["source-word", "pivot-word", "untranslated-mark"]);
try {
  const items = await db
    .selectFrom("items")
    .select(["id", "publishedRevisionId"])
    .where("status", "in", ["published", "archived"])
    .execute();
  for (const language of ["fr", "es"] as const) {
    const live = await db
      .selectFrom("itemTranslations as t")
      .innerJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
      .innerJoin("revisions as r", "r.id", "l.revisionId")
      .select([
        "l.title",
        "l.summary",
        "l.body",
        "r.title as sourceTitle",
        "r.summary as sourceSummary",
      ])
      .where("t.language", "=", language)
      .execute();
    const network = await db
      .selectFrom("networkTranslations")
      .select(["text", "state", "errorCount"])
      .where("language", "=", language)
      .execute();
    const policy = policyOf(config, language);
    const networkLive = network.filter(
      (n) =>
        decideGate({
          policy,
          kind: "text",
          isComplete: true,
          isReviewed: n.state === "reviewed",
          errorCount: n.errorCount,
        }).isLive,
    );
    const tags = await db
      .selectFrom("tagTranslations")
      .select("name")
      .where("language", "=", language)
      .execute();
    // Every live text checked again for foreign words and marks (sentences split on lines).
    const texts = [
      ...live.flatMap((l) => [l.title, l.summary, ...l.body.split("\n")]),
      ...networkLive.map((n) => n.text),
      ...tags.map((t) => t.name),
    ]
      .map((t) => stripMarkdown(t))
      .filter((t) => t.trim() !== "");
    const findings = await checkUnits({
      lexicon,
      sourceLanguage: "en",
      targetLanguage: language,
      route: LABELLED_ROUTES[language],
      units: texts.map((target) => ({ source: "", target })),
    });
    const foreign = texts.flatMap((text, i) => {
      const codes = (findings[i] ?? [])
        .filter((f) => FOREIGN.has(f.code))
        .map((f) => `${f.code} ${String(f.params.word)}`);
      return codes.length > 0 ? [`${codes.join(", ")} | ${text.slice(0, 100)}`] : [];
    });
    // The baseline in the same run: the machine sentences the checks alone would hold,
    // against those the gate holds (checks + the route's measured reliability).
    const engineUnits = await db
      .selectFrom("translationUnits")
      .select(["findings", "errorCount"])
      .where("targetLanguage", "=", language)
      .where("origin", "=", "engine")
      .where("state", "=", "machine")
      .execute();
    const heldByChecks = engineUnits.filter((u) =>
      (JSON.parse(u.findings) as { code: string; severity: string }[]).some(
        (f) => f.severity === "error" && f.code !== "engine-unproven",
      ),
    ).length;
    const heldByGate = engineUnits.filter((u) => u.errorCount > 0).length;
    console.log(
      `${language}: items live ${live.length}/${items.length}; network texts live ${networkLive.length}/${network.length}; tag names live ${tags.length}; live texts with a foreign word or mark: ${foreign.length}\n` +
        `    machine sentences ${engineUnits.length}: held by the checks alone ${heldByChecks}, by the gate ${heldByGate}`,
    );
    for (const line of foreign) console.log(`   ${line}`);
  }
} finally {
  await lexicon.close();
  await database.destroy();
}

/** The words of a Markdown line as readers see them (emphasis, link targets and list markers gone). */
function stripMarkdown(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/^\s*(?:[-+]|\d+\.|#+|>)\s+/, "");
}
