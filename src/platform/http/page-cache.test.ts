import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

  it("keeps a bounded few free-text pages (searches), which push out only one another", () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1 << 20, maxFreeTextEntries: 2 });
    cache.setVersion(1);
    cache.set("/en", page("home", 1));
    for (const q of ["a", "b", "c"])
      cache.set(`/en/search?q=${q}`, page(q, 1), { isFreeText: true });
    expect(cache.get("/en/search?q=a")).toBeUndefined();
    expect(cache.get("/en/search?q=b")?.body.toString()).toBe("b");
    expect(cache.get("/en/search?q=c")?.body.toString()).toBe("c");
    expect(cache.get("/en")?.body.toString()).toBe("home");
    expect(cache.size).toBe(3);
    // The same search again replaces itself, not another one.
    cache.set("/en/search?q=c", page("c again", 1), { isFreeText: true });
    expect(cache.get("/en/search?q=b")?.body.toString()).toBe("b");
    const none = new PageCache({ maxEntries: 10, maxBytes: 1 << 20, maxFreeTextEntries: 0 });
    none.set("/en/search?q=a", page("a", 0), { isFreeText: true });
    expect(none.size).toBe(0);
  });

  it("after a write, may serve the page from before it for a bounded time, and never an older render over a newer", () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1 << 20, staleMs: 10_000 }, () => now);
    cache.serveStale(async () => {});
    cache.setVersion(1);
    cache.set("/en", page("v1", 1));
    now = 1000;
    cache.setVersion(2);
    expect(cache.get("/en")).toBeUndefined();
    expect(cache.getStale("/en")?.body.toString()).toBe("v1");
    // A render that began before the write ends after it: newer than what is cached, so kept (still stale).
    cache.set("/fr", page("fr at 1", 1));
    expect(cache.getStale("/fr")?.body.toString()).toBe("fr at 1");
    cache.set("/en", page("v2", 2));
    expect(cache.get("/en")?.body.toString()).toBe("v2");
    now = 2000;
    cache.setVersion(3);
    cache.set("/en", page("late render at 1", 1));
    expect(cache.getStale("/en")?.body.toString()).toBe("v2");
    // Ten seconds after the write that made it old, a page is no longer served.
    now = 11_999;
    expect(cache.getStale("/en")?.body.toString()).toBe("v2");
    now = 12_000;
    expect(cache.getStale("/en")).toBeUndefined();
    cache.set("/en", page("too old to keep", 2));
    expect(cache.getStale("/en")).toBeUndefined();
    // Without a revalidator (tests, `buildApp` alone) a write drops every page as before.
    const plain = new PageCache({ maxEntries: 10, maxBytes: 1 << 20, staleMs: 10_000 });
    plain.setVersion(1);
    plain.set("/en", page("v1", 1));
    plain.setVersion(2);
    expect(plain.getStale("/en")).toBeUndefined();
    expect(plain.size).toBe(0);
  });

  it("serves readers the stale page at once and renders it again in the background; a signed-in reader waits for the fresh one", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1 << 20, staleMs: 60_000 });
    const renders: string[] = [];
    const render = (url: string, who: string) => {
      renders.push(`${url} ${who}`);
      const rendered = page(`${url} at ${cache.version}`, cache.version);
      cache.set(url, rendered);
      return rendered;
    };
    cache.serveStale(async (url) => {
      render(url, "background");
    });
    cache.setVersion(1);
    const server = createServer((req, res) => {
      if (cache.serveRaw(req, res)) return;
      res.end(render(req.url ?? "", "reader").body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, headers: Record<string, string> = {}) =>
      (await fetch(base + path, { headers })).text();
    try {
      expect(await get("/en")).toBe("/en at 1");
      cache.setVersion(2);
      expect(await get("/en")).toBe("/en at 1");
      for (let i = 0; cache.revalidating > 0 || cache.get("/en") === undefined; i += 1) {
        expect(i).toBeLessThan(100);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await get("/en")).toBe("/en at 2");
      cache.setVersion(3);
      // Rendered in the background less than half the bound ago: served stale, not queued again.
      expect(await get("/en")).toBe("/en at 2");
      expect(cache.revalidating).toBe(0);
      expect(await get("/en", { cookie: "civitas_session=abc" })).toBe("/en at 3");
      expect(renders).toEqual(["/en reader", "/en background", "/en reader"]);
    } finally {
      server.close();
    }
  });
});
