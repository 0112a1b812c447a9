import type { Db } from "../../database.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { type ReaderField, loadTranslatableRevision } from "./fields.js";
import { findHumanFieldTranslations } from "./localization.repository.js";
import {
  findUnits,
  listRevisionsUsing,
  saveRevisionSegments,
  saveSourceSegments,
} from "./memory.repository.js";
import { localizeRevision, refreshLiveTranslation } from "./localize.service.js";
import type { TranslateDeps, TranslateProgress } from "./pipeline/types.js";
import { assembleMarkdown, assemblePlain } from "./segments/index.js";
import { listPublishedItemRevisions } from "./status.repository.js";
import { ensureUnits, segmentFields, storedSegments } from "./units.service.js";
import type { TranslationEngine } from "./engines/engine.js";
import { EngineBudgetExhaustedError } from "./engines/engine-errors.js";
import { HopMemo } from "./engines/hop-memo.js";
import { prefetchEngineAnswers } from "./engine-prefetch.js";

export type { TranslateDeps, TranslateProgress } from "./pipeline/types.js";

export { refreshLiveTranslation } from "./localize.service.js";

/** What translating a revision did in one language. */
export interface LanguageOutcome {
  language: string;
  /** The language path, e.g. ["en", "es", "fr"]; null when no engine serves the language. */
  route: string[] | null;
  segments: number;
  /** Segments found in the memory. */
  reused: number;
  /** Segments the engine translated now. */
  translated: number;
  /** Whether the language's version of this revision is assembled (every segment has a unit). */
  assembled: boolean;
  /** Whether it is what readers see now. */
  live: boolean;
}

/**
 * Translates a revision into every site language but its own (or those given):
 * the memory first, the engine for the rest (glossary terms protected, checks
 * run on every new unit), each batch committed, so a crash or restart resumes
 * without translating anything twice. Then assembles each complete language,
 * and makes it live when the language's policy allows.
 */
export async function translateRevision(
  deps: TranslateDeps,
  input: {
    revisionId: number;
    languages?: readonly string[];
    onProgress?: (progress: TranslateProgress) => void;
    /** A job's memo of engine answers across revisions (`translatePending`); one for this revision otherwise. */
    memos?: Map<TranslationEngine, HopMemo>;
  },
): Promise<LanguageOutcome[]> {
  const { db } = deps;
  const source = await loadTranslatableRevision(db, input.revisionId);
  if (!source) return [];
  const sourceLanguage = source.item.sourceLanguage;
  const documents = segmentFields(source.fields, sourceLanguage);
  const stored = storedSegments(documents);
  await inTransaction(db, async (trx) => {
    await saveRevisionSegments(trx, {
      revisionId: source.revision.id,
      language: sourceLanguage,
      segments: stored,
      now: deps.now().toISOString(),
    });
  });
  const targets = (input.languages ?? deps.config.languages).filter(
    (lang) =>
      lang !== sourceLanguage && (deps.config.languages as readonly string[]).includes(lang),
  );
  const outcomes: LanguageOutcome[] = [];
  // Pivot routes ask their first hop what a direct language already asked: answered once per job.
  const memoOf = memoFor(input.memos ?? new Map());
  // A spent engine budget stops only the languages of that engine; the job reports it afterwards and retries.
  let spent: EngineBudgetExhaustedError | undefined;
  for (const language of targets) {
    // Fields a person translated whole need no unit: their sentences never go to the engine.
    const wholes = await findHumanFieldTranslations(db, source.revision.id, language);
    const needed =
      wholes.size === 0
        ? stored
        : storedSegments(documents.filter((d) => !wholes.has(d.field.field)));
    let ensured: Awaited<ReturnType<typeof ensureUnits>>;
    try {
      ensured = await ensureUnits(deps, {
        engine: memoOf(deps.runtime.engineFor(sourceLanguage, language).engine),
        progressId: source.revision.id,
        sourceLanguage,
        language,
        stored: needed,
        onProgress: input.onProgress,
      });
    } catch (error) {
      if (!(error instanceof EngineBudgetExhaustedError)) throw error;
      spent ??= error;
      continue;
    }
    const { route, segments, missing, translated } = ensured;
    const assembled = await localizeRevision(deps, source, documents, language, wholes);
    const live = await refreshLiveTranslation(deps, source.item.id, language);
    outcomes.push({
      language,
      route,
      segments,
      reused: segments - missing,
      translated,
      assembled,
      live,
    });
  }
  if (spent) throw spent;
  return outcomes;
}

function memoFor(memos: Map<TranslationEngine, HopMemo>) {
  return (engine: TranslationEngine | null): HopMemo | undefined => {
    if (!engine) return undefined;
    const memo = memos.get(engine) ?? new HopMemo(engine);
    memos.set(engine, memo);
    return memo;
  };
}

/** Fields of something other than a content revision (a city's profile, an event's title). */
export interface FieldTranslation {
  /** Whether every segment has a unit (otherwise `values` holds the source for what is missing). */
  complete: boolean;
  /** "reviewed" when every unit was reviewed by a person. */
  state: "machine" | "reviewed";
  /** Error-severity findings over the units not yet reviewed. */
  errorCount: number;
  /** The assembled value of each field (Markdown fields stay Markdown). */
  values: Map<string, string>;
}

/**
 * Translates any set of reader-visible fields through the same memory,
 * glossary, engine and checks as content: what the network module's texts
 * use. Returns, per target language, the assembled fields.
 */
export async function translateFields(
  deps: TranslateDeps,
  input: {
    sourceLanguage: string;
    fields: readonly ReaderField[];
    languages?: readonly string[];
    /** Only look the memory up; never call the engine (for rendering). */
    memoryOnly?: boolean;
  },
): Promise<Map<string, FieldTranslation>> {
  const documents = segmentFields(input.fields, input.sourceLanguage);
  const stored = storedSegments(documents);
  const now = deps.now().toISOString();
  if (!input.memoryOnly && stored.length > 0) {
    await saveSourceSegments(deps.db, {
      language: input.sourceLanguage,
      segments: stored,
      now,
    });
  }
  const out = new Map<string, FieldTranslation>();
  const targets = (input.languages ?? deps.config.languages).filter(
    (lang) => lang !== input.sourceLanguage,
  );
  for (const language of targets) {
    if (!input.memoryOnly) {
      await ensureUnits(deps, {
        progressId: 0,
        sourceLanguage: input.sourceLanguage,
        language,
        stored,
      });
    }
    const units = await findUnits(
      deps.db,
      stored.map((s) => s.hash),
      language,
    );
    const lookup = (segment: { hash: string }) => units.get(segment.hash)?.targetText;
    const values = new Map<string, string>();
    for (const { field, document } of documents) {
      values.set(
        field.field,
        field.format === "markdown"
          ? assembleMarkdown(document, lookup).markdown
          : assemblePlain(document, lookup).text,
      );
    }
    const used = [...units.values()];
    out.set(language, {
      complete: stored.every((s) => units.has(s.hash)),
      state: used.length > 0 && used.every((u) => u.state === "reviewed") ? "reviewed" : "machine",
      errorCount: used.reduce((n, u) => n + (u.state === "reviewed" ? 0 : u.errorCount), 0),
      values,
    });
  }
  return out;
}

/**
 * After a unit changed (a reviewer fixed it), re-assembles every live or
 * upcoming revision that uses its segment in that language and re-applies the
 * language's policy: every page using the sentence shows the fix.
 */
export async function refreshRevisionsUsing(
  deps: TranslateDeps,
  input: { sourceHash: string; language: string },
): Promise<number> {
  const revisionIds = await listRevisionsUsing(deps.db, input.sourceHash);
  for (const revisionId of revisionIds) {
    await translateRevision(deps, { revisionId, languages: [input.language] });
  }
  return revisionIds.length;
}

/**
 * Re-assembles, once each, every revision that uses any of the sentences in
 * one language (after a batch of saves, e.g. an XLIFF file); returns how many.
 */
export async function refreshRevisionsUsingAny(
  deps: TranslateDeps,
  input: { sourceHashes: Iterable<string>; language: string },
): Promise<number> {
  const revisionIds = new Set<number>();
  for (const hash of input.sourceHashes)
    for (const id of await listRevisionsUsing(deps.db, hash)) revisionIds.add(id);
  for (const revisionId of revisionIds) {
    await translateRevision(deps, { revisionId, languages: [input.language] });
  }
  return revisionIds.size;
}

/** Revisions whose translation readers need: every published item's live revision, and a newer saved one. */
export async function listRevisionsToTranslate(
  db: Db,
  filter: { itemId?: number } = {},
): Promise<{ itemId: number; revisionId: number }[]> {
  const rows = await listPublishedItemRevisions(db, filter);
  return rows.flatMap((row) => {
    const ids = [row.publishedRevisionId, row.latestRevisionId].filter(
      (id, i, all): id is number => id !== null && all.indexOf(id) === i,
    );
    return ids.map((revisionId) => ({ itemId: row.id, revisionId }));
  });
}

/**
 * Runs every pending translation now (the CLI's `translate`, the demo):
 * revisions in order, reporting progress in segments across all of them.
 * The engine starts early on the segments of the revisions to come, in large
 * batches (`prefetchEngineAnswers`), while each revision is checked, stored
 * and assembled in turn.
 */
export async function translatePending(
  deps: TranslateDeps,
  input: {
    itemId?: number;
    languages?: readonly string[];
    onProgress?: (done: number, total: number, label: string) => void;
  } = {},
): Promise<{ revisions: number; outcomes: LanguageOutcome[] }> {
  const work = await listRevisionsToTranslate(deps.db, { itemId: input.itemId });
  const outcomes: LanguageOutcome[] = [];
  const memos = new Map<TranslationEngine, HopMemo>();
  const prefetching = prefetchEngineAnswers(deps, {
    revisionIds: work.map((w) => w.revisionId),
    languages: input.languages,
    memoOf: memoFor(memos),
  });
  try {
    for (const [index, { revisionId }] of work.entries()) {
      outcomes.push(
        ...(await translateRevision(deps, {
          revisionId,
          languages: input.languages,
          memos,
          onProgress: (p) =>
            input.onProgress?.(
              index,
              work.length,
              `revision ${p.revisionId} ${p.language} ${p.done}/${p.total} segments`,
            ),
        })),
      );
      input.onProgress?.(index + 1, work.length, `revision ${revisionId}`);
    }
  } finally {
    await prefetching;
  }
  return { revisions: work.length, outcomes };
}
