import { withNotes, type CatalogOf, type Messages } from "../catalog.js";
import { EN } from "./en.js";
import { ES_API } from "./es/api.js";
import { ES_ASSIGNMENTS } from "./es/assignments.js";
import { ES_CONTENT_ADMIN } from "./es/content-admin.js";
import { ES_MARKDOWN } from "./es/markdown.js";
import { ES_MEDIA_ADMIN } from "./es/media-admin.js";
import { ES_NETWORK } from "./es/network.js";
import { ES_SEARCH } from "./es/search.js";
import { ES_XLIFF } from "./es/xliff.js";
import { ES_MIGRATION } from "./es/migration.js";
import { ES_EXCHANGE } from "./es/exchange.js";
import { ES_SITE } from "./es/site.js";
import { ES_TRANSLATION } from "./es/translation.js";
import { ES_TRANSLATION_ADMIN } from "./es/translation-admin.js";
import { ES_QA } from "./es/qa.js";
import { ES_REVIEW } from "./es/review.js";
import { ES_DESK } from "./es/desk.js";

const MESSAGES = {
  ...ES_SITE,
  ...ES_TRANSLATION,
  ...ES_TRANSLATION_ADMIN,
  ...ES_QA,
  ...ES_REVIEW,
  ...ES_DESK,
  ...ES_MARKDOWN,
  ...ES_CONTENT_ADMIN,
  ...ES_MEDIA_ADMIN,
  ...ES_API,
  ...ES_NETWORK,
  ...ES_SEARCH,
  ...ES_XLIFF,
  ...ES_MIGRATION,
  ...ES_EXCHANGE,
  ...ES_ASSIGNMENTS,
} as const satisfies Messages<typeof EN>;

/** The Spanish interface strings, with the English notes for translators. */
export const ES: CatalogOf<typeof EN> = withNotes(EN, MESSAGES);
