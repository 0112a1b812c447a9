import type { Finding } from "./finding.js";
import {
  ALLOWED_DOUBLES,
  SOURCE_ONLY_SUFFIXES,
  SOURCE_ONLY_WORDS,
  TARGET_WORDS,
} from "./language-data.js";
import { tokenize } from "./text.js";

/** Languages of a unit. */
export interface PairLanguages {
  sourceLanguage: string;
  targetLanguage: string;
}

/** A word written twice in a row ("Comité Comité", "résumé résumé") that the source does not repeat. */
export function checkRepeatedWords(source: string, target: string, lang: string): Finding[] {
  const repeatedInSource = new Set<string>();
  const sourceTokens = tokenize(source);
  for (let i = 1; i < sourceTokens.length; i++) {
    const word = lower(sourceTokens[i]?.text ?? "");
    if (word === lower(sourceTokens[i - 1]?.text ?? "")) repeatedInSource.add(word);
  }
  const allowed = ALLOWED_DOUBLES[lang] ?? new Set<string>();
  const findings: Finding[] = [];
  const tokens = tokenize(target);
  for (let i = 1; i < tokens.length; i++) {
    const last = tokens[i - 1];
    const token = tokens[i];
    if (!last || !token) continue;
    // Accents count: "dé de" (es) is two words.
    const word = lower(token.text);
    if (word !== lower(last.text) || !/^\s+$/u.test(target.slice(last.end, token.start))) continue;
    if (repeatedInSource.has(word) || allowed.has(word) || /^\p{N}+$/u.test(word)) continue;
    findings.push({
      code: "repeated-word",
      severity: "error",
      params: { word: token.text },
      span: [last.start, token.end],
    });
  }
  return findings;
}

/**
 * Text the engine did not translate: its unknown-word marks (`*word`, `#word`,
 * `@word`) left in the target, and words of the source language kept as they
 * were (function words no target-language word is spelt like, or source words
 * with a suffix only the source language has).
 */
export function checkUntranslated(
  source: string,
  target: string,
  languages: PairLanguages,
): Finding[] {
  const findings: Finding[] = [];
  // Apertium's marks (* unknown, @ untranslatable, # not generated) anywhere before a word:
  // doubled ("**word"), after an apostrophe ("l'*ascensor") or a bracket. An e-mail's "@"
  // follows a letter and is no mark; a mark the source has (a hashtag) is kept.
  const sourceMarks = new Set(source.match(/(?<![*#@])[*#@]+[\p{L}\p{N}]+/gu) ?? []);
  for (const match of target.matchAll(
    /(?<![\p{L}\p{N}._%+*#@-])([*#@]+)([\p{L}][\p{L}\p{M}\p{N}'’-]*)/gu,
  )) {
    if (sourceMarks.has(match[0])) continue;
    findings.push({
      code: "untranslated-mark",
      severity: "error",
      params: { word: match[2] ?? "" },
      span: [match.index, match.index + match[0].length],
    });
  }
  const { sourceLanguage, targetLanguage } = languages;
  if (sourceLanguage === targetLanguage) return findings;
  const only = SOURCE_ONLY_WORDS[sourceLanguage];
  const suffixes = SOURCE_ONLY_SUFFIXES[sourceLanguage] ?? [];
  const targetWords = TARGET_WORDS[targetLanguage] ?? new Set<string>();
  if (!only) return findings;
  const sourceWords = new Set(tokenize(source).map((t) => t.text.toLowerCase()));
  const left = tokenize(target).filter((token) => {
    const word = token.text.toLowerCase();
    if (word !== token.text || targetWords.has(word)) return false;
    if (only.has(word)) return true;
    return (
      sourceWords.has(word) && word.length >= 5 && suffixes.some((suffix) => word.endsWith(suffix))
    );
  });
  if (left.length >= 2) {
    const first = left[0];
    const last = left.at(-1);
    findings.push({
      code: "source-words",
      severity: "error",
      params: { words: [...new Set(left.map((t) => t.text))].slice(0, 6).join(", ") },
      span: first && last ? [first.start, last.end] : null,
    });
  }
  return findings;
}

/** The target is the source again, with at least one ordinary word (not a name alone). */
export function checkUnchanged(
  source: string,
  target: string,
  languages: PairLanguages,
): Finding[] {
  if (languages.sourceLanguage === languages.targetLanguage) return [];
  if (source.trim() !== target.trim()) return [];
  const words = tokenize(source);
  const ordinary = words.filter((w) => /^\p{Ll}{3,}$/u.test(w.text));
  if (words.length < 3 || ordinary.length === 0) return [];
  return [{ code: "unchanged", severity: "error", params: {}, span: [0, target.length] }];
}

function lower(word: string): string {
  return word.normalize("NFC").toLowerCase();
}
