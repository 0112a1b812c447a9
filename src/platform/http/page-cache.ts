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

/**
 * Rendered pages by URL, dropped as a whole when the content version moves
 * (a write in this process, or one seen by polling from another).
 */
export class PageCache {
  #entries = new Map<string, CachedPage>();
  #version = 0;

  constructor(private readonly maxEntries: number) {}

  /** The content version pages are currently rendered at. */
  get version(): number {
    return this.#version;
  }

  /** Moves to a new content version, dropping every page rendered before it. */
  setVersion(version: number): void {
    if (version === this.#version) return;
    this.#version = version;
    this.#entries.clear();
  }

  /** A fresh page for this URL, if one is cached. */
  get(url: string): CachedPage | undefined {
    const page = this.#entries.get(url);
    return page && page.version === this.#version ? page : undefined;
  }

  /** Keeps a page rendered at a given version; ignored if the version has moved since. */
  set(url: string, page: CachedPage): void {
    if (this.maxEntries === 0 || page.version !== this.#version) return;
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(url, page);
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
