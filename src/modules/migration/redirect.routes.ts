import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import { toHeaderSafeLocation } from "../../platform/http/location.js";
import { findFirstRedirect } from "./redirect.repository.js";

/**
 * Old addresses (a WordPress site's permalinks, `/?p=12`, `/?page_id=3`)
 * answer 301 to their new ones: a page that would be "not found", and the
 * home page asked with a query, look the old address up. Nothing else pays
 * for it.
 */
export function registerRedirectFallback(app: FastifyInstance, ctx: AppContext): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" && request.method !== "HEAD") return payload;
    const url = request.url;
    const isOldQuery = url.startsWith("/?") && reply.statusCode < 400;
    if (reply.statusCode !== 404 && !isOldQuery) return payload;
    const target = await findFirstRedirect(ctx.db, candidatesOf(url));
    if (target === undefined) return payload;
    reply
      .code(301)
      // The app's own onSend hook ran already: slugs may hold any script's letters.
      .header("location", toHeaderSafeLocation(target))
      .header("cache-control", "public, max-age=3600")
      .removeHeader("vary")
      .type("text/plain; charset=utf-8");
    return `Moved to ${target}`;
  });
}

/** The URL as asked and with/without the trailing slash WordPress permalinks end with (/fr/… lose it first). */
function candidatesOf(url: string): string[] {
  if (url.length > 2000) return [];
  const at = url.indexOf("?");
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? "" : url.slice(at);
  const other = path.endsWith("/") ? path.replace(/\/+$/, "") : `${path}/`;
  return other === "" || other === path ? [url] : [url, `${other}${query}`];
}
