import { describe, expect, it } from "vitest";
import { withoutTrailingSlash } from "./trailing-slash.js";

const LANGUAGES = ["en", "fr", "es", "ar"];

describe("withoutTrailingSlash", () => {
  it("drops the trailing slashes of a page under a site language, keeping the query", () => {
    expect(withoutTrailingSlash("/fr/", LANGUAGES)).toBe("/fr");
    expect(withoutTrailingSlash("/ar/network/hubs/", LANGUAGES)).toBe("/ar/network/hubs");
    expect(withoutTrailingSlash("/es/search/?q=ciudades", LANGUAGES)).toBe("/es/search?q=ciudades");
    expect(withoutTrailingSlash("/en//", LANGUAGES)).toBe("/en");
  });

  it("leaves alone canonical addresses, the root and paths outside the site languages", () => {
    expect(withoutTrailingSlash("/fr", LANGUAGES)).toBeUndefined();
    expect(withoutTrailingSlash("/fr/search?q=a/", LANGUAGES)).toBeUndefined();
    expect(withoutTrailingSlash("/", LANGUAGES)).toBeUndefined();
    expect(withoutTrailingSlash("/admin/", LANGUAGES)).toBeUndefined();
    expect(withoutTrailingSlash("/de/", LANGUAGES)).toBeUndefined();
  });

  it("never makes a redirect to another host", () => {
    expect(withoutTrailingSlash("//evil.example/", LANGUAGES)).toBeUndefined();
    expect(withoutTrailingSlash("/%2F%2Fevil.example/", LANGUAGES)).toBeUndefined();
  });
});
