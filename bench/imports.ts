/**
 * Moving in and translators' files: how long the imports take, each beside a baseline
 * measured in the same run.
 *
 * 1. `civitas import wordpress` on the WordPress theme unit test data (a fresh data
 *    directory, SQLite): the first import, a dry run, and the second import (which
 *    changes nothing), each as the CLI process an operator runs. Baselines: the same
 *    CLI process doing nothing but start (`--help`), and a raw saxes parse of the same
 *    file in this process.
 * 2. XLIFF for 1,000 units (100 generated published items of 10 sentences, SQLite file):
 *    export of everything awaiting French, import as a dry run, and the real import
 *    (one transaction, pages re-assembled). Baselines: reading and validating the same
 *    file alone (`readXliff`), and a raw saxes parse of it.
 *
 * Usage: npx tsx bench/imports.ts [--wxr FILE] [--items 100]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import type { DB } from "../src/database.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { insertUser } from "../src/platform/auth/user.repository.js";
import { loadConfig } from "../src/platform/config.js";
import { openDatabase } from "../src/platform/db/database.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { exportForTranslation, importXliff } from "../src/modules/translation/pipeline/index.js";
import { readXliff } from "../src/modules/translation/xliff/read.js";
import {
  memoryOnlyDeps,
  publishTranslated,
} from "../src/modules/translation/review/review.test-kit.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const WXR =
  option("--wxr") ??
  path.resolve(
    ROOT,
    "../shared/data/wxr/wordpress-theme-test-data__themeunittestdata.wordpress.xml",
  );
const ITEMS = Number(option("--items") ?? 100);
const SENTENCES_PER_ITEM = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Parses XML with saxes and nothing else: the floor for any reader of the file. */
function saxesParse(text: string): number {
  const parser = new SaxesParser({ xmlns: true });
  let elements = 0;
  parser.on("opentag", () => {
    elements += 1;
  });
  parser.write(text).close();
  return elements;
}

function cli(dataDir: string, cliArgs: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...cliArgs], {
    cwd: ROOT,
    env: { ...process.env, CIVITAS_DATA: dataDir, NO_COLOR: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function wordpress(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-bench-wxr-"));
  try {
    const text = fs.readFileSync(WXR, "utf8");
    console.log(`WordPress import: ${path.basename(WXR)} (${(text.length / 1024).toFixed(0)} KB)`);
    const parse = await timed(() => saxesParse(text));
    console.log(
      `  baseline  saxes parse in process        ${seconds(parse.ms)} (${parse.value} elements)`,
    );
    const start = await timed(() => cli(dataDir, ["--help"]));
    console.log(`  baseline  civitas --help (process start) ${seconds(start.ms)}`);
    const summary = (json: string) => {
      const r = JSON.parse(json) as {
        created: number;
        updated: number;
        unchanged: number;
        redirects: number;
      };
      return `created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}, redirects ${r.redirects}`;
    };
    const first = await timed(() => cli(dataDir, ["import", "wordpress", WXR, "--json"]));
    console.log(
      `  import    first                           ${seconds(first.ms)} (${summary(first.value)})`,
    );
    const dry = await timed(() =>
      cli(dataDir, ["import", "wordpress", WXR, "--json", "--dry-run"]),
    );
    console.log(
      `  import    dry run                         ${seconds(dry.ms)} (${summary(dry.value)})`,
    );
    const second = await timed(() => cli(dataDir, ["import", "wordpress", WXR, "--json"]));
    console.log(
      `  import    second                          ${seconds(second.ms)} (${summary(second.value)})`,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function xliff(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-bench-xliff-"));
  const config = loadConfig(
    { dataDir, logLevel: "silent", languages: ["en", "fr"], translation: { engine: "none" } },
    {},
  );
  const database = openDatabase<DB>({ dialect: "sqlite", file: path.join(dataDir, "bench.db") });
  const deps = memoryOnlyDeps(database.db, config, () => new Date());
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    const user = await insertUser(database.db, {
      email: "bench@example.org",
      displayName: "Bench",
      role: "editor",
      passwordHash: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    const build = await timed(async () => {
      for (let i = 1; i <= ITEMS; i += 1) {
        const sentences = Array.from(
          { length: SENTENCES_PER_ITEM - 1 },
          (_, j) =>
            `Notice ${i}, point ${j + 1}: the council **meets** on Monday at ${j + 2} o'clock.`,
        );
        await publishTranslated(deps, {
          draft: {
            title: `Notice number ${i} of the council`,
            summary: "",
            body: sentences.join(" "),
          },
          language: "fr",
          translate: (s) => s,
        });
      }
    });
    const exported = await timed(() =>
      exportForTranslation(deps, { language: "fr", itemIds: [], all: true }),
    );
    const units = exported.value.units;
    console.log(`XLIFF 2.1, ${units} units (${ITEMS} items; corpus built in ${seconds(build.ms)})`);
    console.log(
      `  export    everything awaiting French      ${seconds(exported.ms)} (${(exported.value.xliff.length / 1024).toFixed(0)} KB)`,
    );
    // The translator's work: every unit gets a target with the source's codes.
    const filled = exported.value.xliff.replace(
      /<segment id="s1" state="initial"><source>(.*?)<\/source><\/segment>/gu,
      (_whole, source: string) =>
        `<segment id="s1" state="translated"><source>${source}</source><target>${source.replace("the council", "le conseil")}</target></segment>`,
    );
    const bytes = new TextEncoder().encode(filled);
    const raw = await timed(() => saxesParse(filled));
    console.log(
      `  baseline  saxes parse                     ${seconds(raw.ms)} (${raw.value} elements)`,
    );
    const read = await timed(() => readXliff(bytes));
    console.log(
      `  baseline  readXliff (read + validate)     ${seconds(read.ms)} (${read.value.segments.length} segments)`,
    );
    const input = { bytes, language: "fr", actorId: user.id, ip: "127.0.0.1" };
    const dry = await timed(() => importXliff(deps, { ...input, dryRun: true }));
    console.log(
      `  import    dry run (checks, no save)       ${seconds(dry.ms)} (${dry.value.accepted} accepted)`,
    );
    const done = await timed(() => importXliff(deps, input));
    console.log(
      `  import    saved, one transaction          ${seconds(done.ms)} (${done.value.accepted} accepted, ${done.value.pages} pages re-assembled; ${(done.ms / Math.max(1, done.value.accepted)).toFixed(1)} ms a unit)`,
    );
  } finally {
    await deps.runtime.lexicon.close();
    await database.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}`,
);
await wordpress();
await xliff();
