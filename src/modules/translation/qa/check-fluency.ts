import type { Finding } from "./finding.js";
import type { LexWord, Reading } from "./lexicon/analysis.js";
import type { LexicalEvidence } from "./lexicon/evidence.js";

/**
 * Shapes of broken output a reader stops at, recurring in rule-based machine
 * translation (each measured on the labelled set of the pipeline's output):
 * - `pronoun-after-noun`: a subject pronoun right after its noun ("Majeur ils amènent");
 * - `preposition-verb`: a preposition before a conjugated verb ("à revitalise", "para fortalece");
 * - `elision-missing`: French "le ascensor", "de extremismo"; Spanish "de el", "a el";
 * - `article-year`: an article before a year before its noun ("la 2024 Asamblea");
 * - `informal-address`: readers addressed as tu/tú on an institution's site;
 * - `vosotros-address` (es): readers addressed as vosotros ("vuestra ciudad").
 */
export function checkFluency(
  target: string,
  targetLanguage: string,
  evidence?: LexicalEvidence,
): Finding[] {
  const findings: Finding[] = [];
  const push = (code: string, match: { index: number; text: string }) =>
    findings.push({
      code,
      severity: "error",
      params: { words: match.text },
      span: [match.index, match.index + match.text.length],
    });
  for (const match of target.matchAll(ELISION[targetLanguage] ?? NEVER)) {
    push("elision-missing", { index: match.index, text: match[0] });
  }
  const year = ARTICLE_YEAR[targetLanguage];
  if (year) {
    for (const match of target.matchAll(year)) {
      const next = match[2] ?? "";
      if (/^\p{Lu}/u.test(next) || !evidence || hasNounReading(evidence.target, next))
        push("article-year", { index: match.index, text: match[0] });
    }
  }
  if (!evidence) return findings;
  const words = positioned(target, evidence.target);
  const prepositions = PREPOSITIONS[targetLanguage];
  const subjects = SUBJECT_PRONOUNS[targetLanguage];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (!word || !next || !/^[\s\u00A0]+$/u.test(target.slice(word.end, next.start))) continue;
    const text = target.slice(word.start, next.end);
    if (
      subjects?.has(next.word.surface.toLowerCase()) &&
      isOnly(word.word, ["n", "adj", "np"]) &&
      words[i + 2] !== undefined &&
      hasTag(words[i + 2]?.word, isVerb)
    ) {
      push("pronoun-after-noun", { index: word.start, text });
    }
    if (prepositions?.has(word.word.surface.toLowerCase()) && isFiniteVerbOnly(next.word)) {
      push("preposition-verb", { index: word.start, text });
    }
  }
  for (const item of words) {
    // Vosotros is never an institution's address; tú may be a youth call's choice (a warning in Spanish).
    if (targetLanguage === "es" && isVosotros(item.word))
      push("vosotros-address", { index: item.start, text: item.word.surface });
    else if (isInformal(item.word, targetLanguage))
      push("informal-address", { index: item.start, text: item.word.surface });
  }
  return findings;
}

const NEVER = /(?!)/gu;

const ELISION: Readonly<Record<string, RegExp>> = {
  fr: /(?<![\p{L}\p{N}'’-])(?:[Ll][ea]|[Dd]e|[Nn]e|[Qq]ue|[Jj]e|[Mm]e|[Tt]e|[Ss]e|[Cc]e)\s+(?!(?:onze|onzième|oui|ouate|uhlan|un|une)\b)[aeiouàâäéèêëîïôöùûüAEIOUÀÂÉÈÊÎÔÛ]\p{L}*/gu,
  es: /(?<![\p{L}\p{N}])(?:[Dd]e|[Aa])\s+el(?![\p{L}])/gu,
};

const ARTICLE_YEAR: Readonly<Record<string, RegExp>> = {
  fr: /(?<![\p{L}\p{N}])(le|la|les|l['’]|au|aux|du|des)\s*(?:(?:19|20)\d\d)\s+(\p{L}[\p{L}\p{M}-]*)/giu,
  es: /(?<![\p{L}\p{N}])(el|la|los|las|al|del)\s+(?:(?:19|20)\d\d)\s+(\p{L}[\p{L}\p{M}-]*)/giu,
};

const PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["à", "de", "pour", "par", "sans", "avec", "sur"]),
  es: new Set(["a", "de", "para", "por", "sin", "con"]),
};

const SUBJECT_PRONOUNS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["il", "ils", "elle", "elles", "tu", "je"]),
};

const FINITE = new Set(["pri", "pii", "ifi", "fti", "cni", "prs", "pis", "pres", "past"]);

/** Whether a reading is a verb's (lexical, être, avoir, modal, auxiliary). */
export function isVerb(reading: Reading): boolean {
  return /^(?:vblex|vbser|vbhaver|vbmod|vaux)$/.test(reading.tags[0] ?? "");
}

/** Whether every reading of a known word has one of the given parts of speech. */
export function isOnly(word: LexWord, heads: readonly string[]): boolean {
  return word.readings.length > 0 && word.readings.every((r) => heads.includes(r.tags[0] ?? ""));
}

function hasTag(word: LexWord | undefined, test: (reading: Reading) => boolean): boolean {
  return word !== undefined && word.readings.some(test);
}

/** Whether a known word can only be a conjugated verb. */
export function isFiniteVerbOnly(word: LexWord): boolean {
  return (
    word.readings.length > 0 &&
    word.readings.every((r) => isVerb(r) && r.tags.some((t) => FINITE.has(t)))
  );
}

function isInformal(word: LexWord, language: string): boolean {
  if (word.readings.length === 0) return false;
  // French tu-forms (vous is the formal address); Spanish tú and vosotros forms (usted takes the third person).
  const second = (r: Reading) => r.parts.some((p) => p.tags.includes("p2"));
  // In French only the pronouns and possessives: a verb form read as "tu collectes" is
  // more often a noun the analyser lacks.
  if (language === "fr") return /^(?:tu|toi|ton|ta|tes)$/i.test(word.surface);
  if (language === "es") return word.readings.every(second);
  return false;
}

function isVosotros(word: LexWord): boolean {
  if (/^(?:os|vosotros|vosotras)$/i.test(word.surface)) return true;
  if (word.readings.length === 0) return false;
  return word.readings.every(
    (r) =>
      r.lemma === "vuestro" || r.parts.some((p) => p.tags.includes("p2") && p.tags.includes("pl")),
  );
}

function hasNounReading(words: readonly LexWord[], surface: string): boolean {
  const word = words.find((w) => w.surface === surface);
  return word !== undefined && word.readings.some((r) => /^(?:n|np|adj)$/.test(r.tags[0] ?? ""));
}

/** The analyser's words with their offsets in the target (words not found are skipped). */
export function positioned(
  target: string,
  words: readonly LexWord[],
): { word: LexWord; start: number; end: number }[] {
  const out: { word: LexWord; start: number; end: number }[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = target.indexOf(word.surface, cursor);
    if (at < 0) continue;
    out.push({ word, start: at, end: at + word.surface.length });
    cursor = at + word.surface.length;
  }
  return out;
}
