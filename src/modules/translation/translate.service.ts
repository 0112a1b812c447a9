import type { Kysely } from "kysely";
import type { Db, DB } from "../../database.js";
import type { Config, TranslationPolicy } from "../../platform/config.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { countWords, renderMarkdown } from "../content/markdown/render-markdown.js";
import { slugify } from "../content/slug.js";
import { translateAlongRoute } from "./engines/routes.js";
import { listTermsForPair } from "./glossary.repository.js";
import { type ReaderField, loadTranslatableRevision, type TranslatableRevision } from "./fields.js";
import { rewriteSiteLinks } from "./links.js";
import {
  findUnits,
  insertUnits,
  type NewUnit,
  type StoredSegment,
  saveRevisionSegments,
} from "./memory.repository.js";
import { checkUnit } from "./qa/checks.js";
import { countErrors } from "./qa/finding.js";
import { riskOf } from "./qa/risk.js";
import type { TranslationRuntime } from "./runtime.js";
import {
  assembleMarkdown,
  assemblePlain,
  protectTerms,
  type SegmentedDocument,
  segmentMarkdown,
  segmentPlainText,
} from "./segments/index.js";
import type { TranslationUnit } from "./translation.table.js";
import { findFuzzyMatchesFor } from "./fuzzy.js";

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

/** Segments per engine request: big enough to amortise a round trip, small enough to commit progress often. */
const BATCH_SEGMENTS = 40;

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
  },
): Promise<LanguageOutcome[]> {
  const { db } = deps;
  const source = await loadTranslatableRevision(db, input.revisionId);
  if (!source) return [];
  const sourceLanguage = source.item.sourceLanguage;
  const documents = segmentFields(source.fields, sourceLanguage);
  const stored = storedSegments(documents);
  await db.transaction().execute(async (trx) => {
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
  for (const language of targets) {
    const route = deps.runtime.route(sourceLanguage, language);
    const hashes = [...new Set(stored.map((s) => s.hash))];
    const known = await findUnits(db, hashes, language);
    const missing = stored.filter(
      (s, i) => !known.has(s.hash) && stored.findIndex((o) => o.hash === s.hash) === i,
    );
    let translated = 0;
    if (route && missing.length > 0) {
      translated = await translateMissing(deps, {
        revisionId: source.revision.id,
        sourceLanguage,
        language,
        route,
        missing,
        onProgress: input.onProgress,
      });
    }
    const assembled = await localizeRevision(deps, source, documents, language);
    const live = await refreshLiveTranslation(deps, source.item.id, language);
    outcomes.push({
      language,
      route,
      segments: hashes.length,
      reused: hashes.length - missing.length,
      translated,
      assembled,
      live,
    });
  }
  return outcomes;
}

/** A field's segmented document. */
interface FieldDocument {
  field: ReaderField;
  document: SegmentedDocument;
}

function segmentFields(fields: readonly ReaderField[], language: string): FieldDocument[] {
  return fields.map((field) => ({
    field,
    document:
      field.format === "markdown"
        ? segmentMarkdown(field.text, language)
        : segmentPlainText(field.text, language),
  }));
}

function storedSegments(documents: readonly FieldDocument[]): StoredSegment[] {
  const out: StoredSegment[] = [];
  for (const { field, document } of documents) {
    for (const segment of document.segments) {
      out.push({
        position: out.length,
        field: field.field,
        hash: segment.hash,
        text: segment.text,
      });
    }
  }
  return out;
}

async function translateMissing(
  deps: TranslateDeps,
  input: {
    revisionId: number;
    sourceLanguage: string;
    language: string;
    route: string[];
    missing: StoredSegment[];
    onProgress?: (progress: TranslateProgress) => void;
  },
): Promise<number> {
  const { db, runtime } = deps;
  const engine = runtime.engine;
  if (!engine) return 0;
  const terms = (await listTermsForPair(db, input.sourceLanguage, input.language)).map((t) => ({
    source: t.sourceTerm,
    target: t.targetTerm,
  }));
  let done = 0;
  const total = input.missing.length;
  input.onProgress?.({ revisionId: input.revisionId, language: input.language, done, total });
  for (let start = 0; start < total; start += BATCH_SEGMENTS) {
    const batch = input.missing.slice(start, start + BATCH_SEGMENTS);
    const protectedBatch = batch.map((s) => protectTerms(s.text, terms, input.sourceLanguage));
    const { outputs, route } = await translateAlongRoute(
      engine,
      input.route,
      protectedBatch.map((p) => p.text),
      deps.config.translation.timeoutMs,
    );
    const now = deps.now().toISOString();
    const units: NewUnit[] = batch.map((segment, i) => {
      const output = outputs[i] ?? { text: segment.text, unknownWords: [] };
      const target = protectedBatch[i]?.restore(output.text) ?? output.text;
      const findings = checkUnit({
        sourceLanguage: input.sourceLanguage,
        targetLanguage: input.language,
        source: segment.text,
        target,
        unknownWords: output.unknownWords,
        terms,
      });
      return {
        sourceHash: segment.hash,
        sourceLanguage: input.sourceLanguage,
        targetLanguage: input.language,
        targetText: target,
        origin: "engine",
        route,
        state: "machine",
        unknownWords: output.unknownWords,
        findings,
        errorCount: countErrors(findings),
        risk: riskOf(findings, output.unknownWords),
        createdBy: null,
        now,
      };
    });
    await db.transaction().execute(async (trx) => {
      await insertUnits(trx, units);
    });
    await findFuzzyMatchesFor(db, {
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.language,
      segments: batch,
    });
    done += batch.length;
    input.onProgress?.({ revisionId: input.revisionId, language: input.language, done, total });
  }
  return total;
}

/**
 * Assembles a revision's fields in a language from the memory and stores the
 * result; false when some segment has no unit yet (nothing is stored then).
 */
async function localizeRevision(
  deps: TranslateDeps,
  source: TranslatableRevision,
  documents: readonly FieldDocument[],
  language: string,
): Promise<boolean> {
  const { db } = deps;
  const hashes = documents.flatMap((d) => d.document.segments.map((s) => s.hash));
  const units = await findUnits(db, hashes, language);
  if (hashes.some((h) => !units.has(h))) return false;
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
  const body = values.get("body") ?? "";
  const rendered = renderMarkdown(body, { locale: language });
  const bodyHtml = await rewriteSiteLinks(db, rendered.html, {
    language,
    baseUrl: deps.config.baseUrl,
    languages: deps.config.languages,
  });
  const used = [...new Set(hashes)].map((h) => units.get(h) as TranslationUnit);
  const state = used.every((u) => u.state === "reviewed") ? "reviewed" : "machine";
  const errorCount = used.reduce((sum, u) => sum + (u.state === "reviewed" ? 0 : u.errorCount), 0);
  const attachmentTitles = Array.from(
    { length: source.attachmentCount },
    (_, i) => values.get(`attachment:${i}`) ?? "",
  );
  const now = deps.now().toISOString();
  const row = {
    state,
    errorCount,
    title: values.get("title") ?? "",
    summary: values.get("summary") ?? "",
    heroCaption: values.get("hero_caption") ?? "",
    heroAlt: values.get("hero_alt") ?? "",
    attachmentTitles: JSON.stringify(attachmentTitles),
    wordCount: countWords(body, language),
    body,
    bodyHtml,
    updatedAt: now,
  } as const;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("localizedRevisions")
      .values({ revisionId: source.revision.id, language, createdAt: now, ...row })
      .onConflict((oc) => oc.columns(["revisionId", "language"]).doUpdateSet(row))
      .execute();
    for (const tag of source.tags) {
      const name = values.get(`tag:${tag.id}`);
      if (!name) continue;
      await trx
        .insertInto("tagTranslations")
        .values({ tagId: tag.id, language, name, updatedAt: now })
        .onConflict((oc) => oc.columns(["tagId", "language"]).doUpdateSet({ name, updatedAt: now }))
        .execute();
    }
    await bumpChangeCounter(trx);
  });
  return true;
}

/** The policy of a language: `gate` unless the configuration says otherwise. */
export function policyOf(config: Config, language: string): TranslationPolicy {
  return config.translation.policies[language] ?? "gate";
}

/**
 * Points readers of a language at the translation of the item's live revision
 * when the language's policy lets it go live; otherwise the last good
 * translation stays (or readers get the source with a notice). Gives the item
 * its slug in the language the first time a translation goes live.
 */
export async function refreshLiveTranslation(
  deps: TranslateDeps,
  itemId: number,
  language: string,
): Promise<boolean> {
  const { db } = deps;
  return db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom("items")
      .selectAll()
      .where("id", "=", itemId)
      .executeTakeFirst();
    if (!item || item.publishedRevisionId === null || item.sourceLanguage === language)
      return false;
    const candidate = await trx
      .selectFrom("localizedRevisions")
      .select(["id", "state", "errorCount", "title"])
      .where("revisionId", "=", item.publishedRevisionId)
      .where("language", "=", language)
      .executeTakeFirst();
    const current = await trx
      .selectFrom("itemTranslations")
      .selectAll()
      .where("itemId", "=", itemId)
      .where("language", "=", language)
      .executeTakeFirst();
    const policy = policyOf(deps.config, language);
    const passes =
      candidate !== undefined &&
      (policy === "immediate" ||
        candidate.state === "reviewed" ||
        (policy === "gate" && candidate.errorCount === 0));
    const now = deps.now().toISOString();
    if (!passes) {
      if (!current) {
        await trx
          .insertInto("itemTranslations")
          .values({ itemId, language, liveLocalizedId: null, slug: null, updatedAt: now })
          .execute();
      }
      return current?.liveLocalizedId != null && current.liveLocalizedId === candidate?.id;
    }
    if (current?.liveLocalizedId === candidate.id) return true;
    const slug =
      current?.slug ?? (await freeSlug(trx, language, candidate.title, item.slug, itemId));
    if (current) {
      await trx
        .updateTable("itemTranslations")
        .set({ liveLocalizedId: candidate.id, slug, updatedAt: now })
        .where("itemId", "=", itemId)
        .where("language", "=", language)
        .execute();
    } else {
      await trx
        .insertInto("itemTranslations")
        .values({ itemId, language, liveLocalizedId: candidate.id, slug, updatedAt: now })
        .execute();
    }
    if (!current?.slug) {
      await trx
        .insertInto("itemSlugs")
        .values({ language, slug, itemId, createdAt: now })
        .onConflict((oc) => oc.columns(["language", "slug"]).doNothing())
        .execute();
    }
    await bumpChangeCounter(trx);
    return true;
  });
}

/** A slug from the translated title that no other item uses in the language (…-2, …-3 otherwise). */
async function freeSlug(
  db: Db,
  language: string,
  title: string,
  fallback: string,
  itemId: number,
): Promise<string> {
  const base = slugify(title) || fallback;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    const taken = await db
      .selectFrom("itemSlugs")
      .select("itemId")
      .where("language", "=", language)
      .where("slug", "=", candidate)
      .executeTakeFirst();
    const takenBySource = await db
      .selectFrom("items")
      .select("id")
      .where("slug", "=", candidate)
      .where("id", "!=", itemId)
      .executeTakeFirst();
    if ((!taken || taken.itemId === itemId) && !takenBySource) return candidate;
  }
  return `${base.slice(0, 60)}-${itemId}`;
}

/** Revisions whose translation readers need: every published item's live revision, and a newer saved one. */
export async function listRevisionsToTranslate(
  db: Db,
  filter: { itemId?: number } = {},
): Promise<{ itemId: number; revisionId: number }[]> {
  let query = db
    .selectFrom("items")
    .select(["id", "publishedRevisionId", "latestRevisionId"])
    .where("status", "in", ["published", "archived"]);
  if (filter.itemId !== undefined) query = query.where("id", "=", filter.itemId);
  const rows = await query.orderBy("id").execute();
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
  for (const [index, { revisionId }] of work.entries()) {
    outcomes.push(
      ...(await translateRevision(deps, {
        revisionId,
        languages: input.languages,
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
  return { revisions: work.length, outcomes };
}
