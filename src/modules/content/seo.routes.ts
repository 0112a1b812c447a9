import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import { sendPage } from "../../platform/http/send-page.js";
import { buildAtom, buildRss, buildSitemap } from "./feeds.js";
import { listPublishedItems, listPublishedLocations } from "./item.repository.js";
import { itemPath, TYPE_SEGMENTS } from "./paths.js";
import { readerFor, translatorFor } from "./site.routes.js";
import { localizeCards } from "./site.service.js";

const FEED_TYPES = ["news", "resource", "event"] as const;

/** Feeds per language, the sitemap and robots.txt. */
export function registerSeoRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const [ext, build, contentType] of [
    ["rss", buildRss, "application/rss+xml; charset=utf-8"],
    ["atom", buildAtom, "application/atom+xml; charset=utf-8"],
  ] as const) {
    app.get<{ Params: { lang: string } }>(`/:lang/feed.${ext}`, async (request, reply) => {
      const version = ctx.pageCache.version;
      const t = translatorFor(ctx, request.params.lang);
      const { cards: source } = await listPublishedItems(ctx.db, {
        type: FEED_TYPES,
        limit: 30,
        offset: 0,
      });
      const cards = await localizeCards(readerFor(ctx, t), source);
      return sendPage(
        request,
        reply,
        ctx.pageCache,
        {
          body: build(ctx.config, t, cards),
          contentType,
          lastModified: cards[0]?.contentUpdatedAt,
        },
        version,
      );
    });
  }

  app.get("/sitemap.xml", async (request, reply) => {
    const version = ctx.pageCache.version;
    const locations = await listPublishedLocations(ctx.db);
    const served = ctx.config.languages as readonly string[];
    // Items appear in their own language and in each live translation, at their slug there.
    const itemEntries: { path: string; lastModified: string | null }[] = [];
    for (const l of locations) {
      for (const { lang, slug, state } of await ctx.localizer.languagesOf(ctx.db, l)) {
        if (served.includes(lang) && state !== "untranslated") {
          itemEntries.push({
            path: itemPath(lang, l.type, slug),
            lastModified: l.contentUpdatedAt,
          });
        }
      }
    }
    const entries = [
      ...ctx.config.languages.flatMap((lang) => [
        { path: `/${lang}` },
        ...Object.values(TYPE_SEGMENTS).map((segment) => ({ path: `/${lang}/${segment}` })),
      ]),
      ...itemEntries,
    ];
    return sendPage(
      request,
      reply,
      ctx.pageCache,
      { body: buildSitemap(ctx.config, entries), contentType: "application/xml; charset=utf-8" },
      version,
    );
  });

  app.get("/robots.txt", async (request, reply) => {
    const body = `User-agent: *\nDisallow: /admin/\nDisallow: /api/\nAllow: /\n\nSitemap: ${ctx.config.baseUrl}/sitemap.xml\n`;
    return sendPage(request, reply, ctx.pageCache, {
      body,
      contentType: "text/plain; charset=utf-8",
    });
  });
}
