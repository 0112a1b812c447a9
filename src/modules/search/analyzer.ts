import snowball, { type Stemmer } from "snowball-stemmers";

/**
 * Text analysis shared by both engines, so they index and query the very same
 * tokens: lower case, diacritics folded (é → e, Arabic tashkeel removed),
 * Arabic letters normalised (alef forms, alef maksura, taa marbuta, tatweel),
 * split on anything that is not a letter or digit, then stemmed with the
 * Snowball stemmer of the language (English, French, Spanish, Arabic; other
 * languages are only folded). Folding comes first, so "resume" and "résumé"
 * meet whatever the stemmer does.
 */
export function analyze(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) out.push(stemWord(word, lang));
  return out;
}

/**
 * The words of a text, folded but not yet stemmed (Arabic taa marbuta and
 * alef maksura kept: the Arabic stemmer reads them); {@link stemWord} or
 * {@link finishWord} turns each into a token.
 */
export function words(text: string): string[] {
  return fold(text)
    .split(NON_WORD)
    .filter((w) => w !== "" && w.length <= MAX_TOKEN_LENGTH);
}

/** Folds a text: lower case, no diacritics, ligatures and alef forms spelled plainly. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(MARKS, "")
    .replace(FOLDED_LETTERS, (c) => FOLDS[c] ?? c);
}

/** A word's token without stemming (prefixes while typing, languages without a stemmer). */
export function finishWord(word: string): string {
  return word.replace(LAST_LETTERS, (c) => LAST_FOLDS[c] ?? c);
}

/** The token of one word of {@link words} in a language: its stem, or the word where no stemmer applies. */
export function stemWord(word: string, lang: string): string {
  const stemmer = stemmerFor(lang);
  if (!stemmer || word.length < 3 || /^\d+$/.test(word)) return finishWord(word);
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  // A stemmer never returns an empty token: a word it would erase stays as it is.
  const stem = finishWord(fold(stemmer.stem(word)) || word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, stem);
  return stem;
}

/** Whether the analyzer stems a language (the others are folded only). */
export function hasStemmer(lang: string): boolean {
  return SNOWBALL[lang] !== undefined;
}

/** Longest token kept; longer "words" are noise (hashes, base64) that would only bloat the index. */
export const MAX_TOKEN_LENGTH = 60;

const NON_WORD = /[^\p{L}\p{N}]+/u;
// Combining marks (accents, Arabic harakat, shadda, sukun, superscript alef) and the Arabic tatweel.
const MARKS = /[\p{M}\u0640]/gu;
const FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
  ı: "i",
  // Alef wasla (hamza forms above and below are marks, removed by NFKD + MARKS).
  ٱ: "ا",
  // Persian/Urdu yeh and kaf often typed for the Arabic letters.
  ی: "ي",
  ک: "ك",
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(FOLDS).join("")}]`, "gu");
// Alef maksura and taa marbuta are written interchangeably with yaa and haa; folded after stemming.
const LAST_FOLDS: Record<string, string> = { ى: "ي", ة: "ه" };
const LAST_LETTERS = /[ىة]/gu;
const SNOWBALL: Record<string, string> = {
  en: "english",
  fr: "french",
  es: "spanish",
  ar: "arabic",
  pt: "portuguese",
  it: "italian",
  de: "german",
};
const stemmers = new Map<string, Stemmer | null>();
const caches = new Map<string, Map<string, string>>();

function stemmerFor(lang: string): Stemmer | null {
  let stemmer = stemmers.get(lang);
  if (stemmer === undefined) {
    const algorithm = SNOWBALL[lang];
    stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}
