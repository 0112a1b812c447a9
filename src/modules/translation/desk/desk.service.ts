import { ConflictError } from "../../../platform/errors.js";
import { loadPreviewData } from "../../content/index.js";
import type { ItemPageData } from "../../content/index.js";
import { renderMarkdown } from "../../content/index.js";
import { loadTranslatableRevision } from "../fields.js";
import { FUZZY_THRESHOLD, similarity } from "../fuzzy.js";
import { findHumanFieldTranslations } from "../localization.repository.js";
import { findUnits, listFuzzyCandidates } from "../memory.repository.js";
import { decideGate, type HoldReason, policyOf } from "../pipeline/gate.js";
import { findLivePage, type LivePage } from "../review/page.repository.js";
import { type ItemReview, loadItemReview, type ReviewSentence } from "../review/review.service.js";
import { assembleMarkdown, assemblePlain, plainText } from "../segments/index.js";
import { translateRevision, type TranslateDeps } from "../translate.service.js";
import { segmentFields } from "../units.service.js";

/** A memory match for a sentence: a similar source and its translation. */
export interface MemoryMatch {
  similarity: number;
  sourceText: string;
  targetText: string;
}

/** One sentence of the desk: the review desk's sentence and what the translator starts from. */
export interface DeskSentence extends ReviewSentence {
  /** Whether a person wrote or confirmed its translation. */
  isDone: boolean;
  /** The machine's draft (inline format), if the engine gave one and no person touched it. */
  draft: string | undefined;
  /** Why the gate holds the draft from readers (null: it would go live as it is). */
  draftHold: HoldReason | null;
  /** Memory matches, best first (stored ones for a unit; looked up for a sentence without one). */
  memory: MemoryMatch[];
}

/** An item in a language at the desk. */
export interface Desk {
  review: ItemReview;
  sentences: DeskSentence[];
  done: number;
  total: number;
  /** What readers of the language see now, if anything. */
  live: LivePage | undefined;
  /**
   * Fields a person translated whole (an imported version whose sentences do
   * not pair with the original's): the page shows them as written, so their
   * sentences are not listed as work.
   */
  wholeFields: { field: string; text: string }[];
}

/** The order a reader meets the fields in: title, summary, body, then images, documents, tags. */
const FIELD_ORDER = ["title", "summary", "body", "hero_alt", "hero_caption", "attachment", "tag"];
const MEMORY_SHOWN = 3;

/**
 * Loads an item in a language for the translation desk: every sentence of its
 * upcoming revision in reading order, with its draft and why it is held,
 * memory matches, glossary terms and whether a person has done it.
 */
export async function loadDesk(
  deps: Pick<TranslateDeps, "db" | "config">,
  input: { itemId: number; language: string },
): Promise<Desk | undefined> {
  const review = await loadItemReview(deps, input);
  if (!review) return undefined;
  const policy = policyOf(deps.config, input.language);
  const wholes =
    review.revisionId === undefined
      ? new Map<string, string>()
      : await findHumanFieldTranslations(deps.db, review.revisionId, input.language);
  const sentences: DeskSentence[] = [];
  for (const sentence of sortByReading(review.sentences)) {
    if (wholes.has(sentence.field)) continue;
    const { unit } = sentence;
    const isDone = unit?.state === "reviewed";
    const isDraft = unit !== undefined && !isDone && unit.origin !== "human";
    sentences.push({
      ...sentence,
      isDone,
      draft: isDraft ? unit.targetText : undefined,
      draftHold: isDraft
        ? decideGate({
            policy,
            kind: "text",
            isComplete: true,
            isReviewed: false,
            errorCount: unit.errorCount,
          }).reason
        : null,
      memory: unit
        ? sentence.fuzzy.slice(0, MEMORY_SHOWN)
        : await lookUpMemory(deps, {
            source: sentence.source,
            hash: sentence.hash,
            sourceLanguage: review.item.sourceLanguage,
            language: input.language,
          }),
    });
  }
  return {
    review,
    sentences,
    done: sentences.filter((s) => s.isDone).length,
    total: sentences.length,
    live: await findLivePage(deps.db, input),
    wholeFields: [...wholes].map(([field, text]) => ({ field, text })),
  };
}

/**
 * Makes an item's language version live once every sentence of the desk has a
 * person's translation: the pipeline re-assembles the live revision in the
 * language and the gate decides (reviewed text is live by policy).
 * Refused (409 `desk_incomplete`) while a sentence is left.
 */
export async function publishDeskLanguage(
  deps: TranslateDeps,
  input: { itemId: number; language: string },
): Promise<{ isLive: boolean } | undefined> {
  const desk = await loadDesk(deps, input);
  if (!desk) return undefined;
  if (desk.total === 0 || desk.done < desk.total) {
    throw new ConflictError(
      "some sentences have no translation by a person yet",
      "desk_incomplete",
    );
  }
  const item = desk.review.item;
  if (item.publishedRevisionId === null) {
    throw new ConflictError("the item is not published", "item_not_published");
  }
  const [outcome] = await translateRevision(deps, {
    revisionId: item.publishedRevisionId,
    languages: [input.language],
  });
  return { isLive: outcome?.live === true };
}

/**
 * The item's page as readers of the language would see it with the desk's
 * work: the latest revision's fields assembled from the memory (drafts
 * included; a sentence without any translation keeps its source).
 */
export async function loadDeskPreview(
  deps: Pick<TranslateDeps, "db">,
  input: { itemId: number; language: string },
): Promise<ItemPageData> {
  const data = await loadPreviewData(deps.db, input.itemId);
  const source = await loadTranslatableRevision(deps.db, data.revision.id);
  if (!source) return data;
  const documents = segmentFields(source.fields, source.item.sourceLanguage);
  const units = await findUnits(
    deps.db,
    documents.flatMap((d) => d.document.segments.map((s) => s.hash)),
    input.language,
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
  const body = values.get("body") ?? "";
  return {
    ...data,
    revision: {
      ...data.revision,
      title: values.get("title") ?? data.revision.title,
      summary: values.get("summary") ?? data.revision.summary,
      heroCaption: values.get("hero_caption") ?? data.revision.heroCaption,
      heroAlt: values.get("hero_alt") ?? data.revision.heroAlt,
      bodyHtml: renderMarkdown(body, { locale: input.language }).html,
    },
    attachments: data.attachments.map((a, i) => ({
      ...a,
      title: values.get(`attachment:${i}`) ?? a.title,
    })),
    translation: "reviewed",
    textLanguage: input.language,
  };
}

function sortByReading<T extends { field: string; position: number }>(
  sentences: readonly T[],
): T[] {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field.split(":")[0] ?? field);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...sentences].sort((a, b) => rank(a.field) - rank(b.field) || a.position - b.position);
}

/** Memory matches for a sentence that has no unit (its language has no engine, or none ran yet). */
async function lookUpMemory(
  deps: Pick<TranslateDeps, "db">,
  input: { source: string; hash: string; sourceLanguage: string; language: string },
): Promise<MemoryMatch[]> {
  const text = plainText(input.source);
  const candidates = await listFuzzyCandidates(deps.db, {
    sourceLanguage: input.sourceLanguage,
    targetLanguage: input.language,
    minLength: Math.floor(input.source.length * 0.7),
    maxLength: Math.ceil(input.source.length * 1.3),
    excludeHashes: [input.hash],
    limit: 200,
  });
  const scored = candidates
    .map((c) => ({ ...c, score: similarity(plainText(c.sourceText), text) }))
    .filter((c) => c.score >= FUZZY_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, MEMORY_SHOWN);
  if (scored.length === 0) return [];
  const units = await findUnits(
    deps.db,
    scored.map((c) => c.sourceHash),
    input.language,
  );
  return scored.flatMap((c) => {
    const unit = units.get(c.sourceHash);
    return unit
      ? [{ similarity: c.score, sourceText: c.sourceText, targetText: unit.targetText }]
      : [];
  });
}
