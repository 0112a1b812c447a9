import type { Db } from "../../database.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { countWords, findItemById, renderMarkdown, slugify } from "../content/index.js";
import type { TranslatableRevision } from "./fields.js";
import { rewriteSiteLinks } from "./links.js";
import { decideGate, policyOf } from "./pipeline/gate.js";
import { listTermsForPair } from "./glossary.repository.js";
import {
  addItemSlug,
  deleteTagTranslations,
  findItemTranslation,
  findHumanFieldTranslations,
  findLocalizedBody,
  findLocalizedRevision,
  insertItemTranslation,
  isLocalizedRevisionLive,
  isSlugTaken,
  saveLocalizedHtml,
  saveTagTranslation,
  setLiveTranslation,
  upsertLocalizedRevision,
} from "./localization.repository.js";
import { findUnits } from "./memory.repository.js";
import { assembleMarkdown, assemblePlain } from "./segments/index.js";
import type { TranslationUnit } from "./translation.table.js";
import type { FieldDocument, TranslateDeps } from "./pipeline/types.js";

/**
 * Assembles a revision's fields in a language from the memory and stores the
 * result; false when some segment has no unit yet (nothing is stored then).
 * A field a person translated whole (`humanFieldTranslations`) is taken as it
 * is: its sentences need no unit, and it counts as reviewed.
 */
export async function localizeRevision(
  deps: TranslateDeps,
  input: {
    source: TranslatableRevision;
    documents: readonly FieldDocument[];
    language: string;
    /** The revision's fields a person translated whole in the language; read unless given. */
    wholeFields?: ReadonlyMap<string, string>;
    /** The memory's units of every segment outside `wholeFields`, just read by the caller; read unless given. */
    units?: ReadonlyMap<string, TranslationUnit>;
  },
): Promise<boolean> {
  const { db } = deps;
  const { source, documents, language } = input;
  const wholes =
    input.wholeFields ?? (await findHumanFieldTranslations(db, source.revision.id, language));
  const hashes = documents
    .filter((d) => !wholes.has(d.field.field))
    .flatMap((d) => d.document.segments.map((s) => s.hash));
  const units = input.units ?? (await findUnits(db, hashes, language));
  if (hashes.some((h) => !units.has(h))) return false;
  const lookup = (segment: { hash: string }) => units.get(segment.hash)?.targetText;
  const values = new Map<string, string>();
  for (const { field, document } of documents) {
    const whole = wholes.get(field.field);
    if (whole !== undefined) {
      values.set(field.field, whole);
      continue;
    }
    values.set(
      field.field,
      field.format === "markdown"
        ? assembleMarkdown(document, lookup).markdown
        : assemblePlain(document, lookup).text,
    );
  }
  const used = [...new Set(hashes)].map((h) => units.get(h) as TranslationUnit);
  const state = used.every((u) => u.state === "reviewed") ? "reviewed" : "machine";
  const errorCount = used.reduce((sum, u) => sum + (u.state === "reviewed" ? 0 : u.errorCount), 0);
  const body = values.get("body") ?? "";
  // Text the gate holds is never read (an honest gate holds most machine output): its HTML and word
  // count wait until it goes live (`refreshLiveTranslation`).
  const rendered = passesGate(deps, language, { state, errorCount })
    ? await renderLocalizedBody(deps, db, body, language)
    : undefined;
  const attachmentTitles = Array.from(
    { length: source.attachmentCount },
    (_, i) => values.get(`attachment:${i}`) ?? "",
  );
  const tagNames = await liveTagNames(deps, { source, documents, language, units });
  const now = deps.now().toISOString();
  const row = {
    state,
    errorCount,
    title: values.get("title") ?? "",
    summary: values.get("summary") ?? "",
    heroCaption: values.get("hero_caption") ?? "",
    heroAlt: values.get("hero_alt") ?? "",
    attachmentTitles: JSON.stringify(attachmentTitles),
    body,
    updatedAt: now,
  } as const;
  await inTransaction(db, async (trx) => {
    // Held text that readers see now (an earlier assembly of the revision went live) is rendered
    // at once, or their page would be empty.
    const html =
      rendered ??
      ((await isLocalizedRevisionLive(trx, source.revision.id, language))
        ? await renderLocalizedBody(deps, trx, body, language)
        : undefined);
    await upsertLocalizedRevision(trx, {
      revisionId: source.revision.id,
      language,
      createdAt: now,
      content: {
        ...row,
        bodyHtml: html?.bodyHtml ?? "",
        wordCount: html?.wordCount ?? 0,
        htmlPending: html ? 0 : 1,
      },
    });
    const suggestedOnly: number[] = [];
    for (const tag of source.tags) {
      const name = tagNames.get(tag.id);
      if (name) {
        await saveTagTranslation(trx, { tagId: tag.id, language, name, updatedAt: now });
      } else {
        // A machine's tag name is only a suggestion (in the review desk): readers keep the original.
        suggestedOnly.push(tag.id);
      }
    }
    await deleteTagTranslations(trx, suggestedOnly, language);
    await bumpChangeCounter(trx);
  });
  return true;
}

/**
 * Tag names readers may see in a language: a tag is vocabulary, so its name
 * comes from the glossary (the whole name is a term) or from units a person
 * wrote or reviewed; the gate never publishes a machine's suggestion.
 */
async function liveTagNames(
  deps: TranslateDeps,
  input: {
    source: TranslatableRevision;
    documents: readonly FieldDocument[];
    language: string;
    units: ReadonlyMap<string, TranslationUnit>;
  },
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (input.source.tags.length === 0) return out;
  const terms = await listTermsForPair(deps.db, input.source.item.sourceLanguage, input.language);
  for (const tag of input.source.tags) {
    const term = terms.find(
      (t) => t.targetTerm && t.sourceTerm.trim().toLowerCase() === tag.name.trim().toLowerCase(),
    );
    const document = input.documents.find((d) => d.field.field === `tag:${tag.id}`)?.document;
    const used = (document?.segments ?? []).map((s) => input.units.get(s.hash));
    const isReviewed = used.every((u) => u && (u.state === "reviewed" || u.origin === "human"));
    const decision = decideGate({
      policy: policyOf(deps.config, input.language),
      kind: "vocabulary",
      isComplete: used.length > 0 && used.every((u) => u !== undefined),
      isReviewed: term !== undefined || isReviewed,
      errorCount: 0,
    });
    if (!decision.isLive || !document) continue;
    const name =
      term?.targetTerm ??
      assemblePlain(document, (segment) => input.units.get(segment.hash)?.targetText).text;
    if (name.trim() !== "") out.set(tag.id, name);
  }
  return out;
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
  return inTransaction(db, async (trx) => {
    const item = await findItemById(trx, itemId);
    if (!item || item.publishedRevisionId === null || item.sourceLanguage === language)
      return false;
    const candidate = await findLocalizedRevision(trx, item.publishedRevisionId, language);
    const current = await findItemTranslation(trx, itemId, language);
    const passes = candidate !== undefined && passesGate(deps, language, candidate);
    const now = deps.now().toISOString();
    if (!passes) {
      if (!current) {
        await insertItemTranslation(trx, {
          itemId,
          language,
          liveLocalizedId: null,
          slug: null,
          updatedAt: now,
        });
      }
      return current?.liveLocalizedId != null && current.liveLocalizedId === candidate?.id;
    }
    if (candidate.htmlPending) {
      // Held when assembled, it passes now (its units were reviewed, or the language's policy changed).
      // (A live one is never pending: assembling it renders it.)
      const body = (await findLocalizedBody(trx, candidate.id)) ?? "";
      await saveLocalizedHtml(
        trx,
        candidate.id,
        await renderLocalizedBody(deps, trx, body, language),
      );
    }
    if (current?.liveLocalizedId === candidate.id) return true;
    const slug =
      current?.slug ?? (await freeSlug(trx, language, candidate.title, item.slug, itemId));
    if (current) {
      await setLiveTranslation(trx, {
        itemId,
        language,
        liveLocalizedId: candidate.id,
        slug,
        updatedAt: now,
      });
    } else {
      await insertItemTranslation(trx, {
        itemId,
        language,
        liveLocalizedId: candidate.id,
        slug,
        updatedAt: now,
      });
    }
    if (!current?.slug) {
      await addItemSlug(trx, { language, slug, itemId, createdAt: now });
    }
    await bumpChangeCounter(trx);
    return true;
  });
}

/** The gate's decision on an assembled text: complete, and live when reviewed, or by the language's policy. */
function passesGate(
  deps: TranslateDeps,
  language: string,
  text: { state: string; errorCount: number },
): boolean {
  return decideGate({
    policy: policyOf(deps.config, language),
    kind: "text",
    isComplete: true,
    isReviewed: text.state === "reviewed",
    errorCount: text.errorCount,
  }).isLive;
}

/** A localized body as readers get it: its HTML (links to the site's pages in the language) and word count. */
async function renderLocalizedBody(
  deps: TranslateDeps,
  db: Db,
  body: string,
  language: string,
): Promise<{ bodyHtml: string; wordCount: number }> {
  const rendered = renderMarkdown(body, { locale: language });
  const bodyHtml = await rewriteSiteLinks(db, rendered.html, {
    language,
    baseUrl: deps.config.baseUrl,
    languages: deps.config.languages,
  });
  return { bodyHtml, wordCount: countWords(body, language) };
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
    if (!(await isSlugTaken(db, { language, slug: candidate, itemId }))) return candidate;
  }
  return `${base.slice(0, 60)}-${itemId}`;
}
