import { parseInline, plainText, type SegmentedDocument } from "../segments/index.js";

/**
 * Groups a segmented Markdown document's sentences by block (paragraph,
 * heading, list item, table cell…): sentences of one block are separated in
 * the template by plain spaces, blocks by a blank line, a line starting a new
 * container or a table pipe. Segments nested inside a sentence (image alt
 * texts, link titles) belong to its block. Returns segment indexes per block.
 */
export function groupBlocks(document: SegmentedDocument): number[][] {
  const blocks: number[][] = [];
  let separator = "";
  for (const part of document.template.root) {
    if (typeof part === "string") {
      separator += part;
      continue;
    }
    if (!("slot" in part)) continue;
    const current = blocks.at(-1);
    const members = [part.slot, ...nestedSlots(document, part.slot)];
    if (!current || isBlockBreak(separator)) blocks.push(members);
    else current.push(...members);
    separator = "";
  }
  return blocks.map((b) => [...new Set(b)].sort((x, y) => x - y));
}

/** Text compared loosely: letters composed, entities decoded, every kind of space one space, trimmed, lower-cased. */
export function looseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Whether a sentence (in the inline format) is part of a text a reader sees:
 * every run of text between its codes occurs in it (codes render as links,
 * images or code, whose text may differ).
 */
export function occursIn(segment: string, text: string): boolean {
  const haystack = looseText(text);
  const pieces: string[] = [];
  let run = "";
  for (const token of parseInline(segment)) {
    if (token.type === "text") run += token.text;
    else if (token.type === "x") {
      pieces.push(run);
      run = "";
    }
  }
  pieces.push(run);
  const wanted = pieces.map(looseText).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return wanted.length > 0 && wanted.every((p) => haystack.includes(p));
}

/** The sentence best matching what a reader selected: containing it, else sharing most words. */
export function bestMatch<T>(
  candidates: readonly T[],
  quote: string,
  textOf: (candidate: T) => string,
): T | undefined {
  const wanted = looseText(quote);
  if (wanted === "") return undefined;
  const containing = candidates.find((c) => looseText(plainText(textOf(c))).includes(wanted));
  if (containing) return containing;
  const words = new Set(wanted.match(/[\p{L}\p{N}]+/gu) ?? []);
  let best: { candidate: T; score: number } | undefined;
  for (const candidate of candidates) {
    const theirs = looseText(plainText(textOf(candidate))).match(/[\p{L}\p{N}]+/gu) ?? [];
    const score = theirs.filter((w) => words.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate;
}

const CONTAINER_START = /\n[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/;

function isBlockBreak(separator: string): boolean {
  return (
    /\n[ \t>]*\n/.test(separator) || CONTAINER_START.test(separator) || separator.includes("|")
  );
}

function nestedSlots(document: SegmentedDocument, slot: number, depth = 0): number[] {
  const found: number[] = [];
  const template = document.template.slots[slot];
  if (!template || depth > 8) return found;
  const fragments = [
    template.source,
    ...Object.values(template.codes).flatMap((code) =>
      code.type === "x"
        ? [code.raw]
        : [code.open, code.close, ...(code.closeTranslated ? [code.closeTranslated] : [])],
    ),
  ];
  for (const fragment of fragments) {
    for (const part of fragment) {
      if (typeof part !== "string" && "slot" in part) {
        found.push(part.slot, ...nestedSlots(document, part.slot, depth + 1));
      }
    }
  }
  return found;
}
