import { z } from "zod";

// A parameter given twice arrives as an array: the first one counts, rather than a 400.
const text = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : v))
    .pipe(z.string().max(max));

/** Facet filters, as links and the API take them. */
export const searchFiltersSchema = z.object({
  type: text(20)
    .optional()
    .describe("Only this kind: news, resource, event, page, city, hub, person"),
  tag: text(120).optional().describe("Only items with this tag (its slug)"),
  year: text(4).optional().describe("Only items published this year"),
  region: text(40).optional().describe("Only this region (e.g. europe)"),
});

/** The search page's query string; the query's own limits are checked by the parser, with a clear message. */
export const searchPageQuerySchema = searchFiltersSchema.extend({
  // Longer than the query limit so an over-long query gets the page's own message, not a generic 400.
  q: text(10_000).default(""),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

/** Page size of the search page. */
export const SEARCH_PAGE_SIZE = 10;
