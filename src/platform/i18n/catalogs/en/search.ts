import type { Catalog } from "../../catalog.js";

/** English strings of the search page, its filters and the suggestions under the header's search box. */
export const EN_SEARCH = {
  "search.tips": {
    message:
      "Words are found in all their forms (city, cities) with or without accents. Put words in double quotes to find them together, in that order.",
    note: "Help on the search page when nothing has been typed yet",
  },
  "search.noWords": {
    message: "Your search has no letters or digits to look for. Please type a few words.",
    note: "Shown when the query holds only signs or punctuation",
  },
  "search.tooManyWords": {
    message: "Your search has too many words. Please use {max, number} words or fewer.",
    note: "Shown when the query has more words than the limit; max is the limit",
  },
  "search.filters": {
    message: "Refine the results",
    note: "Heading of the filters (type, topic, year, region) beside the results",
  },
  "search.facet.kind": { message: "Type", note: "Heading of the filter by kind of result" },
  "search.facet.tag": { message: "Topic", note: "Heading of the filter by tag" },
  "search.facet.year": { message: "Year", note: "Heading of the filter by publication year" },
  "search.facet.region": { message: "Region", note: "Heading of the filter by world region" },
  "search.facet.clear": {
    message: "Remove this filter",
    note: "Link that removes the filter chosen under this heading",
  },
  "search.kind.news": { message: "News", note: "Kind of a search result" },
  "search.kind.resource": { message: "Resource", note: "Kind of a search result" },
  "search.kind.event": { message: "Event", note: "Kind of a search result" },
  "search.kind.page": { message: "Page", note: "Kind of a search result" },
  "search.kind.city": { message: "Member city", note: "Kind of a search result" },
  "search.kind.hub": { message: "Regional hub", note: "Kind of a search result" },
  "search.kind.person": { message: "Person", note: "Kind of a search result" },
  "search.sourceOnly": {
    message: "Not translated yet: shown in {language}",
    note: "Under a result that exists only in its original language; language is a language.name.* string",
  },
  "search.resultsList": {
    message: "Search results",
    note: "Accessible name of the list of results",
  },
  "search.suggestions": {
    message: "Suggestions",
    note: "Accessible name of the list of suggestions shown while typing in the search box",
  },
  "search.seeAll": {
    message: "All results",
    note: "Last suggestion under the search box: opens the search page with every result",
  },
  "search.resultsMore": {
    message: "More than {count, number} results for “{query}”",
    note: "Heading above search results when too many match to count them all; count is a round number",
  },
  "search.listedOnly": {
    message:
      "The {listed, number} newest matches are listed, those with your words in their title first. Add a word or choose a filter to narrow your search.",
    note: "Under the results heading when a broad search matches more texts than the pages list",
  },
  "search.facetsListed": {
    message: "Numbers count the listed matches.",
    note: "Under the filters heading when the counts cover only the listed matches of a broad search",
  },
} as const satisfies Catalog;
