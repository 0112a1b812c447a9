import { afterAll, describe, expect, it } from "vitest";
import { measureGate } from "./gate-figures.js";
import { ApertiumLexicon } from "./lexicon/lexicon.js";

// The floors are the figures measured when the checks last changed (see README.md): a change
// that loses caught output or holds more correct human text fails here.
const FLOORS = {
  fr: { recall: 0.5, precision: 0.97, humanHeld: 0.02 },
  es: { recall: 0.28, precision: 0.97, humanHeld: 0.02 },
} as const;

describe("the gate on real pipeline output and correct human translations", () => {
  const lexicon = new ApertiumLexicon();
  afterAll(() => lexicon.close());

  for (const language of ["fr", "es"] as const) {
    it(`keeps its measured recall, precision and false-alarm rate in ${language}`, async () => {
      const figures = await measureGate(lexicon, { language });
      expect(figures.pipeline.tp + figures.pipeline.fn).toBeGreaterThanOrEqual(380);
      expect(figures.humanTotal).toBeGreaterThanOrEqual(200);
      expect(figures.recall).toBeGreaterThanOrEqual(FLOORS[language].recall);
      expect(figures.precision).toBeGreaterThanOrEqual(FLOORS[language].precision);
      expect(figures.humanHeld / figures.humanTotal).toBeLessThanOrEqual(
        FLOORS[language].humanHeld,
      );
    }, 60_000);
  }
});
