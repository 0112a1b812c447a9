/**
 * A private reader and writer for the segment format (escaped text, paired
 * `<g id>` and standalone `<x id/>` codes); the engines use it to carry codes
 * through translation and to guarantee every code comes back exactly once.
 */
import { ValidationError } from "../../../platform/errors.js";

/** A run of text or an opaque code, as an engine sees a segment. */
export type SegmentPiece =
  { kind: "text"; text: string; codes: number[] } | { kind: "standalone"; index: number };

/** A segment flattened for an engine: pieces, the raw opening tags of its paired codes, and its standalone codes. */
export interface FlatSegment {
  pieces: SegmentPiece[];
  /** Raw `<g …>` opening tags, indexed in document order, so outer codes come before inner ones. */
  paired: string[];
  /** Raw standalone codes (`<x …/>`, or a whole `<g>` holding no words). */
  standalone: string[];
}

/** A piece of engine output before the codes are laid out again. */
export type OutputItem =
  { kind: "text"; text: string; codes: number[] } | { kind: "standalone"; index: number };

type Node =
  | { kind: "text"; text: string }
  | { kind: "x"; raw: string }
  | { kind: "g"; raw: string; children: Node[] };

const TOKEN = /<g\b[^<>]*?>|<\/g\s*>|<x\b[^<>]*?\/>|<[^<>]*>?|[^<]+/g;

/** Parses a segment into pieces; throws a ValidationError on markup that is not the segment format. */
export function flattenSegment(segment: string): FlatSegment {
  const root = parseTree(segment);
  const flat: FlatSegment = { pieces: [], paired: [], standalone: [] };
  const walk = (nodes: Node[], stack: number[]): void => {
    for (const node of nodes) {
      if (node.kind === "text") {
        flat.pieces.push({ kind: "text", text: node.text, codes: stack });
      } else if (node.kind === "x" || !hasWords(node)) {
        flat.standalone.push(serialiseNode(node));
        flat.pieces.push({ kind: "standalone", index: flat.standalone.length - 1 });
      } else {
        flat.paired.push(node.raw);
        walk(node.children, [...stack, flat.paired.length - 1]);
      }
    }
  };
  walk(root, []);
  return flat;
}

/** Reads the `id` attribute of a raw code. */
export function codeId(raw: string): string | undefined {
  return /\bid\s*=\s*"([^"]*)"/.exec(raw)?.[1];
}

/** Escapes text for the segment format. */
export function escapeSegmentText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Undoes the segment format's (and HTML's usual) entities. */
export function unescapeSegmentText(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi,
    (_all, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return ENTITIES[lower] ?? "";
    },
  );
}

/**
 * Lays engine output out as a segment again: each paired code wraps the words
 * that carry it (regrouped over reordering), nesting stays valid, and every
 * code of the source appears exactly once (codes whose words vanished come
 * back empty at the end).
 */
export function renderSegment(items: readonly OutputItem[], source: FlatSegment): string {
  const seenStandalone = new Set<number>();
  const kept: OutputItem[] = [];
  for (const item of items) {
    if (item.kind === "standalone") {
      if (seenStandalone.has(item.index) || item.index >= source.standalone.length) continue;
      seenStandalone.add(item.index);
    }
    kept.push(item);
  }
  for (let index = 0; index < source.standalone.length; index++) {
    if (!seenStandalone.has(index)) kept.push({ kind: "standalone", index });
  }
  const spans = layOutSpans(kept, source.paired.length);
  const atEnd = kept.length;
  let out = "";
  for (let position = 0; position <= atEnd; position++) {
    for (const span of spans.filter((s) => s.start === position && s.end < s.start)) {
      out += `${source.paired[span.code] ?? ""}</g>`;
    }
    const opening = spans
      .filter((s) => s.start === position && s.end >= s.start)
      .sort((a, b) => b.end - a.end || a.code - b.code);
    for (const span of opening) out += source.paired[span.code] ?? "";
    const item = kept[position];
    if (item?.kind === "text") out += escapeSegmentText(item.text);
    else if (item?.kind === "standalone") out += source.standalone[item.index] ?? "";
    const closing = spans
      .filter((s) => s.end === position && s.end >= s.start)
      .sort((a, b) => b.start - a.start || b.code - a.code);
    for (let i = 0; i < closing.length; i++) out += "</g>";
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

interface Span {
  code: number;
  start: number;
  /** Inclusive; `end < start` marks an empty element placed before `start`. */
  end: number;
}

function layOutSpans(items: readonly OutputItem[], codeCount: number): Span[] {
  const accepted: Span[] = [];
  const fits = (candidate: Span): boolean =>
    accepted.every(
      (other) =>
        other.end < other.start ||
        candidate.end < other.start ||
        other.end < candidate.start ||
        (candidate.start <= other.start && other.end <= candidate.end) ||
        (other.start <= candidate.start && candidate.end <= other.end),
    );
  for (let code = 0; code < codeCount; code++) {
    const positions = items.flatMap((item, position) =>
      item.kind === "text" && item.codes.includes(code) && item.text.trim() !== ""
        ? [position]
        : [],
    );
    const first = positions[0];
    const last = positions.at(-1);
    if (first === undefined || last === undefined) {
      accepted.push({ code, start: items.length, end: items.length - 1 });
      continue;
    }
    const candidates = [{ code, start: first, end: last }, ...runsOf(code, positions, items)];
    const chosen = candidates.find(fits);
    accepted.push(chosen ?? { code, start: first, end: first - 1 });
  }
  return accepted;
}

/** Maximal runs of a code's positions not interrupted by words outside it, longest first. */
function runsOf(code: number, positions: readonly number[], items: readonly OutputItem[]): Span[] {
  const runs: Span[] = [];
  let current: Span | undefined;
  for (const position of positions) {
    if (current && isBridgeable(items, current.end + 1, position)) current.end = position;
    else {
      current = { code, start: position, end: position };
      runs.push(current);
    }
  }
  return runs.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

function isBridgeable(items: readonly OutputItem[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const item = items[i];
    if (item?.kind === "text" && item.text.trim() !== "") return false;
  }
  return true;
}

function parseTree(segment: string): Node[] {
  const root: Node[] = [];
  const stack: { children: Node[] }[] = [{ children: root }];
  for (const match of segment.matchAll(TOKEN)) {
    const token = match[0];
    const top = stack.at(-1);
    if (!top) break;
    if (!token.startsWith("<")) {
      top.children.push({ kind: "text", text: unescapeSegmentText(token) });
    } else if (/^<g\b/.test(token)) {
      const node: Node = { kind: "g", raw: token, children: [] };
      top.children.push(node);
      stack.push(node);
    } else if (/^<\/g/.test(token)) {
      if (stack.length === 1) throw new ValidationError("Segment closes a <g> it never opened");
      stack.pop();
    } else if (/^<x\b/.test(token)) {
      top.children.push({ kind: "x", raw: token });
    } else {
      throw new ValidationError(`Segment holds markup that is not an inline code: ${token}`);
    }
  }
  if (stack.length !== 1) throw new ValidationError("Segment leaves a <g> open");
  return root;
}

function hasWords(node: Node): boolean {
  if (node.kind === "text") return /[\p{L}\p{N}]/u.test(node.text);
  if (node.kind === "x") return false;
  return node.children.some(hasWords);
}

function serialiseNode(node: Node): string {
  if (node.kind === "text") return escapeSegmentText(node.text);
  if (node.kind === "x") return node.raw;
  return `${node.raw}${node.children.map(serialiseNode).join("")}</g>`;
}
