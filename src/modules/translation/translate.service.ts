import type { Db } from "../../database.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { type ReaderField, loadTranslatableRevision } from "./fields.js";
import { findHumanFieldTranslations } from "./localization.repository.js";
import {
  type StoredSegment,
  findUnits,
  listRevisionsUsing,
  saveRevisionSegments,
  saveSourceSegments,
} from "./memory.repository.js";
import { localizeRevision, refreshLiveTranslation } from "./localize.service.js";
import type { PreparedRevision, TranslateDeps, TranslateProgress } from "./pipeline/types.js";
import { assembleMarkdown, assemblePlain, plainText } from "./segments/index.js";
import { askSourceEvidenceEarly } from "./qa/lexicon/evidence.js";
import { LexiconMemo } from "./qa/lexicon/lexicon-memo.js";
import { listPublishedItemRevisions } from "./status.repository.js";
import { JOB_BATCH_SEGMENTS, ensureUnits, segmentFields, storedSegments } from "./units.service.js";
import { budgetOf } from "./engine-budget.service.js";
import type { TranslationEngine } from "./engines/engine.js";
import { EngineBudgetExhaustedError } from "./engines/engine-errors.js";
import { HopMemo } from "./engines/hop-memo.js";
import { JobUnits } from "./job-units.js";
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
    /** The revision as the job prepared it (`translatePending`): not loaded, segmented and saved again. */
    prepared?: PreparedRevision;
    /**
     * Segments the job translated for all its revisions at once, by direction
     * ("en>es"): each is counted as translated by the first revision using it.
     */
    translatedByJob?: Map<string, Set<string>>;
  },
): Promise<LanguageOutcome[]> {
  const { db } = deps;
  const prepared = input.prepared ?? (await prepareRevision(deps, input.revisionId));
  if (!prepared) return [];
  const { source, documents, stored } = prepared;
  const sourceLanguage = source.item.sourceLanguage;
  const targets = targetLanguages(deps, sourceLanguage, input.languages);
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
    const { route, segments, missing } = ensured;
    // What the job translated before this revision's turn counts where revision by revision would have.
    const byJob = input.translatedByJob?.get(`${sourceLanguage}>${language}`);
    let claimed = 0;
    if (byJob) {
      for (const hash of new Set(needed.map((s) => s.hash))) if (byJob.delete(hash)) claimed++;
    }
    const translated = ensured.translated + claimed;
    const assembled = await localizeRevision(deps, {
      source,
      documents,
      language,
      wholeFields: wholes,
      // Nothing was missing: the units just read are the memory's, and need no second read.
      units: ensured.missing === 0 ? ensured.known : undefined,
    });
    const live = await refreshLiveTranslation(deps, source.item.id, language);
    outcomes.push({
      language,
      route,
      segments,
      reused: segments - missing - claimed,
      translated,
      assembled,
      live,
    });
  }
  if (spent) throw spent;
  return outcomes;
}

/** Loads and segments a revision and saves its segments; undefined when it is gone. */
async function prepareRevision(
  deps: TranslateDeps,
  revisionId: number,
): Promise<PreparedRevision | undefined> {
  const source = await loadTranslatableRevision(deps.db, revisionId);
  if (!source) return undefined;
  const sourceLanguage = source.item.sourceLanguage;
  const documents = segmentFields(source.fields, sourceLanguage);
  const stored = storedSegments(documents);
  await inTransaction(deps.db, async (trx) => {
    await saveRevisionSegments(trx, {
      revisionId: source.revision.id,
      language: sourceLanguage,
      segments: stored,
      now: deps.now().toISOString(),
    });
  });
  return { source, documents, stored };
}

/** The languages a revision is translated into: the site's (or those given) but its own. */
function targetLanguages(
  deps: TranslateDeps,
  sourceLanguage: string,
  languages: readonly string[] | undefined,
): string[] {
  return (languages ?? deps.config.languages).filter(
    (lang) =>
      lang !== sourceLanguage && (deps.config.languages as readonly string[]).includes(lang),
  );
}

/**
 * Makes sure every segment of a job's revisions has a unit, per direction at
 * once: the engine, the checks and the transactions in batches of
 * `JOB_BATCH_SEGMENTS` across revisions rather than per revision (the
 * dictionaries answer one message per batch instead of one per revision).
 * Each unit is checked exactly as revision by revision. Tells `units` what
 * each revision needs, what was known, and each batch stored (the hashes
 * translated now, by direction). An engine with a budget is left to the
 * revisions (each request charged as it always was), and so is a failure: each
 * revision asks again and reports it as before.
 */
async function translateForJob(
  deps: TranslateDeps,
  input: {
    revisions: readonly PreparedRevision[];
    languages: readonly string[] | undefined;
    memoOf: (engine: TranslationEngine | null) => HopMemo | undefined;
    onProgress?: (progress: TranslateProgress) => void;
    batchSegments: number;
    units: JobUnits;
  },
): Promise<void> {
  const directions = new Map<
    string,
    { sourceLanguage: string; language: string; segments: Map<string, StoredSegment> }
  >();
  for (const { source, documents, stored } of input.revisions) {
    const sourceLanguage = source.item.sourceLanguage;
    for (const language of targetLanguages(deps, sourceLanguage, input.languages)) {
      const chosen = deps.runtime.engineFor(sourceLanguage, language);
      if (!chosen.engine || budgetOf(deps.config, chosen.name) !== undefined) continue;
      const wholes = await findHumanFieldTranslations(deps.db, source.revision.id, language);
      const needed =
        wholes.size === 0
          ? stored
          : storedSegments(documents.filter((d) => !wholes.has(d.field.field)));
      const key = `${sourceLanguage}>${language}`;
      input.units.need(
        source.revision.id,
        key,
        needed.map((s) => s.hash),
      );
      const direction = directions.get(key) ?? { sourceLanguage, language, segments: new Map() };
      directions.set(key, direction);
      for (const s of needed)
        if (!direction.segments.has(s.hash)) direction.segments.set(s.hash, s);
    }
  }
  // The dictionaries' answers are shared by the directions (the same sources) and asked early, while
  // the engine translates, for what depends on the sources alone: the checks then wait only for the targets.
  const lexicon = new LexiconMemo(deps.runtime.lexicon);
  const early: Promise<unknown>[] = [];
  for (const [key, { sourceLanguage, language, segments }] of directions) {
    const known = await findUnits(deps.db, [...segments.keys()], language);
    input.units.known(key, known.keys());
    const route = deps.runtime.route(sourceLanguage, language);
    if (!route) continue;
    const sources = [...segments.values()].filter((s) => !known.has(s.hash));
    if (sources.length === 0) continue;
    early.push(
      askSourceEvidenceEarly(lexicon, {
        route,
        sources: sources.map((s) => plainText(s.text)),
      }).catch(() => undefined),
    );
  }
  // The directions side by side: one checks while another waits for its engine or dictionaries.
  await Promise.all(
    [...directions].map(async ([key, { sourceLanguage, language, segments }]) => {
      try {
        await ensureUnits(deps, {
          engine: input.memoOf(deps.runtime.engineFor(sourceLanguage, language).engine),
          progressId: 0,
          sourceLanguage,
          language,
          stored: [...segments.values()],
          onProgress: input.onProgress,
          onBatchStored: (hashes) => input.units.stored(key, hashes),
          batchSegments: input.batchSegments,
          lexicon,
          overlapBatches: true,
        });
      } catch {
        // Left to the revisions: each asks again for what is still missing and reports the failure.
      }
    }),
  );
  await Promise.all(early);
  await lexicon.close();
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
 * batches (`prefetchEngineAnswers`); the job's batches are checked and stored
 * across revisions, and each revision is assembled in turn as soon as its
 * units are stored, while the later batches are still translated.
 */
export async function translatePending(
  deps: TranslateDeps,
  input: {
    itemId?: number;
    languages?: readonly string[];
    onProgress?: (done: number, total: number, label: string) => void;
    /** Segments per batch of a direction; `JOB_BATCH_SEGMENTS` unless given (tests make several batches of a few). */
    batchSegments?: number;
  } = {},
): Promise<{ revisions: number; outcomes: LanguageOutcome[] }> {
  const work = await listRevisionsToTranslate(deps.db, { itemId: input.itemId });
  const outcomes: LanguageOutcome[] = [];
  const memos = new Map<TranslationEngine, HopMemo>();
  const prepared = new Map<number, PreparedRevision>();
  // The engine starts on each revision as soon as it is segmented, not after the last one.
  let preparedAll = () => {};
  const allPrepared = new Promise<void>((resolve) => (preparedAll = resolve));
  async function* preparing() {
    try {
      for (const { revisionId } of work) {
        const revision = await prepareRevision(deps, revisionId);
        if (!revision) continue;
        prepared.set(revisionId, revision);
        yield revision;
      }
    } finally {
      preparedAll();
    }
  }
  const prefetching = prefetchEngineAnswers(deps, {
    revisions: preparing(),
    languages: input.languages,
    memoOf: memoFor(memos),
  });
  // A failed early request or preparation is left to the revisions (each prepares what is missing).
  await Promise.race([allPrepared, prefetching.catch(() => undefined)]);
  const units = new JobUnits();
  let assembledCount = 0;
  const batches = translateForJob(deps, {
    revisions: [...prepared.values()],
    languages: input.languages,
    memoOf: memoFor(memos),
    batchSegments: input.batchSegments ?? JOB_BATCH_SEGMENTS,
    units,
    onProgress: (p) =>
      input.onProgress?.(
        assembledCount,
        work.length,
        `${p.language} ${p.done}/${p.total} segments`,
      ),
  }).then(
    () => units.end(),
    (error: unknown) => units.end(error),
  );
  try {
    for (const [index, { revisionId }] of work.entries()) {
      // Its units are stored (or the job's batches ended): the rest of the job goes on meanwhile.
      await units.whenReady(revisionId);
      outcomes.push(
        ...(await translateRevision(deps, {
          revisionId,
          languages: input.languages,
          memos,
          prepared: prepared.get(revisionId),
          translatedByJob: units.translated,
          onProgress: (p) =>
            input.onProgress?.(
              index,
              work.length,
              `revision ${p.revisionId} ${p.language} ${p.done}/${p.total} segments`,
            ),
        })),
      );
      assembledCount = index + 1;
      input.onProgress?.(index + 1, work.length, `revision ${revisionId}`);
    }
  } finally {
    await batches;
    await prefetching;
  }
  return { revisions: work.length, outcomes };
}
