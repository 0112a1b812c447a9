import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SESSION_COOKIE } from "./auth.js";

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
  /**
   * How long after a write a page rendered before it may still be served to a
   * reader by `serveRaw` while a fresh one renders in the background (0, the
   * default: never). Only with a revalidator (`serveStale`).
   */
  staleMs?: number;
  /**
   * Most pages whose URL holds what a reader typed (a search), 100 by default:
   * such URLs are unbounded, so they push out only one another, never the
   * site's pages; a query many readers repeat stays cached.
   */
  maxFreeTextEntries?: number;
}

/** How many free-text pages (searches) the cache keeps unless told. */
export const MAX_FREE_TEXT_PAGES = 100;

/** Renders a URL again in the background, as a reader without a session would get it. */
export type Revalidator = (url: string) => Promise<void>;

/**
 * Rendered pages by URL, out of date as a whole when the content version
 * moves (a write in this process, or one seen by polling from another).
 * Bounded in pages and in bytes, the oldest page going first: a URL is
 * whatever a client sends, so the count alone let big pages under many URLs
 * fill the memory.
 *
 * `get` answers only pages of the current version. The production server may
 * also serve an out-of-date page for a short bound after the write that made
 * it so (stale-while-revalidate, `serveStale`): the reader gets it at once and
 * the page renders again in the background, one page at a time. Before, every
 * write (several a second while editors and jobs work) made every reader's
 * next request render, and 64 readers kept the event loop so busy that
 * /healthz waited seconds.
 */
export class PageCache {
  #entries = new Map<string, { page: CachedPage; bytes: number }>();
  /** The cached URLs that hold free text, oldest first. */
  #freeText = new Set<string>();
  /** The URLs a request is rendering now, at which version, and who waits for the page. */
  #rendering = new Map<
    string,
    { version: number; waiters: ((page: CachedPage | undefined) => void)[] }
  >();
  #bytes = 0;
  #version = 0;
  /** When each recent version was first seen, oldest first: a page of version v went out of date when the next one came. */
  #versionsSeen: { version: number; at: number }[] = [];
  #revalidate: Revalidator | undefined;
  /** URLs waiting to be rendered again in the background, and whether the loop runs. */
  #revalidating = new Set<string>();
  /** When each URL last began to render in the background. */
  #revalidatedAt = new Map<string, number>();
  #isRevalidating = false;

  constructor(
    private readonly limits: PageCacheLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The content version pages are currently rendered at. */
  get version(): number {
    return this.#version;
  }

  /**
   * Moves to a new content version: pages rendered before it are out of date
   * (dropped, unless they may be served stale for a while).
   */
  setVersion(version: number): void {
    if (version === this.#version) return;
    this.#version = version;
    const now = this.clock();
    // Only the versions whose pages may still be served matter, and the current one.
    const staleMs = this.limits.staleMs ?? 0;
    this.#versionsSeen = this.#versionsSeen.filter(
      (_seen, i, all) => (all[i + 1]?.at ?? now) > now - staleMs,
    );
    this.#versionsSeen.push({ version, at: now });
    if (!this.#isServingStale) {
      this.#entries.clear();
      this.#freeText.clear();
      this.#revalidatedAt.clear();
      this.#bytes = 0;
    }
  }

  /**
   * Lets `serveRaw` answer with a page made out of date by a write less than
   * `staleMs` ago, and renders it again through the revalidator meanwhile.
   */
  serveStale(revalidate: Revalidator): void {
    this.#revalidate = revalidate;
  }

  /** An out-of-date page for this URL that may still be served (see `serveStale`). */
  getStale(url: string): CachedPage | undefined {
    const page = this.#entries.get(url)?.page;
    if (!page || page.version >= this.#version || !this.#isServingStale) return undefined;
    return this.#isWithinStaleBound(page.version) ? page : undefined;
  }

  /** A fresh page for this URL, if one is cached. */
  get(url: string): CachedPage | undefined {
    const page = this.#entries.get(url)?.page;
    return page && page.version === this.#version ? page : undefined;
  }

  /**
   * Keeps a page rendered at a given version; ignored if the version has moved
   * since, unless it may still be served stale and is newer than the cached one.
   * A free-text page (`isFreeText`: its URL holds what a reader typed) takes
   * the place of the oldest free-text page once there are `maxFreeTextEntries`.
   */
  set(url: string, page: CachedPage, options: { isFreeText?: boolean } = {}): void {
    const bytes = sizeOf(url, page);
    const { maxEntries, maxBytes } = this.limits;
    if (maxEntries === 0 || bytes > maxBytes) return;
    if (page.version !== this.#version) {
      const cached = this.#entries.get(url)?.page;
      const isNewer = cached === undefined || cached.version < page.version;
      if (!isNewer || !this.#isServingStale || !this.#isWithinStaleBound(page.version)) return;
    }
    this.#delete(url);
    if (options.isFreeText) {
      const max = this.limits.maxFreeTextEntries ?? MAX_FREE_TEXT_PAGES;
      if (max === 0) return;
      for (const oldest of this.#freeText) {
        if (this.#freeText.size < max) break;
        this.#delete(oldest);
        this.#revalidatedAt.delete(oldest);
      }
    }
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size < maxEntries && this.#bytes + bytes <= maxBytes) break;
      this.#delete(oldest);
      this.#revalidatedAt.delete(oldest);
    }
    this.#entries.set(url, { page, bytes });
    if (options.isFreeText) this.#freeText.add(url);
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

  /** How many pages wait to be rendered again in the background (for tests). */
  get revalidating(): number {
    return this.#revalidating.size;
  }

  get #isServingStale(): boolean {
    return this.#revalidate !== undefined && (this.limits.staleMs ?? 0) > 0;
  }

  /** Whether pages of this version went out of date less than `staleMs` ago. */
  #isWithinStaleBound(version: number): boolean {
    // The version the page was rendered at (or the last one before it) and the one after it.
    const at = this.#versionsSeen.findLastIndex((seen) => seen.version <= version);
    const next = at === -1 ? undefined : this.#versionsSeen[at + 1];
    return next !== undefined && this.clock() - next.at < (this.limits.staleMs ?? 0);
  }

  /**
   * Renders out-of-date pages again one at a time, so readers' requests and
   * /healthz come between them; a URL at most once per half of `staleMs`
   * (under steady writes the network map, 3.5 MB with 10,000 cities, would
   * otherwise render after each), which still renders it within the bound.
   */
  #queueRevalidation(url: string): void {
    const last = this.#revalidatedAt.get(url);
    if (last !== undefined && this.clock() - last < (this.limits.staleMs ?? 0) / 2) return;
    this.#revalidating.add(url);
    if (this.#isRevalidating) return;
    this.#isRevalidating = true;
    void (async () => {
      for (const next of this.#revalidating) {
        this.#revalidating.delete(next);
        this.#revalidatedAt.set(next, this.clock());
        // A render that fails leaves the stale page until its bound; the reader's own request then renders it.
        await this.#revalidate?.(next).catch(() => undefined);
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.#isRevalidating = false;
    })();
  }

  #delete(url: string): void {
    const entry = this.#entries.get(url);
    if (!entry) return;
    this.#entries.delete(url);
    this.#freeText.delete(url);
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
    let page = this.get(req.url);
    // Someone signed in (an editor checking a change) waits for the fresh page.
    if (!page && !hasSession(req)) {
      page = this.getStale(req.url);
      if (page) this.#queueRevalidation(req.url);
    }
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

/** Whether a request carries a session cookie (the page cache's pages are the same for all, but not what an editor wants to see). */
function hasSession(req: IncomingMessage): boolean {
  return (req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`);
}

function sizeOf(url: string, page: CachedPage): number {
  let bytes = page.body.length + Buffer.byteLength(url) + page.etag.length;
  for (const [name, value] of Object.entries(page.headers))
    bytes += name.length + Buffer.byteLength(value);
  return bytes;
}
