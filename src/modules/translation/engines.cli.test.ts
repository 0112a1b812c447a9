import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { openDatabase } from "../../platform/db/database.js";
import { type StandIn, startStandIn } from "../../test-support/stand-in-server.js";
import { latestEngineEvaluations } from "./engine-evaluations.repository.js";
import { captureCivitas } from "../../test-support/cli.js";

// en>fr: a LibreTranslate stand-in on loopback (none can run here) that knows the
// references by heart, against the real local Apertium (en>es>fr).
const ROWS: [string, string][] = [
  ["The meeting will be held online.", "La réunion se tiendra en ligne."],
  ["Registration closes on Friday.", "Les inscriptions ferment vendredi."],
  ["The cities share their plans.", "Les villes partagent leurs plans."],
  ["The mayors meet in Paris.", "Les maires se réunissent à Paris."],
];

describe("civitas engines evaluate", () => {
  let dir: string;
  let libre: StandIn;
  const env = { ...process.env };

  const civitas = (args: string[]) => captureCivitas(dir, args);

  function tsv(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-engines-"));
    const known = new Map(ROWS);
    libre = await startStandIn((request) => {
      if (request.path === "/languages") {
        return { body: [{ code: "en", name: "English", targets: ["fr"] }] };
      }
      if (request.path === "/v2/languages")
        return { body: [{ language: "EN" }, { language: "FR" }] };
      const { q } = request.body as { q: string[] };
      return { body: { translatedText: q.map((text) => known.get(text) ?? text) } };
    });
    Object.assign(process.env, {
      CIVITAS_LANGUAGES: "en,fr,es,ar",
      CIVITAS_LOG_LEVEL: "silent",
      CIVITAS_TRANSLATION_ENGINES: "en>fr=libretranslate; en>es=deepl; *=apertium",
      CIVITAS_TRANSLATION_CLOUD: "en>es",
      CIVITAS_LIBRETRANSLATE_URL: libre.url,
      CIVITAS_DEEPL_API_KEY: "stand-in:fx",
      CIVITAS_DEEPL_URL: libre.url,
      CIVITAS_TRANSLATION_BUDGETS: "libretranslate=100000",
    });
  });
  afterAll(async () => {
    process.env = env;
    await libre.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints chrF and the held shares per engine serving the pair, with progress, and skips cloud engines not allowed", async () => {
    const file = tsv(
      "en-fr.tsv",
      `source\treference\n${ROWS.map((r) => r.join("\t")).join("\n")}\n`,
    );
    const { stdout, stderr } = await civitas([
      "engines",
      "evaluate",
      "--from",
      "en",
      "--to",
      "fr",
      file,
    ]);
    expect(stderr).toContain("Evaluating engines");
    expect(stdout).toContain("Engines for en > fr on 4 sentence(s):");
    const libreLine = stdout.split("\n").find((l) => l.trim().startsWith("libretranslate"));
    const apertiumLine = stdout.split("\n").find((l) => l.trim().startsWith("apertium "));
    // The stand-in returns the references: chrF 100, and no judged figures, so the gate holds all of it.
    expect(libreLine).toMatch(/libretranslate:en>fr\s+100\.0\s+best\s+100\.0 %\s+\d+\.\d %/);
    expect(apertiumLine).toMatch(/apertium:en>es>fr\s+\d+\.\d\s+\d+\.\d %/);
    const apertiumChrF = Number(/apertium:en>es>fr\s+(\d+\.\d)/.exec(apertiumLine ?? "")?.[1]);
    expect(apertiumChrF).toBeGreaterThan(10);
    expect(apertiumChrF).toBeLessThan(100);
    expect(stdout).toContain(
      "deepl: not evaluated, sends text off this server; add en>fr to CIVITAS_TRANSLATION_CLOUD to evaluate it",
    );
    const json = JSON.parse(
      (await civitas(["engines", "evaluate", "--from", "en", "--to", "fr", "--json", file])).stdout,
    ) as { scores: { name: string; chrF: number; heldByGate: number; sentences: number }[] };
    expect(json.scores.map((s) => s.name)).toEqual(["libretranslate", "apertium"]);
    expect(json.scores[0]).toMatchObject({ chrF: 100, heldByGate: 1, sentences: 4 });

    // Each run is recorded for the engines page: the latest per pair and engine.
    const database = openDatabase<DB>({ dialect: "sqlite", file: path.join(dir, "civitas.db") });
    try {
      const latest = await latestEngineEvaluations(database.db);
      expect(latest.map((e) => [e.from, e.to, e.engine, e.route, e.sentences])).toEqual([
        ["en", "fr", "libretranslate", "libretranslate:en>fr", 4],
        ["en", "fr", "apertium", "apertium:en>es>fr", 4],
      ]);
      expect(latest[0]).toMatchObject({ chrF: 100, heldShare: 1, fileName: "en-fr.tsv" });
      expect(latest[1]?.chrF).toBeCloseTo(apertiumChrF, 1);
      const runs = await database.db
        .selectFrom("engineEvaluations")
        .select(({ fn }) => fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(runs.n)).toBe(4);
    } finally {
      await database.destroy();
    }
  });

  it("refuses a file with a bad line or an empty cell, naming the line", async () => {
    const bad = tsv("bad.tsv", "Hello.\tBonjour.\nOne\ttwo\tthree\n");
    const { stderr, code } = await civitas([
      "engines",
      "evaluate",
      "--from",
      "en",
      "--to",
      "fr",
      bad,
    ]);
    expect(stderr).toContain("line 2 has 3 column(s); expected 2 (source<TAB>reference)");
    expect(code).toBe(2);
    const empty = tsv("empty.tsv", "Hello.\t\n");
    expect(
      (await civitas(["engines", "evaluate", "--from", "en", "--to", "fr", empty])).stderr,
    ).toContain("line 1 has an empty reference");
    expect(
      (
        await civitas([
          "engines",
          "evaluate",
          "--from",
          "en",
          "--to",
          "fr",
          path.join(dir, "missing.tsv"),
        ])
      ).stderr,
    ).toContain("no such file");
  });
}, 120_000);
