import snowball, { type Stemmer } from "snowball-stemmers";

/**
 * Version of the tokens this file produces: bump it whenever a change here
 * gives any text a different token (folding, plurals, stemming), so indexes
 * stored with the old tokens are rebuilt. 2: plural normalisation (es, fr, en).
 * 3: Arabic taa marbuta typed as haa after the article (المدينه).
 */
export const ANALYZER_VERSION = 3;

/**
 * Text analysis shared by both engines, so they index and query the very same
 * tokens: lower case, diacritics folded (é → e, Arabic tashkeel removed),
 * Arabic letters normalised (alef forms, alef maksura, taa marbuta, tatweel),
 * split on anything that is not a letter or digit, plurals that Snowball
 * would keep apart from their singular spelled as the singular (Spanish,
 * French, English), then stemmed with the Snowball stemmer of the language
 * (English, French, Spanish, Arabic; other languages are only folded).
 * Folding comes first, so "resume" and "résumé" meet whatever the stemmer does.
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
  const stem = finishWord(fold(stemmer.stem(singular(word, lang))) || word);
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

/**
 * A plural spelled so that Snowball stems it as its singular where Snowball
 * alone would not: it strips a plural ending and then looks no further
 * ("ciudad" → "ciud" but "ciudades" → "ciudad"), keeps some plural s (French
 * "élus", "vélos") and knows no irregular plural ("women"). The rules were
 * checked against word lists (Debian's wspanish, wfrench, wamerican);
 * analyzer.test.ts holds pairs that must meet and pairs that must stay apart.
 */
function singular(word: string, lang: string): string {
  switch (lang) {
    case "es":
      return spanishSingular(word);
    case "fr":
      return frenchSingular(word);
    case "en":
      return englishSingular(word);
    case "ar":
      return arabicTaaMarbuta(word);
    default:
      return word;
  }
}

/**
 * Arabic: a final haa after the definite article is a taa marbuta typed as
 * haa ("المدينه" for "المدينة"), never the pronoun "his" (the article and a
 * possessive suffix do not go together); Snowball strips the article but not
 * that haa, so the word would miss its other spellings.
 */
function arabicTaaMarbuta(word: string): string {
  return ARTICLE_WITH_HAA.test(word) ? `${word.slice(0, -1)}ة` : word;
}

// The article, alone or after a clinging conjunction or preposition (و ف ب ك), or لل; then at least two letters and haa.
const ARTICLE_WITH_HAA = /^(?:[وفبك]?ال|لل)\p{L}{2,}ه$/u;

/**
 * Spanish: a plural in -es after a vowel and d l n r s j y loses the "es"
 * (ciudades, mujeres, jóvenes, leyes; twice for -eses: ingleses → inglés →
 * ingl, as the singular "inglés" itself loses its "es"); a final z is spelled
 * c, the stem Snowball gives the -ces plural (vez/veces → vec), rather than
 * turning every -ces into -z, which would part enlace from enlaces. After a
 * consonant the "es" stays (sostenibles, padres: plurals of -e words);
 * -oides, -aires, -ides are plurals of -oide, -aire, -ide (pirámides), and
 * -ieres, -ides, -uyes mostly verbs (quieres, decides, incluyes).
 */
function spanishSingular(word: string): string {
  if (word.endsWith("z")) return `${word.slice(0, -1)}c`;
  return stripSpanishEs(stripSpanishEs(word));
}

function stripSpanishEs(word: string): string {
  return word.length >= 5 &&
    /[aeiou][dlnrsjy]es$/.test(word) &&
    !/(?:oid|air|ier|id|uy)es$/.test(word)
    ? word.slice(0, -2)
    : word;
}

/**
 * French: irregular and -x plurals from a list; otherwise a final s after u,
 * o (élus, vélos, euros, trous, pneus) or in -ers, -its (conseillers,
 * crédits) goes before Snowball, which keeps it there or strips it too late
 * to find the singular's suffix; singulars spelled that way keep it.
 */
function frenchSingular(word: string): string {
  const listed = FRENCH_PLURALS.get(word);
  if (listed !== undefined) return listed;
  return word.length >= 4 && /(?:us|os|ers|its)$/.test(word) && !FRENCH_S_SINGULARS.has(word)
    ? word.slice(0, -1)
    : word;
}

/** English: irregular plurals from a list, and the -women, -men, -children compounds. */
function englishSingular(word: string): string {
  const listed = ENGLISH_PLURALS.get(word);
  if (listed !== undefined) return listed;
  if (word.endsWith("women")) return `${word.slice(0, -5)}woman`;
  if (word.endsWith("children")) return word.slice(0, -3);
  if (word.endsWith("men") && MAN_COMPOUNDS.has(word.slice(0, -3)))
    return `${word.slice(0, -3)}man`;
  return word;
}

/** "plural:singular" pairs separated by white space. */
function pairs(text: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const pair of text.trim().split(/\s+/)) {
    const [plural = "", single = ""] = pair.split(":");
    map.set(plural, single);
  }
  return map;
}

// Irregular plurals, and -x or -s plurals Snowball keeps apart from a singular in -ou, -eu, -au,
// -oi, -ail, -i. loyer and foyer are spelled as their plural: Snowball stems the singulars as loi
// and foi (law, faith).
const FRENCH_PLURALS = pairs(`
  yeux:oeil cieux:ciel aieux:aieul messieurs:monsieur mesdames:madame
  mesdemoiselles:mademoiselle bonshommes:bonhomme gentilshommes:gentilhomme
  travaux:travail vitraux:vitrail coraux:corail baux:bail soupiraux:soupirail vantaux:vantail
  materiaux:materiau tuyaux:tuyau noyaux:noyau joyaux:joyau boyaux:boyau
  jeux:jeu enjeux:enjeu lieux:lieu milieux:milieu feux:feu voeux:voeu cheveux:cheveu
  neveux:neveu adieux:adieu essieux:essieu dieux:dieu moyeux:moyeu
  bijoux:bijou cailloux:caillou choux:chou genoux:genou hiboux:hibou joujoux:joujou poux:pou
  lois:loi emplois:emploi reemplois:reemploi rois:roi envois:envoi renvois:renvoi convois:convoi
  tournois:tournoi parois:paroi octrois:octroi beffrois:beffroi emois:emoi pourvois:pourvoi
  amis:ami abris:abri cris:cri plis:pli replis:repli tris:tri epis:epi skis:ski ovnis:ovni
  quais:quai essais:essai etuis:etui appuis:appui ennuis:ennui vrais:vrai unis:uni
  commissions:commission loyer:loyers loyers:loyers foyer:foyers foyers:foyers
`);
// Singulars ending like a plural in -us, -os, -ers: kept, so that they still meet their feminine
// (confus, confuse) and stay apart from another word (nous, nouer; divers, diva).
const FRENCH_S_SINGULARS = new Set(
  `plus dessus confus diffus inclus exclus occlus obtus reclus intrus perclus abstrus profus
   nous vous tous sous dessous clos enclos eclos
   divers univers envers travers pervers revers devers`.split(/\s+/),
);
// People is not the plural of person for readers (the people of a city, peoples); data and media
// are words of their own. Nouns in -sis whose plural is also a verb take the verb's form, so
// analysis, analyses, analyse and analysed meet; lives and leaves stay with live and leave.
const ENGLISH_PLURALS = pairs(`
  feet:foot teeth:tooth geese:goose mice:mouse lice:louse oxen:ox
  crises:crisis theses:thesis hypotheses:hypothesis syntheses:synthesis emphases:emphasis
  oases:oasis parentheses:parenthesis prognoses:prognosis synopses:synopsis
  metastases:metastasis neuroses:neurosis psychoses:psychosis
  analysis:analyse diagnosis:diagnose paralysis:paralyse
  criteria:criterion phenomena:phenomenon curricula:curriculum memoranda:memorandum
  millennia:millennium consortia:consortium symposia:symposium bacteria:bacterium
  strata:stratum referenda:referendum moratoria:moratorium addenda:addendum errata:erratum
  spectra:spectrum stimuli:stimulus nuclei:nucleus radii:radius fungi:fungus cacti:cactus
  syllabi:syllabus alumni:alumnus alumnae:alumna foci:focus loci:locus termini:terminus
  indices:index appendices:appendix matrices:matrix vertices:vertex vortices:vortex
  apices:apex codices:codex wives:wife housewives:housewife midwives:midwife knives:knife
  halves:half shelves:shelf bookshelves:bookshelf wolves:wolf thieves:thief loaves:loaf
  calves:calf elves:elf hooves:hoof scarves:scarf wharves:wharf
  buses:bus minibuses:minibus gases:gas lenses:lens aliases:alias canvases:canvas
  metropolises:metropolis irises:iris
`);
// Words whose -men is the plural of -man (a list: omen, specimen, Yemen are not plurals).
const MAN_COMPOUNDS = new Set(
  `_ business chair spokes police fire congress council alder fisher crafts sports states
   country fresh sales work gentle noble trades service horse fore lay middle news camera
   anchor assembly clergy ombuds post mail sea kins tribes towns gun hench militia patrol
   repair watch weather church air boat crew door free freed handy herds infantry journey
   lines longshore draft drafts foot yachts`
    .split(/\s+/)
    .map((head) => (head === "_" ? "" : head)),
);
