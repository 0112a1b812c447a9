import type { Finding } from "./finding.js";
import { fixedExpressionPatterns, hasFixedExpression } from "./language-data.js";
import type { LexWord } from "./lexicon/analysis.js";
import { foldWord, type LexicalEvidence } from "./lexicon/evidence.js";
import { rememberRecent } from "./text.js";

/** Words that negate, per language (folded); phrases that look negative but are not are removed first. */
const NEGATORS: Readonly<Record<string, { words: RegExp; idioms?: RegExp }>> = {
  en: {
    words:
      /\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|non|prohibited|forbidden|banned)\b|n['’]t\b/giu,
    // "no more than 300 words" is "300 mots maximum", "un máximo de 300 palabras".
    idioms:
      /\b(?:no|not) (?:later|earlier|sooner|less|fewer|more) than\b|\bnot (?:only|just|merely)\b|\bno\. ?\d/giu,
  },
  fr: {
    words:
      /(?<![\p{L}-])(?:ne|n['’]|pas|jamais|aucun|aucune|rien|sans|ni|non|nul|nulle|guère|interdit|interdite|interdits|interdites|interdiction)(?![\p{L}-])/giu,
    // "ne … que" is "only" (words apart by spaces, so a long word cannot be split six ways;
    // the negation looked for within 300 characters, so "ne … que" repeated stays linear); "le plus chaud jamais enregistré" is a superlative; "sans abri" is homeless.
    idioms:
      /\bnon seulement\b|\b(?:pas|non) (?:seulement|uniquement)\b|\bau plus tard\b|\bpas à pas\b|(?<![\p{L}])(?:ne|n['’])(?=\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?\s+qu(?:e\b|['’]))(?![^.;:!?]{0,300}\b(?:pas|jamais|rien|aucune?|plus|personne|guère)\b)|\bplus\b[^.,;]{0,40}?\bjamais\b|\bsans[- ]abris?\b|\bsans domicile\b/giu,
  },
  es: {
    words:
      /(?<![\p{L}-])(?:no|nunca|jamás|ningún|ninguna|ninguno|nada|sin|ni|nadie|tampoco|prohibido|prohibida|prohibidos|prohibidas|prohibición|prohíbe)(?![\p{L}-])/giu,
    idioms:
      /\bno (?:solo|sólo|solamente|únicamente)\b|\ba más tardar\b|\bno más de\b|\bno\. ?\d|\bmás\b[^.,;]{0,40}?\bjamás\b|\bsin (?:hogar|techo)\b/giu,
  },
};

/**
 * The source's content words found in the target below this share, out of at
 * least MIN_CONTENT_WORDS: the target says something else. Set on correct human
 * translations, whose paraphrase ("We are saddened by the passing of" → "C'est
 * avec tristesse que nous avons appris le décès de") shares a quarter of the
 * words with the dictionaries, or none of four or five; an unrelated sentence
 * shares none of six or more.
 */
export const MIN_CONTENT_FOUND = 0.15;
export const MIN_CONTENT_WORDS = 6;

/**
 * Does the target say the same thing? An empty target; a negation dropped or
 * added; a question or an exclamation turned into a statement; and, with the
 * dictionaries' evidence, the share of the source's content words whose
 * translations (along the route) are in the target: an unrelated sentence
 * shares almost none.
 */
export function checkMeaning(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
  evidence?: LexicalEvidence,
): Finding[] {
  const findings: Finding[] = [];
  if (LETTER.test(source) && !LETTER.test(target)) {
    return [{ code: "empty-target", severity: "error", params: {}, span: null }];
  }
  const sourceNegation = hasNegation(source, languages.sourceLanguage);
  const targetNegation = hasNegation(target, languages.targetLanguage);
  if (sourceNegation !== undefined && targetNegation !== undefined) {
    if (sourceNegation && !targetNegation)
      findings.push({ code: "negation-lost", severity: "error", params: {}, span: null });
    if (!sourceNegation && targetNegation)
      findings.push({ code: "negation-added", severity: "error", params: {}, span: null });
  }
  const sourceType = sentenceType(source);
  const targetType = sentenceType(target);
  if (sourceType === "question" && targetType !== "question")
    findings.push({ code: "question-lost", severity: "error", params: {}, span: null });
  if (evidence) {
    const coverage = contentCoverage(evidence);
    if (
      coverage &&
      coverage.total >= MIN_CONTENT_WORDS &&
      coverage.found / coverage.total < MIN_CONTENT_FOUND
    ) {
      findings.push({
        code: "meaning-unrelated",
        severity: "error",
        params: { found: coverage.found, total: coverage.total },
        span: null,
      });
    }
  }
  return findings;
}

/** Source content words whose dictionary translation (or the word itself, or a cognate) is in the target. */
export function contentCoverage(
  evidence: LexicalEvidence,
): { found: number; total: number; missing: string[] } | undefined {
  if (evidence.content.length === 0) return undefined;
  const targetForms = new Set<string>();
  for (const word of evidence.target) for (const form of formsOf(word)) targetForms.add(form);
  const prefixes = new Set([...targetForms].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  const missing: string[] = [];
  let found = 0;
  for (const word of evidence.content) {
    const surface = foldWord(word.surface);
    const isFound =
      targetForms.has(surface) ||
      word.translations.some((t) => targetForms.has(t)) ||
      (surface.length >= 5 && prefixes.has(surface.slice(0, 5))) ||
      word.translations.some((t) => t.length >= 5 && prefixes.has(t.slice(0, 5)));
    if (isFound) found++;
    else missing.push(word.surface);
  }
  return { found, total: evidence.content.length, missing };
}

const LETTER = /\p{L}/u;

// Analysed words are shared and never changed (lexicon/analysis.ts): "de", "la" recur in every
// target, and each is split and folded once.
const wordForms = new WeakMap<LexWord, readonly string[]>();

/** A word's folded forms: each part of its surface and of its readings' lemmas. */
function formsOf(word: LexWord): readonly string[] {
  let forms = wordForms.get(word);
  if (!forms) {
    const parts = [word.surface, ...word.readings.map((r) => r.lemma)].flatMap((text) =>
      text.split(/\s+/),
    );
    forms = [...new Set(parts.map(foldWord))];
    wordForms.set(word, forms);
  }
  return forms;
}

/**
 * Whether a text negates; undefined for a language without negators.
 * Remembered: a batch's sources are read again for each target language.
 */
const hasNegation = rememberRecent((text: string, language: string): boolean | undefined => {
  const negators = NEGATORS[language];
  if (!negators) return undefined;
  let cleaned = negators.idioms ? text.replace(negators.idioms, " ") : text;
  if (hasFixedExpression(language, cleaned)) {
    for (const pattern of fixedExpressionPatterns(language))
      cleaned = cleaned.replace(pattern, " ");
  }
  negators.words.lastIndex = 0;
  return negators.words.test(cleaned);
});

function sentenceType(text: string): "question" | "exclamation" | "statement" {
  const end = text.replace(/(?<![\s\u00A0\u202F"'»”’)\]])[\s\u00A0\u202F"'»”’)\]]+$/u, "");
  if (end.endsWith("?")) return "question";
  if (end.endsWith("!")) return "exclamation";
  return "statement";
}
