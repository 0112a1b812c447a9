import type { Db } from "../../database.js";
import type { FacetCount, SearchEngine, SearchHits, SearchRequest } from "./search-engine.js";
import { loadDocumentsInOrder, type WindowRow } from "./search.repository.js";
import { windowRowsOf } from "./window-rows.js";
import { titleMatchCount } from "./title-match.js";

/** Most matches one search ranks, lists and counts facets over: the newest ones. */
export const RANK_WINDOW = 1000;

/**
 * One search with bounded work, whatever the query and however large the
 * index. Ranking every match of a common word (bm25, ts_rank) and counting
 * facets over all of them is what made searches of 100,000 texts take a
 * second; here no step reads more than `window` matches:
 *
 * 1. the newest `window + 1` matching ids (engines walk their index newest
 *    first and stop there), then their facets and title tokens (kept in
 *    memory: see window-rows.ts);
 * 2. at most `window` matches (a specific query, the usual case): all of
 *    them ranked by relevance (title over body); facets and total exact;
 * 3. more (a broad query, such as one common word): the newest `window`
 *    matches are listed, those whose title holds more of the query first,
 *    newest first within each; facets count those listed and the page says
 *    "more than `window`", so the reader adds a word or a filter.
 *
 * Step 2 takes step 3's order when the engine finds ranking too costly
 * (`rankIds` undefined: words common in the index while filters narrow).
 */
export async function searchWithin(
  engine: SearchEngine,
  db: Db,
  request: SearchRequest,
  window = RANK_WINDOW,
): Promise<SearchHits> {
  const newest = await engine.matchIds(db, request, window + 1);
  const isBroad = newest.length > window;
  const ids = isBroad ? newest.slice(0, window) : newest;
  const rows = await windowRowsOf(db, ids);
  const ranked =
    (isBroad ? undefined : await engine.rankIds(db, request, ids)) ?? byTitle(request, rows);
  return {
    documents: await loadDocumentsInOrder(
      db,
      ranked.slice(request.offset, request.offset + request.limit),
    ),
    total: ids.length,
    isTotalCapped: isBroad,
    areFacetsComplete: !isBroad,
    facets: facetCounts(rows),
  };
}

/** Ids ordered by how many parts of the query their titles match, then newest first. */
function byTitle(request: SearchRequest, rows: readonly WindowRow[]): number[] {
  return rows
    .map((r) => ({
      id: Number(r.id),
      score: titleMatchCount(request.query, r.titleTokens),
    }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .map((r) => r.id);
}

/** Kind, year, region and tag counts of some rows. */
function facetCounts(rows: readonly WindowRow[]): FacetCount[] {
  const kinds = new Map<string, number>();
  const years = new Map<string, number>();
  const regions = new Map<string, number>();
  const tags = new Map<string, number>();
  const add = (counts: Map<string, number>, value: string | null) => {
    if (value !== null && value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const row of rows) {
    add(kinds, row.kind);
    add(years, row.year);
    add(regions, row.region);
    for (const tag of row.tagIds) add(tags, tag);
  }
  const list = (facet: FacetCount["facet"], counts: Map<string, number>) =>
    [...counts].map(([value, count]) => ({ facet, value, count }));
  return [
    ...list("kind", kinds),
    ...list("year", years),
    ...list("region", regions),
    ...list("tag", tags),
  ];
}
