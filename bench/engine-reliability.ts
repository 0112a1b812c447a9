/**
 * How far a pass of the checks can be trusted per engine route and sentence
 * length (src/modules/translation/qa/engine-reliability.ts): on the dev set of
 * the pipeline's own judged output, the sentences that passed every check and
 * how many of them a careful reading found acceptable. The baseline in the same
 * run is the whole judged set (acceptable of all, before any check).
 * With --write, the figures replace qa/engine-reliability.figures.ts.
 * Usage: npx tsx bench/engine-reliability.ts [--write]
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { isProven, PROVEN } from "../src/modules/translation/qa/engine-reliability.js";
import { measureReliability } from "../src/modules/translation/qa/gate-figures.js";
import { ApertiumLexicon, NO_DICTIONARIES } from "../src/modules/translation/qa/lexicon/lexicon.js";

const FIGURES = fileURLToPath(
  new URL("../src/modules/translation/qa/engine-reliability.figures.ts", import.meta.url),
);
const lexicon = new ApertiumLexicon();
try {
  const figures = await measureReliability(lexicon);
  // The baseline: the checks without Apertium's dictionaries (nearly every sentence passes them).
  const baseline = await measureReliability(NO_DICTIONARIES);
  console.log(
    `A pass of the checks is trusted where at least ${PROVEN.minShare * 100} % of ≥ ${PROVEN.minJudged} passing judged sentences were acceptable.`,
  );
  for (const [route, buckets] of Object.entries(figures)) {
    console.log(`\n${route}`);
    for (const bucket of buckets) {
      const base = baseline[route]?.find((b) => b.label === bucket.label);
      const share = (a: number, n: number) =>
        n === 0 ? "  –  " : `${((100 * a) / n).toFixed(0)} %`;
      console.log(
        `  ${bucket.label.padEnd(5)} words: passed the checks ${String(bucket.passed).padStart(3)}, acceptable ${String(bucket.acceptable).padStart(3)} (${share(bucket.acceptable, bucket.passed)}); ` +
          `without dictionary checks (baseline) ${base?.acceptable ?? 0}/${base?.passed ?? 0} (${share(base?.acceptable ?? 0, base?.passed ?? 0)}); ` +
          `${isProven(bucket) ? "proven: machine output that passes goes live" : "unproven: held until a person reads it"}`,
      );
    }
  }
  if (process.argv.includes("--write")) {
    fs.writeFileSync(FIGURES, figuresSource(figures));
    console.log(`\nwrote ${FIGURES}`);
  }
} finally {
  await lexicon.close();
}

function figuresSource(
  figures: Record<string, { label: string; passed: number; acceptable: number }[]>,
): string {
  const routes = Object.entries(figures)
    .map(
      ([route, buckets]) =>
        `  ${JSON.stringify(route)}: [\n${buckets
          .map(
            (b) =>
              `    { label: ${JSON.stringify(b.label)}, passed: ${b.passed}, acceptable: ${b.acceptable} },`,
          )
          .join("\n")}\n  ],`,
    )
    .join("\n");
  return `import type { ReliabilityFigures } from "./reliability-figure.js";

/**
 * Written by \`npx tsx bench/engine-reliability.ts --write\` from the dev set of
 * judged pipeline output (labelled/pipeline/): per route and source length, the
 * sentences that passed every check and how many were acceptable. See
 * engine-reliability.ts; gate-figures.test.ts fails when they are not current.
 */
export const ENGINE_RELIABILITY: ReliabilityFigures = {
${routes}
};
`;
}
