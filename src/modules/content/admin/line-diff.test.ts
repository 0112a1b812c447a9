import { describe, expect, it } from "vitest";
import { diffLines } from "./line-diff.js";

describe("diffLines", () => {
  it("keeps identical texts as unchanged lines", () => {
    expect(diffLines("a\nb", "a\nb")).toEqual([
      { kind: "same", text: "a" },
      { kind: "same", text: "b" },
    ]);
  });

  it("marks an inserted line as added and a deleted one as removed", () => {
    expect(diffLines("a\nb\nc", "a\nx\nc")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "same", text: "c" },
    ]);
    expect(diffLines("a\nc", "a\nb\nc").map((l) => l.kind)).toEqual(["same", "added", "same"]);
  });

  it("finds the longest common lines when changes are spread out", () => {
    const diff = diffLines("1\n2\n3\n4\n5", "0\n1\n3\n4\n6\n5");
    expect(diff.filter((l) => l.kind === "same").map((l) => l.text)).toEqual(["1", "3", "4", "5"]);
    expect(diff.filter((l) => l.kind === "added").map((l) => l.text)).toEqual(["0", "6"]);
    expect(diff.filter((l) => l.kind === "removed").map((l) => l.text)).toEqual(["2"]);
  });

  it("treats an empty text as no lines and ignores CRLF differences", () => {
    expect(diffLines("", "a")).toEqual([{ kind: "added", text: "a" }]);
    expect(diffLines("a\r\nb", "a\nb").every((l) => l.kind === "same")).toBe(true);
  });

  it("falls back to a whole replacement for huge texts instead of exhausting memory", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join("\n");
    const diff = diffLines(before, after);
    expect(diff).toHaveLength(6000);
  });
});
