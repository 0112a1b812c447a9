import { describe, expect, it } from "vitest";
import { listTextBlocks, withBlockLinks } from "../../content/views/item.view.js";
import { segmentMarkdown } from "../segments/index.js";
import { bestMatch, groupBlocks, occursIn } from "./blocks.js";

describe("paragraph blocks", () => {
  it("groups a document's sentences by paragraph, heading and list item", () => {
    const doc = segmentMarkdown(
      "One. Two.\nThree.\n\n## Title\n\n- Item one. Item two.\n- Item three.\n\nLast.",
      "en",
    );
    const texts = groupBlocks(doc).map((b) => b.map((i) => doc.segments[i]?.text));
    expect(texts).toEqual([
      ["One.", "Two.", "Three."],
      ["Title"],
      ["Item one.", "Item two."],
      ["Item three."],
      ["Last."],
    ]);
  });

  it("reads the innermost text blocks of rendered HTML, ignoring markup inside attributes", () => {
    const html =
      '<p>Un <a href="/x" title="a </p> b">lien</a> &amp; plus.</p><ul><li><p>Point.</p></li></ul><p><img src="a.jpg" alt=""></p>';
    expect(listTextBlocks(html).map((b) => b.text)).toEqual(["Un lien & plus.", "Point."]);
    expect(withBlockLinks(html, (n) => `[${n}]`)).toBe(
      '<p>Un <a href="/x" title="a </p> b">lien</a> &amp; plus.[0]</p><ul><li><p>Point.[1]</p></li></ul><p><img src="a.jpg" alt=""></p>',
    );
  });

  it("finds a sentence in a block by its text between codes, and the sentence a quote belongs to", () => {
    expect(occursIn('Voir <g id="1">le rapport</g> ici.', "Voir le rapport ici. Merci.")).toBe(
      true,
    );
    expect(occursIn('Lire<x id="1"/> ensuite.', "Lire https://x.org ensuite.")).toBe(true);
    expect(occursIn("Autre phrase.", "Voir le rapport ici.")).toBe(false);
    // A page written with decomposed letters shows the sentence the memory holds composed.
    expect(occursIn("Le réseau se réunit.", "Le re\u0301seau se re\u0301unit.")).toBe(true);
    const sentences = ["Le comité comité se réunit.", "Il élit un président."];
    expect(bestMatch(sentences, "comité comité", (s) => s)).toBe(sentences[0]);
    expect(bestMatch(sentences, "élit président", (s) => s)).toBe(sentences[1]);
  });
});
