import { describe, expect, it } from "vitest";
import { FIXED_EXPRESSIONS, fixedExpressionPatterns, hasFixedExpression } from "./language-data.js";

describe("hasFixedExpression", () => {
  it("says a text holds a fixed expression exactly when one of the expression patterns matches it", () => {
    const texts = [
      "Un engagement sans faille.",
      "Un engagement SANS\nFAILLE.",
      "Sans failles",
      "À partir de lundi",
      "à propositions",
      "Appels à propositions ouverts",
      "rendez-vous sur rendez-vous",
      "xsans faille",
      "Rien de tout cela.",
      "",
    ];
    for (const language of [...Object.keys(FIXED_EXPRESSIONS), "en"]) {
      for (const text of texts) {
        const matched = fixedExpressionPatterns(language).some(
          (pattern) => [...text.matchAll(pattern)].length > 0,
        );
        expect(hasFixedExpression(language, text), `${language}: ${text}`).toBe(matched);
      }
    }
    expect(hasFixedExpression("fr", "Un engagement sans faille.")).toBe(true);
    expect(hasFixedExpression("fr", "Sans failles")).toBe(false);
  });
});
