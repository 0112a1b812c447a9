import type { ReliabilityFigures } from "./reliability-figure.js";

/**
 * Written by `npx tsx bench/engine-reliability.ts --write` from the dev set of
 * judged pipeline output (labelled/pipeline/): per route and source length, the
 * sentences that passed every check and how many were acceptable. See
 * engine-reliability.ts; gate-figures.test.ts fails when they are not current.
 */
export const ENGINE_RELIABILITY: ReliabilityFigures = {
  "apertium:en>es>fr": [
    { label: "1–3", passed: 21, acceptable: 13 },
    { label: "4–7", passed: 7, acceptable: 0 },
    { label: "8–14", passed: 47, acceptable: 3 },
    { label: "15+", passed: 62, acceptable: 0 },
  ],
  "apertium:en>es": [
    { label: "1–3", passed: 26, acceptable: 15 },
    { label: "4–7", passed: 12, acceptable: 2 },
    { label: "8–14", passed: 71, acceptable: 7 },
    { label: "15+", passed: 113, acceptable: 0 },
  ],
};
