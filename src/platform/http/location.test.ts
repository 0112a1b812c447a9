import { describe, expect, it } from "vitest";
import { toHeaderSafeLocation } from "./location.js";

describe("redirect targets", () => {
  it("percent-encodes non-ASCII letters, spaces and controls, leaving escapes as they are", () => {
    expect(toHeaderSafeLocation("/fr/news/souk-سوق")).toBe(
      `/fr/news/souk-${encodeURIComponent("سوق")}`,
    );
    expect(toHeaderSafeLocation("/fr/réunion?q=a b&x=%20")).toBe("/fr/r%C3%A9union?q=a%20b&x=%20");
    expect(toHeaderSafeLocation("/a\r\nSet-Cookie: x\u202e\u0000")).toBe(
      "/a%0D%0ASet-Cookie:%20x%E2%80%AE%00",
    );
    expect(toHeaderSafeLocation("/emoji-😀")).toBe("/emoji-%F0%9F%98%80");
    expect(toHeaderSafeLocation("/plain/path?page=2")).toBe("/plain/path?page=2");
  });
});
