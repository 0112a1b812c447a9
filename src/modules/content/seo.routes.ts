import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import { sendPage } from "../../platform/http/send-page.js";
import {
  buildAtom,
  buildRss,
  buildSitemap,
  everyLanguageEntries,
  type SitemapEntry,
  type SitemapSource,
} from "./feeds.js";
import { listPublishedItems, listPublishedLocations } from "./item.repository.js";
import { itemPath } from "./paths.js";
import { translatorFor } from "../../platform/i18n/site-translator.js";
import { readerFor } from "./site.routes.js";
import { localizeCards } from "./site.service.js";

const FEED_TYPES = ["news", "resource", "event"] as const;

/** Feeds per language, the sitemap and robots.txt. */
export function registerSeoRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  /** The sitemap entries of other modules' public pages (the network's). */
  sources: readonly SitemapSource[] = [],
): void {
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
    // Items appear in their own language and in each live translation, at their slug there,
    // each address naming the others.
    const itemEntries: SitemapEntry[] = [];
    for (const l of locations) {
      const alternates = (await ctx.localizer.languagesOf(ctx.db, l))
        .filter(({ lang, state }) => served.includes(lang) && state !== "untranslated")
        .map(({ lang, slug }) => ({ lang, path: itemPath(lang, l.type, slug) }));
      for (const alt of alternates)
        itemEntries.push({
          path: alt.path,
          lastModified: l.contentUpdatedAt,
          alternates,
          xDefault: itemPath(l.sourceLanguage, l.type, l.slug),
        });
    }
    const listings = ["", "/news", "/resources"];
    const others = await Promise.all(sources.map((source) => source()));
    const entries = [
      ...listings.flatMap((rest) => everyLanguageEntries(ctx.config.languages, rest)),
      ...itemEntries,
      ...others.flat(),
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
