import type { Catalog } from "../../catalog.js";

/** English labels that the Markdown renderer adds to an article's body (anchors, tables, footnotes). */
export const EN_MARKDOWN = {
  "markdown.headingAnchor": {
    message: "Link to this section",
    note: "Accessible name of the “#” link beside a heading whose text cannot be repeated",
  },
  "markdown.headingAnchorNamed": {
    message: "Link to this section: {heading}",
    note: "Accessible name of the “#” link beside a heading; heading is the heading's text",
  },
  "markdown.table": {
    message: "Table",
    note: "Accessible name of the scrollable region around a table in an article",
  },
  "markdown.footnotes": {
    message: "Footnotes",
    note: "Heading (read by screen readers only) of the footnotes at the end of an article",
  },
  "markdown.footnoteBack": {
    message: "Back to reference {reference}",
    note: "Accessible name of the link from a footnote back to where it is cited; reference is its number, such as “1” or “1-2”",
  },
} as const satisfies Catalog;
