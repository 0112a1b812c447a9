/**
 * Inline codes as XML/HTML tags for engines that carry tags themselves
 * (APy, LibreTranslate with format=html, DeepL with tag_handling=xml, a chat
 * model told to keep them): codes get ids by index, and the answer is read
 * back into the code layout of `inline-codes.ts`, so every code comes back
 * exactly once whatever the engine did to the tags.
 */
import {
  type FlatSegment,
  type OutputItem,
  codeId,
  escapeSegmentText,
  unescapeSegmentText,
} from "./inline-codes.js";

/** How a segment's literal characters travel. */
export interface TaggingOptions {
  /** Send `* # @` as tags so they cannot pass for Apertium's unknown-word marks. */
  isMarkingLiterals?: boolean;
}

/** Writes a flattened segment with codes as `<g id="civN">…</g>` and `<x id="civN"/>`. */
export function toTagged(flat: FlatSegment, options: TaggingOptions = {}): string {
  let html = "";
  let open: number[] = [];
  const text = (value: string): string =>
    options.isMarkingLiterals
      ? escapeSegmentText(value).replace(LITERAL_MARKS, (m) => `<x id="civlit${m.charCodeAt(0)}"/>`)
      : escapeSegmentText(value);
  for (const piece of flat.pieces) {
    const codes = piece.kind === "text" ? piece.codes : open;
    let shared = 0;
    while (shared < open.length && shared < codes.length && open[shared] === codes[shared])
      shared++;
    html += "</g>".repeat(open.length - shared);
    for (const code of codes.slice(shared)) html += `<g id="civ${code}">`;
    open = codes;
    html += piece.kind === "text" ? text(piece.text) : `<x id="civ${piece.index}"/>`;
  }
  return html + "</g>".repeat(open.length);
}

/** What `fromTagged` read: output items and, when asked, words marked unknown (`*word`). */
export interface TaggedReading {
  items: OutputItem[];
  unknownWords: string[];
}

/**
 * Reads an engine's tagged answer; `<x …></x>` (an HTML parser's way of
 * writing an empty element) counts as `<x …/>`, stray or unknown ids are
 * dropped (renderSegment puts every code back exactly once).
 */
export function fromTagged(
  html: string,
  flat: FlatSegment,
  options: { isReadingUnknownMarks?: boolean } = {},
): TaggedReading {
  const items: OutputItem[] = [];
  const unknownWords: string[] = [];
  const stack: number[] = [];
  for (const match of html.matchAll(/<g\b[^<>]*>|<\/g\s*>|<x\b[^<>]*>|<\/x\s*>|[^<]+|</g)) {
    const token = match[0];
    const id = codeId(token) ?? "";
    if (token.startsWith("<g")) {
      const index = Number(id.replace(/^civ/, ""));
      stack.push(Number.isInteger(index) && index < flat.paired.length ? index : -1);
    } else if (token.startsWith("</g")) {
      stack.pop();
    } else if (token.startsWith("</x")) {
      continue;
    } else if (token.startsWith("<x") && id.startsWith("civlit")) {
      items.push({
        kind: "text",
        text: String.fromCharCode(Number(id.slice(6))),
        codes: [...stack],
      });
    } else if (token.startsWith("<x")) {
      const index = Number(id.replace(/^civ/, ""));
      if (Number.isInteger(index)) items.push({ kind: "standalone", index });
    } else {
      let text = unescapeSegmentText(token);
      if (options.isReadingUnknownMarks) {
        text = text.replace(MARKED_WORD, (_all, before: string, word: string) => {
          if (!unknownWords.includes(word)) unknownWords.push(word);
          return `${before}${word}`;
        });
      }
      items.push({ kind: "text", text, codes: stack.filter((code) => code >= 0) });
    }
  }
  return { items, unknownWords };
}

/** Splits a segment into leading whitespace, body and trailing whitespace (engines may trim; the segment keeps them). */
export function splitOuterSpace(segment: string): { lead: string; body: string; trail: string } {
  const lead = /^\s*/.exec(segment)?.[0] ?? "";
  const rest = segment.slice(lead.length);
  const trail = /\s*$/.exec(rest)?.[0] ?? "";
  return { lead, body: rest.slice(0, rest.length - trail.length), trail };
}

/** Whether a flattened segment has anything to translate (a letter or digit outside codes). */
export function hasWords(flat: FlatSegment): boolean {
  return flat.pieces.some((p) => p.kind === "text" && /[\p{L}\p{N}]/u.test(p.text));
}

const LITERAL_MARKS = /[*#@]/g;
const MARKED_WORD = /(^|[^\p{L}\p{M}\p{N}])[*#@]+([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’·_-]*)/gu;
