import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./locales.js";

describe("language negotiation", () => {
  const offered = ["en", "fr", "ar"];
  it("picks the reader's preferred offered language by quality", () => {
    expect(negotiateLanguage("es;q=1, fr-CA;q=0.8, en;q=0.5", offered, "en")).toBe("fr");
    expect(negotiateLanguage("ar-EG", offered, "en")).toBe("ar");
  });
  it("falls back to the source language for missing, wildcard, refused or hostile headers", () => {
    expect(negotiateLanguage(undefined, offered, "en")).toBe("en");
    expect(negotiateLanguage("*", offered, "en")).toBe("en");
    expect(negotiateLanguage("fr;q=0", offered, "en")).toBe("en");
    expect(negotiateLanguage("fr;q=abc", offered, "en")).toBe("en");
    expect(negotiateLanguage("x".repeat(100_000), offered, "en")).toBe("en");
  });
});
