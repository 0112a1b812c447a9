/** Why an item was skipped or what was noticed about it; each code has a catalog message. */
export const REPORT_CODES = [
  "skipped_type",
  "skipped_status",
  "skipped_revision",
  "skipped_menu_item",
  "skipped_language",
  "attachment_without_file",
  "attachment_missing",
  "attachment_unsupported",
  "image_missing",
  "embed_link",
  "shortcode",
  "kept_html",
  "private_as_draft",
  "date_missing",
  "slug_changed",
  "tags_truncated",
  "title_missing",
  "control_characters",
  "summary_truncated",
  "translation_aligned",
  "translation_whole",
  "tag_translation_unpaired",
  "comments_not_imported",
] as const;
export type ReportCode = (typeof REPORT_CODES)[number];

/** One line of the report: which WordPress post (empty for the whole file), what, and a detail. */
export interface ReportLine {
  postId: string;
  title: string;
  code: ReportCode;
  detail: string;
}

/** What an import did (or, on a dry run, would do). */
export interface ImportReport {
  source: string;
  isDryRun: boolean;
  /** Items of the file per WordPress post type. */
  read: Record<string, number>;
  /** Civitas items per content type. */
  items: Record<string, number>;
  created: number;
  updated: number;
  unchanged: number;
  translations: number;
  mediaStored: number;
  mediaMissing: number;
  tags: number;
  redirects: number;
  comments: number;
  authors: string[];
  lines: ReportLine[];
}

/** Lines skipped ("skipped_…") as opposed to notes about imported items. */
export function isSkipLine(line: ReportLine): boolean {
  return line.code.startsWith("skipped_");
}
