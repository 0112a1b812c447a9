import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../../app-context.js";
import { sendPage } from "../../platform/http/send-page.js";
import { parseInput } from "../../platform/http/validate.js";
import type { SiteChrome } from "../../platform/ui/layout.js";
import { renderDocument } from "../../platform/ui/render.js";
import { translatorFor } from "../../platform/i18n/site-translator.js";
import { createSearchEngine } from "./engines.js";
import { SEARCH_PAGE_SIZE, searchPageQuerySchema } from "./search.schema.js";
import { runSearch } from "./search.service.js";
import { SearchPage } from "./search.view.js";

/** The public search page, `/{lang}/search?q=…&type=…&tag=…&year=…&region=…&page=…`, in every site language. */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome: SiteChrome = { config: ctx.config, assets: ctx.assets };
  const engine = createSearchEngine(ctx.dialect);
  app.get("/:lang/search", async (request: FastifyRequest<{ Params: { lang: string } }>, reply) => {
    // Read before searching: a page built from an index that changed meanwhile is not kept as current.
    const version = ctx.pageCache.version;
    const t = translatorFor(ctx, request.params.lang);
    const query = parseInput(searchPageQuerySchema, request.query);
    const { q, page, ...filters } = query;
    const input = { q, page, filters, lang: t.locale, pageSize: SEARCH_PAGE_SIZE, prefix: false };
    const outcome = await runSearch(
      { db: ctx.db, engine, localizer: ctx.localizer, languages: ctx.config.languages },
      input,
    );
    const html = renderDocument(
      <SearchPage chrome={chrome} t={t} input={input} outcome={outcome} />,
    );
    // An empty query is a help page; an unusable one is the reader's mistake, said on the page.
    if (outcome.status === "refused" && outcome.reason !== "empty")
      return reply
        .code(400)
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-store")
        .send(html);
    // Queries are unbounded: a search is cached among a bounded few (a query many
    // readers repeat, such as a link's, stays; others push out only one another).
    // The index's writes move the content version, so a cached search never outlives them.
    return sendPage(
      request,
      reply,
      ctx.pageCache,
      { body: html, query, isFreeText: true },
      version,
    );
  });
}
