import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertLinearTime, measureLinearTime } from "../../test-support/linear-time.test-kit.js";
import { renderMarkdown } from "../content/markdown/render-markdown.js";
import { slugify } from "../content/slug.js";
import { checkUnit } from "./qa/checks.js";
import { digitQuantities } from "./qa/number-reading.js";
import { isAcronym, tokenize } from "./qa/text.js";
import { findTerms, protectTerms } from "./segments/glossary.js";
import { parseInline, plainText, validateInline } from "./segments/inline.js";
import { segmentMarkdown } from "./segments/segment-markdown.js";
import { segmentPlainText } from "./segments/segment-plain.js";
import { splitSentences } from "./segments/sentences.js";

/**
 * Fuzz tests of the text path: each function gets long hostile strings (a
 * piece that fast-check picks, repeated to n and to 4n characters) and must
 * take linear-ish time, as linear-time.test-kit.ts measures it: process CPU
 * time compared between the two sizes, so that the bound does not depend on
 * how fast or busy the machine is.
 */
const N = 6_250;

/** Pieces that made patterns backtrack: runs, nested brackets, e-mail and URL shapes, scripts, marks. */
const PIECES = [
  "a",
  "-",
  " ",
  "\n",
  "\n\n",
  "  \n",
  ".",
  ". ",
  "@",
  "a@",
  "a@a.",
  "http://",
  "http://a.b/",
  "www.a",
  "[",
  "[a](",
  "(",
  "![",
  "*",
  "_",
  "`",
  "#",
  "<",
  "<a ",
  "&#",
  "&amp",
  '"',
  "'",
  "’",
  "«",
  "A",
  "AA1",
  "0",
  "1.",
  "1,0",
  "ne ",
  "que ",
  "ع",
  "中",
  "\u200f",
  "\u202e",
  "\u00a0",
  "<g1>",
  "</g1>",
  "<x2/>",
  "| a ",
  "> ",
  "- ",
  "1. ",
  "<style>\n",
];

/** A hostile string: a prefix, then a unit repeated to `length` characters, then a suffix. */
const hostile = fc.record({
  prefix: fc.constantFrom("", "Intro. ", "W", "<style>\n", "e-mail "),
  unit: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 4 }).map((a) => a.join("")),
  ),
  suffix: fc.constantFrom("", "x", "!", "\n", "@", ")", "]"),
});
type Hostile = { prefix: string; unit: string; suffix: string };

function build({ prefix, unit, suffix }: Hostile, length: number): string {
  return prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + suffix;
}

/** Fails when f takes super-linear time on some hostile string (at N and 4N characters). */
function assertLinear(name: string, f: (text: string) => unknown, runs = 12): void {
  fc.assert(
    fc.property(hostile, (h) => {
      const { smallMs, largeMs, isLinear } = measureLinearTime(f, build(h, N), build(h, 4 * N));
      if (!isLinear)
        throw new Error(
          `${name}: ${smallMs.toFixed(0)} ms at ${N} chars, ${largeMs.toFixed(0)} ms at ${4 * N} (${JSON.stringify(h)})`,
        );
    }),
    // No shrinking: a smaller case of a timing failure is not a clearer one, and shrinking re-runs
    // a slow function many times (the quadratic check below timed out doing so on a loaded CI).
    { numRuns: runs, seed: 13, endOnFailure: true },
  );
}

/** Every ASCII punctuation character and the common typographic ones. */
const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", ..."«»“”‘’¿¡…–—·•§¶†‡※"];

describe("the text path on long hostile strings", () => {
  it("sentences split in linear time", () =>
    assertLinear("splitSentences", (t) => splitSentences(t, "en")));

  it("segmenting plain text and Markdown takes linear time", () => {
    assertLinear("segmentPlainText", (t) => segmentPlainText(t, "fr"));
    assertLinear("segmentMarkdown", (t) => segmentMarkdown(t, "en"));
  });

  it("the inline format parses, checks and flattens in linear time", () => {
    assertLinear("inline", (t) => {
      parseInline(t);
      validateInline(t, t);
      return plainText(t);
    });
  });

  it("the checks take linear time on a source and target", () => {
    assertLinear(
      "checkUnit",
      (t) =>
        checkUnit({
          sourceLanguage: "en",
          targetLanguage: "fr",
          source: t,
          target: t,
          unknownWords: [],
          terms: [{ source: "e-mail", target: "courriel" }],
        }),
      8,
    );
  });

  it("the number check takes linear time on a text of many numbers, as long as a body may be", () => {
    // Found by the property above on a loaded machine: each number searched the whole text before
    // it and every number read so far (2.8 s at 100,000 characters, 11.6 s at 400,000).
    const numbers = (length: number) =>
      build({ prefix: "e-mail ", unit: "&#<x2/>", suffix: "" }, length);
    assertLinearTime("digitQuantities", (t: string) => digitQuantities(t, "fr"), {
      small: numbers(25_000),
      large: numbers(100_000),
    });
  });

  it("the word helpers take linear time", () => {
    assertLinear("tokenize", (t) => tokenize(t));
    assertLinear("isAcronym", (t) => isAcronym(t.toUpperCase()));
    assertLinear("slugify", (t) => slugify(t, 1_000_000));
  });

  it("Markdown renders in linear time", () =>
    assertLinear("renderMarkdown", (t) => renderMarkdown(t), 6));

  it("glossary terms with every punctuation character are protected in linear time", () => {
    const terms = PUNCTUATION.flatMap((p) => [
      { source: `e${p}mail`, target: `courriel${p}` },
      { source: `${p}${p}a`, target: null },
      { source: `a ${p} b`, target: "c" },
    ]);
    // Each term is found where it is written, whatever its punctuation.
    for (const p of PUNCTUATION) {
      expect(findTerms(`Send an e${p}mail now.`, terms).map((m) => m.text)).toContain(`e${p}mail`);
    }
    assertLinear("findTerms", (t) => findTerms(t, terms), 8);
    assertLinear("protectTerms", (t) => protectTerms(t, terms, "fr").restore(""), 6);
  });

  it("a bare <style> line keeps the rest of the article in segments and in HTML", () => {
    const article = `Intro.\n\n<style>\n\n${"Long paragraph with words. ".repeat(2000)}\n\nThe end.`;
    expect(renderMarkdown(article).html).toContain("<p>The end.</p>");
    const document = segmentMarkdown(article, "en");
    expect(document.segments.map((s) => s.text).join(" ")).toContain("The end.");
    expect(document.degraded).toBe(false);
  });
});
