import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UnreadableFileError, parseBilingual, readBilingualFile } from "./bilingual-file.js";

const DATA = path.resolve(import.meta.dirname, "../../../../../shared/data/xliff2");
const SUITE = path.join(DATA, "oasis-xliff-21-test-suite-full");
// The shared data sits beside the project (../shared), never copied into it; a checkout
// without it skips these tests visibly instead of failing on a missing file.
const HAS_SHARED_DATA = fs.existsSync(SUITE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-qa-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const parse = (text: string) => parseBilingual(new TextEncoder().encode(text), "test");
const refusal = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof UnreadableFileError) return error.message;
    throw error;
  }
  return undefined;
};

describe("TSV", () => {
  it("reads source<TAB>target lines, skipping the header and blank lines, escaping text", () => {
    expect(parse("source\ttarget\nA & B.\tA & B.\n\nHello.\tBonjour.\n")).toEqual([
      { ref: "line 2", source: "A &amp; B.", target: "A &amp; B." },
      { ref: "line 4", source: "Hello.", target: "Bonjour." },
    ]);
  });

  it("refuses a line with another number of columns, naming it", () => {
    expect(refusal("Hello.\tBonjour.\nOne column only\n")).toMatch(
      /line 2 has 1 column\(s\); expected 2/,
    );
    expect(refusal("a\tb\tc\n")).toMatch(/line 1 has 3 column/);
  });

  it("refuses binary and non-UTF-8 bytes", () => {
    expect(() =>
      parseBilingual(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), "x.zip"),
    ).toThrow(/binary/);
    expect(() => parseBilingual(new Uint8Array([0x48, 0xe9, 0x09, 0x41]), "latin1.tsv")).toThrow(
      /not UTF-8/,
    );
  });
});

describe("XLIFF", () => {
  it("reads XLIFF 1.2 with g, x, bpt/ept and ph mapped to inline codes", () => {
    const xliff = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="html" original="a"><body>
<trans-unit id="t1"><source>Read the <g id="1">full</g> text.<x id="2"/></source><target>Lisez le texte <g id="1">complet</g>.<x id="2"/></target>
<alt-trans><source>Other</source><target>Autre</target></alt-trans></trans-unit>
<trans-unit id="t2"><source><bpt id="3">&lt;b&gt;</bpt>Bold<ept id="3">&lt;/b&gt;</ept> <ph id="4">{0}</ph></source><target><bpt id="3">&lt;b&gt;</bpt>Gras<ept id="3">&lt;/b&gt;</ept> <ph id="4">{0}</ph></target></trans-unit>
<trans-unit id="t3"><source>Not translated yet</source></trans-unit>
</body></file></xliff>`;
    expect(parse(xliff)).toEqual([
      {
        ref: "unit t1",
        source: 'Read the <g id="1">full</g> text.<x id="2"/>',
        target: 'Lisez le texte <g id="1">complet</g>.<x id="2"/>',
      },
      {
        ref: "unit t2",
        source: '<x id="3"/>Bold<x id="3-end"/> <x id="4"/>',
        target: '<x id="3"/>Gras<x id="3-end"/> <x id="4"/>',
      },
    ]);
  });

  it.skipIf(!HAS_SHARED_DATA)(
    "reads every valid file of the OASIS XLIFF 2.1 suite, with pc, ph, sc/ec and cp",
    async () => {
      let count = 0;
      for (const folder of ["core/valid", "modules/valid"]) {
        for (const file of fs
          .readdirSync(path.join(SUITE, folder))
          .filter((f) => f.endsWith(".xlf"))) {
          count += (await readBilingualFile(path.join(SUITE, folder, file))).length;
        }
      }
      expect(count).toBeGreaterThan(50);
      const reordered = await readBilingualFile(
        path.join(SUITE, "core/valid/withReorderedCodes.xlf"),
      );
      expect(reordered[0]).toEqual({
        ref: "unit 1, segment 1",
        source: '<g id="1"> text <x id="2"/> </g> <x id="3"/>',
        target: '<x id="3"/> <g id="1"> text <x id="2"/> </g>',
      });
      const everything = await readBilingualFile(
        path.join(DATA, "oasis-xliff-22-test-suite__core__valid__everything-core.xlf"),
      );
      expect(everything[0]).toEqual({
        ref: "unit tu1, segment 1",
        source: "Sample segment.",
        target: "Exemple de segment.",
      });
    },
  );

  it("refuses a billion-laughs file and an external entity without expanding them", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol3;</source><target>x</target></segment></unit></file></xliff>`;
    expect(refusal(laughs)).toMatch(/no-dtd/);
    const external = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&xxe;</source><target>x</target></segment></unit></file></xliff>`;
    expect(refusal(external)).toMatch(/no-dtd/);
  });

  it("refuses every invalid file of the OASIS suite and leaves empty targets out", () => {
    for (const folder of ["core/invalid", "modules/invalid"]) {
      for (const file of fs.readdirSync(path.join(SUITE, folder))) {
        expect(
          refusal(fs.readFileSync(path.join(SUITE, folder, file), "utf8")),
          file,
        ).toBeDefined();
      }
    }
    const empty = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>Hello.</source><target/></segment></unit></file></xliff>`;
    expect(parse(empty)).toEqual([]);
  });

  it("refuses malformed XML and XML that is not XLIFF", () => {
    expect(refusal("<xliff><file></xliff>")).toMatch(/malformed XML/);
    expect(refusal("<html><body/></html>")).toMatch(/not an XLIFF document/);
  });
});

describe("files", () => {
  it("refuses a missing file and one over the size limit", async () => {
    await expect(readBilingualFile(path.join(dir, "none.tsv"))).rejects.toThrow(/no such file/);
    const big = path.join(dir, "big.tsv");
    fs.writeFileSync(big, "a\tb\n".repeat(100));
    await expect(readBilingualFile(big, 100)).rejects.toThrow(/over the limit of 100 bytes/);
  });
});
