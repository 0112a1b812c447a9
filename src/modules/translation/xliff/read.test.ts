import { describe, expect, it } from "vitest";
import { XliffError, decodeXmlBytes } from "./decode.js";
import { readXliff } from "./read.js";

const XLIFF12 = (encoding: string, target: string) =>
  `<?xml version="1.0" encoding="${encoding}"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.txt" source-language="en" target-language="fr" datatype="plaintext">
  <body>
   <trans-unit id="1"><source>The café <g id="1">opens</g> at 9.</source>${target}</trans-unit>
  </body>
 </file>
</xliff>`;

const XLIFF21 = (
  target: string,
) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
 <file id="f1"><unit id="u1"><segment id="s1"><source>Hello <ph id="1"/>world.</source>${target}</segment></unit></file>
</xliff>`;

function ruleOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof XliffError) return error.rule;
    throw error;
  }
  return "accepted";
}

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [a, b] = endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + i * 2] = a;
    bytes[3 + i * 2] = b;
  }
  return bytes;
}

describe("readXliff encodings", () => {
  it("reads XLIFF 1.2 declared windows-1252 (é and the euro sign as single bytes)", () => {
    const text = XLIFF12(
      "windows-1252",
      '<target>Le café <g id="1">ouvre</g> à 9 h, 5 €.</target>',
    );
    const bytes = Uint8Array.from([...text].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
    const document = readXliff(bytes);
    expect(document.version).toBe("1.2");
    expect(document.trgLang).toBe("fr");
    expect(document.segments[0]?.target).toBe('Le café <g id="1">ouvre</g> à 9 h, 5 €.');
  });

  it("reads ISO-8859-1, UTF-8 with a BOM and UTF-16 LE and BE with a BOM", () => {
    const text = XLIFF21('<target>Bonjour <ph id="1"/>le monde.</target>');
    const latin = XLIFF12("ISO-8859-1", '<target>Le café <g id="1">ouvre</g>.</target>');
    expect(
      readXliff(Uint8Array.from([...latin].map((c) => c.charCodeAt(0)))).segments[0]?.target,
    ).toContain("café");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [withBom, utf16(text, "le"), utf16(text, "be")]) {
      expect(readXliff(bytes).segments[0]?.target).toBe('Bonjour <x id="1"/>le monde.');
    }
  });

  it("refuses bytes that are not the declared encoding, and an unknown encoding", () => {
    expect(ruleOf(() => decodeXmlBytes(Uint8Array.from([0x3c, 0x61, 0xff, 0x3e])))).toBe(
      "encoding",
    );
    expect(ruleOf(() => readXliff(new TextEncoder().encode(XLIFF12("x-klingon", ""))))).toBe(
      "encoding",
    );
  });
});

describe("readXliff content", () => {
  it("treats an empty or blank target as untranslated", () => {
    for (const target of ["<target/>", "<target>  </target>", ""]) {
      const document = readXliff(new TextEncoder().encode(XLIFF21(target)));
      expect(document.segments[0]?.target).toBeUndefined();
    }
  });

  it("gives sources and targets in the segment inline format", () => {
    const document = readXliff(
      new TextEncoder().encode(XLIFF21('<target>Bonjour <ph id="1"/>le monde.</target>')),
    );
    expect(document.segments[0]).toMatchObject({
      unitId: "u1",
      segmentId: "s1",
      source: 'Hello <x id="1"/>world.',
    });
  });
});

describe("readXliff hostile files", () => {
  it("refuses a DOCTYPE: external entities (XXE) and billion laughs", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff>&x;</xliff>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff>&b;</xliff>`;
    expect(ruleOf(() => readXliff(new TextEncoder().encode(xxe)))).toBe("no-dtd");
    expect(ruleOf(() => readXliff(new TextEncoder().encode(laughs)))).toBe("no-dtd");
  });

  it("refuses an undeclared entity, malformed XML, deep nesting and an oversized file", () => {
    expect(ruleOf(() => readXliff(new TextEncoder().encode("<xliff>&lol;</xliff>")))).toBe("xml");
    expect(ruleOf(() => readXliff(new TextEncoder().encode("<xliff><file>")))).toBe("xml");
    const deep = `<xliff>${"<a>".repeat(200)}${"</a>".repeat(200)}</xliff>`;
    expect(ruleOf(() => readXliff(new TextEncoder().encode(deep)))).toBe("too-deep");
    expect(ruleOf(() => readXliff(new TextEncoder().encode(XLIFF21("")), { maxBytes: 10 }))).toBe(
      "too-large",
    );
  });

  it("refuses a document that is not XLIFF", () => {
    expect(ruleOf(() => readXliff(new TextEncoder().encode("<html/>")))).toBe("root");
    expect(ruleOf(() => readXliff(new TextEncoder().encode('<xliff xmlns="urn:x"/>')))).toBe(
      "namespace",
    );
  });

  it("refuses XLIFF 1.2 without source-language or with a duplicated trans-unit id", () => {
    const noLang = XLIFF12("UTF-8", "").replace(' source-language="en"', "");
    expect(ruleOf(() => readXliff(new TextEncoder().encode(noLang)))).toBe("source-language");
    const twice = XLIFF12("UTF-8", "").replace(
      "</body>",
      '<trans-unit id="1"><source>x</source></trans-unit></body>',
    );
    expect(ruleOf(() => readXliff(new TextEncoder().encode(twice)))).toBe("unit-id");
  });
});
