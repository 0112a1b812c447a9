import { z } from "zod";
import { inTransaction } from "../../../platform/db/transaction.js";
import { recordAudit } from "../../../platform/audit/audit.repository.js";
import { ValidationError } from "../../../platform/errors.js";
import { findItemById, findRevisionById, type Item } from "../../content/index.js";
import { similarity } from "../fuzzy.js";
import { listForbiddenTerms, listTermsForPair } from "../glossary.repository.js";
import {
  findUnits,
  insertUnitIfAbsent,
  listRevisionSegments,
  saveHumanTranslation,
} from "../memory.repository.js";
import { checkUnits } from "../qa/check-batch.js";
import { acceptedSenses, learnRejectedSenses, type RejectedSense } from "../qa/check-senses.js";
import { gatherEvidence } from "../qa/lexicon/evidence.js";
import { forgetRejectedSenses, saveRejectedSenses } from "../rejected-senses.repository.js";
import { countErrors, type Finding } from "../qa/finding.js";
import { riskOf } from "../qa/risk.js";
import { findTerms, plainText, segmentFromEditable, validateInline } from "../segments/index.js";
import { refreshRevisionsUsing, type TranslateDeps } from "../translate.service.js";
import { enqueueUnitChanged } from "../unit-events.js";
import type { TranslationUnit } from "../translation.table.js";
import { transferCodes } from "./codes.js";
import { closeReports, findReport, listOpenReports } from "./report.repository.js";
import type { TranslationReport } from "./review.table.js";
import {
  findPreviousSegmentedRevision,
  findSourceSegment,
  findUnitBySource,
  findUnitWithSource,
  hasSegments,
  listFuzzyMatches,
  markUnitReviewed,
  type UnitWithSource,
} from "./unit.repository.js";
import { diffWords, type DiffPart } from "./word-diff.js";

/** One sentence of the side-by-side editor, with everything a reviewer weighs. */
export interface ReviewSentence {
  position: number;
  field: string;
  hash: string;
  source: string;
  unit: TranslationUnit | undefined;
  findings: Finding[];
  reports: TranslationReport[];
  fuzzy: { similarity: number; sourceText: string; targetText: string }[];
  terms: { source: string; target: string | null }[];
  /** Set when the source changed since a translation of its earlier wording was reviewed. */
  outdated: { parts: DiffPart[]; previousTranslation: string } | undefined;
}

/** An item's sentences in a language, for the editor. */
export interface ItemReview {
  item: Item;
  title: string;
  language: string;
  sentences: ReviewSentence[];
  /** The revision the sentences are of (none when no revision was segmented yet). */
  revisionId?: number;
}

const findingsSchema = z.array(
  z.object({
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    span: z.tuple([z.number(), z.number()]).nullable().default(null),
  }),
);

/** Parses a unit's stored findings (an unreadable list reads as none). */
export function parseFindings(json: string): Finding[] {
  try {
    const parsed = findingsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Loads an item's upcoming revision (its latest, once segmented; else the
 * live one) sentence by sentence in a language: unit, findings, open reports,
 * fuzzy matches, glossary terms, and what changed in the source since an
 * earlier wording's translation was reviewed.
 */
export async function loadItemReview(
  deps: Pick<TranslateDeps, "db">,
  input: { itemId: number; language: string },
): Promise<ItemReview | undefined> {
  const { db } = deps;
  const item = await findItemById(db, input.itemId);
  if (!item || item.sourceLanguage === input.language) return undefined;
  const candidates = [item.latestRevisionId, item.publishedRevisionId].filter(
    (id): id is number => id !== null,
  );
  let revisionId: number | undefined;
  for (const id of candidates) {
    if (await hasSegments(db, id)) {
      revisionId = id;
      break;
    }
  }
  const revision = revisionId === undefined ? undefined : await findRevisionById(db, revisionId);
  if (!revision || revisionId === undefined) {
    return { item, title: item.slug, language: input.language, sentences: [] };
  }
  const stored = await listRevisionSegments(db, revisionId);
  const hashes = stored.map((s) => s.hash);
  const units = await findUnits(db, hashes, input.language);
  const reports = await listOpenReports(db, { hashes, language: input.language });
  const fuzzy = await listFuzzyMatches(
    db,
    [...units.values()].map((u) => u.id),
  );
  const glossary = (await listTermsForPair(db, item.sourceLanguage, input.language)).map((t) => ({
    source: t.sourceTerm,
    target: t.targetTerm,
  }));
  const outdated = await findOutdated(db, {
    item,
    revisionId,
    language: input.language,
    current: stored,
    units,
  });
  const seen = new Set<string>();
  const sentences: ReviewSentence[] = [];
  for (const s of stored) {
    if (seen.has(s.hash)) continue;
    seen.add(s.hash);
    const unit = units.get(s.hash);
    sentences.push({
      position: s.position,
      field: s.field,
      hash: s.hash,
      source: s.text,
      unit,
      findings: unit ? parseFindings(unit.findings) : [],
      reports: reports.filter((r) => r.sourceHash === s.hash),
      fuzzy: unit ? fuzzy.filter((f) => f.unitId === unit.id) : [],
      terms: uniqueTerms(findTerms(plainText(s.text), glossary).map((m) => m.term)),
      outdated: outdated.get(s.hash),
    });
  }
  return { item, title: revision.title, language: input.language, sentences, revisionId };
}

/** What a reviewer does to a unit. */
export type ReviewAction =
  | { kind: "edit"; targetText: string }
  | { kind: "accept"; reportId: number }
  | { kind: "reviewed" };

/** What a save changed. */
export interface ReviewOutcome {
  unitId: number;
  language: string;
  /** Revisions re-assembled (each a page in the language). */
  pages: number;
  reportsClosed: number;
}

/** What a save is about: a unit of the memory, or a source sentence in a language (which may have none yet). */
export type ReviewSubject = { unitId: number } | { sourceHash: string; language: string };

/**
 * Saves a reviewer's decision on a unit: re-runs the checks on a new
 * translation, writes it to the memory (so every page using the sentence
 * changes; a sentence without a unit yet — a language no engine serves —
 * gets one), closes the unit's open reports, records the audit entry, then
 * re-assembles every live or upcoming page that uses the sentence.
 */
export async function saveReview(
  deps: TranslateDeps,
  input: ReviewSubject & {
    action: ReviewAction;
    actorId: number;
    ip: string;
    /**
     * Saving many sentences at once (an XLIFF file): the pages are not
     * re-assembled here; the sentence's hash is added to this set and the
     * caller re-assembles each page once (`refreshRevisionsUsingAny`).
     */
    deferPages?: Set<string>;
  },
): Promise<ReviewOutcome | undefined> {
  const { db } = deps;
  const unit = await findSubject(db, input);
  if (!unit) return undefined;
  if (unit.id === null && input.action.kind !== "edit") {
    throw new ValidationError("the sentence has no translation yet: write one");
  }
  const target = await resolveTarget(db, unit, input.action);
  const now = deps.now();
  const terms = (await listTermsForPair(db, unit.sourceLanguage, unit.targetLanguage)).map((t) => ({
    source: t.sourceTerm,
    target: t.targetTerm,
  }));
  // The reviewer's text gets the checks machine output gets; a fix of machine output
  // teaches the gate the senses it took out (check-senses.ts).
  const review = await reviewEvidence(deps, { unit, target: target ?? unit.targetText, terms });
  const reportsClosed = await inTransaction(db, (trx) =>
    writeReview(trx, { unit, target, review, actorId: input.actorId, ip: input.ip, now }),
  );
  input.deferPages?.add(unit.sourceHash);
  const pages = input.deferPages
    ? 0
    : await refreshRevisionsUsing(deps, {
        sourceHash: unit.sourceHash,
        language: unit.targetLanguage,
      });
  // Network texts using the sentence and the search index follow through the job queue.
  await enqueueUnitChanged(deps.db, {
    sourceHash: unit.sourceHash,
    language: unit.targetLanguage,
    now: deps.now(),
  });
  const unitId =
    unit.id ??
    (await findUnitBySource(db, { sourceHash: unit.sourceHash, language: unit.targetLanguage }))
      ?.id;
  if (unitId === undefined) return undefined;
  return { unitId, language: unit.targetLanguage, pages, reportsClosed };
}

/**
 * The translation a reviewer's action writes, normalised and checked against
 * the original's inline codes; undefined when the action only marks the unit reviewed.
 */
async function resolveTarget(
  db: TranslateDeps["db"],
  unit: SubjectUnit,
  action: ReviewAction,
): Promise<string | undefined> {
  let target: string | undefined;
  // What a person typed is text with codes (see editableInline); stored in the segment format.
  if (action.kind === "edit") {
    target = segmentFromEditable(action.targetText.replace(/\s+/g, " ").trim());
  }
  if (action.kind === "accept") {
    const report = await findReport(db, action.reportId);
    if (!report || report.sourceHash !== unit.sourceHash || report.suggestion === "") {
      throw new ValidationError("no such proposal for this sentence");
    }
    target = transferCodes(report.suggestion.replace(/\s+/g, " ").trim(), unit.targetText);
    if (target === undefined) {
      throw new ValidationError("the proposal lost the sentence's links or formatting: edit it");
    }
  }
  if (target !== undefined) {
    const problems = validateInline(target, unit.sourceText);
    if (plainText(target).trim() === "") throw new ValidationError("the translation is empty");
    if (problems.length > 0) {
      throw new ValidationError(
        `the codes do not match the original (${problems.map((p) => `${p.type} ${p.id}`).join(", ")})`,
      );
    }
  }
  return target;
}

/**
 * In the caller's transaction: the senses the review taught, the unit written
 * (new, edited or marked reviewed), the sentence's reports closed and the
 * audit entry; returns how many reports were closed.
 */
async function writeReview(
  trx: TranslateDeps["db"],
  input: {
    unit: SubjectUnit;
    target: string | undefined;
    review: Awaited<ReturnType<typeof reviewEvidence>>;
    actorId: number;
    ip: string;
    now: Date;
  },
): Promise<number> {
  const { unit, target, review, now } = input;
  const pair = { sourceLanguage: unit.sourceLanguage, targetLanguage: unit.targetLanguage };
  await forgetRejectedSenses(trx, { ...pair, senses: review.accepted });
  if (review.rejected.length > 0 && unit.id !== null) {
    await saveRejectedSenses(trx, {
      ...pair,
      senses: review.rejected,
      unitId: unit.id,
      actorId: input.actorId,
      now: now.toISOString(),
    });
  }
  await writeUnit(trx, input);
  const closed = await closeReports(trx, {
    sourceHash: unit.sourceHash,
    language: unit.targetLanguage,
    actorId: input.actorId,
    now: now.toISOString(),
  });
  await recordAudit(trx, {
    actorId: input.actorId,
    action: "changed",
    subjectType: "translation_unit",
    subjectId: unit.id === null ? unit.sourceHash : String(unit.id),
    summary:
      target === undefined
        ? `${unit.targetLanguage}: marked reviewed`
        : `${unit.targetLanguage}: ${plainText(unit.targetText)} → ${plainText(target)}`,
    ip: input.ip,
    now,
  });
  return closed;
}

/**
 * Writes the reviewer's decision to the memory: a new unit, a human
 * translation, or the unit marked reviewed. A first save may race another one
 * (a second reviewer, or the machine's draft landing meanwhile): the unit is
 * then there already and this save is written over it, like any later save —
 * the last save wins, it is never dropped.
 */
async function writeUnit(trx: TranslateDeps["db"], input: Parameters<typeof writeReview>[1]) {
  const { unit, target, review, now } = input;
  if (target !== undefined) {
    const findings = review.findings;
    const human = {
      targetText: target,
      findings,
      errorCount: countErrors(findings),
      risk: riskOf(findings, []),
    };
    const isInserted =
      unit.id === null &&
      (await insertUnitIfAbsent(trx, {
        ...human,
        sourceHash: unit.sourceHash,
        sourceLanguage: unit.sourceLanguage,
        targetLanguage: unit.targetLanguage,
        origin: "human",
        route: "",
        state: "reviewed",
        unknownWords: [],
        createdBy: input.actorId,
        now: now.toISOString(),
      })) !== undefined;
    const unitId = isInserted
      ? undefined
      : (unit.id ??
        (
          await findUnitBySource(trx, {
            sourceHash: unit.sourceHash,
            language: unit.targetLanguage,
          })
        )?.id);
    if (unitId !== undefined) {
      await saveHumanTranslation(trx, {
        ...human,
        unitId,
        actorId: input.actorId,
        now: now.toISOString(),
      });
    }
  } else if (unit.id !== null) {
    await markUnitReviewed(trx, {
      unitId: unit.id,
      actorId: input.actorId,
      now: now.toISOString(),
    });
  }
}

/** A unit and its source, or a blank one (id null) for a source sentence no unit translates yet. */
type SubjectUnit = Omit<UnitWithSource, "id"> & { id: number | null };

async function findSubject(
  db: TranslateDeps["db"],
  subject: ReviewSubject,
): Promise<SubjectUnit | undefined> {
  if ("unitId" in subject) return findUnitWithSource(db, subject.unitId);
  const unit = await findUnitBySource(db, subject);
  if (unit) return unit;
  const source = await findSourceSegment(db, subject.sourceHash);
  if (!source || source.language === subject.language) return undefined;
  const blank: SubjectUnit = {
    id: null,
    sourceHash: source.hash,
    sourceLanguage: source.language,
    targetLanguage: subject.language,
    targetText: "",
    origin: "human",
    route: "",
    state: "machine",
    unknownWords: "[]",
    findings: "[]",
    errorCount: 0,
    risk: 0,
    createdBy: null,
    updatedBy: null,
    reviewedBy: null,
    reviewedAt: null,
    createdAt: "",
    updatedAt: "",
    sourceText: source.text,
  };
  return blank;
}

/**
 * Sentences of the revision that replace a sentence of the previous segmented
 * revision (same field, at least half the words alike) whose translation was
 * reviewed, while their own is not: the reviewer sees the word diff.
 */
async function findOutdated(
  db: TranslateDeps["db"],
  input: {
    item: Item;
    revisionId: number;
    language: string;
    current: { field: string; hash: string; text: string }[];
    units: Map<string, TranslationUnit>;
  },
): Promise<Map<string, { parts: DiffPart[]; previousTranslation: string }>> {
  const out = new Map<string, { parts: DiffPart[]; previousTranslation: string }>();
  const previousId = await findPreviousSegmentedRevision(db, {
    itemId: input.item.id,
    beforeRevisionId: input.revisionId,
  });
  if (previousId === undefined) return out;
  const previous = await listRevisionSegments(db, previousId);
  const currentHashes = new Set(input.current.map((s) => s.hash));
  const previousHashes = new Set(previous.map((s) => s.hash));
  const gone = previous.filter((s) => !currentHashes.has(s.hash));
  if (gone.length === 0) return out;
  const oldUnits = await findUnits(
    db,
    gone.map((s) => s.hash),
    input.language,
  );
  const reviewedGone = gone.filter((s) => oldUnits.get(s.hash)?.state === "reviewed");
  for (const s of input.current) {
    if (previousHashes.has(s.hash) || input.units.get(s.hash)?.state === "reviewed") continue;
    const now = plainText(s.text);
    let best: { text: string; score: number; hash: string } | undefined;
    for (const old of reviewedGone) {
      if (old.field !== s.field) continue;
      const score = similarity(plainText(old.text), now);
      if (score >= 0.5 && (!best || score > best.score))
        best = { text: plainText(old.text), score, hash: old.hash };
    }
    if (best) {
      out.set(s.hash, {
        parts: diffWords(best.text, now),
        previousTranslation: plainText(oldUnits.get(best.hash)?.targetText ?? ""),
      });
    }
  }
  return out;
}

function uniqueTerms<T extends { source: string }>(terms: readonly T[]): T[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.source.toLowerCase()) && seen.add(t.source.toLowerCase()));
}

/**
 * Checks a reviewer's text with the dictionaries, along the route the engine
 * takes for the pair, and lists the senses the fix took out of machine output.
 */
async function reviewEvidence(
  deps: TranslateDeps,
  input: {
    unit: {
      origin: string;
      state: string;
      sourceText: string;
      targetText: string;
      sourceLanguage: string;
      targetLanguage: string;
    };
    target: string;
    terms: readonly { source: string; target: string | null }[];
  },
): Promise<{ findings: Finding[]; rejected: RejectedSense[]; accepted: RejectedSense[] }> {
  const { unit } = input;
  const route = deps.runtime.route(unit.sourceLanguage, unit.targetLanguage) ?? [
    unit.sourceLanguage,
    unit.targetLanguage,
  ];
  const [findings = []] = await checkUnits({
    lexicon: deps.runtime.lexicon,
    sourceLanguage: unit.sourceLanguage,
    targetLanguage: unit.targetLanguage,
    route,
    units: [{ source: unit.sourceText, target: input.target }],
    terms: input.terms,
    forbiddenTerms: await listForbiddenTerms(deps.db, unit.sourceLanguage, unit.targetLanguage),
    names: await deps.runtime.nameGroups(deps.db),
  });
  const [machine, final] = await gatherEvidence(deps.runtime.lexicon, {
    route,
    units: [
      { source: plainText(unit.sourceText), target: plainText(unit.targetText) },
      { source: plainText(unit.sourceText), target: plainText(input.target) },
    ],
  });
  // What the person's text uses is right here; what a fix of machine output took out was wrong.
  const accepted = final ? acceptedSenses(final) : [];
  const isFixOfMachine =
    unit.origin === "engine" && unit.state !== "reviewed" && input.target !== unit.targetText;
  const rejected =
    isFixOfMachine && machine && final
      ? learnRejectedSenses({ machine, corrected: final.target })
      : [];
  return { findings, rejected, accepted };
}
