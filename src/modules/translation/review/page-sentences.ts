import type { Db } from "../../../database.js";
import { findRevisionById } from "../../content/index.js";
import { findUnits, listRevisionSegments } from "../memory.repository.js";
import { segmentMarkdown } from "../segments/index.js";
import { translatableText } from "../units.service.js";
import type { TranslationUnit } from "../translation.table.js";
import { groupBlocks, occursIn } from "./blocks.js";
import type { LivePage } from "./page.repository.js";

/** One sentence of a page: where it sits, its source and its unit in the page's language. */
export interface PageSentence {
  position: number;
  field: string;
  hash: string;
  /** Source sentence in the inline format. */
  source: string;
  unit: TranslationUnit | undefined;
}

/** A page's sentences, and its body's sentences grouped by block (paragraph, heading, list item…). */
export interface PageSentences {
  sentences: PageSentence[];
  /** Positions of the body's sentences, block by block. */
  blocks: number[][];
}

/** Loads the sentences of a translated page with their units, and the body's blocks. */
export async function loadPageSentences(db: Db, page: LivePage): Promise<PageSentences> {
  const stored = await listRevisionSegments(db, page.revisionId);
  const units = await findUnits(
    db,
    stored.map((s) => s.hash),
    page.language,
  );
  const sentences = stored.map((s) => ({
    position: s.position,
    field: s.field,
    hash: s.hash,
    source: s.text,
    unit: units.get(s.hash),
  }));
  const body = sentences.filter((s) => s.field === "body");
  const revision = await findRevisionById(db, page.revisionId);
  const document = revision
    ? segmentMarkdown(translatableText(revision.body), page.item.sourceLanguage)
    : undefined;
  const isAligned =
    document !== undefined &&
    document.segments.length === body.length &&
    document.segments.every((segment, i) => segment.hash === body[i]?.hash);
  const blocks =
    document && isAligned
      ? groupBlocks(document).map((indexes) =>
          indexes.map((i) => body[i]?.position ?? -1).filter((p) => p >= 0),
        )
      : body.map((s) => [s.position]);
  return { sentences, blocks };
}

/**
 * The sentences of one block of the rendered page (the text a reader sees in
 * a paragraph): those whose translation, or source when it was kept, occurs
 * in it. Empty when none does.
 */
export function sentencesInText(sentences: readonly PageSentence[], text: string): PageSentence[] {
  return sentences.filter(
    (s) =>
      s.field === "body" &&
      ((s.unit !== undefined && occursIn(s.unit.targetText, text)) || occursIn(s.source, text)),
  );
}
