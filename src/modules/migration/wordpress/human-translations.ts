import type { Db } from "../../../database.js";
import type { ItemDraftInput } from "../../content/index.js";
import type { Revision } from "../../content/index.js";
import { listTagsOfRevisions, slugify } from "../../content/index.js";
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
    translations: {
      postId: string;
      language: string;
      draft: ItemDraftInput;
      /** The version's own tag names, paired with the original's (plan.ts: term translation groups). */
      tagNames: { source: string; target: string }[];
    }[];
    /** The import's source ("wordpress:<site>"), recorded with whole-field translations. */
    source: string;
    actorId: number | null;
    now: Date;
  },
): Promise<ReportLine[]> {
  const lines: ReportLine[] = [];
  const tags = (await listTagsOfRevisions(db, [input.revision.id])).get(input.revision.id) ?? [];
  for (const translation of input.translations) {
    // A tag's name in this language, as the version's author tagged it: a human unit of the tag field.
    const tagPairs = translation.tagNames.flatMap((pair) => {
      const tag = tags.find((t) => t.slug === slugify(pair.source));
      return tag && pair.target.trim() !== ""
        ? [
            {
              field: `tag:${tag.id}`,
              format: "plain" as const,
              source: tag.name,
              target: pair.target,
            },
          ]
        : [];
    });
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
      ...tagPairs,
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
