import { withNotes, type CatalogOf, type Messages } from "../catalog.js";
import { EN } from "./en.js";
import { AR_API } from "./ar/api.js";
import { AR_ASSIGNMENTS } from "./ar/assignments.js";
import { AR_CONTENT_ADMIN } from "./ar/content-admin.js";
import { AR_MARKDOWN } from "./ar/markdown.js";
import { AR_MEDIA_ADMIN } from "./ar/media-admin.js";
import { AR_NETWORK } from "./ar/network.js";
import { AR_SEARCH } from "./ar/search.js";
import { AR_XLIFF } from "./ar/xliff.js";
import { AR_MIGRATION } from "./ar/migration.js";
import { AR_EXCHANGE } from "./ar/exchange.js";
import { AR_SITE } from "./ar/site.js";
import { AR_TRANSLATION } from "./ar/translation.js";
import { AR_TRANSLATION_ADMIN } from "./ar/translation-admin.js";
import { AR_QA } from "./ar/qa.js";
import { AR_REVIEW } from "./ar/review.js";
import { AR_DESK } from "./ar/desk.js";

const MESSAGES = {
  ...AR_SITE,
  ...AR_TRANSLATION,
  ...AR_TRANSLATION_ADMIN,
  ...AR_QA,
  ...AR_REVIEW,
  ...AR_DESK,
  ...AR_MARKDOWN,
  ...AR_CONTENT_ADMIN,
  ...AR_MEDIA_ADMIN,
  ...AR_API,
  ...AR_NETWORK,
  ...AR_SEARCH,
  ...AR_XLIFF,
  ...AR_MIGRATION,
  ...AR_EXCHANGE,
  ...AR_ASSIGNMENTS,
} as const satisfies Messages<typeof EN>;

/** The Arabic interface strings, with the English notes for translators. */
export const AR: CatalogOf<typeof EN> = withNotes(EN, MESSAGES);
