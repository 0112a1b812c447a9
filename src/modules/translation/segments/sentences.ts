import { abbreviationRulesFor, type AbbreviationRules } from "./abbreviations.js";

/** Stands for a standalone code (inline code, footnote reference…) in text given to the splitter. */
export const OBJECT_CHARACTER = "\uFFFC";

/** Splits text into sentences, trimmed, without empty ones (see README.md, "Sentences"). */
export function splitSentences(text: string, lang: string): string[] {
  const bounds = [0, ...findSentenceBreaks(text, lang), text.length];
  const sentences: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const sentence = text.slice(bounds[i], bounds[i + 1]).trim();
    if (sentence !== "") sentences.push(sentence);
  }
  return sentences;
}

/**
 * Offsets at which a new sentence starts (never 0 nor text.length), in order:
 * Intl.Segmenter's sentence breaks, minus those after abbreviations, initials
 * and acronyms that the language's rules say do not end a sentence.
 */
export function findSentenceBreaks(text: string, lang: string): number[] {
  const rules = abbreviationRulesFor(lang);
  const breaks: number[] = [];
  for (const raw of segmenterBreaks(text, lang)) {
    const at = acceptBreak(text, raw, rules);
    const last = breaks.at(-1) ?? 0;
    if (at !== undefined && at > last && at < text.length) breaks.push(at);
  }
  return breaks;
}

// V8's segmenter does O(length) work per step (quadratic on long strings), so it only ever
// sees windows of about this many characters, cut after whitespace.
const WINDOW = 1024;
const WHITESPACE = /\s/;
// Terminal punctuation, then closing quotes and brackets: a break with no space after it
// (Chinese, Japanese) is kept only after these.
const TERMINAL_END = /[\p{Sentence_Terminal}][\p{Pe}\p{Pf}"'’”»]*$/u;
const OPENING = /^[\p{Ps}\p{Pi}"'¿¡«]+/u;
const TRAILING_PUNCT = /(?<!\p{P})\p{P}+$/u;
const INITIALS = /^(?:\p{Lu}\.-?)*\p{Lu}$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter) return segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  } catch {
    return segmenterFor("en"); // An invalid language tag must not stop a translation.
  }
  // Bounded because language tags may come from stored data.
  if (segmenters.size < 64) segmenters.set(lang, segmenter);
  return segmenter;
}

function windowEnd(text: string, start: number): number {
  const limit = start + WINDOW;
  if (limit >= text.length) return text.length;
  for (let i = limit; i > start + 1; i--) if (WHITESPACE.test(text[i - 1] ?? "")) return i;
  return limit;
}

/** Breaks from Intl.Segmenter, window by window; each window restarts at the last sentence seen. */
function segmenterBreaks(text: string, lang: string): number[] {
  const segmenter = segmenterFor(lang);
  const breaks: number[] = [];
  let start = 0;
  while (start < text.length) {
    const end = windowEnd(text, start);
    let last = start;
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      if (index === 0) continue;
      last = start + index;
      breaks.push(last);
    }
    if (end >= text.length) break;
    // The window's last sentence may be cut short: segment it again with what follows.
    start = last > start ? last : end;
  }
  return breaks;
}

/** The break where it should be, or undefined when the text goes on. */
function acceptBreak(text: string, at: number, rules: AbbreviationRules): number | undefined {
  let end = at;
  // Bounded too: a run of thousands of blank lines is a break at each line, each walking back.
  const floor = Math.max(0, at - 64);
  while (end > floor && WHITESPACE.test(text[end - 1] ?? "")) end--;
  if (end === 0) return undefined;
  if (end === floor) return at; // 64 spaces or line breaks: nothing before them continues the sentence.
  // A bounded look-behind keeps each check O(1): the document may be one long paragraph.
  const before = text.slice(Math.max(0, end - 64), end);
  if (end === at) {
    // A standalone code right after the period (a footnote reference) stays with its sentence.
    if (text[at] === OBJECT_CHARACTER) return skipObjects(text, at);
    if (!TERMINAL_END.test(before)) return undefined;
  }
  const wordStart = Math.max(before.search(/(?<!\S)\S+$/), 0);
  const word = before.slice(wordStart).replace(OPENING, "");
  const next = nextWord(text, at);
  return continuesAfter(word, next, rules) ? undefined : at;
}

function skipObjects(text: string, at: number): number | undefined {
  let i = at;
  while (text[i] === OBJECT_CHARACTER) i++;
  if (i < text.length && !WHITESPACE.test(text[i] ?? "")) return undefined;
  while (i < text.length && WHITESPACE.test(text[i] ?? "")) i++;
  return i < text.length ? i : undefined;
}

function nextWord(text: string, at: number): string {
  const match = /^\S*/.exec(text.slice(at, at + 64));
  return (match?.[0] ?? "").replace(OPENING, "");
}

/** Whether the sentence goes on after `word` (which ends the candidate sentence). */
function continuesAfter(word: string, next: string, rules: AbbreviationRules): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  if (!word.endsWith(".") || word.endsWith("..")) return false;
  const core = word.slice(0, -1);
  if (core === "" || /^\p{N}+$/u.test(core)) return false;
  const lower = core.toLowerCase();
  if (rules.titles.has(core) || rules.titles.has(lower)) return true;
  if (/^\p{N}/u.test(next) && (rules.numberPrefixes.has(lower) || rules.titles.has(lower))) {
    return true;
  }
  if (INITIALS.test(core) || rules.ambiguous.has(core) || rules.ambiguous.has(lower)) {
    return !rules.starters.has(next.replace(TRAILING_PUNCT, "").split(/['’]/u, 1)[0] ?? "");
  }
  return false;
}
