import type { Finding } from "./finding.js";
import { foldWord, isNameReading, type LexicalEvidence } from "./lexicon/evidence.js";

/** What the language check needs besides the texts. */
export interface LanguageContext {
  evidence: LexicalEvidence;
  /** Folded words any target may use: glossary targets, the network's place and people names. */
  allowed: ReadonlySet<string>;
}

/**
 * Is every word of the target a word of the target language? A word passes
 * when the target language's analyser knows it as an ordinary word, its word
 * list has it, it is an allowed name (glossary, directory), or it is a name
 * the source carries (not an ordinary word of the source language). Otherwise
 * a word of the pivot language ("Juventud" in French through Spanish) or an
 * ordinary source word left as it was ("clapping") is an error: one is enough.
 */
export function checkLanguage(source: string, target: string, context: LanguageContext): Finding[] {
  const { evidence, allowed } = context;
  const sourceWords = new Map<string, boolean>();
  for (const word of evidence.source) {
    const isCommon = word.readings.some((r) => !isNameReading(r));
    for (const part of word.surface.split(/\s+/)) {
      const key = foldWord(part);
      sourceWords.set(key, (sourceWords.get(key) ?? false) || isCommon);
    }
  }
  const sourceText = ` ${foldWord(source)} `;
  const findings: Finding[] = [];
  let cursor = 0;
  for (const word of evidence.target) {
    const at = target.indexOf(word.surface, cursor);
    const start = at < 0 ? cursor : at;
    if (at >= 0) cursor = at + word.surface.length;
    if (!/\p{L}/u.test(word.surface)) continue;
    if (word.readings.some((r) => !isNameReading(r))) continue;
    if (evidence.listed.has(word.surface.toLowerCase())) continue;
    const key = foldWord(word.surface);
    if (allowed.has(key)) continue;
    const span: [number, number] = [start, start + word.surface.length];
    const isLower = word.surface === word.surface.toLowerCase();
    if (sourceWords.has(key) || sourceText.includes(` ${key} `)) {
      // Carried over from the source: a name may be, a lower-case word the target language
      // does not have may not ("citywide", "shortlisted").
      if (isLower && word.surface.length > 1)
        findings.push(finding("source-word", word.surface, span));
      continue;
    }
    const pivot = evidence.foreign.find(
      (f) =>
        f.isPivot &&
        (f.words.get(key) === true || (word.readings.length === 0 && f.words.has(key))),
    );
    if (pivot) {
      findings.push(finding("pivot-word", word.surface, span, pivot.language));
      continue;
    }
    const sourceLanguage = evidence.foreign.find((f) => !f.isPivot && f.words.get(key) === true);
    if (sourceLanguage && isLower) {
      findings.push(finding("source-word", word.surface, span));
      continue;
    }
    if (word.readings.length > 0) continue;
    findings.push({
      code: "unknown-word",
      severity: "warning",
      params: { word: word.surface },
      span,
    });
  }
  return findings;
}

function finding(
  code: "source-word" | "pivot-word",
  word: string,
  span: [number, number],
  language = "",
): Finding {
  return { code, severity: "error", params: { word, language }, span };
}
