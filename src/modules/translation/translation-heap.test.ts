import { describe, expect, it } from "vitest";
import { TRANSLATION_NODE_FLAGS, withTranslationFlags } from "./translation-heap.js";

describe("withTranslationFlags", () => {
  it("adds the translation flags after the process's own", () => {
    expect(withTranslationFlags(["--import", "tsx"])).toEqual([
      "--import",
      "tsx",
      ...TRANSLATION_NODE_FLAGS,
    ]);
  });

  it("leaves a flag the process was given with its own value", () => {
    const given = ["--max-semi-space-size=32", "--import", "tsx"];
    expect(withTranslationFlags(given)).toEqual(given);
  });
});
