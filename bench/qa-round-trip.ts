/**
 * Does the round trip (translating the target back to English and scoring it
 * with chrF against the source) help the gate? Measured on the labelled sets of
 * real pipeline output and correct human translations (the dev set):
 * - how well the score tells acceptable from unacceptable machine output (ROC AUC,
 *   0.5 is chance), and how human translations score beside machine output;
 * - the baseline in the same run is the checks alone: how much unacceptable output
 *   the round trip would add to what they hold, at the score below which no more than
 *   2 % of correct human translations fall (the gate's false-alarm aim).
 * Usage: npx tsx bench/qa-round-trip.ts
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { ApertiumLocalEngine } from "../src/modules/translation/engines/apertium-local.js";
import { translateAlongRoute } from "../src/modules/translation/engines/routes.js";
import { checkUnits } from "../src/modules/translation/qa/check-batch.js";
import { chrF } from "../src/modules/translation/qa/chrf.js";
import { LABELLED_ROUTES } from "../src/modules/translation/qa/gate-figures.js";
import { ApertiumLexicon } from "../src/modules/translation/qa/lexicon/lexicon.js";

const FOLDER = fileURLToPath(new URL("../src/modules/translation/qa/labelled/", import.meta.url));
const engine = new ApertiumLocalEngine();
const lexicon = new ApertiumLexicon();

try {
  for (const language of ["fr", "es"] as const) {
    const route = LABELLED_ROUTES[language] ?? ["en", language];
    const back = [...route].reverse();
    const pipeline = readTsv(`${FOLDER}pipeline/en-${language}.tsv`);
    const human = readTsv(`${FOLDER}human/triples.tsv`);
    const score = async (rows: { source: string; target: string }[]) => {
      const { outputs } = await translateAlongRoute(
        engine,
        back,
        rows.map((r) => r.target),
        60_000,
      );
      return rows.map((r, i) => chrF(outputs[i]?.text ?? "", r.source));
    };
    const machineRows = pipeline.map((r) => ({ source: r.source ?? "", target: r.target ?? "" }));
    const humanRows = human.map((r) => ({ source: r.en ?? "", target: r[language] ?? "" }));
    const machineScores = await score(machineRows);
    const humanScores = await score(humanRows);
    const isBad = pipeline.map((r) => r.expect === "bad");
    const findings = await checkUnits({
      lexicon,
      sourceLanguage: "en",
      targetLanguage: language,
      route,
      units: machineRows,
    });
    const heldByChecks = findings.map((f) => f.some((x) => x.severity === "error"));

    const ok = machineScores.filter((_, i) => !isBad[i]);
    const bad = machineScores.filter((_, i) => isBad[i]);
    // The threshold: no more than 2 % of correct human translations score below it.
    const sortedHuman = [...humanScores].sort((a, b) => a - b);
    const threshold = sortedHuman[Math.floor(0.02 * sortedHuman.length)] ?? 0;
    const badTotal = bad.length;
    const caughtByChecks = isBad.filter((b, i) => b && heldByChecks[i]).length;
    const caughtWithRoundTrip = isBad.filter(
      (b, i) => b && (heldByChecks[i] || (machineScores[i] ?? 1) < threshold),
    ).length;
    const okHeldByRoundTrip = isBad.filter(
      (b, i) => !b && !heldByChecks[i] && (machineScores[i] ?? 1) < threshold,
    ).length;
    console.log(
      `${language} (${route.join(">")}, back ${back.join(">")}): median round-trip chrF — acceptable machine ${median(ok).toFixed(3)}, ` +
        `unacceptable machine ${median(bad).toFixed(3)}, correct human ${median(humanScores).toFixed(3)}; ` +
        `AUC unacceptable vs acceptable ${auc(bad, ok).toFixed(3)}, machine vs human ${auc(humanScores, machineScores).toFixed(3)} ` +
        `(above 0.5: human translations score lower than machine output)`,
    );
    console.log(
      `   recall: checks alone (baseline) ${(caughtByChecks / badTotal).toFixed(3)}, ` +
        `+ round trip below ${threshold.toFixed(3)} (≤ 2 % of human held) ${(caughtWithRoundTrip / badTotal).toFixed(3)}; ` +
        `acceptable output it would hold besides: ${okHeldByRoundTrip}/${ok.length}`,
    );
  }
} finally {
  await engine.close();
  await lexicon.close();
}

/** The chance a random score of `low` is below a random score of `high` (ties count half). */
function auc(low: readonly number[], high: readonly number[]): number {
  let wins = 0;
  for (const l of low) for (const h of high) wins += l < h ? 1 : l === h ? 0.5 : 0;
  return low.length * high.length === 0 ? 0.5 : wins / (low.length * high.length);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function readTsv(path: string): Record<string, string>[] {
  const [header = "", ...rows] = fs.readFileSync(path, "utf8").split("\n").filter(Boolean);
  const columns = header.split("\t");
  return rows.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}
