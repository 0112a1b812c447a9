import type { Messages } from "../../catalog.js";
import type { EN_MARKDOWN } from "../en/markdown.js";

/** French labels that the Markdown renderer adds to an article's body. */
export const FR_MARKDOWN = {
  "markdown.headingAnchor": "Lien vers cette section",
  "markdown.headingAnchorNamed": "Lien vers cette section\u00a0: {heading}",
  "markdown.table": "Tableau",
  "markdown.footnotes": "Notes",
  "markdown.footnoteBack": "Retour à l’appel de note {reference}",
} as const satisfies Messages<typeof EN_MARKDOWN>;
