import { describe, expect, it } from "vitest";
import type { LexWord, Reading } from "./analysis.js";
import { LexiconMemo } from "./lexicon-memo.js";
import { NO_DICTIONARIES, type Lexicon } from "./lexicon.js";

/** A lexicon that reads each word as its own lemma and records what it was asked. */
function recordingLexicon() {
  const asked: string[][] = [];
  let failNext = false;
  const lexicon: Lexicon = {
    ...NO_DICTIONARIES,
    analyse: (language, texts) => {
      asked.push([language, ...texts]);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error("simulated crash"));
      }
      if (language === "xx") return Promise.resolve(undefined);
      return Promise.resolve(
        texts.map((text): LexWord[] =>
          text.split(" ").map((surface) => ({
            surface,
            readings: [{ lemma: surface.toLowerCase(), tags: ["n"], parts: [] }],
          })),
        ),
      );
    },
    translate: (from, to, readings) => {
      asked.push([`${from}>${to}`, ...readings.map((r) => r.lemma)]);
      return Promise.resolve(readings.map((r): Reading[] => [{ ...r, lemma: `${r.lemma}-${to}` }]));
    },
  };
  return { lexicon, asked, failOnce: () => (failNext = true) };
}

describe("LexiconMemo", () => {
  it("answers what the lexicon answers, asking it once per text and reading, answers on their way included", async () => {
    const { lexicon, asked } = recordingLexicon();
    const memo = new LexiconMemo(lexicon);
    const [first, second] = await Promise.all([
      memo.analyse("en", ["The city", "A house"]),
      memo.analyse("en", ["A house", "The dog", "The dog"]),
    ]);
    expect(first).toEqual(await lexicon.analyse("en", ["The city", "A house"]));
    expect(second).toEqual(await lexicon.analyse("en", ["A house", "The dog", "The dog"]));
    expect(asked.slice(0, 2)).toEqual([
      ["en", "The city", "A house"],
      ["en", "The dog"],
    ]);
    // Another language is another question.
    await memo.analyse("es", ["The city"]);
    expect(asked[4]).toEqual(["es", "The city"]);
    const reading: Reading = { lemma: "city", tags: ["n"], parts: [] };
    const plural: Reading = { lemma: "city", tags: ["n", "pl"], parts: [] };
    expect(await memo.translate("en", "es", [reading, plural])).toEqual([
      [{ ...reading, lemma: "city-es" }],
      [{ ...plural, lemma: "city-es" }],
    ]);
    await memo.translate("en", "es", [plural]);
    await memo.translate("es", "fr", [plural]);
    expect(asked.filter((a) => a[0]?.includes(">"))).toEqual([
      ["en>es", "city", "city"],
      ["es>fr", "city"],
    ]);
    expect(await memo.analyse("xx", ["Words"])).toBeUndefined();
  });

  it("forgets a failed question: asked again, the lexicon is asked again", async () => {
    const { lexicon, asked, failOnce } = recordingLexicon();
    const memo = new LexiconMemo(lexicon);
    failOnce();
    await expect(memo.analyse("en", ["The river"])).rejects.toThrow(/simulated crash/);
    expect(await memo.analyse("en", ["The river"])).toHaveLength(1);
    expect(asked).toHaveLength(2);
  });
});
