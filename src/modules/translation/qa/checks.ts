import { plainText } from "../segments/index.js";
import { checkEntities } from "./check-entities.js";
import {
  type CheckTerm,
  checkForbiddenTerms,
  checkGlossary,
  type ForbiddenTerm,
} from "./check-glossary.js";
import { checkLength } from "./check-length.js";
import { checkMarkup } from "./check-markup.js";
import { checkNumbers } from "./check-numbers.js";
import { checkPunctuation } from "./check-punctuation.js";
import { checkSentenceStart } from "./check-sentence-start.js";
import { checkFluency } from "./check-fluency.js";
import { checkGrammar } from "./check-grammar.js";
import { checkSenses } from "./check-senses.js";
import { checkLanguage } from "./check-language.js";
import { checkMeaning } from "./check-meaning.js";
import { checkRepeatedWords, checkUnchanged, checkUntranslated } from "./check-words.js";
import type { CheckInput, Finding, Severity } from "./finding.js";
import { fixedExpressionPatterns, hasFixedExpression } from "./language-data.js";

export type { CheckTerm, ForbiddenTerm } from "./check-glossary.js";

/** The kinds of error the checks look for, and the finding codes of each kind. */
export const CHECK_KINDS = {
  "repeated-word": ["repeated-word"],
  number: ["number-missing", "number-added", "date-mismatch"],
  entity: ["entity-missing", "entity-added"],
  markup: ["markup-lost", "markup-added", "markup-duplicated", "markup-broken", "markup-order"],
  glossary: ["glossary-missing", "glossary-translated", "glossary-forbidden"],
  untranslated: ["untranslated-mark", "source-words", "unknown-words"],
  language: ["source-word", "pivot-word", "glued-words", "unknown-word", "rejected-sense"],
  meaning: [
    "empty-target",
    "negation-lost",
    "negation-added",
    "question-lost",
    "meaning-unrelated",
  ],
  fluency: [
    "pronoun-after-noun",
    "preposition-verb",
    "elision-missing",
    "article-year",
    "informal-address",
    "capital-midsentence",
    "capitalised-adjective",
    "particle-number",
    "adjective-after-noun",
    "article-missing",
    "bare-noun-start",
    "article-doubled",
    "english-possessive",
    "vosotros-address",
    "imperative-lost",
    "ser-estar",
    "day-preposition",
    "compound-order",
    "adjective-before-noun",
    "subject-added",
    "question-added",
  ],
  unchanged: ["unchanged"],
  engine: ["engine-unproven"],
  length: ["length-ratio"],
  punctuation: [
    "punctuation-final-missing",
    "punctuation-final-added",
    "punctuation-unbalanced",
    "typography-space",
    "typography-nbsp",
    "typography-inverted",
  ],
  "sentence-start": ["sentence-agreement", "sentence-capital", "sentence-lowercase"],
} as const satisfies Record<string, readonly string[]>;

/** A kind of error (a key of CHECK_KINDS). */
export type CheckKind = keyof typeof CHECK_KINDS;

/** Every finding code, each with a message key `qa.<code>` in the catalogs. */
export type FindingCode = (typeof CHECK_KINDS)[CheckKind][number];

/** The kind a finding code belongs to. */
export function kindOf(code: string): CheckKind | undefined {
  return KIND_OF_CODE.get(code);
}

const KIND_OF_CODE: ReadonlyMap<string, CheckKind> = new Map(
  (Object.entries(CHECK_KINDS) as [CheckKind, readonly string[]][])
    .reverse()
    .flatMap(([kind, codes]) => codes.map((code) => [code, kind] as const)),
);

/**
 * Runs the automatic checks on one unit. Codes are stable (reviewers filter
 * by them); spans point into the target's plain text. See README.md.
 */
export function checkUnit(
  input: CheckInput & { terms?: readonly CheckTerm[]; forbiddenTerms?: readonly ForbiddenTerm[] },
): Finding[] {
  const source = plainText(input.source);
  const target = plainText(input.target);
  const languages = { sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage };
  const terms = input.terms ?? [];
  const findings: Finding[] = [
    ...checkMarkup(input.source, input.target),
    ...checkRepeatedWords(source, target, input.targetLanguage),
    ...checkNumbers(source, target, languages),
    ...checkEntities(source, target, {
      ...languages,
      terms,
      backTranslation: input.backTranslation,
      names: input.names,
    }),
    ...checkGlossary(source, target, terms),
    ...checkForbiddenTerms(source, target, input.forbiddenTerms ?? []),
    ...checkUntranslated(source, target, languages),
    ...checkUnchanged(source, target, languages),
    ...checkLength(source, target, languages),
    ...checkPunctuation(source, target, input.targetLanguage),
    ...checkSentenceStart(source, target, languages),
    ...checkMeaning(source, target, languages, input.evidence),
    ...checkFluency(target, input.targetLanguage, input.evidence),
    ...checkGrammar(target, input.targetLanguage, input.evidence),
    ...(input.evidence ? checkSenses(target, input.evidence, input.rejectedSenses ?? []) : []),
    ...(input.evidence
      ? checkLanguage(source, target, {
          evidence: input.evidence,
          allowed: input.allowedWords ?? new Set<string>(),
        })
      : []),
  ];
  if (input.unknownWords.length > 0) {
    findings.push({
      code: "unknown-words",
      severity: "warning",
      params: { words: input.unknownWords.join(", ") },
      span: null,
    });
  }
  return byLanguage(findings, target, input.targetLanguage);
}

/**
 * Severities a target language sets apart from a check's own: the network's
 * Spanish youth calls address readers as tú on purpose ("¿Eres un joven
 * líder…?"), so there informal address asks for a look; French institutional
 * text never says tu.
 */
export const SEVERITY_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, Severity>>>> = {
  es: { "informal-address": "warning" },
};

/**
 * Applies the target language's severities, and drops fluency findings on a
 * fixed expression (language-data.ts FIXED_EXPRESSIONS): "sans faille" is no
 * preposition before a verb.
 */
function byLanguage(findings: readonly Finding[], target: string, language: string): Finding[] {
  const severities = SEVERITY_BY_LANGUAGE[language] ?? {};
  const fixed: [number, number][] = [];
  // Only a fluency finding with a span can fall inside a fixed expression.
  if (
    findings.some((f) => f.span !== null && kindOf(f.code) === "fluency") &&
    hasFixedExpression(language, target)
  ) {
    for (const pattern of fixedExpressionPatterns(language)) {
      for (const match of target.matchAll(pattern))
        fixed.push([match.index, match.index + match[0].length]);
    }
  }
  return findings
    .filter(
      (f) =>
        kindOf(f.code) !== "fluency" ||
        f.span === null ||
        !fixed.some(([start, end]) => f.span !== null && f.span[0] >= start && f.span[1] <= end),
    )
    .map((f) => {
      const severity = severities[f.code];
      return severity ? { ...f, severity } : f;
    });
}
