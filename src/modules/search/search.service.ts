import type { Db } from "../../database.js";
import { type ContentLocalizer, findTagBySlug, itemPath } from "../content/index.js";
import { networkPaths } from "../network/index.js";
import { parseSearchQuery, type QueryRefusal } from "./query.js";
import type { FacetCount, SearchEngine, SearchFilters } from "./search-engine.js";
import { loadTags } from "./search-source.repository.js";
import { DOCUMENT_KINDS, type DocumentKind, type SearchDocumentRow } from "./search.table.js";
import { makeSnippet, type SnippetPart } from "./snippet.js";
import { searchWithin } from "./windowed-search.js";

/** What a search asks: the reader's words and language, the page, facet filters; `prefix` while typing. */
export interface SearchInput {
  q: string;
  lang: string;
  page: number;
  pageSize: number;
  prefix: boolean;
  filters: { type?: string; tag?: string; year?: string; region?: string };
}

/** One result as readers see it. */
export interface SearchResult {
  kind: DocumentKind;
  title: string;
  url: string;
  snippet: SnippetPart[];
  /** The language the text is written in. */
  textLanguage: string;
  /** True when the reader's language has no translation: the original is shown. */
  isSourceOnly: boolean;
  publishedAt: string | null;
}

/** A facet's values with their counts; `id` is what the filter takes (a tag's slug, a kind, a year, a region). */
export interface FacetView {
  facet: FacetCount["facet"];
  values: { id: string; label: string | undefined; count: number; isSelected: boolean }[];
}

/** The answer to a search: refused (with why), or a page of results with facets. */
export type SearchOutcome =
  | { status: "refused"; reason: QueryRefusal }
  | {
      status: "ok";
      results: SearchResult[];
      /** The matches the pages list: every match, or the first of many (`isTotalCapped`). */
      total: number;
      isTotalCapped: boolean;
      /** False when facet counts cover the listed results only. */
      areFacetsComplete: boolean;
      page: number;
      pages: number;
      facets: FacetView[];
    };

/** What a search runs with. */
export interface SearchDeps {
  db: Db;
  engine: SearchEngine;
  localizer: ContentLocalizer;
  /** The site's languages: source texts in any of them can answer. */
  languages: readonly string[];
  /** Most matches ranked and listed (RANK_WINDOW unless told: tests use a small one). */
  window?: number;
}

/** Runs a reader's search in their language; bad input is refused, never thrown. */
export async function runSearch(deps: SearchDeps, input: SearchInput): Promise<SearchOutcome> {
  const parsed = parseSearchQuery(input.q, {
    languages: [input.lang, ...deps.languages],
    prefix: input.prefix,
  });
  if (!parsed.ok) return { status: "refused", reason: parsed.reason };
  const filters: SearchFilters = {};
  const { type, tag, year, region } = input.filters;
  if (type && (DOCUMENT_KINDS as readonly string[]).includes(type))
    filters.kind = type as DocumentKind;
  if (year && /^\d{4}$/.test(year)) filters.year = year;
  if (region && /^[a-z-]{1,40}$/.test(region)) filters.region = region;
  if (tag) filters.tagId = (await findTagBySlug(deps.db, tag))?.id ?? -1;
  const hits = await searchWithin(
    deps.engine,
    deps.db,
    {
      query: parsed.query,
      scope: input.lang,
      filters,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    },
    deps.window,
  );
  const results = hits.documents.map((doc) => ({
    kind: doc.kind,
    title: doc.title,
    url: urlOf(doc, input.lang),
    snippet: makeSnippet(
      doc.summary && doc.body ? `${doc.summary} — ${doc.body}` : doc.summary || doc.body,
      parsed.query,
      doc.language,
    ),
    textLanguage: doc.language,
    isSourceOnly: doc.language !== input.lang,
    publishedAt: doc.publishedAt,
  }));
  return {
    status: "ok",
    results,
    total: hits.total,
    isTotalCapped: hits.isTotalCapped,
    areFacetsComplete: hits.areFacetsComplete,
    page: input.page,
    pages: Math.max(1, Math.ceil(hits.total / input.pageSize)),
    facets: await presentFacets(deps, hits.facets, { ...input.filters, lang: input.lang }),
  };
}

/** Where a result leads, in the reader's language (the site redirects a source slug to a localized one). */
export function urlOf(doc: Pick<SearchDocumentRow, "kind" | "slug">, lang: string): string {
  switch (doc.kind) {
    case "city":
      return networkPaths.city(lang, doc.slug);
    case "hub":
      return networkPaths.hub(lang, doc.slug);
    case "person":
      return doc.slug ? networkPaths.city(lang, doc.slug) : networkPaths.committee(lang);
    default:
      return itemPath(lang, doc.kind, doc.slug);
  }
}

const FACET_ORDER: FacetCount["facet"][] = ["kind", "tag", "year", "region"];
const MAX_FACET_VALUES = 12;

async function presentFacets(
  deps: SearchDeps,
  counts: readonly FacetCount[],
  selected: SearchInput["filters"] & { lang: string },
): Promise<FacetView[]> {
  const tagIds = counts.filter((c) => c.facet === "tag").map((c) => Number(c.value));
  const tags = await loadTags(deps.db, tagIds);
  const names = await deps.localizer.tagNames(deps.db, tagIds, selected.lang);
  const selectedOf = {
    kind: selected.type,
    tag: selected.tag,
    year: selected.year,
    region: selected.region,
  };
  return FACET_ORDER.map((facet) => {
    const values = counts
      .filter((c) => c.facet === facet)
      .flatMap((c): { id: string; label: string | undefined; count: number }[] => {
        if (facet !== "tag") return [{ id: c.value, label: undefined, count: c.count }];
        const tag = tags.get(Number(c.value));
        if (!tag) return [];
        return [{ id: tag.slug, label: names.get(tag.id) ?? tag.name, count: c.count }];
      })
      .sort((a, b) =>
        facet === "year" ? b.id.localeCompare(a.id) : b.count - a.count || a.id.localeCompare(b.id),
      )
      .slice(0, MAX_FACET_VALUES)
      .map((v) => ({ ...v, isSelected: selectedOf[facet] === v.id }));
    return { facet, values };
  }).filter((f) => f.values.length > 0);
}
