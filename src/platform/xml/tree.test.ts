import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors.js";
import { childElements, escapeXml, parseXmlTree, textContent } from "./tree.js";

describe("parseXmlTree", () => {
  it("builds elements, attributes and text, ignoring a DOCTYPE that only names its DTD", () => {
    const root = parseXmlTree(
      '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- c --><r a="1"><b>x &amp; <![CDATA[<y>]]></b><c/></r>',
    );
    expect(root.name).toBe("r");
    expect(root.attributes).toEqual({ a: "1" });
    expect(childElements(root).map((e) => e.name)).toEqual(["b", "c"]);
    expect(textContent(root)).toBe("x & <y>");
  });

  it("refuses internal subsets (XXE, billion laughs), undefined entities and malformed XML", () => {
    const hostile = [
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>',
      "<r>&nbsp;</r>",
      "<r><b></r>",
      "not xml at all",
      "",
      "<r/><s/>",
    ];
    for (const text of hostile) expect(() => parseXmlTree(text), text).toThrow(ValidationError);
    // An internal subset is refused even when nothing refers to its entities.
    expect(() => parseXmlTree('<!DOCTYPE r [<!ENTITY a "x">]><r/>')).toThrow(/DOCTYPE/);
  });

  it("refuses files past the element and depth limits", () => {
    expect(() => parseXmlTree(`<r>${"<a/>".repeat(11)}</r>`, { maxElements: 10 })).toThrow(
      /more than 10/,
    );
    expect(() => parseXmlTree(`${"<a>".repeat(70)}${"</a>".repeat(70)}`)).toThrow(/deeper/);
  });

  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });
});
