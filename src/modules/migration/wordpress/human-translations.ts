import type { Db } from "../../../database.js";
import type { ItemDraftInput } from "../../content/index.js";
import type { Revision } from "../../content/index.js";
import { learnHumanTranslations } from "../../translation/pipeline/index.js";
import type { ReportLine } from "./report.js";

/**
 * The language versions of a translation group become human translations of
 * the imported item's revision: sentence by sentence where the sentences
 * match, the whole field otherwise (stored as the person wrote it, shown as
 * it is); one report line per version says which fields went which way.
 */
export async function storeHumanTranslations(
  db: Db,
  input: {
    revision: Revision;
    sourceLanguage: string;
    original: ItemDraftInput;
    translations: { postId: string; language: string; draft: ItemDraftInput }[];
    /** The import's source ("wordpress:<site>"), recorded with whole-field translations. */
    source: string;
    actorId: number | null;
    now: Date;
  },
): Promise<ReportLine[]> {
  const lines: ReportLine[] = [];
  for (const translation of input.translations) {
    const pairs = [
      {
        field: "title",
        format: "plain" as const,
        source: input.revision.title,
        target: translation.draft.title,
      },
      {
        field: "summary",
        format: "plain" as const,
        source: input.revision.summary,
        target: translation.draft.summary ?? "",
      },
      {
        field: "body",
        format: "markdown" as const,
        source: input.revision.body,
        target: translation.draft.body ?? "",
      },
    ].filter((p) => p.source.trim() !== "" && p.target.trim() !== "");
    const outcomes = await learnHumanTranslations(db, {
      revisionId: input.revision.id,
      sourceLanguage: input.sourceLanguage,
      targetLanguage: translation.language,
      fields: pairs.map((p) => ({
        source: { field: p.field, format: p.format, text: p.source },
        target: p.target,
      })),
      origin: `import:${input.source}`,
      actorId: input.actorId,
      now: input.now,
    });
    const aligned = outcomes.filter((o) => o.isAligned).map((o) => o.field);
    const whole = outcomes.filter((o) => o.isWhole).map((o) => o.field);
    const where = { postId: translation.postId, title: translation.draft.title };
    if (aligned.length > 0)
      lines.push({
        ...where,
        code: "translation_aligned",
        detail: `${translation.language}: ${aligned.join(", ")}`,
      });
    if (whole.length > 0)
      lines.push({
        ...where,
        code: "translation_whole",
        detail: `${translation.language}: ${whole.join(", ")}`,
      });
  }
  return lines;
}
