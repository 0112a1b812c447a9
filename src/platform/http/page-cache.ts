import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A rendered response kept in memory: body and the exact headers it is served with. */
export interface CachedPage {
  body: Buffer;
  headers: Readonly<Record<string, string>>;
  etag: string;
  lastModified: string | undefined;
  /** The content version the page was rendered at; a page from an older version is never served. */
  version: number;
}

/** How much the page cache may hold: pages, and bytes (bodies, headers and URLs). */
export interface PageCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

/**
 * Rendered pages by URL, dropped as a whole when the content version moves
 * (a write in this process, or one seen by polling from another). Bounded in
 * pages and in bytes, the oldest page going first: a URL is whatever a client
 * sends, so the count alone let big pages under many URLs fill the memory.
 */
export class PageCache {
  #entries = new Map<string, { page: CachedPage; bytes: number }>();
  /** The URLs a request is rendering now, at which version, and who waits for the page. */
  #rendering = new Map<
    string,
    { version: number; waiters: ((page: CachedPage | undefined) => void)[] }
  >();
  #bytes = 0;
  #version = 0;

  constructor(private readonly limits: PageCacheLimits) {}

  /** The content version pages are currently rendered at. */
  get version(): number {
    return this.#version;
  }

  /** Moves to a new content version, dropping every page rendered before it. */
  setVersion(version: number): void {
    if (version === this.#version) return;
    this.#version = version;
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** A fresh page for this URL, if one is cached. */
  get(url: string): CachedPage | undefined {
    const page = this.#entries.get(url)?.page;
    return page && page.version === this.#version ? page : undefined;
  }

  /** Keeps a page rendered at a given version; ignored if the version has moved since. */
  set(url: string, page: CachedPage): void {
    const bytes = sizeOf(url, page);
    const { maxEntries, maxBytes } = this.limits;
    if (maxEntries === 0 || bytes > maxBytes || page.version !== this.#version) return;
    this.#delete(url);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size < maxEntries && this.#bytes + bytes <= maxBytes) break;
      this.#delete(oldest);
    }
    this.#entries.set(url, { page, bytes });
    this.#bytes += bytes;
  }

  /**
   * One render per page and version. A request that misses the cache either
   * renders (`claimRender` answers true; it must call `endRender` once
   * answered) or, when another request renders that URL at this version,
   * waits for its page (a promise; undefined when the page was not cached, and
   * the waiter renders itself). Each write drops every page, and 64 readers
   * then rendered the same eleven pages at once, stalling the event loop.
   */
  claimRender(url: string): true | Promise<CachedPage | undefined> {
    const rendering = this.#rendering.get(url);
    if (rendering && rendering.version === this.#version)
      return new Promise((resolve) => rendering.waiters.push(resolve));
    if (!rendering) this.#rendering.set(url, { version: this.#version, waiters: [] });
    return true;
  }

  /** The render of a URL is over: its waiters get the cached page, if it was cached. */
  endRender(url: string): void {
    const rendering = this.#rendering.get(url);
    if (!rendering) return;
    this.#rendering.delete(url);
    const page = this.get(url);
    for (const resolve of rendering.waiters) resolve(page);
  }

  /** How many renders are in progress (for tests). */
  get rendering(): number {
    return this.#rendering.size;
  }

  /** How many bytes the cached pages take (bodies, headers and URLs). */
  get bytes(): number {
    return this.#bytes;
  }

  #delete(url: string): void {
    const entry = this.#entries.get(url);
    if (!entry) return;
    this.#entries.delete(url);
    this.#bytes -= entry.bytes;
  }

  /** How many pages are cached (for tests and health). */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Answers a GET/HEAD straight from the cache on the raw Node request, before
   * any framework work; returns false when the page is not cached.
   */
  serveRaw(req: IncomingMessage, res: ServerResponse): boolean {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.url === undefined) return false;
    const page = this.get(req.url);
    if (!page) return false;
    if (isNotModified(req.headers, page)) {
      res.writeHead(304, {
        etag: page.etag,
        "cache-control": page.headers["cache-control"] ?? "no-cache",
      });
      res.end();
      return true;
    }
    res.writeHead(200, page.headers);
    res.end(req.method === "HEAD" ? undefined : page.body);
    return true;
  }
}

/** A strong ETag for a body. */
export function computeEtag(body: Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether a conditional request (If-None-Match, else If-Modified-Since) is satisfied by the page. */
export function isNotModified(
  headers: IncomingMessage["headers"],
  page: { etag: string; lastModified: string | undefined },
): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === "*" || tag === page.etag);
  }
  const ifModifiedSince = headers["if-modified-since"];
  if (ifModifiedSince !== undefined && page.lastModified !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return Number.isFinite(since) && Date.parse(page.lastModified) <= since;
  }
  return false;
}

function sizeOf(url: string, page: CachedPage): number {
  let bytes = page.body.length + Buffer.byteLength(url) + page.etag.length;
  for (const [name, value] of Object.entries(page.headers))
    bytes += name.length + Buffer.byteLength(value);
  return bytes;
}
