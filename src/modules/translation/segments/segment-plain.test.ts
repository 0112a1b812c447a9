import { describe, expect, it } from "vitest";
import { assemblePlain, segmentPlainText } from "./index.js";

describe("plain text fields", () => {
  it("cuts sentences line by line and escapes the inline format only", () => {
    const text = "Strong Cities Network: *September* updates. A & B <c>.\n\n  Second line.  ";
    const doc = segmentPlainText(text, "en");
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ["text", "Strong Cities Network: *September* updates."],
      ["text", "A &amp; B &lt;c&gt;."],
      ["text", "Second line."],
    ]);
    expect(assemblePlain(doc, () => undefined).text).toBe(text);
    const translated = assemblePlain(
      doc,
      (s) => ["Mises à jour.", "A &amp; *B*.", undefined][s.index],
    );
    expect(translated.text).toBe("Mises à jour. A & *B*.\n\n  Second line.  ");
  });

  it("keeps numbers-only fields out of the memory", () => {
    expect(segmentPlainText("2021", "en").segments).toEqual([]);
    expect(segmentPlainText("", "en").segments).toEqual([]);
  });
});
