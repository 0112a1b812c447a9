import { inTransaction } from "../../../platform/db/transaction.js";
import { ValidationError } from "../../../platform/errors.js";
import { findUnits, insertUnits } from "../memory.repository.js";
import { checkUnits } from "../qa/check-batch.js";
import { countErrors } from "../qa/finding.js";
import { listTermsForPair } from "../glossary.repository.js";
import { saveReview } from "../review/review.service.js";
import { findUnitWithSource } from "../review/unit.repository.js";
import { plainText, validateInline } from "../segments/index.js";
import { refreshRevisionsUsingAny, type TranslateDeps } from "../translate.service.js";
import { XliffError } from "./decode.js";
import { findSourceSegments } from "./export.repository.js";
import { readXliff, type XliffDocument } from "./read.js";

/** What happened to one unit of an imported file. */
export interface ImportedUnit {
  ref: string;
  unitId: string;
  status: "accepted" | "refused" | "untranslated";
  /** Stable reason code for a refusal: unknown-unit, source-changed, codes, empty. */
  reason?: string;
  detail?: string;
  /** Error-severity findings of the gate's checks on the translation (held by the gate if > 0). */
  errors?: number;
  findings?: string[];
}

/** The per-unit report of an import. */
export interface ImportReport {
  language: string;
  dryRun: boolean;
  units: ImportedUnit[];
  accepted: number;
  refused: number;
  untranslated: number;
  /** Pages re-assembled (each a revision in the language). */
  pages: number;
}

/** A file refused as a whole: nothing of it was saved. `rule` says why. */
export class XliffImportError extends ValidationError {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

const HASH = /^[0-9a-f]{64}$/u;

/**
 * Imports a translated XLIFF file (as exported by exportForTranslation): the file is
 * read and validated, its target language must be `language` (when given) and a site
 * language; then every unit is checked — a sentence the memory knows, the same source
 * text as now, the same codes, not empty — and the gate's checks run on the accepted
 * translations. Only then are they saved through the review desk's own save
 * (saveReview: memory as human translation, pages re-assembled), all of them in one
 * transaction: a fatal problem with the file, or a failure while saving, saves nothing.
 */
export async function importXliff(
  deps: TranslateDeps,
  input: {
    bytes: Uint8Array;
    language?: string;
    actorId: number;
    ip: string;
    dryRun?: boolean;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const document = readImportFile(deps.config, input);
  const language = document.trgLang;
  const { report, toSave } = await screenSegments(deps, document, language);
  await attachFindings(deps, { language, report, toSave });
  const pages = input.dryRun ? 0 : await saveAccepted(deps, { ...input, language, report, toSave });
  const count = (status: ImportedUnit["status"]) =>
    report.filter((u) => u.status === status).length;
  return {
    language,
    dryRun: input.dryRun ?? false,
    units: report,
    accepted: count("accepted"),
    refused: count("refused"),
    untranslated: count("untranslated"),
    pages,
  };
}

/** A translation the import accepted: where its entry is in the report, its unit (if any), source and target. */
interface AcceptedUnit {
  index: number;
  unitId: number | undefined;
  hash: string;
  source: string;
  target: string;
}

/** Reads the file and checks its languages: into a target language of this site, from its source language. */
function readImportFile(
  config: TranslateDeps["config"],
  input: { bytes: Uint8Array; language?: string },
): XliffDocument & { trgLang: string } {
  let document;
  try {
    document = readXliff(input.bytes);
  } catch (error) {
    if (error instanceof XliffError) throw new XliffImportError(error.rule, error.message);
    throw error;
  }
  const language = document.trgLang;
  if (!language) throw new XliffImportError("trgLang", "the file names no target language");
  if (input.language !== undefined && language !== input.language) {
    throw new XliffImportError("language", `the file is in ${language}, not ${input.language}`);
  }
  if (
    !(config.languages as readonly string[]).includes(language) ||
    language === config.sourceLanguage
  ) {
    throw new XliffImportError("language", `${language} is not a target language of this site`);
  }
  if (document.srcLang !== config.sourceLanguage) {
    throw new XliffImportError(
      "language",
      `the file's source is ${document.srcLang}, not ${config.sourceLanguage}`,
    );
  }
  return { ...document, trgLang: language };
}

/**
 * Checks every segment: a sentence the memory knows, the same source text as
 * now, the same codes, not empty. Returns the report (one entry per segment)
 * and the accepted translations.
 */
async function screenSegments(
  deps: TranslateDeps,
  document: XliffDocument,
  language: string,
): Promise<{ report: ImportedUnit[]; toSave: AcceptedUnit[] }> {
  const { db, config } = deps;
  const hashes = document.segments.map((s) => s.unitId).filter((id) => HASH.test(id));
  const units = await findUnits(db, hashes, language);
  // Sentences no engine translated yet (a language awaiting a person) have no unit: their source.
  const sources = await findSourceSegments(
    db,
    hashes.filter((h) => !units.has(h)),
  );
  const report: ImportedUnit[] = [];
  const toSave: AcceptedUnit[] = [];
  for (const segment of document.segments) {
    const entry: ImportedUnit = { ref: segment.ref, unitId: segment.unitId, status: "refused" };
    report.push(entry);
    if (segment.target === undefined || plainText(segment.target).trim() === "") {
      entry.status = "untranslated";
      continue;
    }
    const unit = units.get(segment.unitId);
    const stored = unit
      ? await findUnitWithSource(db, unit.id)
      : sources.get(segment.unitId)?.language === config.sourceLanguage
        ? { id: undefined, sourceText: sources.get(segment.unitId)?.text ?? "" }
        : undefined;
    if (!stored) {
      entry.reason = "unknown-unit";
      entry.detail = "no sentence of the site has this id";
      continue;
    }
    if (normalize(stored.sourceText) !== normalize(segment.source)) {
      entry.reason = "source-changed";
      entry.detail = "source changed since export";
      continue;
    }
    const target = segment.target;
    const problems = validateInline(target, stored.sourceText);
    if (problems.length > 0) {
      entry.reason = "codes";
      entry.detail = problems.map((p) => `${p.type} ${p.id}`).join(", ");
      continue;
    }
    entry.status = "accepted";
    toSave.push({
      index: report.length - 1,
      unitId: stored.id,
      hash: segment.unitId,
      source: stored.sourceText,
      target,
    });
  }
  return { report, toSave };
}

/** The gate's checks, in one batch, for the report (saveReview runs them again as it saves). */
async function attachFindings(
  deps: TranslateDeps,
  input: { language: string; report: ImportedUnit[]; toSave: readonly AcceptedUnit[] },
): Promise<void> {
  const { db, config } = deps;
  const { language, report, toSave } = input;
  const terms = (await listTermsForPair(db, config.sourceLanguage, language)).map((t) => ({
    source: t.sourceTerm,
    target: t.targetTerm,
  }));
  const findings = await checkUnits({
    lexicon: deps.runtime.lexicon,
    sourceLanguage: config.sourceLanguage,
    targetLanguage: language,
    route: deps.runtime.route(config.sourceLanguage, language) ?? [config.sourceLanguage, language],
    units: toSave.map((u) => ({ source: u.source, target: u.target })),
    terms,
    names: await deps.runtime.nameGroups(db),
  });
  toSave.forEach((unit, i) => {
    const entry = report[unit.index];
    const found = findings[i] ?? [];
    if (!entry) return;
    entry.errors = countErrors(found);
    entry.findings = found.filter((f) => f.severity === "error").map((f) => f.code);
  });
}

/**
 * Saves the accepted translations through the review desk's own save, all in one
 * transaction; the pages re-assembled.
 */
async function saveAccepted(
  deps: TranslateDeps,
  input: {
    language: string;
    report: ImportedUnit[];
    toSave: readonly AcceptedUnit[];
    actorId: number;
    ip: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<number> {
  const { language, report, toSave } = input;
  if (toSave.length === 0) return 0;
  // One transaction for the whole file: a failure at any unit (the database, a crash)
  // saves none of it. saveReview and the page re-assembly join it (inTransaction).
  return inTransaction(deps.db, async (trx) => {
    const inFile: TranslateDeps = { ...deps, db: trx };
    // Each page is re-assembled once for the whole file, not once per sentence.
    const saved = new Set<string>();
    for (const [done, unit] of toSave.entries()) {
      const entry = report[unit.index];
      try {
        // A sentence without a unit gets one first, so the desk's save has a unit to save.
        const unitId =
          unit.unitId ?? (await createUnit(inFile, { ...unit, language, actorId: input.actorId }));
        await saveReview(inFile, {
          unitId,
          action: { kind: "edit", targetText: unit.target },
          actorId: input.actorId,
          ip: input.ip,
          deferPages: saved,
        });
      } catch (error) {
        // The desk refuses before it writes anything: that unit is refused, the rest go on.
        if (!(error instanceof ValidationError) || !entry) throw error;
        entry.status = "refused";
        entry.reason = "refused-by-desk";
        entry.detail = error.message;
      }
      input.onProgress?.(done + 1, toSave.length);
    }
    return refreshRevisionsUsingAny(inFile, { sourceHashes: saved, language });
  });
}

async function createUnit(
  deps: TranslateDeps,
  input: { hash: string; target: string; language: string; actorId: number },
): Promise<number> {
  await insertUnits(deps.db, [
    {
      sourceHash: input.hash,
      sourceLanguage: deps.config.sourceLanguage,
      targetLanguage: input.language,
      targetText: input.target,
      origin: "human",
      route: "",
      state: "machine",
      unknownWords: [],
      findings: [],
      errorCount: 0,
      risk: 0,
      createdBy: input.actorId,
      now: deps.now().toISOString(),
    },
  ]);
  const created = (await findUnits(deps.db, [input.hash], input.language)).get(input.hash);
  if (!created) throw new Error(`unit ${input.hash} was not created`);
  return created.id;
}

function normalize(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
