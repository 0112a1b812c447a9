import type { Generated, Selectable } from "kysely";

/** Whether a reader's report still waits for a reviewer. */
export type ReportStatus = "open" | "closed";

/** A reader's report of a translated sentence: tied to the unit, its source segment and language. */
export interface TranslationReportsTable {
  id: Generated<number>;
  unitId: number | null;
  sourceHash: string;
  language: string;
  itemId: number | null;
  /** The sentence as the reader saw it (plain text). */
  quotedText: string;
  /** The wording the reader proposes (plain text, may be empty). */
  suggestion: string;
  comment: string;
  /** For a reply only; never shown on a public page. */
  email: string | null;
  ipHash: string;
  status: ReportStatus;
  closedBy: number | null;
  closedAt: string | null;
  createdAt: string;
}

/** The review desk's tables. */
export interface ReviewTables {
  translationReports: TranslationReportsTable;
}

export type TranslationReport = Selectable<TranslationReportsTable>;
