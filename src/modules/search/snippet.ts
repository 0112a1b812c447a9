import { escapeHtml } from "../../platform/text/html.js";
import { words } from "./analyzer.js";
import type { ParsedQuery } from "./query.js";

/** A piece of a snippet: plain text, or a word the query matched. */
export interface SnippetPart {
  text: string;
  isHit: boolean;
}

/** Characters a snippet shows around the first match. */
export const SNIPPET_LENGTH = 220;

/**
 * The passage of a text around its first matching word, as parts (text and
 * hits), never as markup: the view and {@link snippetToHtml} escape them.
 * A text with no matching word (the title matched) gives its beginning.
 */
export function makeSnippet(text: string, query: ParsedQuery, lang: string): SnippetPart[] {
  const source = text.slice(0, SCAN_LIMIT);
  const spans: { start: number; end: number; isHit: boolean }[] = [];
  // Words repeat: each is analysed once. Past the first hit, words beyond the snippet are not read.
  const seen = new Map<string, boolean>();
  let first = -1;
  for (const m of source.matchAll(WORD)) {
    if (first >= 0) {
      const from = spans[Math.max(0, first - LEAD_WORDS)]?.start ?? 0;
      if (m.index > from + SNIPPET_LENGTH) break;
    }
    let isHit = seen.get(m[0]);
    if (isHit === undefined) {
      isHit = words(m[0]).some((w) => query.isHit(w, lang));
      seen.set(m[0], isHit);
    }
    if (isHit && first < 0) first = spans.length;
    spans.push({ start: m.index, end: m.index + m[0].length, isHit });
  }
  const from = first <= 0 ? 0 : (spans[Math.max(0, first - LEAD_WORDS)]?.start ?? 0);
  let to = Math.min(source.length, from + SNIPPET_LENGTH);
  // End on a word's end, not inside one.
  const cut = spans.find((s) => s.start < to && s.end > to);
  if (cut) to = cut.start;
  const parts: SnippetPart[] = [];
  const push = (value: string, isHit: boolean) => {
    if (value === "") return;
    const last = parts[parts.length - 1];
    if (last && last.isHit === isHit) last.text += value;
    else parts.push({ text: value, isHit });
  };
  if (from > 0) push("… ", false);
  let at = from;
  for (const span of spans) {
    if (span.end <= from || !span.isHit) continue;
    if (span.start >= to) break;
    push(source.slice(at, span.start), false);
    push(source.slice(span.start, span.end), true);
    at = span.end;
  }
  push(source.slice(at, to).replace(/\s+/g, " "), false);
  if (to < text.length) push(" …", false);
  for (const part of parts) if (!part.isHit) part.text = part.text.replace(/\s+/g, " ");
  return parts;
}

/** A snippet as HTML: every part escaped, hits in `<mark>`. */
export function snippetToHtml(parts: readonly SnippetPart[]): string {
  return parts
    .map((p) => (p.isHit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join("");
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SCAN_LIMIT = 20_000;
const LEAD_WORDS = 6;
