import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertLinearTime } from "../../../test-support/linear-time.test-kit.js";
import { assembleMarkdown, hashSegment, segmentMarkdown, type SegmentedDocument } from "./index.js";

const SEED = new URL("../../../../../shared/seed/network-page-fr.txt", import.meta.url);

const texts = (doc: SegmentedDocument): string[] => doc.segments.map((s) => s.text);
const untranslated = (doc: SegmentedDocument): string =>
  assembleMarkdown(doc, () => undefined).markdown;

/** Translates with a table from source segment text to target text. */
function translateWith(doc: SegmentedDocument, table: Record<string, string>) {
  return assembleMarkdown(doc, (s) => table[s.text]);
}

describe("segmentMarkdown", () => {
  it("segments blocks into sentences with their kinds and hashes", () => {
    const source =
      "# The *Strong Cities Network*\n\n" +
      "Mayors met in the U.S. The mayor spoke.\nThen the U.S. Department of State spoke.\n\n" +
      "> A quote. Another.\n\n- First item.\n- Second item.\n\n" +
      "| City | Role |\n| --- | --- |\n| Calgary | Chair |\n";
    const doc = segmentMarkdown(source, "en");
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ["heading", 'The <g id="1">Strong Cities Network</g>'],
      ["paragraph", "Mayors met in the U.S."],
      ["paragraph", "The mayor spoke."],
      ["paragraph", "Then the U.S. Department of State spoke."],
      ["blockquote", "A quote."],
      ["blockquote", "Another."],
      ["list-item", "First item."],
      ["list-item", "Second item."],
      ["table-cell", "City"],
      ["table-cell", "Role"],
      ["table-cell", "Calgary"],
      ["table-cell", "Chair"],
    ]);
    expect(doc.segments[1]?.hash).toBe(hashSegment("en", "Mayors met in the U.S."));
    expect(untranslated(doc)).toBe(source);
  });

  it("keeps code, HTML blocks, front matter and URLs out of segments", () => {
    const source =
      "---\ntitle: Not. Translated.\n---\n\n```\nconst a = 'No. Never.';\n```\n\n" +
      "<div>\nRaw html. Here.\n</div>\n\nRun `npm test` at https://example.org today.\n";
    const doc = segmentMarkdown(source, "en");
    expect(texts(doc)).toEqual(['Run <x id="1"/> at <x id="2"/> today.']);
    expect(doc.degraded).toBe(false);
    expect(untranslated(doc)).toBe(source);
  });

  it("makes alt texts, captions and link titles segments of their own", () => {
    const source =
      'See ![A cat, asleep.](cat.png "The cat") and [the report](r.pdf "Annual report").';
    const doc = segmentMarkdown(source, "en");
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ["paragraph", 'See <x id="1"/> and <g id="2">the report</g>.'],
      ["image-alt", "A cat, asleep."],
      ["caption", "The cat"],
      ["link-title", "Annual report"],
    ]);
    const out = translateWith(doc, {
      "A cat, asleep.": "Un chat [endormi]",
      "Annual report": 'Rapport "annuel"',
    });
    expect(out.markdown).toBe(
      'See ![Un chat \\[endormi\\]](cat.png "The cat") and [the report](r.pdf "Rapport \\"annuel\\"").',
    );
  });

  it("keeps sentences together when a paired code spans them", () => {
    const doc = segmentMarkdown("Intro. **Bold one. Bold two.** Outro.", "en");
    expect(texts(doc)).toEqual(["Intro.", '<g id="1">Bold one. Bold two.</g>', "Outro."]);
  });

  it("keeps footnote references and hard breaks with the sentence they end", () => {
    const doc = segmentMarkdown(
      "One ends here.[^1] Two ends here.  \nThree.\n\n[^1]: A note.",
      "en",
    );
    expect(texts(doc)).toEqual([
      'One ends here.<x id="1"/>',
      'Two ends here.<x id="1"/>',
      "Three.",
      "A note.",
    ]);
    expect(doc.segments.at(-1)?.kind).toBe("footnote");
  });

  it("normalises soft line breaks in segment text but keeps the source layout", () => {
    const source = "> A sentence that\n> wraps over lines. And a second\n> one.";
    const doc = segmentMarkdown(source, "en");
    expect(texts(doc)).toEqual(["A sentence that wraps over lines.", "And a second one."]);
    expect(untranslated(doc)).toBe(source);
    const out = translateWith(doc, { "And a second one.": "Et une seconde." });
    expect(out.markdown).toBe("> A sentence that\n> wraps over lines. Et une seconde.");
  });
});

describe("assembleMarkdown", () => {
  const source =
    "## Le *réseau* et [les villes](https://sc.org)\n\n1. Première phrase. Seconde phrase.\n";
  const doc = segmentMarkdown(source, "fr");

  it("writes translations with the source delimiters of each code", () => {
    const out = translateWith(doc, {
      'Le <g id="1">réseau</g> et <g id="2">les villes</g>':
        'The <g id="2">cities</g> and <g id="1">network</g>',
      "Première phrase.": "First sentence.",
    });
    expect(out).toEqual({
      markdown:
        "## The [cities](https://sc.org) and *network*\n\n1. First sentence. Seconde phrase.\n",
      problems: [],
    });
  });

  it("escapes Markdown that a translation would otherwise create", () => {
    const out = translateWith(doc, {
      "Première phrase.": "1. *Not* a [list] # or _emphasis_ <b>&amp;</b> | ~x~.",
      "Seconde phrase.": "- Not an item either #",
    });
    expect(out.markdown).toBe(
      "## Le *réseau* et [les villes](https://sc.org)\n\n" +
        "1. 1\\. \\*Not\\* a \\[list\\] # or \\_emphasis\\_ \\<b\\>&\\</b\\> | \\~x\\~. " +
        "\\- Not an item either \\#\n",
    );
    const again = segmentMarkdown(out.markdown, "en");
    // Read back as text: no codes, every character where the translation put it.
    expect(again.segments.map((s) => s.text).slice(1)).toEqual([
      "*Not* a [list] # or _emphasis_ &lt;b&gt;&amp;&lt;/b&gt; | ~x~. - Not an item either #",
    ]);
  });

  it("moves spaces out of emphasis and names the label of a shortcut reference", () => {
    const ref = segmentMarkdown(
      "A **bold** word and [Strong Cities].\n\n[strong cities]: https://sc.org",
      "en",
    );
    const out = assembleMarkdown(ref, (s) =>
      s.index === 0 ? 'Un mot<g id="1"> gras </g>et <g id="2">Villes fortes</g>.' : undefined,
    );
    expect(out.markdown).toBe(
      "Un mot **gras** et [Villes fortes][Strong Cities].\n\n[strong cities]: https://sc.org",
    );
  });

  it("repairs translations that lost standalone codes or added unknown ones", () => {
    const d = segmentMarkdown("Run `npm test` now[^1].\n\n[^1]: Note.", "en");
    const out = assembleMarkdown(d, (s) =>
      s.index === 0 ? 'Lancez <x id="9"/>maintenant.' : undefined,
    );
    expect(out.markdown).toBe("Lancez maintenant.`npm test`[^1]\n\n[^1]: Note.");
    expect(out.problems).toEqual([
      {
        segment: 0,
        hash: d.segments[0]?.hash,
        problems: [
          { type: "unknown-id", id: "9" },
          { type: "missing-id", id: "1" },
          { type: "missing-id", id: "2" },
        ],
        action: "repaired",
      },
    ]);
  });

  it("keeps the source sentence when a paired code is lost or the translation is empty", () => {
    const d = segmentMarkdown("See [the report](r.pdf). Next.", "en");
    const out = assembleMarkdown(d, (s) => (s.index === 0 ? "Voir le rapport." : " "));
    expect(out.markdown).toBe("See [the report](r.pdf). Next.");
    expect(out.problems.map((p) => [p.segment, p.action, p.problems[0]?.type])).toEqual([
      [0, "kept-source", "missing-id"],
      [1, "kept-source", "empty"],
    ]);
  });
});

describe("hostile input", () => {
  /** Hostile input of size n; exact at `exactAt`, linear from a quarter of `linearAt` to it. */
  const HOSTILE: [name: string, build: (n: number) => string, exactAt: number, linearAt: number][] =
    [
      ["nested emphasis", (n) => `${"*".repeat(n)}deep${"*".repeat(n)}`, 10_000, 10_000],
      ["nested strong", (n) => `${"**a ".repeat(n)}x${" b**".repeat(n)}`, 5_000, 5_000],
      ["brackets", (n) => `${"[".repeat(n)}a${"](u)".repeat(n)}`, 10_000, 10_000],
      ["quotes", (n) => `${"> ".repeat(n)}deep`, 5_000, 5_000],
      ["lists", (n) => `${"- ".repeat(n)}${"1. ".repeat(n)}deep`, 2_500, 2_500],
      [
        "unclosed markup",
        (n) => Array(n).fill('*a _b [c `d <e **f ![g](h "i\n\n> [^x]: | y |\n|---|').join("\n\n"),
        1,
        200,
      ],
      // Found by the fuzz test: each literal autolink searched all the rest of its paragraph.
      ["literal autolinks", (n) => "'www.aque ".repeat(n), 5_000, 5_000],
      ["lone surrogates", (n) => Array(n).fill("A \uD800 b. \uDC00 C.").join(" "), 1, 1_000],
    ];
  const around = (hostile: string) => `Intro sentence. Second one.\n\n${hostile}\n\nOutro.`;

  it.each(HOSTILE)("stays exact and linear: %s", (name, build, exactAt, linearAt) => {
    const source = around(build(exactAt));
    const doc = segmentMarkdown(source, "en");
    expect(untranslated(doc)).toBe(source);
    expect(texts(doc).slice(0, 2)).toEqual(["Intro sentence.", "Second one."]);
    expect(texts(doc).at(-1)).toBe("Outro.");
    assertLinearTime(`segmentMarkdown (${name})`, (text: string) => segmentMarkdown(text, "en"), {
      small: around(build(linearAt / 4)),
      large: around(build(linearAt)),
    });
  });

  // The seed sits beside the project (../shared); a checkout without it skips this visibly.
  it.skipIf(!existsSync(SEED))("segments the seed page and gives it back", () => {
    const seed = readFileSync(SEED, {
      encoding: "utf8",
    }).replace(/^/, "");
    const doc = segmentMarkdown(seed, "fr");
    expect(doc.segments.length).toBeGreaterThan(20);
    expect(untranslated(doc)).toBe(seed);
  });
});
