import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { NotFoundError } from "../../platform/errors.js";
import { translatorFor } from "../../platform/i18n/site-translator.js";
import type { Translator } from "../../platform/i18n/translator.js";
import { sendPage } from "../../platform/http/send-page.js";
import { parseInput } from "../../platform/http/validate.js";
import type { SiteChrome } from "../../platform/ui/layout.js";
import { renderDocument } from "../../platform/ui/render.js";
import type { ItemType } from "./content.table.js";
import { isSlug } from "./slug.js";
import {
  loadHome,
  loadItemPage,
  loadListing,
  RevisionCache,
  type SiteReader,
} from "./site.service.js";
import { itemPath } from "./paths.js";
import { ItemPage } from "./views/item.view.js";
import { HomePage, ListingPage, TagPage } from "./views/listing.view.js";

const slugParam = z.string().refine(isSlug);
const listingQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  tag: z
    .string()
    .max(120)
    .refine((v) => v === "" || isSlug(v), "not a tag")
    .optional(),
});
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });
const LISTED: Record<string, Exclude<ItemType, "page">> = {
  news: "news",
  resources: "resource",
  events: "event",
};

/** The public pages of the content module: home, listings, tag pages and item pages, in every served language. */
export function registerSiteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome: SiteChrome = { config: ctx.config, assets: ctx.assets };
  const revisions = new RevisionCache();
  // The version is read before loading, so a page rendered from data that changed meanwhile is never cached as current.
  const route =
    <P,>(
      handler: (
        request: FastifyRequest<{ Params: P }>,
      ) => Promise<
        | { tree: VNode; lastModified?: string | null; query?: Record<string, unknown> }
        | { redirect: string }
      >,
    ) =>
    async (request: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const version = ctx.pageCache.version;
      const result = await handler(request);
      // Old slugs and other languages' slugs move permanently to the item's current address.
      if ("redirect" in result) return reply.redirect(result.redirect, 301);
      const { tree, lastModified, query } = result;
      return sendPage(
        request,
        reply,
        ctx.pageCache,
        { body: renderDocument(tree), lastModified, query },
        version,
      );
    };

  app.get(
    "/:lang",
    route<{ lang: string }>(async (request) => {
      const t = translatorFor(ctx, request.params.lang);
      const home = await loadHome(readerFor(ctx, t), ctx.now());
      return {
        tree: <HomePage chrome={chrome} t={t} {...home} />,
        lastModified: newest([...home.news, ...home.events, ...home.resources]),
      };
    }),
  );

  // The readers' events page is the network's (`/{lang}/network/events`): it lists the
  // network's events and the events published as content items together. The old
  // listing address moves there; a tag filter moves to the tag's page.
  app.get(
    "/:lang/events",
    async (request: FastifyRequest<{ Params: { lang: string } }>, reply: FastifyReply) => {
      const t = translatorFor(ctx, request.params.lang);
      const query = parseInput(listingQuery, request.query);
      return reply.redirect(
        query.tag ? `/${t.locale}/tags/${query.tag}` : `/${t.locale}/network/events`,
        301,
      );
    },
  );

  for (const [segment, type] of Object.entries(LISTED)) {
    if (type !== "event")
      app.get(
        `/:lang/${segment}`,
        route<{ lang: string }>(async (request) => {
          const t = translatorFor(ctx, request.params.lang);
          const query = parseInput(listingQuery, request.query);
          const data = await loadListing(readerFor(ctx, t), {
            type,
            tagSlug: query.tag || undefined,
            page: query.page,
            now: ctx.now(),
          });
          if (!data || query.page > data.pages) throw new NotFoundError();
          return {
            tree: <ListingPage chrome={chrome} t={t} type={type} data={data} />,
            lastModified: newest(data.cards),
            query,
          };
        }),
      );

    app.get(
      `/:lang/${segment}/:slug`,
      route<{ lang: string; slug: string }>(async (request) => {
        const t = translatorFor(ctx, request.params.lang);
        const slug = parseSlug(request.params.slug);
        const data = await loadItemPage(readerFor(ctx, t, revisions), type, slug);
        if (!data) throw new NotFoundError();
        if ("redirectSlug" in data)
          return { redirect: itemPath(t.locale, type, data.redirectSlug) };
        return {
          tree: <ItemPage chrome={chrome} t={t} data={data} />,
          lastModified: data.item.contentUpdatedAt,
        };
      }),
    );
  }

  app.get(
    "/:lang/tags/:slug",
    route<{ lang: string; slug: string }>(async (request) => {
      const t = translatorFor(ctx, request.params.lang);
      const slug = parseSlug(request.params.slug);
      const query = parseInput(pageQuery, request.query);
      const { page } = query;
      const data = await loadListing(readerFor(ctx, t), { tagSlug: slug, page, now: ctx.now() });
      if (!data || page > data.pages) throw new NotFoundError();
      return {
        tree: <TagPage chrome={chrome} t={t} data={data} />,
        lastModified: newest(data.cards),
        query,
      };
    }),
  );

  app.get(
    "/:lang/:slug",
    route<{ lang: string; slug: string }>(async (request) => {
      const t = translatorFor(ctx, request.params.lang);
      const slug = parseSlug(request.params.slug);
      const data = await loadItemPage(readerFor(ctx, t, revisions), "page", slug);
      if (!data) throw new NotFoundError();
      if ("redirectSlug" in data)
        return { redirect: itemPath(t.locale, "page", data.redirectSlug) };
      return {
        tree: <ItemPage chrome={chrome} t={t} data={data} />,
        lastModified: data.item.contentUpdatedAt,
      };
    }),
  );
}

/** What the site's loaders need to present content in the translator's language. */
export function readerFor(ctx: AppContext, t: Translator, revisions?: RevisionCache): SiteReader {
  return {
    db: ctx.db,
    localizer: ctx.localizer,
    lang: t.locale,
    sourceLanguage: ctx.config.sourceLanguage,
    revisions,
  };
}

function parseSlug(value: string): string {
  if (!slugParam.safeParse(value).success) throw new NotFoundError();
  return value;
}

function newest(cards: { contentUpdatedAt: string | null }[]): string | undefined {
  let latest: string | undefined;
  for (const card of cards)
    if (card.contentUpdatedAt && (!latest || card.contentUpdatedAt > latest))
      latest = card.contentUpdatedAt;
  return latest;
}
