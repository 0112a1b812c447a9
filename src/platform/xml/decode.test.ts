import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors.js";
import { decodeXml } from "./decode.js";

const XML = '<?xml version="1.0"?><a>é</a>';

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const bytes = order === "le" ? le : Buffer.from(le).swap16();
  const mark = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

describe("decodeXml", () => {
  it("reads UTF-8 with and without a byte-order mark, dropping the mark", () => {
    expect(decodeXml(Buffer.from(`\uFEFF${XML}`))).toEqual({ text: XML, encoding: "utf-8" });
    expect(decodeXml(Buffer.from(XML))).toEqual({ text: XML, encoding: "utf-8" });
  });

  it("reads UTF-16 in both byte orders, by the mark or by the bytes of <?", () => {
    for (const order of ["le", "be"] as const) {
      expect(decodeXml(utf16(XML, order, true)).text).toBe(XML);
      expect(decodeXml(utf16(XML, order, false)).text).toBe(XML);
      expect(decodeXml(utf16(XML, order, true)).encoding).toBe(`utf-16${order}`);
    }
  });

  it("reads a declared legacy encoding", () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9t\xe9</a>',
      "latin1",
    );
    expect(decodeXml(latin1)).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>été</a>',
      encoding: "windows-1252",
    });
  });

  it("maps windows-1252's 0x80–0x9F by hand (Node 20 would give C1 controls), declared as windows-1252 or ISO-8859-1", () => {
    for (const label of ["windows-1252", "ISO-8859-1", "cp1252"]) {
      const bytes = Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="${label}"?><a>`, "latin1"),
        Buffer.from([0x80, 0x20, 0x35, 0x20, 0x84, 0x9c, 0x85, 0x93, 0x94, 0x9f, 0xe9]),
        Buffer.from("</a>", "latin1"),
      ]);
      const decoded = decodeXml(bytes);
      expect(decoded.encoding).toBe("windows-1252");
      expect(decoded.text).toContain("<a>€ 5 „œ…“”Ÿé</a>");
    }
  });

  it("refuses invalid bytes, an unknown encoding and UTF-16 declared without a mark", () => {
    const bad = [
      Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xc3, 0x28, 0x3c]),
      Buffer.from('<?xml version="1.0" encoding="x-klingon"?><a/>'),
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a/>'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xc3, 0x28])]),
    ];
    for (const bytes of bad) expect(() => decodeXml(bytes)).toThrow(ValidationError);
  });
});
