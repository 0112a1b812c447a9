/**
 * The translation pipeline's one entry point: what content, the network and
 * the jobs call. A revision or any set of fields goes segment → memory →
 * engine (glossary protected) → checks → units → assembly, and `decideGate`
 * decides, for every text readers see, whether its translation goes live.
 *
 * - `translateRevision`: an item's revision into every language (units.service.ts, localize.service.ts).
 * - `translateFields`: any reader-facing fields (network texts) through the same memory and checks.
 * - `refreshRevisionsUsing`: after a reviewer fixed a sentence, every page that uses it.
 * - `translatePending`: everything pending now (CLI, demo).
 * - `learnHumanTranslations`: translations people wrote elsewhere (an import) taught to the memory.
 * - `decideGate`, `policyOf`: the gate (gate.ts).
 */
export {
  type FieldTranslation,
  type LanguageOutcome,
  type TranslateDeps,
  type TranslateProgress,
  listRevisionsToTranslate,
  refreshRevisionsUsing,
  translateFields,
  translatePending,
  translateRevision,
} from "../translate.service.js";
export { type NameSource, TranslationRuntime } from "../runtime.js";
export {
  type HumanFieldTranslation,
  type HumanImportOutcome,
  learnHumanTranslations,
} from "../human-import.service.js";
export {
  type GateDecision,
  type GateInput,
  type HoldReason,
  type TextKind,
  decideGate,
  policyOf,
} from "./gate.js";

// The exchange formats, for the API (the workspace and the CLI import them from their own module).
export {
  type ExportRequest as XliffExportRequest,
  type ExportResult as XliffExportResult,
  exportForTranslation,
} from "../xliff/export.service.js";
export {
  type ImportReport as XliffImportReport,
  type ImportedUnit as XliffImportedUnit,
  XliffImportError,
  importXliff,
} from "../xliff/import.service.js";
export { MAX_XLIFF_BYTES } from "../xliff/read.js";
export { MAX_TMX_BYTES } from "../tmx/read-tmx.js";
export { type TmxImportReport, exportTmx, importTmx } from "../tmx/tmx.service.js";
export { MAX_TBX_BYTES } from "../glossary-files/read-tbx.js";
export {
  type GlossaryImportReport,
  exportGlossary,
  importGlossaryFile,
} from "../glossary-files/glossary-files.service.js";
