/**
 * Small closed word lists the checks use, per language. They are short on
 * purpose: each list is what one check needs, and what it lacks is a miss the
 * README states, not a guess.
 */

/** Function words of a language that are not also words of the usual target languages (en → fr/es). */
export const SOURCE_ONLY_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    (
      "the and of with for which this that these those is are was were been being have has had " +
      "from by will would should could their its our they them what when where who whom whose " +
      "how into about after before between through during without within also than then there " +
      "here because while although however such only other each both more most many much very " +
      "just over under again further any some all not but or if it he she we you his her him my " +
      "your us did does doing done can may might must shall to in at an be often so up out off like well"
    ).split(" "),
  ),
  fr: new Set(
    "le les des du et est sont avec pour dans sur leur leurs qui que ces cette aux nous vous ils elles était ont".split(
      " ",
    ),
  ),
  es: new Set(
    "el los las del y es son con para por en su sus que estos estas esta este nosotros ellos fue han".split(
      " ",
    ),
  ),
};

/** Words of the target languages that look like source-only words but are not (kept out of the lists above). */
export const TARGET_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set("a on son sa ma me se te ne plus pas or as an".split(" ")),
  es: new Set("a he me se te son sin no más".split(" ")),
};

/** English suffixes no French or Spanish word ends with (used only for words also in the source). */
export const SOURCE_ONLY_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  en: ["ing", "ings", "ed", "ly", "ship", "ness", "ful", "less", "ity", "ght", "ies", "ward"],
};

/** Words a language legitimately writes twice in a row ("nous nous sommes réunis"). */
export const ALLOWED_DOUBLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["that", "had"]),
  fr: new Set(["nous", "vous"]),
  es: new Set([]),
};

/** Month names (index 0 = January), lower case and without accents. */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: "january february march april may june july august september october november december".split(
    " ",
  ),
  fr: "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(
    " ",
  ),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(
    " ",
  ),
};

/** Number words and ordinal words with their values (only ever used to excuse a digit written out). */
export const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: words(
    "one first once:1 two second twice:2 three third:3 four fourth:4 five fifth:5 six sixth:6 " +
      "seven seventh:7 eight eighth:8 nine ninth:9 ten tenth:10 eleven:11 twelve:12 fifteen:15 " +
      "twenty:20 thirty:30 forty:40 fifty:50 hundred:100 thousand:1000 dozen:12",
  ),
  fr: words(
    "un une premier première premiers premières:1 deux deuxième second seconde:2 trois troisième:3 " +
      "quatre quatrième:4 cinq cinquième:5 six sixième:6 sept septième:7 huit huitième:8 " +
      "neuf neuvième:9 dix dixième:10 onze:11 douze douzaine:12 quinze:15 vingt vingtaine:20 " +
      "trente trentaine:30 quarante:40 cinquante cinquantaine:50 cent centaine:100 mille:1000",
  ),
  es: words(
    "un uno una primer primero primera primeros primeras:1 dos segundo segunda:2 tres tercer tercero tercera:3 " +
      "cuatro cuarto cuarta:4 cinco quinto quinta:5 seis sexto sexta:6 siete séptimo séptima:7 " +
      "ocho octavo octava:8 nueve noveno novena:9 diez décimo décima decena:10 once:11 doce docena:12 " +
      "quince:15 veinte veintena:20 treinta:30 cuarenta:40 cincuenta:50 cien ciento centenar:100 mil:1000",
  ),
};

/** Plural determiners that open a sentence, and words after them that need no plural ending. */
export const PLURAL_DETERMINERS: Readonly<
  Record<
    string,
    { determiners: ReadonlySet<string>; invariable: ReadonlySet<string>; plural: RegExp }
  >
> = {
  fr: {
    determiners: new Set(
      "les des ces mes tes ses nos vos leurs plusieurs quelques certains certaines".split(" "),
    ),
    invariable: new Set(
      "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt cent mille plus moins très bien mieux autres".split(
        " ",
      ),
    ),
    plural: /[sxz]$/,
  },
  es: {
    determiners: new Set(
      "los las unos unas estos estas esos esas aquellos aquellas sus nuestros nuestras varios varias muchos muchas algunos algunas".split(
        " ",
      ),
    ),
    invariable: new Set(
      "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte cien mil más menos muy demás".split(
        " ",
      ),
    ),
    plural: /[sz]$/,
  },
};

/** Pronouns and determiners that are capitalised only at a sentence start. */
export const START_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set("The It He She They We A An This These Its His Her Their I".split(" ")),
  fr: new Set(
    "Il Ils Elle Elles On Nous Je Le La Les Un Une Des Du Ce Cette Ces Son Sa Ses Leur Leurs".split(
      " ",
    ),
  ),
  es: new Set(
    "Él Ella Ellos Ellas Nosotros Nosotras El La Los Las Un Una Unos Unas Este Esta Estos Estas Su Sus".split(
      " ",
    ),
  ),
};

/** Usual length ratio (target characters / source characters) of a pair, measured on clean translations. */
export const LENGTH_RATIOS: Readonly<Record<string, readonly [number, number]>> = {
  "en>fr": [0.95, 1.45],
  "en>es": [0.92, 1.4],
  "fr>en": [0.7, 1.05],
  "es>en": [0.72, 1.08],
  "en>ar": [0.7, 1.2],
  "en>ca": [0.92, 1.4],
};

/** Default ratio range for a pair not measured yet: wide, so only gross truncation or padding shows. */
export const DEFAULT_LENGTH_RATIO: readonly [number, number] = [0.7, 1.6];

function words(spec: string): Record<string, number> {
  // "one first once:1 two:2": every name before "name:value" takes that value.
  const out: Record<string, number> = {};
  let pending: string[] = [];
  for (const token of spec.split(/\s+/)) {
    const [name = "", value] = token.split(":");
    pending.push(name);
    if (value === undefined) continue;
    for (const word of pending) out[word] = Number(value);
    pending = [];
  }
  return out;
}
