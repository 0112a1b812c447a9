import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import type { LocaleCode } from "../../platform/config.js";
import { AppError, ValidationError } from "../../platform/errors.js";
import type { MessageKey } from "../../platform/i18n/catalogs/en.js";
import { getTranslator } from "../../platform/i18n/translator.js";
import {
  createSearchEngine,
  DOCUMENT_KINDS,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  type QueryRefusal,
  runSearch,
  searchFiltersSchema,
  snippetToHtml,
} from "../search/index.js";
import { type ApiRoute, defineRoute } from "./api-route.js";

const searchQuerySchema = searchFiltersSchema.extend({
  q: z
    .string()
    .max(10_000)
    .default("")
    .describe(
      `What to look for (at most ${MAX_QUERY_LENGTH} characters, ${MAX_QUERY_WORDS} words); "words in quotes" match as a phrase`,
    ),
  lang: z.string().max(8).describe("The reader's language (a site language)"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("Results per page"),
  prefix: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .describe("Match the last word as a prefix (suggestions while typing)"),
});

const searchResponseSchema = z.object({
  query: z.string(),
  lang: z.string(),
  total: z.number().int().describe("Matches the pages list: all, or the first of many"),
  isTotalCapped: z.boolean().describe("More texts match than total: add words to narrow"),
  areFacetsComplete: z
    .boolean()
    .describe("False when facet counts cover the listed matches only (a broad query)"),
  page: z.number().int(),
  pages: z.number().int(),
  results: z.array(
    z.object({
      kind: z.enum(DOCUMENT_KINDS),
      title: z.string(),
      url: z.string().describe("Path of the result's page in the reader's language"),
      snippet: z.string().describe("Plain text around the first match"),
      snippetHtml: z.string().describe("The snippet as escaped HTML, matches in <mark>"),
      textLanguage: z.string().describe("The language the text is written in"),
      isSourceOnly: z.boolean().describe("No translation in the reader's language: the original"),
      publishedAt: z.string().nullable(),
    }),
  ),
  facets: z.array(
    z.object({
      facet: z.enum(["kind", "tag", "year", "region"]),
      values: z.array(
        z.object({
          id: z.string().describe("The filter's value (type, tag, year or region parameter)"),
          label: z.string(),
          count: z.number().int(),
          isSelected: z.boolean(),
        }),
      ),
    }),
  ),
});

const REFUSALS: Record<QueryRefusal, { code: string; message: string }> = {
  empty: { code: "query_empty", message: "Type a few words to search for" },
  too_long: {
    code: "query_too_long",
    message: `The query is longer than ${MAX_QUERY_LENGTH} characters`,
  },
  too_many_words: {
    code: "query_too_many_words",
    message: `The query has more than ${MAX_QUERY_WORDS} words`,
  },
  no_words: { code: "query_no_words", message: "The query has no letters or digits to look for" },
};

/** GET /search: the public full-text search, in a language, as JSON (the search box's suggestions use it). */
export function searchRoutes(ctx: AppContext): ApiRoute[] {
  const engine = createSearchEngine(ctx.dialect);
  return [
    defineRoute({
      method: "GET",
      url: "/search",
      operationId: "search",
      summary:
        "Searches published content, cities, hubs and people in a language (stemmed, accents folded, ranked)",
      tag: "search",
      action: null,
      query: searchQuerySchema,
      status: 200,
      response: searchResponseSchema,
      errors: [400],
      async handle({ query }) {
        const { q, lang, page, limit, prefix, ...filters } = query;
        if (!(ctx.config.languages as readonly string[]).includes(lang))
          throw new ValidationError("Not a language of this site", [
            { path: "lang", message: `one of ${ctx.config.languages.join(", ")}` },
          ]);
        const outcome = await runSearch(
          { db: ctx.db, engine, localizer: ctx.localizer, languages: ctx.config.languages },
          { q, lang, page, pageSize: limit, prefix: prefix === "true" || prefix === "1", filters },
        );
        if (outcome.status === "refused")
          throw new AppError({ status: 400, ...REFUSALS[outcome.reason] });
        const t = getTranslator(lang as LocaleCode);
        return {
          query: q,
          lang,
          total: outcome.total,
          isTotalCapped: outcome.isTotalCapped,
          areFacetsComplete: outcome.areFacetsComplete,
          page: outcome.page,
          pages: outcome.pages,
          results: outcome.results.map((r) => ({
            kind: r.kind,
            title: r.title,
            url: r.url,
            snippet: r.snippet.map((p) => p.text).join(""),
            snippetHtml: snippetToHtml(r.snippet),
            textLanguage: r.textLanguage,
            isSourceOnly: r.isSourceOnly,
            publishedAt: r.publishedAt,
          })),
          facets: outcome.facets.map((f) => ({
            facet: f.facet,
            values: f.values.map((v) => ({
              id: v.id,
              label:
                f.facet === "kind"
                  ? t.t(`search.kind.${v.id}` as MessageKey)
                  : f.facet === "region"
                    ? t.t(`network.region.${v.id}` as MessageKey)
                    : (v.label ?? v.id),
              count: v.count,
              isSelected: v.isSelected,
            })),
          })),
        };
      },
    }),
  ];
}
