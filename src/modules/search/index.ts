/**
 * Search’s public entry: what other modules (the API) may use of the search engines
 * (src/modules/search/README.md). Other modules import search only from here (civitas/layers).
 */
export { createSearchEngine } from "./engines.js";
export { MAX_QUERY_WORDS, MAX_QUERY_LENGTH, type QueryRefusal } from "./query.js";
export { searchFiltersSchema } from "./search.schema.js";
export { runSearch } from "./search.service.js";
export { DOCUMENT_KINDS } from "./search.table.js";
export { snippetToHtml } from "./snippet.js";
