import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editableInline,
  listCodeIds,
  listCodes,
  parseInline,
  plainText,
  segmentFromEditable,
  serializeInline,
  validateInline,
} from "./inline.js";

const SOURCE =
  'See the <g id="1">U.S. Department of <g id="2">State</g></g> &amp; the UN<x id="3"/>.';

describe("inline format", () => {
  it("parses codes and decodes text", () => {
    expect(parseInline(SOURCE)).toEqual([
      { type: "text", text: "See the " },
      { type: "open", id: "1" },
      { type: "text", text: "U.S. Department of " },
      { type: "open", id: "2" },
      { type: "text", text: "State" },
      { type: "close", id: "2" },
      { type: "close", id: "1" },
      { type: "text", text: " & the UN" },
      { type: "x", id: "3" },
      { type: "text", text: "." },
    ]);
  });

  it("serializes tokens back to the canonical text", () => {
    expect(serializeInline(parseInline(SOURCE))).toBe(SOURCE);
    expect(serializeInline(parseInline("<x id='1' /> < g >"))).toBe('<x id="1"/> &lt; g &gt;');
  });

  it("lists codes in order and gives the plain text", () => {
    expect(listCodes(SOURCE)).toEqual(['<g id="1">', '<g id="2">', '<x id="3"/>']);
    expect(listCodeIds(SOURCE).map((c) => c.type)).toEqual(["g", "g", "x"]);
    expect(plainText(SOURCE)).toBe("See the U.S. Department of State & the UN.");
  });

  it("accepts a translation with the same codes in another order", () => {
    const translation = '<x id="3"/>Le <g id="1">département d’<g id="2">État</g></g>.';
    expect(validateInline(translation, SOURCE)).toEqual([]);
  });

  it("reports lost, unknown, duplicate, swapped and unbalanced codes", () => {
    expect(validateInline('<g id="1">a</g>', SOURCE)).toEqual([
      { type: "missing-id", id: "2" },
      { type: "missing-id", id: "3" },
    ]);
    expect(validateInline('<x id="9"/><x id="1"/><x id="1"/>', '<g id="1">a</g>')).toEqual([
      { type: "duplicate-id", id: "1" },
      { type: "unknown-id", id: "9" },
      { type: "kind-mismatch", id: "1" },
    ]);
    expect(validateInline('</g><g id="1">open')).toEqual([
      { type: "unbalanced", id: "" },
      { type: "unbalanced", id: "1" },
    ]);
  });

  it("reads any segment's plain text as its text tokens, codes and entities or none", () => {
    const piece = fc.constantFrom(
      "a",
      " ",
      "<",
      ">",
      "&",
      ";",
      "amp",
      "#233",
      '<g id="1">',
      "</g>",
      "<x id='2'/>",
      "é",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const segment = pieces.join("");
        const text = parseInline(segment)
          .map((token) => (token.type === "text" ? token.text : ""))
          .join("");
        expect(plainText(segment)).toBe(text);
      }),
    );
  });

  it("reads stray angle brackets and unknown entities as text", () => {
    expect(plainText("a < b &nbsp; <y/> &#233;")).toBe("a < b &nbsp; <y/> é");
  });

  it("gives a person the text as read, codes kept, and reads it back into the segment format", () => {
    const segment = 'Use &lt;b&gt; for <g id="1">R&amp;D</g><x id="2"/>';
    expect(editableInline(segment)).toBe('Use <b> for <g id="1">R&D</g><x id="2"/>');
    expect(segmentFromEditable(editableInline(segment))).toBe(segment);
    expect(segmentFromEditable('A & B < C <x id="1" />')).toBe('A &amp; B &lt; C <x id="1"/>');
    // Already in the segment format (an XLIFF target, say): unchanged.
    expect(segmentFromEditable(segment)).toBe(segment);
  });
});
