import type { Messages } from "../../catalog.js";
import type { EN_MARKDOWN } from "../en/markdown.js";

/** Spanish labels that the Markdown renderer adds to an article's body. */
export const ES_MARKDOWN = {
  "markdown.headingAnchor": "Enlace a esta sección",
  "markdown.headingAnchorNamed": "Enlace a esta sección: {heading}",
  "markdown.table": "Tabla",
  "markdown.footnotes": "Notas",
  "markdown.footnoteBack": "Volver a la llamada de nota {reference}",
} as const satisfies Messages<typeof EN_MARKDOWN>;
