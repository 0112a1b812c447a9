import { createHash } from "node:crypto";

/** Where a segment comes from; reviewers and QA may treat kinds differently. */
export type SegmentKind =
  | "heading"
  | "paragraph"
  | "list-item"
  | "blockquote"
  | "table-cell"
  | "footnote"
  | "image-alt"
  | "caption"
  | "link-title"
  | "text";

/** One translatable sentence (or block, when markup spans its sentences). */
export interface Segment {
  /** Position in `SegmentedDocument.segments`. */
  index: number;
  /** The sentence in the inline format of inline.ts. */
  text: string;
  /** sha256 hex of `${lang}\n${text}`: the segment's address in the translation memory. */
  hash: string;
  kind: SegmentKind;
}

/** A piece of the template: source text, a segment, or a reference label that depends on a segment. */
export type FragmentPart =
  | string
  | { slot: number }
  /** `![alt]` written as a shortcut reference: `][label]` once the alt is translated, else `raw`. */
  | { refLabelOf: number; label: string; raw: string };

/** Source text with holes where segments go. */
export type Fragment = FragmentPart[];

/** How the source writes one code of a segment. */
export type CodeTemplate =
  | { type: "g"; role: string; open: Fragment; close: Fragment; closeTranslated?: Fragment }
  | { type: "x"; role: string; raw: Fragment };

/** How translated text is written back: Markdown text, a link title, or as is. */
export type EscapeMode = "markdown" | "title" | "plain";

/** What `assemble` needs for one segment. */
export interface Slot {
  /** The segment's source, verbatim (with holes for segments nested in it, such as alt texts). */
  source: Fragment;
  /** Each code id of the segment, written as in the source. */
  codes: Record<string, CodeTemplate>;
  escape: EscapeMode;
}

/** A text cut into segments plus what it takes to put it back together (plain JSON data). */
export interface SegmentedDocument {
  lang: string;
  segments: Segment[];
  template: { root: Fragment; slots: Slot[] };
  /**
   * Whether some of the text could not be segmented (pathological nesting, a
   * parser failure) and is kept verbatim instead: it will not be translated.
   */
  degraded: boolean;
}

/** A part of the source replaced by a template part. */
export interface Splice {
  start: number;
  end: number;
  part: FragmentPart;
}

/** Segments collected while walking a document, in any order. */
export interface DocumentBuilder {
  source: string;
  lang: string;
  pending: { start: number; text: string; kind: SegmentKind; slot: Slot }[];
  degraded: boolean;
}

/** Starts collecting the segments of `source`. */
export function createBuilder(source: string, lang: string): DocumentBuilder {
  return { source, lang, pending: [], degraded: false };
}

/** Registers a segment; returns its provisional slot number. */
export function addSegment(
  builder: DocumentBuilder,
  segment: { start: number; text: string; kind: SegmentKind; slot: Slot },
): number {
  return builder.pending.push(segment) - 1;
}

/** The source between `start` and `end` as a fragment, with the splices that fall inside replaced. */
export function sliceWithParts(
  source: string,
  start: number,
  end: number,
  splices: readonly Splice[],
): Fragment {
  const parts: Fragment = [];
  const pushText = (text: string): void => {
    if (text === "") return;
    const last = parts.length - 1;
    const previous = parts[last];
    if (typeof previous === "string") parts[last] = previous + text;
    else parts.push(text);
  };
  let cursor = start;
  for (const splice of splices) {
    if (splice.start < cursor || splice.end > end) continue;
    pushText(source.slice(cursor, splice.start));
    if (typeof splice.part === "string") pushText(splice.part);
    else parts.push(splice.part);
    cursor = splice.end;
  }
  pushText(source.slice(cursor, end));
  return parts;
}

/**
 * Orders the segments as they appear in the source, hashes them and returns the
 * document; falls back to a verbatim document if the template does not give
 * the source back exactly (a guard: it should never happen).
 */
export function finishDocument(
  builder: DocumentBuilder,
  rootSplices: Splice[],
  render: (doc: SegmentedDocument) => string,
): SegmentedDocument {
  const { source, lang, pending } = builder;
  const order = pending
    .map((_, i) => i)
    .sort((a, b) => (pending[a]?.start ?? 0) - (pending[b]?.start ?? 0));
  const renumber = new Array<number>(pending.length);
  order.forEach((old, position) => (renumber[old] = position));
  const remap = (fragment: Fragment): Fragment =>
    fragment.map((part) => {
      if (typeof part === "string") return part;
      if ("slot" in part) return { slot: renumber[part.slot] ?? part.slot };
      return { ...part, refLabelOf: renumber[part.refLabelOf] ?? part.refLabelOf };
    });
  const sorted = [...rootSplices].sort((a, b) => a.start - b.start);
  const root = remap(sliceWithParts(source, 0, source.length, sorted));
  const segments: Segment[] = [];
  const slots: Slot[] = [];
  for (const old of order) {
    const entry = pending[old];
    if (!entry) continue;
    const codes: Record<string, CodeTemplate> = {};
    for (const [id, code] of Object.entries(entry.slot.codes)) {
      codes[id] =
        code.type === "x"
          ? { ...code, raw: remap(code.raw) }
          : {
              ...code,
              open: remap(code.open),
              close: remap(code.close),
              ...(code.closeTranslated ? { closeTranslated: remap(code.closeTranslated) } : {}),
            };
    }
    slots.push({ source: remap(entry.slot.source), codes, escape: entry.slot.escape });
    const index = segments.length;
    segments.push({
      index,
      text: entry.text,
      hash: hashSegment(lang, entry.text),
      kind: entry.kind,
    });
  }
  const doc: SegmentedDocument = {
    lang,
    segments,
    template: { root, slots },
    degraded: builder.degraded,
  };
  return render(doc) === source ? doc : verbatimDocument(source, lang);
}

/** A document with no segments: the whole text is kept as it is. */
export function verbatimDocument(source: string, lang: string): SegmentedDocument {
  return { lang, segments: [], template: { root: [source], slots: [] }, degraded: true };
}

/** The translation-memory address of a segment. */
export function hashSegment(lang: string, text: string): string {
  return createHash("sha256").update(`${lang}\n${text}`).digest("hex");
}
