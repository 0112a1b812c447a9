import {
  addSegment,
  sliceWithParts,
  type CodeTemplate,
  type DocumentBuilder,
  type EscapeMode,
  type SegmentKind,
  type Splice,
} from "./document.js";
import { escapeInlineText } from "./inline.js";
import { findSentenceBreaks, OBJECT_CHARACTER } from "./sentences.js";

/**
 * One unit of a block's inline content, in source order. Each atom owns the
 * source from its `start` to the next atom's start (or the block's end), so
 * atoms tile the block exactly.
 */
export type Atom =
  | {
      kind: "char";
      /** The character as the reader sees it (escapes and entities decoded). */
      ch: string;
      start: number;
      /** No segment may start here: the source could not be split at this character. */
      joined: boolean;
    }
  | { kind: "open" | "close" | "x"; code: number; start: number };

/** A code of a block: its role (mdast node type) and the parts of its source that are segments. */
export interface CodeSpec {
  type: "g" | "x";
  role: string;
  splices: Splice[];
  /** Replaces `splices` once the segment around the code is translated (reference labels). */
  translatedSplices?: Splice[];
}

/** A block of inline content ready to be cut into sentences. */
export interface BlockInput {
  atoms: Atom[];
  /** Source offset where the last atom ends. */
  end: number;
  codes: CodeSpec[];
  kind: SegmentKind;
  escape: EscapeMode;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;
const LINE_BREAK = /(?<![ \t])(?:[ \t]*(?:\r\n|\r|\n)[ \t]*|[ \t]{2,})/g;

/**
 * Cuts a block into sentence segments (registered on the builder) and returns
 * the splices that stand for them in the template. Sentences a paired code
 * spans stay together; runs without a letter stay in the template.
 */
export function segmentBlock(builder: DocumentBuilder, block: BlockInput): Splice[] {
  const { atoms } = block;
  const isSpace = (k: number): boolean => {
    const atom = atoms[k];
    return atom?.kind === "char" && SPACE.test(atom.ch);
  };
  let first = 0;
  while (first < atoms.length && isSpace(first)) first++;
  let last = atoms.length - 1;
  while (last >= first && isSpace(last)) last--;
  if (first > last) return [];

  const chunks: [number, number][] = [];
  let chunkStart = first;
  for (const [end, next] of cuts(block, builder.lang, first, last)) {
    if (end < chunkStart || next > last) continue;
    chunks.push([chunkStart, end]);
    chunkStart = next;
  }
  chunks.push([chunkStart, last]);

  const startOf = (k: number): number => atoms[k]?.start ?? block.end;
  const splices: Splice[] = [];
  for (const [from, to] of chunks) {
    const inner = codeSplices(block, from, to);
    const hasLetter = atoms
      .slice(from, to + 1)
      .some((atom) => atom.kind === "char" && LETTER.test(atom.ch));
    if (!hasLetter) {
      splices.push(...inner);
      continue;
    }
    const start = startOf(from);
    const end = startOf(to + 1);
    const { text, codes } = describeChunk(builder.source, block, from, to);
    const slot = addSegment(builder, {
      start,
      text,
      kind: block.kind,
      slot: {
        source: sliceWithParts(builder.source, start, end, inner),
        codes,
        escape: block.escape,
      },
    });
    splices.push({ start, end, part: { slot } });
  }
  return splices;
}

/** Where sentences end: pairs [last atom of a sentence, first atom of the next]. */
function cuts(block: BlockInput, lang: string, first: number, last: number): [number, number][] {
  const { atoms } = block;
  // A hard line break reads as a space: it may end a sentence, and then belongs to it.
  const isBreak = (atom: Atom | undefined): boolean =>
    atom?.kind === "x" && block.codes[atom.code]?.role === "break";
  let text = "";
  const atomAt: number[] = [];
  const depthAfter: number[] = [];
  let depth = 0;
  atoms.forEach((atom, k) => {
    if (atom.kind === "open") depth++;
    if (atom.kind === "close") depth--;
    depthAfter.push(depth);
    if (k < first || k > last || atom.kind === "open" || atom.kind === "close") return;
    if (atom.kind === "char") text += atom.ch === "\n" || atom.ch === "\r" ? " " : atom.ch;
    else text += isBreak(atom) ? " " : OBJECT_CHARACTER;
    atomAt.push(k);
  });
  const result: [number, number][] = [];
  for (const at of findSentenceBreaks(text, lang)) {
    let end = at;
    while (end > 0 && SPACE.test(text[end - 1] ?? "")) end--;
    const lastContent = atomAt[end - 1];
    if (lastContent === undefined) continue;
    // Closing codes and line breaks after the sentence's last character belong to it.
    let close = lastContent;
    let k = lastContent + 1;
    for (; k <= last; k++) {
      const atom = atoms[k];
      if (atom?.kind === "close" || isBreak(atom)) close = k;
      else if (!(atom?.kind === "char" && SPACE.test(atom.ch))) break;
    }
    if (k > last || depthAfter[close] !== 0) continue;
    const between = atoms.slice(close + 1, k + 1);
    if (between.some((atom) => atom.kind === "char" && atom.joined)) continue;
    result.push([close, k]);
  }
  return result;
}

function codeSplices(block: BlockInput, from: number, to: number): Splice[] {
  const splices: Splice[] = [];
  for (let k = from; k <= to; k++) {
    const atom = block.atoms[k];
    if (atom && atom.kind !== "char") {
      const spec = block.codes[atom.code];
      const end = block.atoms[k + 1]?.start ?? block.end;
      for (const s of spec?.splices ?? [])
        if (s.start >= atom.start && s.end <= end) splices.push(s);
    }
  }
  return splices;
}

/** The chunk in the inline format (ids from "1" in order) and how each code is written. */
function describeChunk(
  source: string,
  block: BlockInput,
  from: number,
  to: number,
): { text: string; codes: Record<string, CodeTemplate> } {
  const codes: Record<string, CodeTemplate> = {};
  const ids = new Map<number, string>();
  let text = "";
  let run = "";
  const flush = (): void => {
    text += escapeInlineText(run.replace(LINE_BREAK, " "));
    run = "";
  };
  for (let k = from; k <= to; k++) {
    const atom = block.atoms[k];
    if (!atom) continue;
    if (atom.kind === "char") {
      run += atom.ch;
      continue;
    }
    flush();
    const spec = block.codes[atom.code];
    const end = block.atoms[k + 1]?.start ?? block.end;
    const fragment = sliceWithParts(source, atom.start, end, spec?.splices ?? []);
    const role = spec?.role ?? "code";
    if (atom.kind === "close") {
      const id = ids.get(atom.code) ?? "";
      const code = codes[id];
      text += "</g>";
      if (code?.type === "g") {
        code.close = fragment;
        if (spec?.translatedSplices) {
          code.closeTranslated = sliceWithParts(source, atom.start, end, spec.translatedSplices);
        }
      }
      continue;
    }
    const id = String(ids.size + 1);
    ids.set(atom.code, id);
    if (atom.kind === "open") {
      text += `<g id="${id}">`;
      codes[id] = { type: "g", role, open: fragment, close: [] };
    } else {
      text += `<x id="${id}"/>`;
      codes[id] = { type: "x", role, raw: fragment };
    }
  }
  flush();
  return { text, codes };
}
