import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePoints, similarity } from "./fuzzy.js";

describe("fuzzy matching's measures", () => {
  it("counts characters as the database does, without an array of them", () => {
    expect(codePoints("")).toBe(0);
    expect(codePoints("Bogotá")).toBe(6);
    expect(codePoints("a😀b")).toBe(3);
    // Lone surrogates count one each, as the string's iterator gives them.
    expect(codePoints("\uD800x\uDC00")).toBe(3);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "é", "\uD83D", "\uDE00", "\uDC00", "\uDBFF", " ")),
        (chars) => {
          const text = chars.join("");
          expect(codePoints(text)).toBe([...text].length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("scores word overlap as before", () => {
    expect(similarity("The council met today.", "The council met today.")).toBe(1);
    expect(similarity("The council met today.", "The council met yesterday.")).toBe(0.8);
  });
});
