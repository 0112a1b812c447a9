/**
 * Figures of the automatic translation checks on the labelled set
 * (src/modules/translation/qa/labelled/): per kind of error, pairs caught /
 * pairs with it; clean pairs flagged / clean pairs. The held-out part
 * (labelled/held-out/) was written after the checks were tuned and never tuned on.
 * Run: npx tsx bench/qa-labelled.ts [--round-trip] (back-translates every
 * target with the local Apertium first, as `civitas qa --round-trip` does).
 */
import { fileURLToPath } from "node:url";
import { ApertiumLocalEngine } from "../src/modules/translation/engines/apertium-local.js";
import { planRoute, translateAlongRoute } from "../src/modules/translation/engines/routes.js";
import {
  CAUGHT_SEVERITIES,
  FLAGGED_SEVERITIES,
  type LabelledPair,
  evaluateLabelledSet,
  loadLabelledSet,
} from "../src/modules/translation/qa/labelled-set.js";
import { plainText } from "../src/modules/translation/segments/index.js";

const isRoundTrip = process.argv.includes("--round-trip");
const folder = fileURLToPath(new URL("../src/modules/translation/qa/labelled/", import.meta.url));
const engine = isRoundTrip ? new ApertiumLocalEngine() : undefined;
try {
  console.log(`Caught = a finding of the kind with severity ${CAUGHT_SEVERITIES.join(" or ")}.`);
  console.log(
    `Flagged = a clean pair with a finding of severity ${FLAGGED_SEVERITIES.join(" or ")}.`,
  );
  await report("Labelled set", loadLabelledSet(folder));
  await report("Held-out set", loadLabelledSet(`${folder}held-out/`));
} finally {
  await engine?.close();
}

async function report(title: string, pairs: LabelledPair[]): Promise<void> {
  const backTranslations = engine ? await backTranslate(engine, pairs) : undefined;
  const figures = evaluateLabelledSet(pairs, backTranslations);
  const count = (lang: string) =>
    pairs.filter((p) => `${p.sourceLanguage}-${p.targetLanguage}` === lang).length;
  console.log(
    `\n${title}: ${pairs.length} pairs (en-fr ${count("en-fr")}, en-es ${count("en-es")})${engine ? ", with Apertium back-translations" : ""}`,
  );
  console.log("kind             caught / present");
  for (const [kind, f] of Object.entries(figures.kinds)) {
    console.log(`${kind.padEnd(16)} ${String(f.caught).padStart(6)} / ${f.present}`);
    for (const missed of f.missed) console.log(`    missed ${missed}`);
  }
  const { clean } = figures;
  console.log(`clean pairs flagged (errors): ${clean.flaggedByErrors} / ${clean.total}`);
  console.log(`clean pairs with warnings only: ${clean.flaggedByWarnings} / ${clean.total}`);
  for (const flagged of clean.flagged) console.log(`    flagged ${flagged}`);
}

async function backTranslate(
  apertium: ApertiumLocalEngine,
  pairs: readonly LabelledPair[],
): Promise<(string | undefined)[]> {
  const available = await apertium.pairs();
  const out: (string | undefined)[] = new Array(pairs.length).fill(undefined);
  for (const language of new Set(pairs.map((p) => p.targetLanguage))) {
    const indexes = pairs.flatMap((p, i) => (p.targetLanguage === language ? [i] : []));
    const route = planRoute(available, language, pairs[indexes[0] ?? 0]?.sourceLanguage ?? "en");
    if (!route) continue;
    const targets = indexes.map((i) => pairs[i]?.target ?? "");
    const { outputs } = await translateAlongRoute(apertium, route, targets);
    indexes.forEach((index, k) => (out[index] = plainText(outputs[k]?.text ?? "")));
  }
  return out;
}
