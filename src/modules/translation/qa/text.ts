/** Word-level helpers shared by the checks: tokens with offsets, folding, sentence-start positions. */

/** A word of a plain text and where it is. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when nothing but spaces, quotes or brackets stand between it and a sentence end or the text start. */
  isStartLike: boolean;
}

// Letters, marks and digits; hyphens inside a word keep it whole (États-Unis);
// apostrophes split (l’Union → l, Union).
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Whether the text before `at` ends with a mark from `marks` (or nothing at
 * all, or a line break when `lineBreaks`) followed by spaces only. Walks back
 * over those spaces, so asking at every word of a text stays linear (a regex
 * anchored at the end of a slice was quadratic on long texts).
 */
export function opensSentence(text: string, at: number, marks: string, lineBreaks = true): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(text[i - 1]!)) {
    if (lineBreaks && text[i - 1] === "\n") return true;
    i--;
  }
  return i === 0 ? lineBreaks : marks.includes(text[i - 1]!);
}

const CLOSERS = new Set(['"', "»", "”", "’", ")", "]"]);
const OPENERS = new Set(['"', "«", "“", "(", "¿", "¡"]);
const SPACE = /[\s\u00A0\u202F]/u;
const SENTENCE_MARKS = ".!?…:";

/**
 * Whether a gap between two words is a sentence end and a new start: a mark
 * of [.!?…:], closing quotes or brackets and spaces, at least one space, then
 * opening ones and spaces. In one pass (three overlapping runs of spaces in
 * one pattern backtracked cubically).
 */
function endsSentence(gap: string): boolean {
  let mark = gap.length - 1;
  while (mark >= 0 && !SENTENCE_MARKS.includes(gap[mark]!)) mark--;
  if (mark < 0) return false;
  const tail = gap.slice(mark + 1);
  // The space that separates: after every character that is no opener nor space,
  // before every one that is no closer nor space.
  let firstNotCloser = tail.length;
  let lastNotOpener = -1;
  for (let i = 0; i < tail.length; i++) {
    const c = tail[i]!;
    const isSpace = SPACE.test(c);
    if (!isSpace && !CLOSERS.has(c) && firstNotCloser === tail.length) firstNotCloser = i;
    if (!isSpace && !OPENERS.has(c)) lastNotOpener = i;
  }
  for (let i = lastNotOpener + 1; i < firstNotCloser; i++) if (SPACE.test(tail[i]!)) return true;
  return false;
}

/**
 * Remembers what `read` answers about the last texts of each language: the
 * checks of one unit read the same source and target a dozen times over
 * (numbers, entities, words, sentence starts), and a batch's sources again for
 * each target language. Enough texts for a job's batch of sources and targets
 * (250 segments), and a bounded length of them; callers share the answers, so
 * they are read-only.
 */
export function rememberRecent<T>(
  read: (text: string, language: string) => T,
): (text: string, language: string) => T {
  const byLanguage = new Map<string, { answers: Map<string, T>; characters: number }>();
  return (text, language) => {
    let recent = byLanguage.get(language);
    if (!recent) {
      // Language tags may come from stored data: a few dozen at most are remembered.
      if (byLanguage.size >= RECENT_LANGUAGES) byLanguage.clear();
      recent = { answers: new Map(), characters: 0 };
      byLanguage.set(language, recent);
    }
    const { answers } = recent;
    if (answers.has(text)) return answers.get(text) as T;
    const answer = read(text, language);
    for (const oldest of answers.keys()) {
      if (answers.size < RECENT_TEXTS && recent.characters + text.length <= RECENT_CHARACTERS)
        break;
      answers.delete(oldest);
      recent.characters -= oldest.length;
    }
    answers.set(text, answer);
    recent.characters += text.length;
    return answer;
  };
}

const RECENT_TEXTS = 1024;
const RECENT_CHARACTERS = 500_000;
const RECENT_LANGUAGES = 32;

const recentTokens = rememberRecent((text) => readTokens(text));

/** The words of a text with offsets, marking those that open a sentence (shared: never changed). */
export function tokenize(text: string): readonly Readonly<Token>[] {
  return recentTokens(text, "");
}

function readTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(previousEnd, match.index);
    const isStartLike =
      tokens.length === 0
        ? !/[,;]/.test(gap)
        : endsSentence(gap) || opensSentence(gap, gap.length, '«“"¿¡—–-', false);
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      isStartLike,
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** Words folded so far (the same few thousand words recur in every unit); emptied when full. */
const folded = new Map<string, string>();
const FOLDED_WORDS = 50_000;
/** Longer texts are folded each time: remembering them would hold on to whole documents. */
const FOLDED_LENGTH = 64;

/** Lower case without accents: "États" → "etats". */
export function fold(word: string): string {
  if (word.length > FOLDED_LENGTH) return foldNow(word);
  let out = folded.get(word);
  if (out === undefined) {
    out = foldNow(word);
    if (folded.size >= FOLDED_WORDS) folded.clear();
    folded.set(word, out);
  }
  return out;
}

function foldNow(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** True for a word written with an upper-case first letter and at least one lower-case letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** True for an acronym: two or more capitals (SCN, UNGA, G20 counts too). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}(?:\p{Lu}[\p{Lu}\p{N}]*|\p{N}+)$/u.test(word) && !/^[IVXLCDM]+$/.test(word);
}

/** Length of the common prefix of two folded words. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
