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

/** The words of a text with offsets, marking those that open a sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(previousEnd, match.index);
    const isStartLike =
      tokens.length === 0
        ? !/[,;]/.test(gap)
        : /[.!?…:]["»”’)\]\s\u00A0\u202F]*[\s\u00A0\u202F]+["«“(¿¡\s\u00A0\u202F]*$/u.test(gap) ||
          /[«“"¿¡—–-]\s*$/u.test(gap);
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

/** Lower case without accents: "États" → "etats". */
export function fold(word: string): string {
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
  return /^(?:\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{Lu}\p{N}+)$/u.test(word) && !/^[IVXLCDM]+$/.test(word);
}

/** Length of the common prefix of two folded words. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
