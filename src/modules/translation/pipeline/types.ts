import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import type { Config } from "../../../platform/config.js";
import type { ReaderField, TranslatableRevision } from "../fields.js";
import type { StoredSegment } from "../memory.repository.js";
import type { TranslationRuntime } from "../runtime.js";
import type { SegmentedDocument } from "../segments/index.js";

// The pipeline's shared types, in one file so its stages (translate.service.ts, units.service.ts,
// localize.service.ts) name them without importing one another in a circle.

/** What the pipeline needs: the database, the engine and its routes, the configuration and a clock. */
export interface TranslateDeps {
  db: Kysely<DB>;
  runtime: TranslationRuntime;
  config: Config;
  now(): Date;
}

/** Progress of one language of one revision, for progress bars. */
export interface TranslateProgress {
  revisionId: number;
  language: string;
  done: number;
  total: number;
}

/** A field's segmented document. */
export interface FieldDocument {
  field: ReaderField;
  document: SegmentedDocument;
}

/** A revision loaded and segmented once for a whole job (`translatePending`), its segments saved. */
export interface PreparedRevision {
  source: TranslatableRevision;
  documents: FieldDocument[];
  stored: StoredSegment[];
}
