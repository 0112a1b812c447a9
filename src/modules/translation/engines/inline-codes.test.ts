import { describe, expect, it } from "vitest";
import { type OutputItem, flattenSegment, renderSegment } from "./inline-codes.js";

describe("renderSegment", () => {
  const source = flattenSegment('<g id="a">one <g id="b">two</g></g> three<x id="t"/>');

  it("rebuilds the source from its own pieces", () => {
    expect(renderSegment(source.pieces, source)).toBe(
      '<g id="a">one <g id="b">two</g></g> three<x id="t"/>',
    );
  });

  it("regroups words of one code and keeps nesting valid when words cross", () => {
    const items: OutputItem[] = [
      { kind: "text", text: "uno", codes: [0] },
      { kind: "text", text: " tres ", codes: [] },
      { kind: "text", text: "dos", codes: [0, 1] },
      { kind: "text", text: " ", codes: [] },
      { kind: "text", text: "más", codes: [0] },
    ];
    expect(renderSegment(items, source)).toBe(
      '<g id="a">uno tres <g id="b">dos</g> más</g><x id="t"/>',
    );
  });

  it("returns lost codes empty so each appears exactly once", () => {
    expect(renderSegment([{ kind: "text", text: "nada", codes: [] }], source)).toBe(
      'nada<x id="t"/><g id="a"></g><g id="b"></g>',
    );
  });

  it("treats a code around no words as one opaque code", () => {
    const flat = flattenSegment('a <g id="1"><x id="2"/></g> b');
    expect(flat.standalone).toEqual(['<g id="1"><x id="2"/></g>']);
  });
});
