import { describe, expect, it } from "vitest";
import { CHECK_KINDS } from "./checks.js";
import { evaluateLabelledSet, loadLabelledSet } from "./labelled-set.js";

// The kinds that read dictionaries (language, meaning, fluency) are measured on real
// pipeline output and human translations instead: gate-figures.test.ts. "engine" judges
// no text: it is the route's measured reliability (engine-reliability.test.ts).
const SYNTHETIC_KINDS = (Object.keys(CHECK_KINDS) as (keyof typeof CHECK_KINDS)[]).filter(
  (kind) => kind !== "language" && kind !== "meaning" && kind !== "fluency" && kind !== "engine",
);

describe("the labelled set", () => {
  const pairs = loadLabelledSet();
  const figures = evaluateLabelledSet(pairs);

  it("has at least 150 en-fr and en-es pairs, at least 10 of each kind of error", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(new Set(pairs.map((p) => p.targetLanguage))).toEqual(new Set(["fr", "es"]));
    for (const kind of SYNTHETIC_KINDS) {
      expect(figures.kinds[kind].present, kind).toBeGreaterThanOrEqual(10);
    }
  });

  it("catches every kind of error in at least 9 pairs of 10", () => {
    for (const kind of SYNTHETIC_KINDS) {
      const f = figures.kinds[kind];
      expect(f.caught / f.present, `${kind}: missed ${f.missed.join("; ")}`).toBeGreaterThanOrEqual(
        0.9,
      );
    }
  });

  it("flags (with an error) fewer than 1 clean pair in 20", () => {
    expect(figures.clean.total).toBeGreaterThanOrEqual(60);
    expect(
      figures.clean.flaggedByErrors / figures.clean.total,
      figures.clean.flagged.join("; "),
    ).toBeLessThan(0.05);
  });
});
