import type { Messages } from "../../catalog.js";
import type { EN_MARKDOWN } from "../en/markdown.js";

/** Arabic labels that the Markdown renderer adds to an article's body. */
export const AR_MARKDOWN = {
  "markdown.headingAnchor": "رابط إلى هذا القسم",
  "markdown.headingAnchorNamed": "رابط إلى هذا القسم: {heading}",
  "markdown.table": "جدول",
  "markdown.footnotes": "الحواشي",
  "markdown.footnoteBack": "العودة إلى موضع الإحالة {reference}",
} as const satisfies Messages<typeof EN_MARKDOWN>;
