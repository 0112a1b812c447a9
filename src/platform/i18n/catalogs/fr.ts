import { withNotes, type CatalogOf, type Messages } from "../catalog.js";
import { EN } from "./en.js";
import { FR_API } from "./fr/api.js";
import { FR_ASSIGNMENTS } from "./fr/assignments.js";
import { FR_CONTENT_ADMIN } from "./fr/content-admin.js";
import { FR_MARKDOWN } from "./fr/markdown.js";
import { FR_MEDIA_ADMIN } from "./fr/media-admin.js";
import { FR_NETWORK } from "./fr/network.js";
import { FR_SEARCH } from "./fr/search.js";
import { FR_XLIFF } from "./fr/xliff.js";
import { FR_MIGRATION } from "./fr/migration.js";
import { FR_EXCHANGE } from "./fr/exchange.js";
import { FR_SITE } from "./fr/site.js";
import { FR_TRANSLATION } from "./fr/translation.js";
import { FR_TRANSLATION_ADMIN } from "./fr/translation-admin.js";
import { FR_QA } from "./fr/qa.js";
import { FR_REVIEW } from "./fr/review.js";
import { FR_DESK } from "./fr/desk.js";

const MESSAGES = {
  ...FR_SITE,
  ...FR_TRANSLATION,
  ...FR_TRANSLATION_ADMIN,
  ...FR_QA,
  ...FR_REVIEW,
  ...FR_DESK,
  ...FR_MARKDOWN,
  ...FR_CONTENT_ADMIN,
  ...FR_MEDIA_ADMIN,
  ...FR_API,
  ...FR_NETWORK,
  ...FR_SEARCH,
  ...FR_XLIFF,
  ...FR_MIGRATION,
  ...FR_EXCHANGE,
  ...FR_ASSIGNMENTS,
} as const satisfies Messages<typeof EN>;

/** The French interface strings, with the English notes for translators. */
export const FR: CatalogOf<typeof EN> = withNotes(EN, MESSAGES);
