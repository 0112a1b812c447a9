import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assembleMarkdown,
  assemblePlain,
  listCodes,
  parseInline,
  plainText,
  segmentMarkdown,
  segmentPlainText,
  serializeInline,
  validateInline,
} from "./index.js";

const words = [
  "city",
  "Network",
  "U.S.",
  "Dr.",
  "e.g.",
  "3.5",
  "No. 5",
  "réseau",
  "Ciudad",
  "مدينة",
  "東京",
  "emoji 🎉",
  "&amp;",
  "&copy;",
  "<b>",
  "#tag",
  "1.",
  "-",
  "|",
  "(",
  ")",
];
// Literal delimiter characters: escaping them is exact for text, but beside emphasis or
// link codes an escaped `*` or `]` can change how the source's other delimiters pair.
const delimiters = ["a_b", "x*y", "\\*", "[", "]", "`", "~", "!"];
const word = fc.constantFrom(...words);
const anyWord = fc.constantFrom(...words, ...delimiters);
const sentenceEnd = fc.constantFrom(".", "!", "?", "", ". ", "…", "。");
const sentence = (w: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .array(w, { minLength: 1, maxLength: 6 })
    .chain((ws) => sentenceEnd.map((end) => ws.join(" ") + end));
const plainWords = sentence(word);
const unicode = fc.string({ unit: "grapheme", maxLength: 8 });

const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    plainWords,
    unicode,
    tie("inline").map((s) => `*${s}*`),
    tie("inline").map((s) => `**${s}**`),
    tie("inline").map((s) => `_${s}_`),
    tie("inline").map((s) => `~~${s}~~`),
    tie("inline").map((s) => `[${s}](https://example.org/a-(b) "A title")`),
    tie("inline").map((s) => `[${s}][ref]`),
    tie("inline").map((s) => `[${s}]`),
    plainWords.map((s) => `![${s}](img.png 'Caption ${s}')`),
    plainWords.map((s) => `\`${s}\``),
    fc.constantFrom(
      "  \n",
      "\\\n",
      "\n",
      "[^1]",
      "<span>",
      "</span>",
      "<https://x.org>",
      "![x][ref]",
    ),
    fc.tuple(tie("inline"), tie("inline")).map(([a, b]) => `${a} ${b}`),
  ),
})).inline;

const block = fc.oneof(
  inline,
  sentence(anyWord),
  sentence(anyWord).map((s) => `- ${s}`),
  inline.map((s) => `# ${s}`),
  inline.map((s) => `## ${s} ##`),
  inline.map((s) => `${s}\n===`),
  inline.map((s) => `> ${s}\n> ${s}`),
  fc
    .array(inline, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((i) => `- ${i}`).join("\n")),
  fc
    .array(inline, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((i, n) => `${n + 1}. ${i}`).join("\n")),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a} | b |\n| --- | --- |\n| ${b} | c |`),
  inline.map((s) => `[^1]: ${s}`),
  fc.constantFrom(
    "Visit https://x.org or www.example.com now.",
    '[ref]: https://example.org "Ref title"',
    "```\ncode. Here.\n```",
    "<div>\nhtml\n</div>",
    "---",
  ),
  unicode,
);
const markdown = fc
  .array(block, { maxLength: 5 })
  .chain((blocks) => fc.constantFrom("\n\n", "\n", "\r\n\r\n").map((sep) => blocks.join(sep)));

/** Upper-cases the text of a segment and leaves its codes alone. */
function shout(text: string): string {
  return serializeInline(
    parseInline(text).map((t) => (t.type === "text" ? { ...t, text: t.text.toUpperCase() } : t)),
  );
}

const runs = { numRuns: 100 };

describe("segmentation properties", () => {
  it("gives any Markdown back byte for byte when nothing is translated", () => {
    fc.assert(
      fc.property(fc.oneof(markdown, fc.string()), (source) => {
        const doc = segmentMarkdown(source, "en");
        expect(doc.degraded).toBe(false);
        expect(assembleMarkdown(doc, () => undefined).markdown).toBe(source);
      }),
      runs,
    );
  });

  it("makes segments whose codes validate and are numbered in order", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        for (const segment of segmentMarkdown(source, "en").segments) {
          expect(validateInline(segment.text)).toEqual([]);
          const ids = listCodes(segment.text).map((c) => /id="([^"]+)"/.exec(c)?.[1]);
          expect(ids).toEqual(ids.map((_, i) => String(i + 1)));
        }
      }),
      runs,
    );
  });

  it("keeps every code once when the text around the codes is translated", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const doc = segmentMarkdown(source, "en");
        for (const segment of doc.segments) {
          expect(validateInline(shout(segment.text), segment.text)).toEqual([]);
        }
        const { markdown: out, problems } = assembleMarkdown(doc, (s) => shout(s.text));
        expect(problems).toEqual([]);
        const again = segmentMarkdown(out, "en");
        expect(assembleMarkdown(again, () => undefined).markdown).toBe(out);
      }),
      runs,
    );
  });

  it("re-segments an assembled translation into the same segments and codes", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const doc = segmentMarkdown(source, "en");
        // Known limit (README): a literal delimiter escaped beside an emphasis or link code can
        // change how the source's other delimiters pair.
        fc.pre(doc.segments.every((s) => !/[*_~[\]`!]/.test(plainText(s.text))));
        // Each segment "translated" into itself goes through escaping and the code templates.
        const { markdown: out } = assembleMarkdown(doc, (s) => s.text);
        const again = segmentMarkdown(out, "en");
        expect(again.segments.map((s) => listCodes(s.text))).toEqual(
          doc.segments.map((s) => listCodes(s.text)),
        );
        expect(again.segments.map((s) => s.text)).toEqual(doc.segments.map((s) => s.text));
      }),
      runs,
    );
  });

  it("gives any plain text back, and its segments back through a translation", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), plainWords, fc.string({ unit: "grapheme" })), (text) => {
        const doc = segmentPlainText(text, "fr");
        expect(assemblePlain(doc, () => undefined).text).toBe(text);
        const out = assemblePlain(doc, (s) => s.text).text;
        expect(segmentPlainText(out, "fr").segments.map((s) => s.text)).toEqual(
          doc.segments.map((s) => s.text),
        );
      }),
      runs,
    );
  });
});
