import type { Kysely } from "kysely";
import type { DB, Db } from "../../../database.js";
import { hashSegment } from "../segments/document.js";
import { plainText, validateInline } from "../segments/inline.js";
import { findUnits, insertUnits, type NewUnit } from "../memory.repository.js";
import { listTermsForPair } from "../glossary.repository.js";
import { checkUnits } from "../qa/check-batch.js";
import { countErrors, type Finding } from "../qa/finding.js";
import { riskOf } from "../qa/risk.js";
import type { TranslationRuntime } from "../runtime.js";
import { insertSourceSegments, listMemoryForExport } from "./memory-exchange.repository.js";
import { readTmx, type TmxUnit } from "./read-tmx.js";
import { pairSegments } from "./tmx-inline.js";
import { writeTmx } from "./write-tmx.js";

/** Why a translation of the file was not added (stable codes, shown through the catalogs). */
export const TMX_SKIP_REASONS = [
  "language-not-on-site",
  "same-language",
  "no-source",
  "unreadable",
  "empty",
  "codes-mismatch",
  "duplicate-in-file",
  "memory-differs",
] as const;
export type TmxSkipReason = (typeof TMX_SKIP_REASONS)[number];

/** What an import did: units (`<tu>`) read, translations added or already there, and what was skipped, why. */
export interface TmxImportReport {
  unitsRead: number;
  added: number;
  unchanged: number;
  skipped: Partial<Record<TmxSkipReason, number>>;
  /** Translations added per language pair ("en>fr"). */
  pairs: Record<string, number>;
  /**
   * Translations added that fail the gate's checks (an error finding): kept in the memory
   * with their findings but not as reviewed, so the gate holds a page using one until a
   * person reviews it in the review desk.
   */
  flagged: number;
  /** The first flagged translations (at most FLAGGED_LISTED), with their findings' codes. */
  flaggedUnits: { source: string; target: string; language: string; findings: string[] }[];
}

/** How many flagged translations a report lists (the count is always whole). */
export const FLAGGED_LISTED = 100;

const PROGRESS_EVERY = 200;

/**
 * Imports a TMX file into the memory, all or nothing: every unit in a site
 * language pair whose source segment has no translation in that language yet
 * is added (a person's translation, reviewed, unless the file is Civitas's own
 * export saying otherwise). A translation the memory already holds is
 * unchanged; a different one there is kept and the file's is skipped
 * (`memory-differs`: fix it in the review desk), so importing the same file
 * twice changes nothing. A file that is not TMX is refused before anything is
 * written.
 */
export async function importTmx(
  db: Kysely<DB>,
  input: {
    bytes: Uint8Array;
    languages: readonly string[];
    /** The checks' dictionaries, routes and names: the same checks the XLIFF import runs. */
    runtime: TranslationRuntime;
    actorId: number | null;
    now: Date;
    onProgress?: (done: number, total: number) => void;
    /** Runs in the import's transaction after the writes (the admin route records its audit entry there). */
    onWritten?: (trx: Db, report: TmxImportReport) => Promise<void>;
  },
): Promise<TmxImportReport> {
  const document = readTmx(input.bytes);
  const report: TmxImportReport = {
    unitsRead: document.units.length,
    added: 0,
    unchanged: 0,
    skipped: {},
    pairs: {},
    flagged: 0,
    flaggedUnits: [],
  };
  const skip = (reason: TmxSkipReason) => {
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
  };
  const candidates = collectCandidates(document.units, input.languages, { report, skip });
  const now = input.now.toISOString();
  const all = [...candidates.values()];
  // The gate's checks, per language pair, before the transaction (they read dictionaries).
  const findings = await checkCandidates(db, input.runtime, all);
  await db.transaction().execute(async (trx) => {
    await insertSourceSegments(
      trx,
      all.map((c) => ({
        hash: c.sourceHash,
        language: c.sourceLanguage,
        text: c.sourceText,
        createdAt: now,
      })),
    );
    for (let i = 0; i < all.length; i += PROGRESS_EVERY) {
      const batch = all.slice(i, i + PROGRESS_EVERY);
      const fresh = await newUnitsOf(trx, batch, {
        findings,
        actorId: input.actorId,
        now,
        report,
        skip,
      });
      await insertUnits(trx, fresh);
      for (const unit of fresh) {
        const pair = `${unit.sourceLanguage}>${unit.targetLanguage}`;
        report.pairs[pair] = (report.pairs[pair] ?? 0) + 1;
        if (unit.errorCount === 0) continue;
        report.flagged += 1;
        if (report.flaggedUnits.length < FLAGGED_LISTED) {
          report.flaggedUnits.push({
            source: unit.sourceText,
            target: unit.targetText,
            language: unit.targetLanguage,
            findings: (unit.findings as Finding[])
              .filter((f) => f.severity === "error")
              .map((f) => f.code),
          });
        }
      }
      report.added += fresh.length;
      input.onProgress?.(Math.min(i + PROGRESS_EVERY, all.length), all.length);
    }
    await input.onWritten?.(trx, report);
  });
  return report;
}

/** The units the file adds, one per source segment and target language; duplicates counted in the report. */
function collectCandidates(
  units: ReturnType<typeof readTmx>["units"],
  languages: readonly string[],
  tally: { report: TmxImportReport; skip: (reason: TmxSkipReason) => void },
): Map<string, Candidate> {
  const { report, skip } = tally;
  const candidates = new Map<string, Candidate>();
  for (const unit of units) {
    for (const outcome of candidatesOf(unit, languages)) {
      if ("reason" in outcome) {
        skip(outcome.reason);
        continue;
      }
      const key = `${outcome.sourceHash}:${outcome.targetLanguage}`;
      const earlier = candidates.get(key);
      if (earlier && earlier.targetText !== outcome.targetText) skip("duplicate-in-file");
      else if (earlier) report.unchanged += 1;
      else candidates.set(key, outcome);
    }
  }
  return candidates;
}

/** The candidates of a batch the memory has no translation for yet, as new units; the others counted. */
async function newUnitsOf(
  trx: Db,
  batch: readonly Candidate[],
  input: {
    findings: ReadonlyMap<Candidate, readonly Finding[]>;
    actorId: number | null;
    now: string;
    report: TmxImportReport;
    skip: (reason: TmxSkipReason) => void;
  },
): Promise<(NewUnit & { sourceText: string })[]> {
  const { report, skip, now } = input;
  const fresh: (NewUnit & { sourceText: string })[] = [];
  for (const [language, group] of groupBy(batch, (c) => c.targetLanguage)) {
    const existing = await findUnits(
      trx,
      group.map((c) => c.sourceHash),
      language,
    );
    for (const c of group) {
      const unit = existing.get(c.sourceHash);
      if (unit && unit.targetText === c.targetText) report.unchanged += 1;
      else if (unit) skip("memory-differs");
      else fresh.push(newUnit(c, input.findings.get(c) ?? [], input.actorId, now));
    }
  }
  return fresh;
}

/** The memory as TMX 1.4b, optionally one language pair, and only reviewed units unless `origin` is `all`. */
export async function exportTmx(
  db: Kysely<DB>,
  input: {
    sourceLanguage?: string;
    targetLanguage?: string;
    origin: "human" | "all";
    adminLanguage: string;
    now: Date;
  },
): Promise<{ xml: string; units: number }> {
  const units = await listMemoryForExport(db, {
    ...(input.sourceLanguage ? { sourceLanguage: input.sourceLanguage } : {}),
    ...(input.targetLanguage ? { targetLanguage: input.targetLanguage } : {}),
    reviewedOnly: input.origin === "human",
  });
  return {
    xml: writeTmx({ units, adminLanguage: input.adminLanguage, now: input.now }),
    units: units.length,
  };
}

/**
 * The site language a TMX language code stands for: its primary subtag, lower
 * case (en-US → en, FR-ca → fr), if the site has it.
 */
export function siteLanguageOf(code: string, languages: readonly string[]): string | undefined {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return languages.includes(primary) ? primary : undefined;
}

interface Candidate {
  sourceHash: string;
  sourceLanguage: string;
  sourceText: string;
  targetLanguage: string;
  targetText: string;
  origin: TmxUnit["origin"];
  state: TmxUnit["state"];
}

/** Each translation a `<tu>` offers, or why it cannot be one. */
function candidatesOf(
  unit: TmxUnit,
  languages: readonly string[],
): (Candidate | { reason: TmxSkipReason })[] {
  const srclang = unit.srclang.toLowerCase();
  const source =
    srclang === "*all*"
      ? unit.variants[0]
      : (unit.variants.find((v) => v.lang.toLowerCase() === srclang) ??
        unit.variants.find(
          (v) => siteLanguageOf(v.lang, languages) === siteLanguageOf(srclang, languages),
        ));
  const targets = unit.variants.filter((v) => v !== source);
  if (!source) return [{ reason: "no-source" }];
  const sourceLanguage = siteLanguageOf(source.lang, languages);
  if (sourceLanguage === undefined) return targets.map(() => ({ reason: "language-not-on-site" }));
  if (!source.tokens) return targets.map(() => ({ reason: "unreadable" }));
  const sourceTokens = source.tokens;
  if (targets.length === 0) return [{ reason: "no-source" }];
  return targets.map((target) => {
    const targetLanguage = siteLanguageOf(target.lang, languages);
    if (targetLanguage === undefined) return { reason: "language-not-on-site" };
    if (targetLanguage === sourceLanguage) return { reason: "same-language" };
    if (!target.tokens) return { reason: "unreadable" };
    const pair = pairSegments(sourceTokens, target.tokens);
    if (plainText(pair.source).trim() === "" || plainText(pair.target).trim() === "") {
      return { reason: "empty" };
    }
    if (validateInline(pair.target, pair.source).length > 0) return { reason: "codes-mismatch" };
    return {
      sourceHash: hashSegment(sourceLanguage, pair.source),
      sourceLanguage,
      sourceText: pair.source,
      targetLanguage,
      targetText: pair.target,
      origin: unit.origin,
      state: unit.state,
    };
  });
}

/** The checks' findings on each candidate, run in one batch per language pair. */
async function checkCandidates(
  db: Kysely<DB>,
  runtime: TranslationRuntime,
  candidates: readonly Candidate[],
): Promise<Map<Candidate, Finding[]>> {
  const found = new Map<Candidate, Finding[]>();
  const names = await runtime.nameGroups(db);
  const pairs = groupBy(candidates, (c) => `${c.sourceLanguage}>${c.targetLanguage}`);
  for (const group of pairs.values()) {
    const first = group[0];
    if (!first) continue;
    const { sourceLanguage, targetLanguage } = first;
    const terms = (await listTermsForPair(db, sourceLanguage, targetLanguage)).map((t) => ({
      source: t.sourceTerm,
      target: t.targetTerm,
    }));
    const results = await checkUnits({
      lexicon: runtime.lexicon,
      sourceLanguage,
      targetLanguage,
      route: runtime.route(sourceLanguage, targetLanguage) ?? [sourceLanguage, targetLanguage],
      units: group.map((c) => ({ source: c.sourceText, target: c.targetText })),
      terms,
      names,
    });
    group.forEach((c, i) => found.set(c, results[i] ?? []));
  }
  return found;
}

/** A new memory unit; one with error findings is not reviewed, whatever the file says. */
function newUnit(
  c: Candidate,
  findings: readonly Finding[],
  actorId: number | null,
  now: string,
): NewUnit & { sourceText: string } {
  const errorCount = countErrors(findings);
  return {
    sourceHash: c.sourceHash,
    sourceLanguage: c.sourceLanguage,
    sourceText: c.sourceText,
    targetLanguage: c.targetLanguage,
    targetText: c.targetText,
    origin: c.origin,
    route: "",
    state: errorCount > 0 ? "machine" : c.state,
    unknownWords: [],
    findings,
    errorCount,
    risk: riskOf(findings, []),
    createdBy: actorId,
    now,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
