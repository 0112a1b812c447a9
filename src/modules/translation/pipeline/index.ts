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
