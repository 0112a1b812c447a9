import { describe, expect, it } from "vitest";
import { checkUnits } from "./check-batch.js";
import { checkReliability, isProven, lengthBucketOf } from "./engine-reliability.js";
import { riskOf } from "./risk.js";

const FIGURES = {
  "apertium:en>es": [
    { label: "1–3", passed: 40, acceptable: 38 },
    { label: "4–7", passed: 40, acceptable: 20 },
    { label: "8–14", passed: 5, acceptable: 5 },
    { label: "15+", passed: 0, acceptable: 0 },
  ],
};

describe("the engine route's measured reliability", () => {
  it("counts a source's words in its plain text, inline codes aside", () => {
    expect(lengthBucketOf("Latest news").label).toBe("1–3");
    expect(lengthBucketOf('<g id="1">Join</g> the <x id="2"/>network today').label).toBe("4–7");
    expect(lengthBucketOf("one two three four five six seven eight").label).toBe("8–14");
    expect(lengthBucketOf("w ".repeat(40)).label).toBe("15+");
  });

  it("proves a bucket only with enough judged sentences and a high enough share", () => {
    expect(isProven({ label: "1–3", passed: 40, acceptable: 38 })).toBe(true);
    expect(isProven({ label: "4–7", passed: 40, acceptable: 20 })).toBe(false);
    // Every one acceptable, but five are too few to vouch for a length.
    expect(isProven({ label: "8–14", passed: 5, acceptable: 5 })).toBe(false);
    expect(isProven(undefined)).toBe(false);
  });

  it("holds engine output of an unproven length with the figure, and never a proven one", () => {
    expect(checkReliability("apertium:en>es", "Latest news", FIGURES)).toBeNull();
    expect(checkReliability("apertium:en>es", "Join the network of cities", FIGURES)).toEqual({
      code: "engine-unproven",
      severity: "error",
      params: { route: "en → es", words: "4–7", passed: 40, acceptable: 20 },
      span: null,
    });
  });

  it("holds every length of a route nobody judged", () => {
    const finding = checkReliability("apertium:en>ca>fr", "Latest news", FIGURES);
    expect(finding?.severity).toBe("error");
    expect(finding?.params).toMatchObject({ route: "en → ca → fr", passed: 0, acceptable: 0 });
  });

  it("applies to engine output only: a person's text is judged by the checks alone", async () => {
    const units = [{ source: "Join the network of cities", target: "Únase a la red de ciudades" }];
    const asPerson = await checkUnits({
      lexicon: undefined,
      sourceLanguage: "en",
      targetLanguage: "es",
      units,
      reliability: FIGURES,
    });
    const asEngine = await checkUnits({
      lexicon: undefined,
      sourceLanguage: "en",
      targetLanguage: "es",
      units,
      engineRoute: "apertium:en>es",
      reliability: FIGURES,
    });
    expect(asPerson[0]?.map((f) => f.code)).not.toContain("engine-unproven");
    expect(asEngine[0]?.map((f) => f.code)).toContain("engine-unproven");
  });

  it("does not raise the risk reviewers sort by: it says nothing of which sentence is worse", () => {
    const unproven = checkReliability("apertium:en>ca>fr", "Latest news", FIGURES);
    expect(unproven).not.toBeNull();
    expect(riskOf(unproven ? [unproven] : [], [])).toBe(0);
  });
});
