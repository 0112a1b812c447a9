import { describe, expect, it } from "vitest";
import { computeEtag, isNotModified, PageCache } from "./page-cache.js";

function page(body: string, version: number) {
  const bytes = Buffer.from(body);
  return {
    body: bytes,
    headers: { "content-type": "text/html" },
    etag: computeEtag(bytes),
    lastModified: undefined,
    version,
  };
}

describe("page cache", () => {
  it("never serves a page rendered at an older content version", () => {
    const cache = new PageCache(10);
    cache.setVersion(3);
    cache.set("/en", page("old", 3));
    expect(cache.get("/en")?.body.toString()).toBe("old");
    cache.setVersion(4);
    expect(cache.get("/en")).toBeUndefined();
    cache.set("/en", page("rendered before the change", 3));
    expect(cache.get("/en")).toBeUndefined();
  });

  it("evicts the oldest page when full, and keeps nothing when disabled", () => {
    const cache = new PageCache(2);
    for (const url of ["/a", "/b", "/c"]) cache.set(url, page(url, 0));
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.size).toBe(2);
    const disabled = new PageCache(0);
    disabled.set("/a", page("a", 0));
    expect(disabled.size).toBe(0);
  });

  it("matches If-None-Match lists and weak tags, else If-Modified-Since", () => {
    const p = { etag: '"abc"', lastModified: "Tue, 19 Oct 2021 09:00:00 GMT" };
    expect(isNotModified({ "if-none-match": '"x", W/"abc"' }, p)).toBe(true);
    expect(isNotModified({ "if-none-match": '"x"', "if-modified-since": p.lastModified }, p)).toBe(
      false,
    );
    expect(isNotModified({ "if-modified-since": "Wed, 20 Oct 2021 00:00:00 GMT" }, p)).toBe(true);
    expect(isNotModified({ "if-modified-since": "Mon, 18 Oct 2021 00:00:00 GMT" }, p)).toBe(false);
    expect(isNotModified({ "if-modified-since": "garbage" }, p)).toBe(false);
  });
});
