/**
 * Translates English sentences through the real pipeline (segmentation,
 * glossary protection, Apertium along the configured route, post-edits) and
 * prints `source<TAB>target` per sentence: how the labelled set of pipeline
 * output (src/modules/translation/qa/labelled/pipeline/) was made, and how
 * routes are compared.
 * Usage: npx tsx bench/pipeline-output.ts FILE.tsv --to fr [--route en>ca>fr] [--column source]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openConfiguredDatabase } from "../src/database.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { ApertiumLocalEngine } from "../src/modules/translation/engines/apertium-local.js";
import { TranslationRuntime } from "../src/modules/translation/runtime.js";
import { translateFields } from "../src/modules/translation/translate.service.js";
import { loadConfig } from "../src/platform/config.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args[0];
const to = option("--to");
if (!file || !to) throw new Error("usage: pipeline-output.ts FILE.tsv --to fr [--route en>ca>fr]");
const column = option("--column") ?? "source";
const route = option("--route");
const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
const header = (lines.shift() ?? "").split("\t");
const index = header.indexOf(column);
if (index < 0) throw new Error(`no column ${column}`);
const sources = lines.map((line) => line.split("\t")[index] ?? "");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-pipeline-"));
const config = loadConfig(
  {
    dataDir,
    logLevel: "silent",
    languages: [...new Set(["en", "fr", "es", "ar", to])] as ("en" | "fr" | "es" | "ar")[],
    translation: route ? { routes: { [`en>${to}`]: route.split(">") } } : {},
  },
  {},
);
const database = openConfiguredDatabase(config);
try {
  await migrateToLatest(database.db, MIGRATIONS);
  const runtime = new TranslationRuntime(config, new ApertiumLocalEngine());
  await runtime.load();
  const deps = { db: database.db, config, runtime, now: () => new Date() };
  const fields = sources.map((text, i) => ({ field: `s${i}`, format: "plain" as const, text }));
  const result = await translateFields(deps, { sourceLanguage: "en", fields, languages: [to] });
  const values = result.get(to)?.values ?? new Map<string, string>();
  process.stdout.write("source\ttarget\n");
  sources.forEach((source, i) => {
    process.stdout.write(`${source}\t${(values.get(`s${i}`) ?? "").replace(/[\t\n]/g, " ")}\n`);
  });
  await runtime.close();
} finally {
  await database.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
