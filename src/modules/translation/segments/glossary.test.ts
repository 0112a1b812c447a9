import { describe, expect, it } from "vitest";
import { findTerms, protectTerms } from "./glossary.js";
import { escapeInlineText } from "./inline.js";

const TERMS = [
  { source: "Strong Cities Network", target: "Réseau des villes fortes" },
  { source: "Steering Committee", target: "comité directeur" },
  { source: "International Steering Committee", target: "comité directeur international" },
  { source: "UN General Assembly", target: null },
];

describe("glossary protection", () => {
  it("finds whole words, case-insensitively, longest first", () => {
    const text = "The international steering committee of the Strong Cities Networks met.";
    expect(findTerms(text, TERMS).map((m) => [m.text, m.term.source])).toEqual([
      ["international steering committee", "International Steering Committee"],
    ]);
  });

  it("replaces terms by codes, outside and inside paired codes, and restores them", () => {
    const segment = 'The <g id="1">Strong Cities Network</g> met at the UN General Assembly.';
    const result = protectTerms(segment, TERMS, "en");
    expect(result.text).toBe('The <g id="1"><x id="term1"/></g> met at the <x id="term2"/>.');
    const engine = 'Le <g id="1"><x id="term1"/></g> s’est réuni à l’<x id="term2"/>.';
    expect(result.restore(engine)).toBe(
      'Le <g id="1">Réseau des villes fortes</g> s’est réuni à l’UN General Assembly.',
    );
  });

  it("keeps the case of the occurrence: ALL CAPS, sentence start, glossary casing", () => {
    const result = protectTerms("STEERING COMMITTEE. The Steering Committee met.", TERMS, "en");
    expect(result.restore('<x id="term1"/>. Le <x id="term2"/> s’est réuni.')).toBe(
      "COMITÉ DIRECTEUR. Le comité directeur s’est réuni.",
    );
    expect(result.restore('Hier. <x id="term2"/> s’est réuni.')).toBe(
      "Hier. Comité directeur s’est réuni.",
    );
  });

  it("escapes restored terms for the inline format and leaves text without terms alone", () => {
    const terms = [{ source: "R&D", target: "R<D>" }];
    expect(protectTerms("R&amp;D works.", terms, "en").restore('<x id="term1"/> marche.')).toBe(
      "R&lt;D&gt; marche.",
    );
    const none = protectTerms("Nothing here.", TERMS, "en");
    expect(none.text).toBe("Nothing here.");
    expect(none.restore("Rien.")).toBe("Rien.");
  });

  it("finds terms holding any ASCII punctuation character, alone and together", () => {
    const punctuation = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
    expect(punctuation).toHaveLength(32);
    for (const mark of punctuation) {
      const terms = [
        { source: `e${mark}mail`, target: "courriel" },
        { source: `${mark}${mark}x`, target: null },
      ];
      const text = `Send an E${mark}mail today ${mark}${mark}x.`;
      expect(
        findTerms(text, terms).map((m) => m.text),
        mark,
      ).toEqual([`E${mark}mail`, `${mark}${mark}x`]);
      const result = protectTerms(escapeInlineText(text), terms, "en");
      expect(result.text, mark).toBe('Send an <x id="term1"/> today <x id="term2"/>.');
      expect(result.restore(result.text), mark).toBe(
        escapeInlineText(`Send an courriel today ${mark}${mark}x.`),
      );
    }
    const everything = punctuation.join("");
    const terms = [{ source: `a${everything}b`, target: "c" }];
    expect(findTerms(`x a${everything}b y`, terms)).toHaveLength(1);
  });
});
