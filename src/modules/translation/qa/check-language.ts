import type { Finding } from "./finding.js";
import { foldWord, isInDoubt, isNameReading, type LexicalEvidence } from "./lexicon/evidence.js";
import { opensSentence } from "./text.js";

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
  // Read from the source only for a target word the dictionaries leave in doubt (few are).
  let known: SourceVocabulary | undefined;
  const vocabulary = () => (known ??= sourceVocabulary(source, context.evidence));
  const findings: Finding[] = [];
  let cursor = 0;
  for (const word of context.evidence.target) {
    const at = target.indexOf(word.surface, cursor);
    const start = at < 0 ? cursor : at;
    if (at >= 0) cursor = at + word.surface.length;
    const span: [number, number] = [start, start + word.surface.length];
    const found = judgeWord(word, { target, span, context, vocabulary });
    if (found) findings.push(found);
  }
  return findings;
}

/** What the source says, as the judgement of each target word needs it. */
interface SourceVocabulary {
  /** Folded source words (each part of a multi-word one), true when the analyser reads it as an ordinary word. */
  sourceWords: Map<string, boolean>;
  /** The folded source between spaces, to find a folded word in it. */
  sourceText: string;
  /** The source's words as written (NFC, lower case). */
  sourceExact: Set<string>;
  /** Folded source words that are ordinary words only. */
  sourceOrdinary: Set<string>;
}

function sourceVocabulary(source: string, evidence: LexicalEvidence): SourceVocabulary {
  const sourceWords = new Map<string, boolean>();
  for (const word of evidence.source) {
    const isCommon = word.readings.some((r) => !isNameReading(r));
    for (const part of word.surface.split(/\s+/)) {
      const key = foldWord(part);
      sourceWords.set(key, (sourceWords.get(key) ?? false) || isCommon);
    }
  }
  const sourceText = ` ${foldWord(source)} `;
  const sourceExact = new Set(
    source
      .normalize("NFC")
      .toLowerCase()
      .split(/[^\p{L}\p{M}]+/u),
  );
  // Source words that are ordinary words only: no name reading, or unknown to the analyser
  // but in the source language's word list.
  const sourceOrdinary = new Set<string>();
  for (const word of evidence.source) {
    const isOrdinary =
      word.readings.length > 0
        ? word.readings.every((r) => !isNameReading(r))
        : evidence.sourceListed.has(word.surface.toLowerCase());
    if (isOrdinary) sourceOrdinary.add(foldWord(word.surface));
  }
  return { sourceWords, sourceText, sourceExact, sourceOrdinary };
}

/** The finding one target word earns, if any (see checkLanguage). */
function judgeWord(
  word: LexicalEvidence["target"][number],
  input: {
    target: string;
    span: [number, number];
    context: LanguageContext;
    /** What the source says (read the first time a word needs it). */
    vocabulary: () => SourceVocabulary;
  },
): Finding | undefined {
  const { target, span } = input;
  const { evidence, allowed } = input.context;
  if (!isInDoubt(word)) return undefined;
  if (evidence.listed.has(word.surface.toLowerCase())) return undefined;
  const key = foldWord(word.surface);
  if (allowed.has(key)) return undefined;
  const vocabulary = input.vocabulary();
  const { sourceWords, sourceText, sourceExact } = vocabulary;
  const isLower = word.surface === word.surface.toLowerCase();
  // A name carried over keeps its spelling: accents the source lacks ("Mánchester") are the
  // pivot language's spelling.
  const isRespelt =
    !sourceExact.has(word.surface.normalize("NFC").toLowerCase()) &&
    word.surface.normalize("NFD") !== word.surface.normalize("NFD").replace(/\p{M}/gu, "") &&
    evidence.foreign.some((f) => f.isPivot && f.words.has(key));
  if (isRespelt) {
    return finding(
      "pivot-word",
      word.surface,
      span,
      evidence.foreign.find((f) => f.isPivot)?.language,
    );
  }
  if (sourceWords.has(key) || sourceText.includes(` ${key} `))
    return judgeCarriedWord(word.surface, { key, target, span, vocabulary });
  const pivot = evidence.foreign.find(
    (f) =>
      f.isPivot && (f.words.get(key) === true || (word.readings.length === 0 && f.words.has(key))),
  );
  if (pivot) {
    return finding("pivot-word", word.surface, span, pivot.language);
  }
  const sourceLanguage = evidence.foreign.find((f) => !f.isPivot && f.words.get(key) === true);
  if (sourceLanguage && isLower) {
    return finding("source-word", word.surface, span);
  }
  if (word.readings.length > 0) return undefined;
  // No dictionary of the language has it, and it is not from the source. Words the pivot
  // glued together ("presentacióndetres", "plazodedos") are errors; any other may be a new
  // word ("cuórum") or a name: a warning.
  const isGlued = /^\p{Ll}{4,}(?:de|del)(?:\p{Ll}{2,}|\d+)$/u.test(word.surface);
  return {
    code: isGlued ? "glued-words" : "unknown-word",
    severity: isGlued ? "error" : "warning",
    params: { word: word.surface },
    span,
  };
}

/**
 * A target word found in the source, carried over: a name may be; a lower-case
 * word the target language does not have may not ("citywide"), nor a
 * capitalised one the source language reads only as an ordinary word
 * ("Steering", "Hub", "Toolkit").
 */
function judgeCarriedWord(
  surface: string,
  input: { key: string; target: string; span: [number, number]; vocabulary: SourceVocabulary },
): Finding | undefined {
  const { key, target, span } = input;
  const { sourceWords, sourceOrdinary } = input.vocabulary;
  const isLower = surface === surface.toLowerCase();
  // A capitalised ordinary word is an error inside a half-translated name ("Steering Comité",
  // "Régional Hub"); a name kept whole in the source language ("Cape Flats") is a choice.
  const isAcronym = /^\p{Lu}{2,}$/u.test(surface);
  const isOrdinary = isLower
    ? surface.length > 1
    : !isAcronym &&
      sourceOrdinary.has(key) &&
      capitalRun(target, span).some((w) => !sourceWords.has(foldWord(w)));
  return isOrdinary && !isUnitSymbol(target, span)
    ? finding("source-word", surface, span)
    : undefined;
}

function finding(
  code: "source-word" | "pivot-word",
  word: string,
  span: [number, number],
  language = "",
): Finding {
  return { code, severity: "error", params: { word, language }, span };
}

/** "min", "km", "h" after a number are unit symbols, the same in every language. */
function isUnitSymbol(target: string, span: [number, number]): boolean {
  return /\d\s*$/u.test(target.slice(0, span[0])) && span[1] - span[0] <= 3;
}

/** The capitalised words written next to the one at `span` (spaces or hyphens between), itself included. */
function capitalRun(target: string, span: [number, number]): string[] {
  const words = [...target.matchAll(/[\p{L}\p{M}]+/gu)];
  const at = words.findIndex((m) => m.index === span[0]);
  if (at < 0) return [];
  const isCapital = (m: RegExpMatchArray | undefined) => m !== undefined && /^\p{Lu}/u.test(m[0]);
  const isJoined = (a: RegExpMatchArray, b: RegExpMatchArray) =>
    /^[\s-]+$/u.test(target.slice((a.index ?? 0) + a[0].length, b.index));
  // A sentence's first word is capitalised for the sentence, not for the name.
  const isStart = (m: RegExpMatchArray) => opensSentence(target, m.index ?? 0, '.!?¿¡:;…«"“(');
  let first = at;
  while (
    first > 0 &&
    isCapital(words[first - 1]) &&
    !isStart(words[first]!) &&
    isJoined(words[first - 1]!, words[first]!)
  )
    first--;
  if (first < at && isStart(words[first]!)) first++;
  let last = at;
  while (isCapital(words[last + 1]) && isJoined(words[last]!, words[last + 1]!)) last++;
  return words.slice(first, last + 1).map((m) => m[0]);
}
