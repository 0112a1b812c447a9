import { afterAll, describe, expect, it } from "vitest";
import { measureGate } from "./gate-figures.js";
import { ApertiumLexicon } from "./lexicon/lexicon.js";

// The floors are the figures measured when the checks last changed (bench/qa-gate.ts): a
// change that loses caught output or holds more correct human text fails here. "dev" is
// the set the checks were tuned on; "held-out" is other domains.
const FLOORS = {
  dev: {
    fr: { recall: 0.68, humanHeld: 0.02, pipeline: 400, human: 200 },
    es: { recall: 0.49, humanHeld: 0.02, pipeline: 400, human: 200 },
  },
  "held-out": {
    fr: { recall: 0.56, humanHeld: 0.02, pipeline: 150, human: 150 },
    es: { recall: 0.45, humanHeld: 0.02, pipeline: 150, human: 150 },
  },
} as const;

describe("the gate on real pipeline output and correct human translations", () => {
  const lexicon = new ApertiumLexicon();
  afterAll(() => lexicon.close());

  for (const set of ["dev", "held-out"] as const) {
    for (const language of ["fr", "es"] as const) {
      it(`keeps its measured recall, precision and false-alarm rate in ${language} (${set})`, async () => {
        const floor = FLOORS[set][language];
        const figures = await measureGate(lexicon, { language, set });
        const { tp, fp, fn, tn } = figures.pipeline;
        expect(tp + fp + fn + tn).toBeGreaterThanOrEqual(floor.pipeline);
        expect(figures.humanTotal).toBeGreaterThanOrEqual(floor.human);
        expect(figures.recall).toBeGreaterThanOrEqual(floor.recall);
        expect(figures.precision).toBeGreaterThanOrEqual(0.97);
        expect(figures.humanHeld / figures.humanTotal).toBeLessThanOrEqual(floor.humanHeld);
      }, 60_000);
    }
  }
});
