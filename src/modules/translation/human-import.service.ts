import type { Db } from "../../database.js";
import { loadTranslatableRevision, type ReaderField } from "./fields.js";
import { saveHumanFieldTranslation } from "./localization.repository.js";
import { insertUnits, type NewUnit, saveRevisionSegments } from "./memory.repository.js";
import { segmentFields, storedSegments } from "./units.service.js";

/** A field of a revision and the human translation of it that came with an import. */
export interface HumanFieldTranslation {
  source: ReaderField;
  target: string;
}

/** Per field: how many sentences the memory learned, or why it learned none. */
export interface HumanImportOutcome {
  field: string;
  aligned: number;
  isAligned: boolean;
  /** Not aligned: the whole field is kept as the person's translation of it (used by the assembly). */
  isWhole: boolean;
}

/**
 * Teaches the memory a translation people wrote elsewhere (a WordPress
 * multilingual plugin's version of a post): where a field's source and
 * translation split into the same number of sentences of the same kinds, each
 * sentence pair becomes a reviewed human unit, so the pipeline assembles the
 * page from it; otherwise the whole field is stored as the person's
 * translation of this revision's field (`humanFieldTranslations`), which the
 * assembly uses as it is and the gate treats as reviewed. A unit the memory
 * holds already is kept as it is.
 */
export async function learnHumanTranslations(
  db: Db,
  input: {
    revisionId: number;
    sourceLanguage: string;
    targetLanguage: string;
    fields: readonly HumanFieldTranslation[];
    /** Where the translation came from ("import:wordpress:<site>"). */
    origin?: string;
    actorId: number | null;
    now: Date;
  },
): Promise<HumanImportOutcome[]> {
  const now = input.now.toISOString();
  const sources = segmentFields(
    input.fields.map((f) => f.source),
    input.sourceLanguage,
  );
  // The revision's segments are stored once, for every field readers see (hero alt text,
  // tags, …), not only the fields this import translates: the review desk and the
  // refresh after a reviewer's fix read them.
  const revision = await loadTranslatableRevision(db, input.revisionId);
  await saveRevisionSegments(db, {
    revisionId: input.revisionId,
    language: input.sourceLanguage,
    segments: storedSegments(
      revision ? segmentFields(revision.fields, input.sourceLanguage) : sources,
    ),
    now,
  });
  const targets = segmentFields(
    input.fields.map((f) => ({ ...f.source, text: f.target })),
    input.targetLanguage,
  );
  const outcomes: HumanImportOutcome[] = [];
  const units: NewUnit[] = [];
  const wholes: { field: string; text: string }[] = [];
  sources.forEach((source, i) => {
    const target = targets[i];
    const from = source.document.segments;
    const to = target?.document.segments ?? [];
    const isAligned =
      from.length > 0 &&
      from.length === to.length &&
      from.every((segment, k) => segment.kind === to[k]?.kind);
    const targetText = input.fields[i]?.target ?? "";
    const isWhole = !isAligned && from.length > 0 && targetText.trim() !== "";
    outcomes.push({
      field: source.field.field,
      aligned: isAligned ? from.length : 0,
      isAligned,
      isWhole,
    });
    if (isWhole) wholes.push({ field: source.field.field, text: targetText });
    if (!isAligned) return;
    from.forEach((segment, k) => {
      units.push({
        sourceHash: segment.hash,
        sourceLanguage: input.sourceLanguage,
        targetLanguage: input.targetLanguage,
        targetText: to[k]?.text ?? "",
        origin: "human",
        route: "human:import",
        state: "reviewed",
        unknownWords: [],
        findings: [],
        errorCount: 0,
        risk: 0,
        createdBy: input.actorId,
        now,
      });
    });
  });
  await insertUnits(db, units);
  for (const whole of wholes) {
    await saveHumanFieldTranslation(db, {
      revisionId: input.revisionId,
      language: input.targetLanguage,
      field: whole.field,
      text: whole.text,
      origin: input.origin ?? "import",
      createdBy: input.actorId,
      now,
    });
  }
  return outcomes;
}
