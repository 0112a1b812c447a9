/**
 * Reading Markdown source around the mdast: hazards blanked before parsing,
 * text node values aligned with their source, link labels and titles located.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { dropUnclosedRawTextTags } from "../../content/index.js";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const entityParser = unified().use(remarkParse).freeze();

/** Parses with offsets that are those of `markdown` (hazards are blanked, never removed). */
export function parseMarkdown(markdown: string): { tree: Root; blanked: boolean } {
  const withoutFrontMatter = markdown.replace(FRONT_MATTER, blank);
  // A stray <style> line would make the rest of the article one HTML block (never translated).
  const withoutHazards = blankHazards(withoutFrontMatter);
  // (Only hazards degrade a document: a stray tag has nothing to translate.)
  const prepared = dropUnclosedRawTextTags(withoutHazards, blank);
  return { tree: parser.parse(prepared), blanked: withoutHazards !== withoutFrontMatter };
}

// Beyond these, micromark's time grows quadratically (10,000 nested emphasis markers cost
// 25 s) or its recursion overflows; such blocks are kept verbatim, as blank lines to the parser.
const MAX_LINE_CONTAINERS = 32;
const MAX_DELIMITERS_PER_BLOCK = 1000;
const MAX_DELIMITER_RUN = 64;
const CONTAINER = String.raw`(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))`;
const CONTAINER_RUN = new RegExp(String.raw`^[ \t]*${CONTAINER}{${MAX_LINE_CONTAINERS + 1}}`, "m");
const DELIMITER = /[*_~[\]]/g;
const DELIMITER_RUN = new RegExp(String.raw`([*_~[\]])\1{${MAX_DELIMITER_RUN},}`);
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[^]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?=\r?\n|$)/;
// Runs of non-blank lines, each started at a line start (so a blank line of spaces is linear).
const BLOCKS = /(?<![^\n])(?:[^\S\n]*\S[^\n]*(?:\n|$))+/g;

const blank = (text: string): string => text.replace(/[^\r\n]/g, " ");

function blankHazards(markdown: string): string {
  return markdown.replace(BLOCKS, (block) => {
    const delimiters = block.match(DELIMITER)?.length ?? 0;
    const hazardous =
      delimiters > MAX_DELIMITERS_PER_BLOCK ||
      DELIMITER_RUN.test(block) ||
      CONTAINER_RUN.test(block);
    return hazardous ? blank(block) : block;
  });
}

const entities = new Map<string, string | undefined>();

/** What CommonMark makes of a character reference such as `&copy;`, or undefined if it is none. */
export function decodeCharacterReference(reference: string): string | undefined {
  if (entities.has(reference)) return entities.get(reference);
  // The parser knows the HTML entity list; a paragraph of the reference alone decodes it.
  const paragraph = entityParser.parse(reference).children[0];
  const text = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  const value = text?.type === "text" && text.value !== reference ? text.value : undefined;
  if (entities.size < 2048) entities.set(reference, value);
  return value;
}

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The source offset of each character of a text node's value (and where the
 * last one ends), or undefined if the value cannot be traced back to the source. Source characters the value
 * lacks (line prefixes `> `, indentation, trailing spaces) are skipped.
 */
export function alignText(
  source: string,
  start: number,
  end: number,
  value: string,
): { starts: number[]; end: number } | undefined {
  const starts: number[] = [];
  let j = start;
  while (j < end && starts.length < value.length) {
    const i = starts.length;
    const c = source[j] ?? "";
    let produced = c;
    let length = 1;
    if (c === "\\" && ASCII_PUNCTUATION.test(source[j + 1] ?? "")) {
      produced = source[j + 1] ?? "";
      length = 2;
    } else if (c === "&") {
      REFERENCE.lastIndex = j;
      const match = REFERENCE.exec(source);
      const decoded = match && match.index === j ? decodeCharacterReference(match[0]) : undefined;
      if (match && decoded !== undefined && value.startsWith(decoded, i)) {
        produced = decoded;
        length = match[0].length;
      }
    }
    if (produced !== "" && value.startsWith(produced, i)) {
      for (let n = 0; n < produced.length; n++) starts.push(j);
      j += length;
    } else if (value[i] === c) {
      starts.push(j);
      j += 1;
    } else {
      j += 1;
    }
  }
  return starts.length === value.length ? { starts, end: j } : undefined;
}

/** The offset of the `]` that closes a label opened just before `from`, skipping escapes and code spans. */
export function findLabelEnd(source: string, from: number, limit: number): number | undefined {
  let depth = 0;
  let i = from;
  while (i < limit) {
    const c = source[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "`") {
      let run = 1;
      while (source[i + run] === "`") run++;
      const fence = "`".repeat(run);
      let close = source.indexOf(fence, i + run);
      while (close !== -1 && source[close + run] === "`") {
        let next = close;
        while (source[next] === "`") next++;
        close = source.indexOf(fence, next);
      }
      i = close !== -1 && close < limit ? close + run : i + run;
      continue;
    }
    if (c === "[") depth++;
    if (c === "]") {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return undefined;
}

/**
 * The source range of the title in a link destination starting at `from`
 * (just after `(` or `]:`), checked against the title mdast decoded; undefined
 * when there is none or it cannot be located with certainty.
 */
export function findTitle(
  source: string,
  from: number,
  end: number,
  title: string | null | undefined,
): [number, number] | undefined {
  if (!title) return undefined;
  let i = skipSpace(source, from, end);
  if (source[i] === "<") {
    while (i < end && source[i] !== ">") i += source[i] === "\\" ? 2 : 1;
    i++;
  } else {
    let depth = 0;
    while (i < end && !/\s/.test(source[i] ?? "")) {
      const c = source[i];
      if (c === "\\") i++;
      else if (c === "(") depth++;
      else if (c === ")" && depth-- === 0) break;
      i++;
    }
  }
  i = skipSpace(source, i, end);
  const opener = source[i];
  const closer = opener === "(" ? ")" : opener;
  if (opener !== '"' && opener !== "'" && opener !== "(") return undefined;
  const titleStart = i + 1;
  let j = titleStart;
  while (j < end && source[j] !== closer) j += source[j] === "\\" ? 2 : 1;
  if (j >= end || decodeTitle(source.slice(titleStart, j)) !== title) return undefined;
  return [titleStart, j];
}

function skipSpace(source: string, from: number, end: number): number {
  let i = from;
  while (i < end && /\s/.test(source[i] ?? "")) i++;
  return i;
}

function decodeTitle(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g, (ref) => {
      return decodeCharacterReference(ref) ?? ref;
    });
}
