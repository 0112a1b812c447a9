/**
 * The form under which the glossary compares terms: Unicode NFC, then
 * JavaScript's lowercase, so "ÉTAT", "État" and "E\u0301tat" are one term.
 * Computed here, never by the database: SQLite's lower() folds ASCII only and
 * PostgreSQL's follows the server's locale (İ → i, Σ → σ where JavaScript gives
 * i̇ and ς). The repository stores it in `source_key` and `target_key`, which the
 * unique indexes cover; the migration 2026_12_06_090000_add_glossary_term_keys
 * holds a copy for its backfill, so a change here needs a new migration.
 */
export function glossaryKey(text: string): string {
  return text.normalize("NFC").toLowerCase();
}
