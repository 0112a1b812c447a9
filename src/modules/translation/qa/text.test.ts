import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./text.js";

describe("the word helpers the checks share", () => {
  it("read a text the checks of a unit ask for again only once, and answer each text its own words", () => {
    const source = "The Mayor of Bogotá met 12 mayors.";
    const target = "El alcalde de Bogotá se reunió con 12 alcaldes.";
    const words = tokenize(source);
    expect(tokenize(target).map((t) => t.text)).toEqual([
      "El",
      "alcalde",
      "de",
      "Bogotá",
      "se",
      "reunió",
      "con",
      "12",
      "alcaldes",
    ]);
    // The same answer, not a new reading: numbers, entities, words and sentence starts ask in turn.
    expect(tokenize(source)).toBe(words);
    expect(words.map((t) => [t.text, t.start, t.isStartLike])).toEqual([
      ["The", 0, true],
      ["Mayor", 4, false],
      ["of", 10, false],
      ["Bogotá", 13, false],
      ["met", 20, false],
      ["12", 24, false],
      ["mayors", 27, false],
    ]);
    // A few thousand other texts later it is read again, with the same words.
    for (let i = 0; i < 2000; i++) tokenize(`text ${i}`);
    const again = tokenize(source);
    expect(again).not.toBe(words);
    expect(again).toEqual(words);
  });

  it("remember a bounded length of text, not only a bounded number of texts", () => {
    const long = "Élève ".repeat(2_000);
    const words = tokenize(long);
    expect(tokenize(long)).toBe(words);
    // Fifty more long texts hold more characters than are remembered: the first is read again.
    for (let i = 0; i < 50; i++) tokenize(`${i} ${long}`);
    expect(tokenize(long)).not.toBe(words);
  });

  it("fold short words and long texts alike", () => {
    expect(fold("États-Unis")).toBe("etats-unis");
    expect(fold("États-Unis")).toBe("etats-unis");
    const long = "Élève ".repeat(50);
    expect(fold(long)).toBe("eleve ".repeat(50));
  });
});
