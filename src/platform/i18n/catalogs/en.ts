import type { Catalog } from "../catalog.js";
import { EN_API } from "./en/api.js";
import { EN_ASSIGNMENTS } from "./en/assignments.js";
import { EN_CONTENT_ADMIN } from "./en/content-admin.js";
import { EN_MARKDOWN } from "./en/markdown.js";
import { EN_MEDIA_ADMIN } from "./en/media-admin.js";
import { EN_NETWORK } from "./en/network.js";
import { EN_SEARCH } from "./en/search.js";
import { EN_XLIFF } from "./en/xliff.js";
import { EN_MIGRATION } from "./en/migration.js";
import { EN_EXCHANGE } from "./en/exchange.js";
import { EN_SITE } from "./en/site.js";
import { EN_TRANSLATION } from "./en/translation.js";
import { EN_TRANSLATION_ADMIN } from "./en/translation-admin.js";
import { EN_QA } from "./en/qa.js";
import { EN_REVIEW } from "./en/review.js";
import { EN_DESK } from "./en/desk.js";

/**
 * The English interface strings; the reference catalog every other language
 * translates. Each entry carries a note for translators.
 */
export const EN = {
  ...EN_SITE,
  ...EN_TRANSLATION,
  ...EN_TRANSLATION_ADMIN,
  ...EN_QA,
  ...EN_REVIEW,
  ...EN_DESK,
  ...EN_MARKDOWN,
  ...EN_CONTENT_ADMIN,
  ...EN_MEDIA_ADMIN,
  ...EN_API,
  ...EN_NETWORK,
  ...EN_SEARCH,
  ...EN_XLIFF,
  ...EN_MIGRATION,
  ...EN_EXCHANGE,
  ...EN_ASSIGNMENTS,
} as const satisfies Catalog;

/** A key of the interface catalogs. */
export type MessageKey = keyof typeof EN;
