/**
 * The Apertium stream format as the local engine speaks it: a batch of
 * segments becomes one null-terminated message, and the pipeline's answer is
 * split back into segments, codes and unknown words.
 */
import { type EngineOutput } from "./engine.js";
import {
  type FlatSegment,
  type OutputItem,
  flattenSegment,
  renderSegment,
} from "./inline-codes.js";

/** A batch ready to be written to a pipeline, with what is needed to read the answer. */
export interface EncodedBatch {
  /** The message, without its terminating `\0`. */
  message: string;
  /** Segments that go through Apertium, in order, with their leading and trailing whitespace. */
  entries: BatchEntry[];
  /** Marker that prefixes this batch's superblanks, unique per batch. */
  tag: string;
}

/** One segment of a batch as sent. */
export interface BatchEntry {
  flat: FlatSegment;
  lead: string;
  trail: string;
}

/** Escapes the characters the stream format reserves, plus `*` and `#` (sent as superblanks, since lt-proc would emit them bare and they read as unknown-word marks). */
export function escapeStreamText(text: string): string {
  let out = "";
  for (const char of text) {
    if (RESERVED.has(char)) out += `\\${char}`;
    else if (char === "*" || char === "#") out += `[civ:l:${char}]`;
    else if (char === "\0") out += " ";
    else out += char;
  }
  return out;
}

/**
 * Builds one message: each segment, then a superblank naming it, a full stop
 * (a sentence end, so no transfer rule reaches across segments) and a closing
 * superblank and newline.
 */
export function encodeBatch(segments: readonly string[], tag: string): EncodedBatch {
  const entries: BatchEntry[] = [];
  let message = "";
  segments.forEach((segment, index) => {
    const lead = /^\s*/.exec(segment)?.[0] ?? "";
    const body = segment.slice(lead.length);
    const trail = /\s*$/.exec(body)?.[0] ?? "";
    const flat = flattenSegment(body.slice(0, body.length - trail.length));
    entries.push({ flat, lead, trail });
    message += `${encodePieces(flat)}[${tag}:s:${index}].[${tag}:e:${index}]\n`;
  });
  return { message, entries, tag };
}

/**
 * Reads a pipeline's answer to `batch`; throws when a segment marker is
 * missing (the caller treats that as a broken pipeline).
 */
export function decodeBatch(output: string, batch: EncodedBatch): EngineOutput[] {
  const tokens = tokenizeStream(output);
  const results: EngineOutput[] = [];
  let current: OutputItem[] = [];
  let index = 0;
  let insideSeparator = false;
  const startMarker = `${batch.tag}:s:`;
  const endMarker = `${batch.tag}:e:`;
  for (const token of tokens) {
    if (token.kind === "blank" && token.content.startsWith(startMarker)) {
      const entry = batch.entries[index];
      if (token.content !== `${startMarker}${index}` || !entry) {
        throw new Error(`Stream out of step: expected segment ${index}, got ${token.content}`);
      }
      results.push(finishSegment(current, entry));
      current = [];
      insideSeparator = true;
      continue;
    }
    if (token.kind === "blank" && token.content.startsWith(endMarker)) {
      insideSeparator = false;
      index++;
      continue;
    }
    if (insideSeparator) {
      // Only the full stop we added belongs here; anything else moved out of its segment.
      const stray = token.kind === "text" ? token.text.replace(/^\s*\.?\s*$/, "") : "x";
      if (stray !== "") appendToken(results.at(-1), token, batch.entries[index]);
      continue;
    }
    current.push(...toItems(token));
  }
  if (results.length !== batch.entries.length) {
    throw new Error(`Stream ended after ${results.length} of ${batch.entries.length} segments`);
  }
  return results;
}

const RESERVED = new Set(["\\", "[", "]", "{", "}", "^", "$", "/", "@", "<", ">"]);
/** Private-use stand-ins for bare unknown-word marks while the text is being read. */
const MARKS: Readonly<Record<string, string>> = { "*": "\ue000", "#": "\ue001", "@": "\ue002" };
const MARK_BACK: Readonly<Record<string, string>> = {
  "\ue000": "*",
  "\ue001": "#",
  "\ue002": "@",
};
const MARKED_WORD = /[\ue000-\ue002]+([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’·_-]*)/gu;

type StreamToken =
  | { kind: "text"; text: string }
  | { kind: "blank"; content: string }
  | { kind: "word"; wblank: string; text: string };

function encodePieces(flat: FlatSegment): string {
  let out = "";
  for (const piece of flat.pieces) {
    if (piece.kind === "standalone") {
      out += `[civ:x:${piece.index}]`;
    } else if (piece.codes.length === 0) {
      out += escapeStreamText(piece.text);
    } else {
      const bound = `[[civ:g:${piece.codes.join(",")}]]`;
      out += piece.text.replace(/[^\s*#]+|[*#]|\s+/g, (run) =>
        /^\s+$/.test(run) || run === "*" || run === "#"
          ? escapeStreamText(run)
          : `${bound}${escapeStreamText(run)}[[/]]`,
      );
    }
  }
  return out;
}

function tokenizeStream(output: string): StreamToken[] {
  const tokens: StreamToken[] = [];
  let text = "";
  const flushText = (): void => {
    if (text !== "") tokens.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < output.length) {
    const char = output[i] ?? "";
    if (char === "\\") {
      text += output[i + 1] ?? "";
      i += 2;
    } else if (char === "[" && output[i + 1] === "[") {
      const close = findClose(output, i + 2, "]]");
      const wblank = unescapeBlank(output.slice(i + 2, close));
      const end = output.indexOf("[[/]]", close + 2);
      if (wblank === "/" || end < 0) {
        i = close + 2;
        continue;
      }
      flushText();
      tokens.push({ kind: "word", wblank, text: readMarks(output.slice(close + 2, end)) });
      i = end + 5;
    } else if (char === "[") {
      const close = findClose(output, i + 1, "]");
      flushText();
      tokens.push({ kind: "blank", content: unescapeBlank(output.slice(i + 1, close)) });
      i = close + 1;
    } else if (char === "\0") {
      i++;
    } else {
      text += MARKS[char] ?? char;
      i++;
    }
  }
  flushText();
  return tokens;
}

function findClose(output: string, from: number, closer: string): number {
  let i = from;
  while (i < output.length) {
    if (output[i] === "\\") i += 2;
    else if (output.startsWith(closer, i)) return i;
    else i++;
  }
  return output.length;
}

function unescapeBlank(content: string): string {
  return content.replace(/\\(.)/gs, "$1");
}

/** Text of a word-bound blank: escapes undone, bare marks turned into stand-ins. */
function readMarks(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? "";
    if (char === "\\") out += raw[++i] ?? "";
    else out += MARKS[char] ?? char;
  }
  return out;
}

function toItems(token: StreamToken): OutputItem[] {
  if (token.kind === "text") return [{ kind: "text", text: token.text, codes: [] }];
  if (token.kind === "word") {
    const codes = [...token.wblank.matchAll(/civ:g:([\d,]+)/g)]
      .flatMap((m) => (m[1] ?? "").split(",").map(Number))
      .filter((n, i, all) => Number.isInteger(n) && all.indexOf(n) === i)
      .sort((a, b) => a - b);
    return [{ kind: "text", text: token.text, codes }];
  }
  const literal = /^civ:l:(.*)$/s.exec(token.content);
  if (literal) return [{ kind: "text", text: literal[1] ?? "", codes: [] }];
  const code = /^civ:x:(\d+)$/.exec(token.content);
  if (code) return [{ kind: "standalone", index: Number(code[1]) }];
  return token.content === "" ? [] : [{ kind: "text", text: token.content, codes: [] }];
}

function appendToken(
  result: EngineOutput | undefined,
  token: StreamToken,
  _entry: BatchEntry | undefined,
): void {
  if (!result || token.kind === "blank") return;
  const text = token.text.replace(/[\ue000-\ue002]/g, (m) => MARK_BACK[m] ?? m).trim();
  if (text !== "" && text !== ".") result.text = `${result.text} ${text}`.trimEnd();
}

function finishSegment(items: OutputItem[], entry: BatchEntry): EngineOutput {
  const unknownWords: string[] = [];
  const cleaned = items.map((item): OutputItem => {
    if (item.kind !== "text") return item;
    const text = item.text
      .replace(MARKED_WORD, (_all, word: string) => {
        if (!unknownWords.includes(word)) unknownWords.push(word);
        return word;
      })
      .replace(/[\ue000-\ue002]/g, (m) => MARK_BACK[m] ?? m);
    return { ...item, text };
  });
  trimItems(cleaned);
  return { text: `${entry.lead}${renderSegment(cleaned, entry.flat)}${entry.trail}`, unknownWords };
}

function trimItems(items: OutputItem[]): void {
  const first = items.findIndex((item) => item.kind !== "text" || item.text.trim() !== "");
  items.splice(0, first < 0 ? items.length : first);
  const head = items[0];
  if (head?.kind === "text") items[0] = { ...head, text: head.text.trimStart() };
  while (items.length > 0) {
    const tail = items.at(-1);
    if (tail?.kind !== "text") break;
    const text = tail.text.trimEnd();
    if (text !== "") {
      items[items.length - 1] = { ...tail, text };
      break;
    }
    items.pop();
  }
}
