import { parseInline, serializeInline, type InlineToken } from "./inline.js";

/** A glossary entry; target null means "do not translate". */
export interface GlossaryTerm {
  source: string;
  target: string | null;
}

/** An occurrence of a glossary term in a text. */
export interface TermMatch {
  start: number;
  end: number;
  /** The occurrence as written in the text. */
  text: string;
  term: GlossaryTerm;
}

/** A segment with its glossary terms replaced by `<x id="termN"/>`, and how to put them back. */
export interface ProtectedSegment {
  text: string;
  /** Puts the target terms (or the source ones, for do-not-translate) back into a translation. */
  restore(translated: string): string;
}

/**
 * Whole-word, case-insensitive occurrences of the terms in plain text, leftmost
 * first and, at one place, the longest term (use `plainText(segment)` for a segment).
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
  const matcher = matcherFor(terms);
  if (!matcher) return [];
  const matches: TermMatch[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.byKey.get(keyOf(match[0])) ?? terms.find((t) => sameTerm(t, match[0]));
    if (term)
      matches.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        term,
      });
  }
  return matches;
}

/**
 * Replaces the terms found in a segment's text runs (never across or inside
 * codes) with standalone codes the engine keeps as they are. `restore` writes
 * the target term where the engine put each code: upper-cased when the source
 * occurrence was ALL CAPS (and the glossary's source is not), capitalised at
 * the start of a sentence, else as the glossary writes it; a do-not-translate
 * term comes back exactly as the source wrote it.
 */
export function protectTerms(
  segmentText: string,
  terms: readonly GlossaryTerm[],
  lang: string,
): ProtectedSegment {
  const tokens = parseInline(segmentText);
  const used = new Set(tokens.flatMap((t) => (t.type === "text" ? [] : [t.id])));
  const occurrences = new Map<string, TermMatch>();
  let counter = 0;
  const out: InlineToken[] = [];
  for (const token of tokens) {
    if (token.type !== "text") {
      out.push(token);
      continue;
    }
    let cursor = 0;
    for (const match of findTerms(token.text, terms)) {
      let id: string;
      do id = `term${++counter}`;
      while (used.has(id));
      occurrences.set(id, match);
      if (match.start > cursor)
        out.push({ type: "text", text: token.text.slice(cursor, match.start) });
      out.push({ type: "x", id });
      cursor = match.end;
    }
    if (cursor < token.text.length) out.push({ type: "text", text: token.text.slice(cursor) });
  }
  const text = occurrences.size === 0 ? segmentText : serializeInline(out);
  return {
    text,
    restore(translated) {
      if (occurrences.size === 0) return translated;
      let before = "";
      const restored: InlineToken[] = [];
      for (const token of parseInline(translated)) {
        const match = token.type === "x" ? occurrences.get(token.id) : undefined;
        if (token.type === "text" || match) {
          const value = token.type === "text" ? token.text : casedTarget(match, before, lang);
          before += value;
          const last = restored.at(-1);
          if (last?.type === "text") last.text += value;
          else restored.push({ type: "text", text: value });
        } else restored.push(token);
      }
      return serializeInline(restored);
    },
  };
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const matchers = new WeakMap<readonly GlossaryTerm[], Matcher | undefined>();

interface Matcher {
  pattern: RegExp;
  byKey: Map<string, GlossaryTerm>;
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

function termPattern(source: string): string {
  return source
    .trim()
    .split(/\s+/)
    .map(escapeForUnicodePattern)
    .join(String.raw`\s+`);
}

/**
 * Escapes the syntax characters, and only them: under the `u` flag an escape of
 * any other character ("\\-", "\\#") is a syntax error, which once made one
 * glossary term ("e-mail") stop every translation of its language pair.
 */
function escapeForUnicodePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

function sameTerm(term: GlossaryTerm, text: string): boolean {
  return new RegExp(`^${termPattern(term.source)}$`, "iu").test(text);
}

function matcherFor(terms: readonly GlossaryTerm[]): Matcher | undefined {
  if (matchers.has(terms)) return matchers.get(terms);
  const usable = terms.filter((t) => t.source.trim() !== "");
  const byKey = new Map<string, GlossaryTerm>();
  for (const term of usable)
    if (!byKey.has(keyOf(term.source.trim()))) byKey.set(keyOf(term.source.trim()), term);
  const alternatives = [...usable]
    .sort((a, b) => b.source.trim().length - a.source.trim().length)
    .map((t) => termPattern(t.source));
  const matcher =
    alternatives.length === 0
      ? undefined
      : {
          pattern: new RegExp(
            `(?<!${WORD_CHAR})(?:${alternatives.join("|")})(?!${WORD_CHAR})`,
            "giu",
          ),
          byKey,
        };
  matchers.set(terms, matcher);
  return matcher;
}

const SENTENCE_START = /(?:^|[.!?。！？؟]\s)[\s\p{Ps}\p{Pi}"'¿¡«]*$/u;

function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function casedTarget(match: TermMatch | undefined, before: string, lang: string): string {
  if (!match) return "";
  const { term } = match;
  if (term.target === null) return match.text;
  if (isAllCaps(match.text) && !isAllCaps(term.source)) return upper(term.target, lang);
  if (SENTENCE_START.test(before)) {
    const [first = "", ...rest] = term.target;
    return upper(first, lang) + rest.join("");
  }
  return term.target;
}

function upper(text: string, lang: string): string {
  try {
    return text.toLocaleUpperCase(lang);
  } catch {
    return text.toUpperCase(); // A malformed language tag must not lose the term.
  }
}
