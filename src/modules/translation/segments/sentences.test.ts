import { describe, expect, it } from "vitest";
import { assertLinearTime } from "../../../test-support/linear-time.test-kit.js";
import { splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it.each([
    ["en", "The U.S. Department of State co-sponsored it. Mayors spoke."],
    ["en", "Mr. and Mrs. Smith met Dr. Jones, e.g. at the UN. Then they left."],
    ["en", "See p. 3 and No. 5 in vol. 2, pp. 12–14. Done."],
    ["en", "J. R. R. Tolkien wrote it. It costs 3.5 dollars."],
    ["en", "Cities, towns, etc. joined in. It grew."],
    ["fr", "M. Dupont a parlé. Il a conclu."],
    ["es", "El Sr. García y la Sra. López llegaron. ¿Qué pasa?"],
    ["ar", "قال د. أحمد إن الاجتماع مهم. ثم غادر."],
  ])("keeps abbreviations inside sentences (%s)", (lang, text) => {
    expect(splitSentences(text, lang)).toHaveLength(2);
  });

  it("ends a sentence after an acronym when a new sentence clearly starts", () => {
    expect(splitSentences("It happened in the U.S. The mayor said so.", "en")).toEqual([
      "It happened in the U.S.",
      "The mayor said so.",
    ]);
  });

  it("splits Chinese and Japanese full stops without spaces", () => {
    expect(splitSentences("東京です。大阪です。", "ja")).toEqual(["東京です。", "大阪です。"]);
  });

  it("keeps a footnote reference placeholder with its sentence", () => {
    expect(splitSentences("First one.\uFFFC Second one.", "en")).toEqual([
      "First one.\uFFFC",
      "Second one.",
    ]);
  });

  it("splits long text in linear time and falls back on an unknown language tag", () => {
    // V8's segmenter is quadratic on one long string: the splitter only gives it windows.
    const sentences = (count: number) => "Residents may attend. ".repeat(count);
    const run = (count: number) => "x".repeat(count);
    expect(splitSentences(sentences(20_000), "en")).toHaveLength(20_000);
    expect(splitSentences(run(100_000), "not a tag!")).toHaveLength(1);
    assertLinearTime("splitSentences", (text: string) => splitSentences(text, "en"), {
      small: sentences(5_000),
      large: sentences(20_000),
    });
    assertLinearTime(
      "splitSentences (unknown tag)",
      (text: string) => splitSentences(text, "not a tag!"),
      {
        small: run(25_000),
        large: run(100_000),
      },
    );
  });
});
