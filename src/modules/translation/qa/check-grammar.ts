import { isFiniteVerbOnly, isOnly, isVerb, positioned } from "./check-fluency.js";
import type { Finding } from "./finding.js";
import { opensSentence } from "./text.js";
import type { LexWord } from "./lexicon/analysis.js";
import type { LexicalEvidence } from "./lexicon/evidence.js";

/**
 * Grammar a reader of French or Spanish expects, where rule-based output from
 * English keeps English habits (each rule measured on the labelled sets of real
 * pipeline output and human translations, gate-figures.ts):
 * - `capital-midsentence`: a conjunction, auxiliary or conjugated verb capitalised
 *   mid-sentence ("Civitas Y UNDP", "Rotterdam A un", "Civitas Ha entregado");
 * - `capitalised-adjective` (fr): an adjective capitalised after a capitalised word
 *   ("Cime Globale", "Cohésion Sociale"): French capitalises only a name's first word;
 * - `particle-number`: "over 600" left as a place word before a number
 *   ("dessus 1,200", "encima 600", "debajo 30");
 * - `adjective-after-noun` (fr): nouveau, bon, jeune… after their noun ("un fond nouveau");
 * - `article-missing` (fr): a preposition before a bare common noun ("pour dialogue",
 *   "avec soutien"), fixed expressions aside (language-data.ts);
 * - `bare-noun-start`: a sentence opening on a bare plural noun ("Délégués de jeunesse a présenté");
 * - `adjective-before-noun`: a relational adjective before its noun ("régionaux hubs", "regional centro");
 * - `compound-order`: an English compound's order after a compass point ("L'Asie du sud pôle");
 * - `article-doubled`: an article before another ("La l'Afrique de l'est");
 * - `english-possessive`: an English possessive's apostrophe left on a word ("Majeur' panneau");
 * - `subject-added` (fr): a text opening on a subject pronoun the original has none for
 *   ("Calls for applications" → "Il demande des applications", "Contact us" → "Je nous
 *   contacte"), impersonal il aside ("Il y a", "Il faut");
 * - `question-added` (fr): a statement turned into a question ("Who we are" → "Qui est-ce
 *   qui nous sommes").
 */
export function checkGrammar(
  target: string,
  targetLanguage: string,
  evidence?: LexicalEvidence,
): Finding[] {
  const findings = checkShapes(target, targetLanguage, evidence);
  // A title ("Contact us", "Meet the mayors") or a label before a colon is no command to keep.
  const isSentence = /[.!]\s*$/u.test(target.trim()) && !target.includes(":");
  if (
    evidence &&
    isSentence &&
    isImperative(evidence.source) &&
    !opensAsInstruction(evidence.target, targetLanguage)
  )
    findings.push({
      code: "imperative-lost",
      severity: "error",
      params: { words: evidence.target.find((w) => /\p{L}/u.test(w.surface))?.surface ?? "" },
      span: null,
    });
  if (evidence && targetLanguage === "fr") findings.push(...checkAddedSubject(target, evidence));
  if (targetLanguage === "fr" && !/\?/u.test(target)) {
    const question = /(?<![\p{L}])est-ce\s+(?:que|qu['’]|qui)/iu.exec(target);
    if (question && evidence && !opensAsQuestion(evidence.source))
      findings.push({
        code: "question-added",
        severity: "error",
        params: { words: question[0] },
        span: [question.index, question.index + question[0].length],
      });
  }
  for (const match of target.matchAll(SER_DISPONIBLE[targetLanguage] ?? NEVER))
    findings.push({
      code: "ser-estar",
      severity: "error",
      params: { words: match[0] },
      span: [match.index, match.index + match[0].length],
    });
  for (const match of target.matchAll(DAY_PREPOSITION[targetLanguage] ?? NEVER))
    findings.push({
      code: "day-preposition",
      severity: "error",
      params: { words: match[0] },
      span: [match.index, match.index + match[0].length],
    });
  return findings;
}

function checkShapes(
  target: string,
  targetLanguage: string,
  evidence?: LexicalEvidence,
): Finding[] {
  const findings: Finding[] = [];
  const push = (code: string, start: number, end: number) =>
    findings.push({
      code,
      severity: "error",
      params: { words: target.slice(start, end) },
      span: [start, end],
    });
  for (const match of target.matchAll(PARTICLE_NUMBER[targetLanguage] ?? NEVER))
    push("particle-number", match.index, match.index + match[0].length);
  for (const match of target.matchAll(DOUBLED_ARTICLE[targetLanguage] ?? NEVER))
    push("article-doubled", match.index, match.index + match[0].length);
  if (targetLanguage === "fr" || targetLanguage === "es") {
    for (const match of target.matchAll(/(?<![\p{L}])(\p{L}{2,})['’](?=[\s,.;:!?)]|$)/gu)) {
      if (targetLanguage === "fr" && ELIDED.test(match[1] ?? "")) continue;
      push("english-possessive", match.index, match.index + match[0].length);
    }
  }
  if (!evidence || (targetLanguage !== "fr" && targetLanguage !== "es")) return findings;
  const words = positioned(target, evidence.target);
  const isStatement = /[.!?…]["»”’)\s]*$/u.test(target);
  words.forEach((item, i) => {
    const { word } = item;
    const previous = words[i - 1];
    const next = words[i + 1];
    // Punctuation is a word of the analysis too: look at the text itself.
    const isMidSentenceCapital =
      /^\p{Lu}\p{Ll}*$/u.test(word.surface) && !opensSentence(target, item.start, '.!?¿¡:;…«"“(—–');
    // A capitalised verb before another capital is a first name ("Lucía Romero"); a
    // conjunction or auxiliary never is ("Bogotá Y Medellín").
    const isBeforeName = next !== undefined && /^\p{Lu}/u.test(next.word.surface);
    if (
      isMidSentenceCapital &&
      isFunctionOrVerb(word) &&
      !(isBeforeName && word.readings.every((r) => r.tags[0] === "vblex"))
    )
      push("capital-midsentence", item.start, item.end);
    if (
      targetLanguage === "fr" &&
      isMidSentenceCapital &&
      previous &&
      /^\s+$/u.test(target.slice(previous.end, item.start)) &&
      /^\p{Lu}/u.test(previous.word.surface) &&
      isOnly(word, ["adj"])
    )
      push("capitalised-adjective", previous.start, item.end);
    if (!next || !/^\s+$/u.test(target.slice(item.end, next.start))) return;
    // Relational adjectives follow their noun in French and Spanish ("régionaux hubs").
    if (
      RELATIONAL.test(word.surface) &&
      isOnly(word, ["adj"]) &&
      /^\p{Ll}/u.test(next.word.surface) &&
      isOnly(next.word, ["n"])
    )
      push("adjective-before-noun", item.start, next.end);
    // "South Asia Hub" kept in English order: a compass point, then a bare noun ("du sud pôle").
    if (
      COMPASS.has(word.surface.toLowerCase()) &&
      isOnly(word, ["n", "adj", "np"]) &&
      /^\p{Ll}/u.test(next.word.surface) &&
      next.word.readings.some((r) => r.tags[0] === "n") &&
      isOnly(next.word, ["n", "vblex"])
    )
      push("compound-order", item.start, next.end);
    if (
      targetLanguage === "fr" &&
      isOnly(word, ["n"]) &&
      FRONT_ADJECTIVES.has(next.word.surface.toLowerCase())
    )
      push("adjective-after-noun", item.start, next.end);
    if (
      targetLanguage === "fr" &&
      ARTICLE_PREPOSITIONS.has(word.surface.toLowerCase()) &&
      /^\p{Ll}/u.test(next.word.surface) &&
      isOnly(next.word, ["n"]) &&
      !isNumberLike(words[i + 2]?.word)
    )
      push("article-missing", item.start, next.end);
    if (
      i === 0 &&
      isStatement &&
      isOnly(word, ["n"]) &&
      word.readings.every((r) => r.tags.includes("pl")) &&
      words.some((w) => w.word.readings.some((r) => isVerb(r)) && isFiniteVerbOnly(w.word))
    )
      push("bare-noun-start", item.start, item.end);
  });
  return findings;
}

const NEVER = /(?!)/gu;

/** Spanish "is available" with ser: availability is a state (estar). */
const SER_DISPONIBLE: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])(?:es|son|era|eran|será|serán|sea|sean|fue|fueron)\s+(?:no\s+)?disponibles?(?![\p{L}])/giu,
};

/** Spanish days take no preposition: "el lunes", never "en el lunes". */
const DAY_PREPOSITION: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])en\s+(?:el|los)\s+(?:(?:primer|segundo|tercer|cuarto|último|próximo)\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)(?![\p{L}])/giu,
};

/**
 * An English instruction: it opens on a verb that can be an imperative ("Wash
 * your hands", "Do not leave", "Please register") and has no other verb before
 * its first noun phrase ends, and it asks nothing.
 */
/** English subject pronouns (and "there"): a French subject pronoun needs one of them. */
const ENGLISH_SUBJECTS = new Set(["i", "you", "he", "she", "it", "we", "they", "there", "one"]);
/** French subject pronouns a machine adds; on, nous and vous are how translators render passives and addresses. */
const FRENCH_SUBJECTS = /^(?:je|j['’]|tu|il|elle|ils|elles)$/iu;
/** Impersonal il: "il y a", "il faut", "il s'agit"… need no subject in the original. */
const IMPERSONAL_IL =
  /^il\s+(?:y\b|faut\b|s['’]agit\b|reste\b|existe\b|convient\b|importe\b|manque\b|suffit\b|semble\b|vaut\b|se\s+peut\b|est\b|était\b|sera\b|serait\b|a\s+été\b)/iu;

function checkAddedSubject(target: string, evidence: LexicalEvidence): Finding[] {
  const first = evidence.target.find((w) => /\p{L}/u.test(w.surface));
  if (!first) return [];
  const surface = first.surface.replace(/['’]$/u, "’");
  if (!FRENCH_SUBJECTS.test(first.surface) && !FRENCH_SUBJECTS.test(surface)) return [];
  if (IMPERSONAL_IL.test(target.trim())) return [];
  if (evidence.source.some((w) => ENGLISH_SUBJECTS.has(w.surface.toLowerCase()))) return [];
  const start = target.indexOf(first.surface);
  return [
    {
      code: "subject-added",
      severity: "error",
      params: { words: first.surface },
      span: start >= 0 ? [start, start + first.surface.length] : null,
    },
  ];
}

/** English auxiliaries that open a direct question after a question word ("What is…", "How can…"). */
const ENGLISH_AUXILIARIES = new Set(
  "is are was were do does did can could will would should shall may might must has have had am".split(
    " ",
  ),
);

/** A question in the original's order: an auxiliary first, or second after a question word. */
function opensAsQuestion(source: readonly LexWord[]): boolean {
  const words = source.filter((w) => /\p{L}/u.test(w.surface)).map((w) => w.surface.toLowerCase());
  return ENGLISH_AUXILIARIES.has(words[0] ?? "") || ENGLISH_AUXILIARIES.has(words[1] ?? "");
}

function isImperative(source: readonly LexWord[]): boolean {
  const words = source.filter((w) => /\p{L}/u.test(w.surface));
  const [first, second] = words;
  if (!first || !second) return false;
  if (source.some((w) => w.surface === "?")) return false;
  if (/^(?:please|never|don't|do)$/i.test(first.surface))
    return first.surface.toLowerCase() !== "do" || /^not$/i.test(second.surface);
  const canCommand = first.readings.some((r) => r.tags[0] === "vblex" && r.tags.includes("imp"));
  const followsAsObject = second.readings.some((r) => /^(?:det|prn|pr|num)$/.test(r.tags[0] ?? ""));
  // "Water levels rise": a noun phrase and its verb, no command.
  const hasOtherVerb = words
    .slice(1, 4)
    .some(
      (w) =>
        w.readings.length > 0 &&
        w.readings.every(
          (r) => /^(?:vblex|vbser|vbhaver)$/.test(r.tags[0] ?? "") && !r.tags.includes("inf"),
        ),
    );
  return canCommand && followsAsObject && !hasOtherVerb;
}

/**
 * Whether a French or Spanish text reads as an instruction somewhere: an
 * imperative ("faites bouillir", "llame"), a Spanish subjunctive after "no"
 * ("no deje"), or an infinitive as its first verb ("Hervir el agua", "Merci de
 * respecter"). Translators move the command ("Jusqu'à nouvel ordre, faites…").
 */
function opensAsInstruction(target: readonly LexWord[], language: string): boolean {
  if (language !== "fr" && language !== "es") return true;
  const verbs = target.filter((w) =>
    w.readings.some((r) => /^(?:vblex|vbser|vbhaver|vbmod)$/.test(r.tags[0] ?? "")),
  );
  if (verbs.length === 0) return true;
  const isCommand = (word: LexWord, index: number) => {
    const previous = target[target.indexOf(word) - 1]?.surface ?? "";
    const isNegative = /^(?:no)$/i.test(previous) && language === "es";
    return word.readings.some((r) => {
      if (!/^(?:vblex|vbser|vbhaver|vbmod)$/.test(r.tags[0] ?? "")) return false;
      // Spanish forbids with the subjunctive: "no deje", never "no deja".
      if (isNegative) return r.tags.includes("prs");
      return r.tags.includes("imp") || (index === 0 && r.tags.includes("inf"));
    });
  };
  return verbs.some((word, index) => isCommand(word, index));
}

/** An article before another ("La l'Afrique", "el la"): a name's article added twice. */
const DOUBLED_ARTICLE: Readonly<Record<string, RegExp>> = {
  fr: /(?<![\p{L}])(?:le|la|les|un|une|des|du|au|aux)\s+(?:l['’]|(?:le|la|les)(?![\p{L}]))/giu,
  es: /(?<![\p{L}])(?:el|la|los|las|un|una|unos|unas)\s+(?:el|la|los|las)(?![\p{L}])/giu,
};

/** French words written with an apostrophe before a vowel (qu', jusqu', aujourd'…), not an English possessive. */
const ELIDED = /^(?:qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd)$/i;

const PARTICLE_NUMBER: Readonly<Record<string, RegExp>> = {
  // "over 600", "Under-Secretary": a place word before a number or a noun, without its "de".
  fr: /(?<![\p{L}-])(?:dessus|dessous)\s+(?:de\s+\d|(?!(?:de|du|des|d['’]|et|ou)(?![\p{L}]))[\p{L}\d])/giu,
  es: /(?<![\p{L}-])(?:encima|debajo|arriba)\s+(?:de\s+\d|(?!(?:de|del|y|e|o)(?![\p{L}]))[\p{L}\d])/giu,
};

/** French adjectives that go before their noun; after it, an English order or a wrong sense. */
const FRONT_ADJECTIVES: ReadonlySet<string> = new Set(
  "nouveau nouvel nouvelle nouveaux nouvelles bon bonne bons bonnes jeune jeunes beau bel belle beaux belles mauvais mauvaise mauvaises vieux vieil vieille vieilles".split(
    " ",
  ),
);

/** Relational adjectives (of a place, a field, a body), which French and Spanish put after their noun. */
const RELATIONAL =
  /^(?:r[ée]gion|nacion|national|internacion|international|municip|loc|soci|cultur|urb|rur|glob|mondi|mund)(?:al|ale|ales|aux|aux|el|elle|els|elles|ain|aine|ains|aines|ial|iale|iaux|iales)$/iu;

/** Compass points, which French and Spanish never put before a bare noun. */
const COMPASS: ReadonlySet<string> = new Set("nord sud est ouest norte sur este oeste".split(" "));

/** French prepositions a common noun follows with its article (fixed expressions aside). */
const ARTICLE_PREPOSITIONS: ReadonlySet<string> = new Set("avec sur contre vers chez".split(" "));

function isFunctionOrVerb(word: LexWord): boolean {
  if (word.readings.length === 0) return false;
  return word.readings.every((r) => {
    const head = r.tags[0] ?? "";
    if (/^(?:cnjcoo|cnjsub|cnjadv|pr|vbser|vbhaver|vaux|vbmod)$/.test(head)) return true;
    return head === "vblex" && isFiniteVerbOnly({ surface: word.surface, readings: [r] });
  });
}

function isNumberLike(word: LexWord | undefined): boolean {
  return word !== undefined && /^\d/.test(word.surface);
}
