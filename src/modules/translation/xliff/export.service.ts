import { ValidationError } from "../../../platform/errors.js";
import { loadItemReview } from "../review/review.service.js";
import type { TranslateDeps } from "../translate.service.js";
import { listItemIdsInLanguage } from "./export.repository.js";
import { type ExportDocument, type ExportUnit, writeXliff } from "./write.js";

/** What an export covers. */
export interface ExportRequest {
  language: string;
  /** Items to export; empty with `all` for every published item in the source language. */
  itemIds: readonly number[];
  all?: boolean;
  version?: "2.1" | "1.2";
  onProgress?: (done: number, total: number) => void;
}

/** The file and how many sentences it holds. */
export interface ExportResult {
  xliff: string;
  items: number;
  units: number;
}

/**
 * Exports what awaits a person in a language — every sentence of the items' upcoming
 * revisions whose unit is missing or not reviewed (machine output, held or live) — as
 * XLIFF: one unit per sentence, its id the sentence's hash, the memory's output and
 * similar sentences as candidates, the glossary's terms as notes.
 */
export async function exportForTranslation(
  deps: Pick<TranslateDeps, "db" | "config">,
  request: ExportRequest,
): Promise<ExportResult> {
  const { config } = deps;
  if (!(config.languages as readonly string[]).includes(request.language)) {
    throw new ValidationError(
      `"${request.language}" is not a site language (${config.languages.join(", ")})`,
    );
  }
  if (request.language === config.sourceLanguage) {
    throw new ValidationError(`"${request.language}" is the source language: nothing to translate`);
  }
  const itemIds = request.all
    ? await listItemIdsInLanguage(deps.db, config.sourceLanguage)
    : request.itemIds;
  if (itemIds.length === 0)
    throw new ValidationError("no item to export: name items or ask for all");
  const document: ExportDocument = {
    version: request.version ?? "2.1",
    sourceLanguage: config.sourceLanguage,
    targetLanguage: request.language,
    files: [],
  };
  let units = 0;
  for (const [index, itemId] of itemIds.entries()) {
    const review = await loadItemReview(deps, { itemId, language: request.language });
    request.onProgress?.(index + 1, itemIds.length);
    if (!review) {
      if (request.all) continue;
      throw new ValidationError(`no item ${itemId} to translate into ${request.language}`);
    }
    if (review.item.sourceLanguage !== config.sourceLanguage) {
      throw new ValidationError(
        `item ${itemId} is written in ${review.item.sourceLanguage}, not ${config.sourceLanguage}`,
      );
    }
    const pending: ExportUnit[] = review.sentences
      .filter((s) => s.unit?.state !== "reviewed")
      .map((s) => ({
        id: s.hash,
        source: s.source,
        matches: [
          ...(s.unit
            ? [
                {
                  type: s.unit.origin === "engine" ? ("mt" as const) : ("tm" as const),
                  source: s.source,
                  target: s.unit.targetText,
                  origin: s.unit.route,
                },
              ]
            : []),
          ...s.fuzzy.slice(0, 3).map((f) => ({
            type: "tm" as const,
            source: f.sourceText,
            target: f.targetText,
            similarity: Math.round(f.similarity * 100),
          })),
        ],
        terms: s.terms,
      }));
    if (pending.length === 0) continue;
    units += pending.length;
    document.files.push({ id: `item-${itemId}`, original: `item:${itemId}`, units: pending });
  }
  if (units === 0) {
    throw new ValidationError(`nothing awaits translation into ${request.language} in these items`);
  }
  return { xliff: writeXliff(document), items: document.files.length, units };
}
