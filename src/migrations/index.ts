import type { Migration } from "kysely";
import * as createContent from "./2026_11_26_130000_create_content.js";
import * as createAuthAuditJobs from "./2026_11_26_150000_create_auth_audit_jobs.js";
import * as createTranslation from "./2026_11_26_170000_create_translation.js";
import * as createNetwork from "./2026_11_28_120000_create_network.js";
import * as createNetworkTranslations from "./2026_11_28_130000_create_network_translations.js";
import * as createTranslationReports from "./2026_11_28_140000_create_translation_reports.js";
import * as createSearch from "./2026_11_28_150000_create_search.js";
import * as searchLayout from "./2026_11_28_160000_search_layout.js";
import * as createRejectedSenses from "./2026_12_04_120000_create_rejected_senses.js";
import * as createEngineUsage from "./2026_12_04_170000_create_engine_usage.js";
import * as createImportMappingsAndRedirects from "./2026_12_04_190000_create_import_mappings_and_redirects.js";
import * as addGlossaryStatus from "./2026_12_04_193000_add_glossary_status.js";
import * as createTranslationAssignments from "./2026_12_04_190000_create_translation_assignments.js";
import * as createEngineEvaluations from "./2026_12_04_210000_create_engine_evaluations.js";
import * as createHumanFieldTranslations from "./2026_12_04_220000_create_human_field_translations.js";
import * as addRevisionByline from "./2026_12_04_223000_add_revision_byline.js";
import * as addJobInterruptions from "./2026_12_05_040000_add_job_interruptions.js";
import * as createFoldFunction from "./2026_12_05_070000_create_fold_function.js";
import * as addGlossaryTermKeys from "./2026_12_06_090000_add_glossary_term_keys.js";
import * as indexPeopleCity from "./2026_12_06_100000_index_people_city.js";
import * as addLocalizedHtmlPending from "./2026_12_07_090000_add_localized_html_pending.js";

/** Every migration, by name; names sort in the order they must run. */
export const MIGRATIONS: Record<string, Migration> = {
  "2026_11_26_130000_create_content": createContent,
  "2026_11_26_150000_create_auth_audit_jobs": createAuthAuditJobs,
  "2026_11_26_170000_create_translation": createTranslation,
  "2026_11_28_120000_create_network": createNetwork,
  "2026_11_28_130000_create_network_translations": createNetworkTranslations,
  "2026_11_28_140000_create_translation_reports": createTranslationReports,
  "2026_11_28_150000_create_search": createSearch,
  "2026_11_28_160000_search_layout": searchLayout,
  "2026_12_04_120000_create_rejected_senses": createRejectedSenses,
  "2026_12_04_170000_create_engine_usage": createEngineUsage,
  "2026_12_04_190000_create_import_mappings_and_redirects": createImportMappingsAndRedirects,
  "2026_12_04_190000_create_translation_assignments": createTranslationAssignments,
  "2026_12_04_193000_add_glossary_status": addGlossaryStatus,
  "2026_12_04_210000_create_engine_evaluations": createEngineEvaluations,
  "2026_12_04_220000_create_human_field_translations": createHumanFieldTranslations,
  "2026_12_04_223000_add_revision_byline": addRevisionByline,
  "2026_12_05_040000_add_job_interruptions": addJobInterruptions,
  "2026_12_05_070000_create_fold_function": createFoldFunction,
  "2026_12_06_090000_add_glossary_term_keys": addGlossaryTermKeys,
  "2026_12_06_100000_index_people_city": indexPeopleCity,
  "2026_12_07_090000_add_localized_html_pending": addLocalizedHtmlPending,
};
