import { describe, expect, it } from "vitest";
import { diffWords } from "./word-diff.js";

describe("diffWords", () => {
  it("marks the words that changed and keeps the rest", () => {
    expect(diffWords("The network has 40 member cities.", "The network has 46 cities.")).toEqual([
      { type: "same", text: "The network has " },
      { type: "removed", text: "40 member" },
      { type: "added", text: "46" },
      { type: "same", text: " cities." },
    ]);
  });

  it("gives one run for equal texts", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual([{ type: "same", text: "Same text." }]);
  });
});
