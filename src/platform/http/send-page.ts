import type { FastifyReply, FastifyRequest } from "fastify";
import { type CachedPage, computeEtag, isNotModified, type PageCache } from "./page-cache.js";
import { SECURITY_HEADERS } from "./security-headers.js";

/** What a route produced for a reader: a body, its type, and when its content last changed. */
export interface PageBody {
  body: string;
  contentType?: string;
  /** ISO date of the newest content on the page, sent as Last-Modified. */
  lastModified?: string | null;
  /** Whether the page may be kept in the page cache (public, the same for every reader). */
  cacheable?: boolean;
  /**
   * The query parameters the page read, as parsed (none by default). A URL is
   * cached only when its query string is exactly these values written
   * canonically, so `?u=<anything>` or `?page=002` renders without a new entry.
   */
  query?: Readonly<Record<string, unknown>>;
  /** Whether the URL holds what a reader typed (a search): cached among a bounded few such pages. */
  isFreeText?: boolean;
}

/** Sends a page with ETag/Last-Modified, answers 304 to a matching conditional request, and caches it. */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: PageCache,
  page: PageBody,
  version = cache.version,
): FastifyReply {
  const body = Buffer.from(page.body, "utf8");
  const etag = computeEtag(body);
  const lastModified = page.lastModified ? new Date(page.lastModified).toUTCString() : undefined;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    "content-type": page.contentType ?? "text/html; charset=utf-8",
    "content-length": String(body.length),
    "cache-control": "public, max-age=0, must-revalidate",
    etag,
  };
  if (lastModified) headers["last-modified"] = lastModified;
  const cached: CachedPage = { body, headers, etag, lastModified, version };
  if (
    page.cacheable !== false &&
    request.method === "GET" &&
    isCanonicalQuery(request.url, page.query ?? {})
  )
    cache.set(request.url, cached, { isFreeText: page.isFreeText === true });
  return replyWithPage(request, reply, cached);
}

/** Answers a request with an already rendered page (from the cache or just made). */
export function replyWithPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: CachedPage,
): FastifyReply {
  if (isNotModified(request.headers, page)) {
    return reply
      .code(304)
      .header("etag", page.etag)
      .header("cache-control", page.headers["cache-control"])
      .send();
  }
  const { "content-length": _length, ...headers } = page.headers;
  return reply.code(200).headers(headers).send(page.body);
}

/** Whether a URL's query string names only parameters the page read, once each, written as parsed. */
function isCanonicalQuery(url: string, read: Readonly<Record<string, unknown>>): boolean {
  const at = url.indexOf("?");
  if (at === -1) return true;
  const given = new URLSearchParams(url.slice(at + 1));
  const seen = new Set<string>();
  for (const [name, value] of given) {
    const parsed = Object.hasOwn(read, name) ? read[name] : undefined;
    if (seen.has(name) || (typeof parsed !== "string" && typeof parsed !== "number")) return false;
    if (String(parsed) !== value) return false;
    seen.add(name);
  }
  return seen.size > 0 && given.toString() === url.slice(at + 1);
}
