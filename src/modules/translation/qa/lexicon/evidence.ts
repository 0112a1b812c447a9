/**
 * What the dictionaries say of a unit, gathered before the checks run (the
 * checks stay pure): the target's words in the target language, in the
 * languages the text went through (source and pivots), and, for each content
 * word of the source, what the engine's own bilingual dictionaries translate
 * it to along the route.
 */
import { fold } from "../text.js";
import type { Lexicon } from "./lexicon.js";
import type { LexWord, Reading } from "./analysis.js";

/** A unit's lexical evidence (see `gatherEvidence`). */
export interface LexicalEvidence {
  /** The target as the target language's analyser reads it. */
  target: readonly LexWord[];
  /** Target words the analyser does not know but the language's word list has (lower case). */
  listed: ReadonlySet<string>;
  /** The target's words as other languages of the route read them (source first, then pivots): folded surface → has a non-name reading. */
  foreign: readonly { language: string; isPivot: boolean; words: ReadonlyMap<string, boolean> }[];
  /** The source as its analyser reads it. */
  source: readonly LexWord[];
  /** Source words the analyser does not know but the source language's word list has (lower case). */
  sourceListed: ReadonlySet<string>;
  /** Per source content word: its surface and the folded lemmas it may become in the target. */
  content: readonly { surface: string; lemma: string; translations: readonly string[] }[];
  /**
   * Every source word with an ordinary reading, names' homographs too ("Mayor"),
   * with what the dictionaries translate it to: where a rejected sense is found.
   */
  senses: readonly { surface: string; lemma: string; translations: readonly string[] }[];
}

/** A unit to gather evidence for: plain texts. */
export interface EvidenceInput {
  source: string;
  target: string;
}

/**
 * Parts of speech whose words carry a sentence's meaning. Adverbs are left out
 * (a translation says "unanimously" as "à l'unanimité", "now" as "désormais"),
 * and so is a word any of whose readings is a function word or an auxiliary
 * ("about", "since", "more", "will", "may"): their translations depend on the
 * reading the dictionaries cannot choose.
 */
const CONTENT_TAGS = new Set(["n", "vblex", "adj"]);
const FUNCTION_TAGS = new Set([
  "pr",
  "cnjcoo",
  "cnjsub",
  "cnjadv",
  "det",
  "predet",
  "prn",
  "rel",
  "preadv",
  "vbmod",
  "vaux",
  "vbser",
  "vbhaver",
  "vbdo",
]);

/**
 * Analyses every unit's source and target and looks the source's content
 * words up along the route (en>es>fr: the en-es then the es-fr dictionary).
 * Languages without an analyser give empty evidence (the lexical checks then
 * say nothing).
 */
export async function gatherEvidence(
  lexicon: Lexicon,
  input: { route: readonly string[]; units: readonly EvidenceInput[] },
): Promise<(LexicalEvidence | undefined)[]> {
  // No dictionary word is 100 characters long; a longer run is analysed by its start only,
  // so a 100,000-letter "word" costs what a short one does.
  const units = input.units.map((u) => ({ source: clip(u.source), target: clip(u.target) }));
  const route = input.route;
  const sourceLanguage = route[0] ?? "";
  const targetLanguage = route.at(-1) ?? "";
  // The analysers are separate processes: asked at once, they work side by side.
  const pivots = route
    .slice(0, -1)
    .flatMap((language, index) =>
      language === targetLanguage ? [] : [{ language, isPivot: index > 0 }],
    );
  const [targets, sourceAnalyses] = await Promise.all([
    lexicon.analyse(
      targetLanguage,
      units.map((u) => u.target),
    ),
    lexicon.analyse(
      sourceLanguage,
      units.map((u) => u.source),
    ),
  ]);
  if (!targets) return units.map(() => undefined);
  const sources = sourceAnalyses ?? units.map(() => []);
  // The route's other languages read only the targets that have a word the target language
  // does not read as an ordinary word: the language check looks at no other word's languages.
  const doubtful = units.flatMap((_, i) => ((targets[i] ?? []).some(isInDoubt) ? [i] : []));
  const pivotAnalyses = await Promise.all(
    pivots.map(({ language }) =>
      lexicon.analyse(
        language,
        doubtful.map((i) => units[i]?.target ?? ""),
      ),
    ),
  );
  const foreign: { language: string; isPivot: boolean; analyses: LexWord[][] }[] = [];
  pivots.forEach(({ language, isPivot }, i) => {
    const answers = pivotAnalyses[i];
    if (!answers) return;
    const analyses: LexWord[][] = units.map(() => []);
    doubtful.forEach((unit, k) => (analyses[unit] = answers[k] ?? []));
    foreign.push({ language, isPivot, analyses });
  });
  // A word no analyser of a language knows may still be in its word list.
  const foreignWords = (language: string, words: readonly LexWord[]) => {
    const known = knownWords(words);
    for (const word of words)
      if (word.readings.length === 0 && lexicon.isListed(language, word.surface))
        known.set(foldWord(word.surface), true);
    return known;
  };
  // Words no analyser knows: the word list first, then Hunspell's affix rules (one batch),
  // while the bilingual dictionaries look the source words up.
  const unknown = targets.flatMap((words) => words.filter((w) => w.readings.length === 0));
  const [content, spelled] = await Promise.all([
    translateContent(lexicon, route, sources),
    lexicon.spelled(
      targetLanguage,
      unknown
        .filter((w) => !lexicon.isListed(targetLanguage, w.surface))
        .map((w) => w.surface.toLowerCase()),
    ),
  ]);
  const listed = (words: readonly LexWord[]) =>
    new Set(
      words
        .filter(
          (w) =>
            w.readings.length === 0 &&
            (lexicon.isListed(targetLanguage, w.surface) || spelled.has(w.surface.toLowerCase())),
        )
        .map((w) => w.surface.toLowerCase()),
    );
  return units.map((_, i) => ({
    target: targets[i] ?? [],
    listed: listed(targets[i] ?? []),
    foreign: foreign.map((f) => ({
      language: f.language,
      isPivot: f.isPivot,
      words: foreignWords(f.language, f.analyses[i] ?? []),
    })),
    source: sources[i] ?? [],
    sourceListed: new Set(
      (sources[i] ?? [])
        .filter((w) => w.readings.length === 0 && lexicon.isListed(sourceLanguage, w.surface))
        .map((w) => w.surface.toLowerCase()),
    ),
    content: (content[i] ?? []).filter((w) => !w.isName && !w.isFunctionWord),
    senses: content[i] ?? [],
  }));
}

/**
 * Asks the dictionaries early what `gatherEvidence` will ask of sources alone
 * (their analysis, their content words along the route), for a lexicon that
 * remembers answers (`LexiconMemo`): a job does it while the engine translates.
 */
export async function askSourceEvidenceEarly(
  lexicon: Lexicon,
  input: { route: readonly string[]; sources: readonly string[] },
): Promise<void> {
  const analyses = await lexicon.analyse(input.route[0] ?? "", input.sources.map(clip));
  // Only the questions count here: the answers are read when the checks gather their evidence.
  if (analyses) await translateAlongRoute(lexicon, input.route, contentWords(analyses));
}

/**
 * Whether the language check must ask the route's other languages about a
 * target word: it has letters and no ordinary reading in the target language
 * (unknown, or a name only).
 */
export function isInDoubt(word: LexWord): boolean {
  return /\p{L}/u.test(word.surface) && !word.readings.some((r) => !isNameReading(r));
}

/** Whether a reading is of a name (np) only. */
export function isNameReading(reading: Reading): boolean {
  return reading.tags[0] === "np";
}

/** Lower case without accents (text.ts `fold`, which remembers the words it folded). */
export function foldWord(word: string): string {
  return fold(word);
}

function knownWords(words: readonly LexWord[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const word of words) {
    if (word.readings.length === 0) continue;
    const common = word.readings.some((r) => !isNameReading(r));
    for (const part of word.surface.split(/\s+/)) {
      const key = foldWord(part);
      out.set(key, (out.get(key) ?? false) || common);
    }
  }
  return out;
}

async function translateContent(
  lexicon: Lexicon,
  route: readonly string[],
  sources: readonly LexWord[][],
): Promise<TranslatedWord[][]> {
  const words = contentWords(sources);
  const current = await translateAlongRoute(lexicon, route, words);
  const out: TranslatedWord[][] = sources.map(() => []);
  // Lemmas repeat across words and units: each folded once.
  const folded = new Map<string, string[]>();
  const foldLemma = (lemma: string) => {
    let parts = folded.get(lemma);
    if (!parts) {
      parts = foldWord(lemma).split(/\s+/);
      folded.set(lemma, parts);
    }
    return parts;
  };
  words.forEach((word, i) => {
    const translations = [...new Set((current[i] ?? []).flatMap((r) => foldLemma(r.lemma)))];
    out[word.unit]?.push({
      surface: word.surface,
      lemma: word.lemma,
      isName: word.isName,
      isFunctionWord: word.isFunctionWord,
      translations,
    });
  });
  return out;
}

/** A source word with content readings, in the unit it comes from. */
type ContentWord = Omit<TranslatedWord, "translations"> & { unit: number; readings: Reading[] };

/** Every source word with a content reading, flattened for one batch per hop. */
function contentWords(sources: readonly LexWord[][]): ContentWord[] {
  const words: ContentWord[] = [];
  sources.forEach((analysis, unit) => {
    for (const word of analysis) {
      const readings = word.readings.filter(
        (r) => CONTENT_TAGS.has(r.tags[0] ?? "") && r.parts.length === 1,
      );
      if (readings.length === 0) continue;
      words.push({
        unit,
        surface: word.surface,
        lemma: readings[0]?.lemma ?? "",
        readings,
        isName: word.readings.some(isNameReading),
        isFunctionWord: word.readings.some((r) => FUNCTION_TAGS.has(r.tags[0] ?? "")),
      });
    }
  });
  return words;
}

/** Each word's content readings translated hop by hop along the route: the last hop's readings, per word. */
async function translateAlongRoute(
  lexicon: Lexicon,
  route: readonly string[],
  words: readonly ContentWord[],
): Promise<Reading[][]> {
  let current: Reading[][] = words.map((w) => w.readings);
  for (let hop = 0; hop + 1 < route.length; hop++) {
    const from = route[hop] ?? "";
    const to = route[hop + 1] ?? "";
    const flat = current.flat();
    const answers = (await lexicon.translate(from, to, flat)) ?? [];
    // Each word's readings become the translations of its readings, in order.
    let k = 0;
    current = current.map((readings) => {
      const next: Reading[] = [];
      for (let r = 0; r < readings.length; r++) for (const t of answers[k++] ?? []) next.push(t);
      return next;
    });
  }
  return current;
}

/** A source word and the target lemmas the dictionaries give it along the route. */
interface TranslatedWord {
  surface: string;
  lemma: string;
  translations: string[];
  isName: boolean;
  isFunctionWord: boolean;
}

function clip(text: string): string {
  if (text.length < 100) return text;
  return text.replace(/\S{100,}/gu, (word) => word.slice(0, 99));
}
