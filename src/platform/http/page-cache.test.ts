import { describe, expect, it } from "vitest";
import { type CachedPage, computeEtag, isNotModified, PageCache } from "./page-cache.js";

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
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1_000_000 });
    cache.setVersion(3);
    cache.set("/en", page("old", 3));
    expect(cache.get("/en")?.body.toString()).toBe("old");
    cache.setVersion(4);
    expect(cache.get("/en")).toBeUndefined();
    cache.set("/en", page("rendered before the change", 3));
    expect(cache.get("/en")).toBeUndefined();
  });

  it("lets one request render a page per version; the others wait for its page", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1 << 20 });
    cache.setVersion(1);
    expect(cache.claimRender("/en")).toBe(true);
    const waiting = cache.claimRender("/en");
    expect(waiting).toBeInstanceOf(Promise);
    expect(cache.claimRender("/fr")).toBe(true); // another page renders alongside
    cache.set("/en", page("<p>en</p>", 1));
    cache.endRender("/en");
    expect(((await waiting) as CachedPage | undefined)?.body.toString()).toBe("<p>en</p>");
    // A render that cached nothing (an error page) lets its waiters render themselves.
    const second = cache.claimRender("/fr");
    cache.endRender("/fr");
    expect(await second).toBeUndefined();
    // After a write, the next reader renders again.
    cache.setVersion(2);
    expect(cache.claimRender("/en")).toBe(true);
    cache.endRender("/en");
    expect(cache.rendering).toBe(0);
  });

  it("evicts the oldest page when full, and keeps nothing when disabled", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 1_000_000 });
    for (const url of ["/a", "/b", "/c"]) cache.set(url, page(url, 0));
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.size).toBe(2);
    const disabled = new PageCache({ maxEntries: 0, maxBytes: 1_000_000 });
    disabled.set("/a", page("a", 0));
    expect(disabled.size).toBe(0);
  });

  it("holds no more bytes than its ceiling, dropping the oldest pages first", () => {
    const cache = new PageCache({ maxEntries: 1000, maxBytes: 100_000 });
    for (let i = 0; i < 200; i++) cache.set(`/en/page?u=${i}`, page("x".repeat(10_000), 0));
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBe(9);
    expect(cache.get("/en/page?u=199")).toBeDefined();
    expect(cache.get("/en/page?u=190")).toBeUndefined();
    cache.set("/huge", page("x".repeat(200_000), 0));
    expect(cache.get("/huge")).toBeUndefined();
    cache.set("/en/page?u=199", page("small", 0));
    expect(cache.size).toBe(9);
    expect(cache.bytes).toBeLessThan(90_000);
    cache.setVersion(1);
    expect(cache.bytes).toBe(0);
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
