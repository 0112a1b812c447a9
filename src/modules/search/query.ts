import { finishWord, stemWord, words } from "./analyzer.js";
import { isStopWord } from "./stop-words.js";

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most words a query may hold (a phrase's words count). */
export const MAX_QUERY_WORDS = 16;

/** A word of the query: any of its stems (one per language searched), or while typing any word starting with a prefix. */
export interface TermPart {
  kind: "term";
  tokens: string[];
  prefixes: string[];
}

/** Words in quotes, in this order: one token sequence per language searched. */
export interface PhrasePart {
  kind: "phrase";
  sequences: string[][];
}

/** A query the engines can run: every part must match (AND). */
export interface ParsedQuery {
  parts: (TermPart | PhrasePart)[];
  /** What to highlight in snippets: a word of a text in a language is a hit when this says so. */
  isHit(word: string, lang: string): boolean;
}

/** Shortest last word matched as a prefix: one letter would match half the index. */
export const MIN_PREFIX = 2;

/** Why a query is not run: nothing typed, too long, too many words, or only signs. */
export type QueryRefusal = "empty" | "too_long" | "too_many_words" | "no_words";

/**
 * Turns what a reader typed into a query, never passing any engine syntax
 * through: words are analysed into tokens (so `*`, `:`, `-`, `(`, `&|!`,
 * `NEAR` are separators or plain words), text in double quotes is a phrase
 * (an unbalanced quote is ignored), and with `prefix` the last word also
 * matches longer words (suggestions as the reader types). `languages` are
 * the languages whose stemmers apply: the reader's first, then those of
 * source texts shown untranslated. A plain word that is a stop word in the
 * reader's language ("la" in "la ville") is dropped, neither searched nor
 * highlighted, unless the query has nothing else ("the who"); words in
 * quotes and the word being typed are always kept.
 */
export function parseSearchQuery(
  raw: string,
  options: { languages: readonly string[]; prefix: boolean },
): { ok: true; query: ParsedQuery } | { ok: false; reason: QueryRefusal } {
  if (raw.length > MAX_QUERY_LENGTH) return { ok: false, reason: "too_long" };
  if (raw.trim() === "") return { ok: false, reason: "empty" };
  const languages = [...new Set(options.languages)];
  const readerLanguage = languages[0] ?? "";
  const chunks = splitPhrases(raw);
  const wordCount = chunks.reduce((n, c) => n + words(c.text).length, 0);
  if (wordCount > MAX_QUERY_WORDS) return { ok: false, reason: "too_many_words" };
  const found: FoundPart[] = [];
  const endsInWord = /[\p{L}\p{N}]$/u.test(raw);
  chunks.forEach((chunk, c) => {
    const chunkWords = words(chunk.text);
    if (chunk.isPhrase && chunkWords.length > 1) {
      const sequences = uniqueSequences(
        languages.map((l) => chunkWords.map((w) => stemWord(w, l))),
      );
      found.push({ part: { kind: "phrase", sequences }, isStopWord: false });
      return;
    }
    chunkWords.forEach((word, i) => {
      const tokens = [...new Set(languages.map((l) => stemWord(word, l)))];
      const isLast = c === chunks.length - 1 && i === chunkWords.length - 1;
      const prefixes =
        options.prefix && isLast && !chunk.isPhrase && endsInWord && word.length >= MIN_PREFIX
          ? [...new Set([finishWord(word), ...tokens])]
          : [];
      found.push({
        part: { kind: "term", tokens: prefixes.length > 0 ? [] : tokens, prefixes },
        isStopWord: !chunk.isPhrase && prefixes.length === 0 && isStopWord(word, readerLanguage),
      });
    });
  });
  const kept = found.some((f) => !f.isStopWord) ? found.filter((f) => !f.isStopWord) : found;
  const parts = kept.map((f) => f.part);
  if (parts.length === 0) return { ok: false, reason: "no_words" };
  const hitStems = new Set<string>();
  const hitPrefixes: string[] = [];
  for (const part of parts) {
    if (part.kind === "phrase") {
      for (const seq of part.sequences) for (const token of seq) hitStems.add(token);
    } else {
      for (const token of part.tokens) hitStems.add(token);
      hitPrefixes.push(...part.prefixes);
    }
  }
  return {
    ok: true,
    query: {
      parts,
      isHit(word, lang) {
        const token = stemWord(word, lang);
        if (hitStems.has(token)) return true;
        const plain = finishWord(word);
        return hitPrefixes.some((p) => plain.startsWith(p) || token.startsWith(p));
      },
    },
  };
}

/** A part of the query before stop words are dropped. */
interface FoundPart {
  part: TermPart | PhrasePart;
  /** A plain word that is a stop word in the reader's language. */
  isStopWord: boolean;
}

/** The query's text split into plain runs and quoted phrases; an unclosed quote counts as plain text. */
function splitPhrases(raw: string): { text: string; isPhrase: boolean }[] {
  const out: { text: string; isPhrase: boolean }[] = [];
  const quote = /["“”«»„]/u;
  let rest = raw;
  for (;;) {
    const open = rest.search(quote);
    if (open < 0) break;
    const after = rest.slice(open + 1);
    const close = after.search(quote);
    if (close < 0) break;
    out.push({ text: rest.slice(0, open), isPhrase: false });
    out.push({ text: after.slice(0, close), isPhrase: true });
    rest = after.slice(close + 1);
  }
  out.push({ text: rest, isPhrase: false });
  return out.filter((c) => c.text.trim() !== "");
}

function uniqueSequences(sequences: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const seq of sequences) seen.set(seq.join(" "), seq);
  return [...seen.values()];
}
