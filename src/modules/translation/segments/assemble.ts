import type { CodeTemplate, Fragment, Segment, SegmentedDocument, Slot } from "./document.js";
import { parseInline, type InlineProblem, type InlineToken, validateInline } from "./inline.js";
import { escapeMarkdownText, escapeMarkdownTitle } from "./markdown-escape.js";

/** Gives a segment's translation in the inline format, or undefined to keep the source. */
export type TranslateSegment = (segment: Segment) => string | undefined;

/** A translation whose codes did not match its source segment, and what was done about it. */
export interface AssemblyProblem {
  segment: number;
  hash: string;
  problems: (InlineProblem | { type: "empty" })[];
  /**
   * `repaired`: extra, unknown or duplicate codes dropped, open codes closed at
   * the end, lost standalone codes appended at the end. `kept-source`: a
   * paired code was lost or the translation is empty, so the source sentence is used.
   */
  action: "repaired" | "kept-source";
}

/** An assembled text and the problems met on the way. */
export interface Assembled {
  text: string;
  problems: AssemblyProblem[];
}

/** Rebuilds a segmented text with translations (undefined: the source segment is kept). */
export function assemble(doc: SegmentedDocument, translate: TranslateSegment): Assembled {
  const problems: AssemblyProblem[] = [];
  const resolved = new Map<number, { text: string; translated: boolean }>();

  const renderFragment = (fragment: Fragment): string => {
    let out = "";
    for (const part of fragment) {
      if (typeof part === "string") out += part;
      else if ("slot" in part) out += renderSlot(part.slot).text;
      else out += renderSlot(part.refLabelOf).translated ? `][${part.label}]` : part.raw;
    }
    return out;
  };

  const renderSlot = (index: number): { text: string; translated: boolean } => {
    const known = resolved.get(index);
    if (known) return known;
    const segment = doc.segments[index];
    const slot = doc.template.slots[index];
    let result = { text: "", translated: false };
    if (segment && slot) {
      const translation = translate(segment);
      const tokens =
        translation === undefined ? undefined : reconcile(segment, slot, translation, problems);
      result = tokens
        ? { text: renderTokens(tokens, slot, segment.kind, renderFragment), translated: true }
        : { text: renderFragment(slot.source), translated: false };
    }
    resolved.set(index, result);
    return result;
  };

  return { text: renderFragment(doc.template.root), problems };
}

/** Rebuilds a segmented Markdown document; see `assemble`. */
export function assembleMarkdown(
  doc: SegmentedDocument,
  translate: TranslateSegment,
): { markdown: string; problems: AssemblyProblem[] } {
  const { text, problems } = assemble(doc, translate);
  return { markdown: text, problems };
}

/** Rebuilds a segmented plain text; see `assemble`. */
export function assemblePlain(doc: SegmentedDocument, translate: TranslateSegment): Assembled {
  return assemble(doc, translate);
}

/** The translation's tokens made to fit the source's codes, or undefined to keep the source. */
function reconcile(
  segment: Segment,
  slot: Slot,
  translation: string,
  problems: AssemblyProblem[],
): InlineToken[] | undefined {
  const tokens = parseInline(translation);
  const report = (found: AssemblyProblem["problems"], action: AssemblyProblem["action"]): void => {
    problems.push({ segment: segment.index, hash: segment.hash, problems: found, action });
  };
  const isEmpty = !tokens.some((t) => t.type === "text" && t.text.trim() !== "");
  if (isEmpty) {
    report([{ type: "empty" }], "kept-source");
    return undefined;
  }
  const found = validateInline(translation, segment.text);
  if (found.length === 0) return tokens;

  const kept: InlineToken[] = [];
  const seen = new Set<string>();
  const open: boolean[] = [];
  for (const token of tokens) {
    if (token.type === "text") kept.push(token);
    else if (token.type === "close") {
      if (open.pop()) kept.push(token);
    } else {
      const expected = token.type === "open" ? "g" : "x";
      const isKept = slot.codes[token.id]?.type === expected && !seen.has(token.id);
      if (isKept) {
        seen.add(token.id);
        kept.push(token);
      }
      if (token.type === "open") open.push(isKept);
    }
  }
  for (const isOpen of open.reverse()) if (isOpen) kept.push({ type: "close", id: "" });
  const lostPair = Object.entries(slot.codes).some(([id, c]) => c.type === "g" && !seen.has(id));
  if (lostPair) {
    report(found, "kept-source");
    return undefined;
  }
  for (const [id, code] of Object.entries(slot.codes)) {
    if (code.type === "x" && !seen.has(id)) kept.push({ type: "x", id });
  }
  report(found, "repaired");
  return kept;
}

const EMPHASIS = new Set(["emphasis", "strong", "delete"]);

function renderTokens(
  input: InlineToken[],
  slot: Slot,
  kind: Segment["kind"],
  renderFragment: (fragment: Fragment) => string,
): string {
  const tokens = slot.escape === "markdown" ? hoistEmphasisSpaces(input, slot.codes) : input;
  const first = tokens[0];
  if (first?.type === "text") tokens[0] = { type: "text", text: first.text.trimStart() };
  const lastIndex = tokens.length - 1;
  const last = tokens[lastIndex];
  if (last?.type === "text") tokens[lastIndex] = { type: "text", text: last.text.trimEnd() };

  const closing: string[] = [];
  let out = "";
  tokens.forEach((token, k) => {
    if (token.type === "text") {
      if (slot.escape === "plain") out += token.text.replace(/(?<!\s)\s*(?:\r\n|\r|\n)\s*/g, " ");
      else if (slot.escape === "title") out += escapeMarkdownTitle(token.text);
      else {
        out += escapeMarkdownText(token.text, {
          atLineStart: out === "" || /\n[ \t>]*$/.test(out),
          afterBracket: out.endsWith("]"),
          beforeCode: tokens[k + 1] !== undefined,
          inTable: kind === "table-cell",
        });
      }
      return;
    }
    const code: CodeTemplate | undefined = slot.codes[token.id];
    if (token.type === "open" && code?.type === "g") {
      closing.push(token.id);
      out += renderFragment(code.open);
    } else if (token.type === "close") {
      const pair = slot.codes[closing.pop() ?? ""];
      if (pair?.type === "g") out += renderFragment(pair.closeTranslated ?? pair.close);
    } else if (token.type === "x" && code?.type === "x") {
      out += renderFragment(code.raw);
    }
  });
  return out;
}

/** `** bold**` is no emphasis: spaces just inside emphasis markers move outside them. */
function hoistEmphasisSpaces(tokens: InlineToken[], codes: Slot["codes"]): InlineToken[] {
  const out: InlineToken[] = [];
  const stack: string[] = [];
  const isEmphasis = (id: string | undefined): boolean => EMPHASIS.has(codes[id ?? ""]?.role ?? "");
  for (const token of tokens) {
    const previous = out.at(-1);
    if (token.type === "open") stack.push(token.id);
    if (token.type === "close" && isEmphasis(stack.pop()) && previous?.type === "text") {
      const trimmed = previous.text.trimEnd();
      const space = previous.text.slice(trimmed.length);
      out[out.length - 1] = { type: "text", text: trimmed };
      out.push(token);
      if (space) out.push({ type: "text", text: space });
      continue;
    }
    if (token.type === "text" && previous?.type === "open" && isEmphasis(previous.id)) {
      const trimmed = token.text.trimStart();
      const space = token.text.slice(0, token.text.length - trimmed.length);
      if (space) out.splice(out.length - 1, 0, { type: "text", text: space });
      out.push({ type: "text", text: trimmed });
      continue;
    }
    out.push(token);
  }
  return out.filter((t) => t.type !== "text" || t.text !== "");
}
