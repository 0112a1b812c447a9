import { describe, expect, it } from "vitest";
import { hasNoControlCharacters } from "./control-characters.js";

describe("control characters", () => {
  it("refuses NUL, other controls, separators and bidirectional overrides and isolates", () => {
    const refused = [
      ..."\u0000\u0001\u0008\u000b\u000c\u000e\u001f\u007f\u0080\u009f\u2028\u2029",
      ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ];
    for (const char of refused) {
      const code = char.codePointAt(0)?.toString(16);
      expect(hasNoControlCharacters(`Lisbon${char}`), code).toBe(false);
    }
  });

  it("accepts every script, tabs, line breaks and the direction marks RTL text uses", () => {
    for (const text of [
      "Lisboa",
      "الرباط",
      "Zürich\tCH",
      "one\ntwo\r\n",
      "\u200fمرحبا\u200e",
      "東京",
    ])
      expect(hasNoControlCharacters(text), text).toBe(true);
  });
});
