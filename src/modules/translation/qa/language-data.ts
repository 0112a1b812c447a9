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

/**
 * Fixed expressions whose words look like grammar they do not have: "sans
 * faille" (unwavering) and "sans cesse" (constantly) neither negate nor put a
 * preposition before a verb ("faille" also reads as a form of "falloir").
 */
export const FIXED_EXPRESSIONS: Readonly<Record<string, readonly string[]>> = {
  fr: [
    "sans faille",
    "sans cesse",
    // A preposition before a bare noun: set phrases, not a missing article.
    "à propos",
    "à outils",
    "à midi",
    "à minuit",
    "à défaut",
    "à titre",
    "à temps",
    "à distance",
    "à pied",
    "à vélo",
    "à domicile",
    "à condition",
    "à terme",
    "à jour",
    "à peine",
    "à moitié",
    "à hauteur",
    "à compter",
    "à partir",
    "à cause",
    "à travers",
    "à raison",
    "à l'heure",
    "pour raisons",
    "pour raison",
    "pour information",
    "pour mémoire",
    "avec tristesse",
    "avec succès",
    "avec plaisir",
    "avec soin",
    "avec intérêt",
    "avec satisfaction",
    "avec émotion",
    "avec fierté",
    "avec joie",
    "sur place",
    "sur demande",
    "sur inscription",
    "sur rendez-vous",
    "sur invitation",
    "sous réserve",
    "appel à propositions",
    "appels à propositions",
    "appel à candidatures",
    "appels à candidatures",
    "appel à projets",
    "appels à projets",
    "appel à contributions",
  ],
};

const fixedPatterns = new Map<string, readonly RegExp[]>();
const anyFixedPatterns = new Map<string, RegExp | null>();

/**
 * Whether a text may hold one of the language's fixed expressions: false
 * exactly when none of `fixedExpressionPatterns` matches it. One pass of one
 * pattern (their alternation) spares most units a pass per expression.
 */
export function hasFixedExpression(language: string, text: string): boolean {
  let any = anyFixedPatterns.get(language);
  if (any === undefined) {
    const expressions = FIXED_EXPRESSIONS[language] ?? [];
    // The patterns' own bodies, alternated: it matches where any of them does.
    any = expressions.length === 0 ? null : wholeWords(expressions.map(stretched).join("|"), "iu");
    anyFixedPatterns.set(language, any);
  }
  return any !== null && any.test(text);
}

/**
 * Each fixed expression of a language as a pattern of whole words, spaces
 * stretching ("sans\s+faille"): built once per language, not once per unit.
 * Global patterns: `matchAll` and `replace` start each from the text's start.
 */
export function fixedExpressionPatterns(language: string): readonly RegExp[] {
  let patterns = fixedPatterns.get(language);
  if (!patterns) {
    patterns = (FIXED_EXPRESSIONS[language] ?? []).map((expression) =>
      wholeWords(stretched(expression), "giu"),
    );
    fixedPatterns.set(language, patterns);
  }
  return patterns;
}

/** An expression's words with any run of white space between them: "sans\s+faille". */
function stretched(expression: string): string {
  return expression.replace(/ /g, "\\s+");
}

/** A pattern body matched only as whole words (no letter just before or after). */
function wholeWords(body: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, flags);
}

/** Languages that capitalise month names: there a lower-case "march" or "may" is no month. */
export const CAPITALISED_MONTHS: ReadonlySet<string> = new Set(["en"]);

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

/**
 * How a language writes numbers out, read by number-reading.ts: words with a
 * value that add up ("forty" + "two", "vingt" + "cinq", "ciento" + "veinte"),
 * words that multiply what comes before ("two hundred", "trois mille", "una
 * docena"), ordinals (the last word of a compound: "forty-second", "vigésimo
 * quinto"), the word that joins a ten and a unit ("vingt et un", "treinta y
 * cinco", "two hundred and fifty"), decade words ("nineties") and the words
 * before a ten that make it a decade ("années quatre-vingt-dix", "los años
 * noventa"). Words are folded (lower case, no accents). Only ever used to
 * excuse digits written out in the other text, never to demand them.
 */
export interface NumberWords {
  values: Readonly<Record<string, number>>;
  multipliers: Readonly<Record<string, number>>;
  ordinals: Readonly<Record<string, number>>;
  /** French ordinals are the cardinal + "-ième" (douzième); this reads them. */
  ordinalSuffix?: string;
  joiner: string;
  /** Words that are 1 only before a multiplier ("a hundred", "a dozen"). */
  articles: ReadonlySet<string>;
  decades: Readonly<Record<string, number>>;
  decadeContext: ReadonlySet<string>;
}

export const NUMBER_WORDS: Readonly<Record<string, NumberWords>> = {
  en: {
    values: words(
      "zero:0 one once:1 two twice:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 " +
        "eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 " +
        "eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 " +
        "eighty:80 ninety:90",
    ),
    multipliers: words(
      "dozen dozens:12 hundred hundreds:100 thousand thousands:1000 million millions:1000000 billion:1000000000",
    ),
    ordinals: words(
      "first:1 second:2 third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9 tenth:10 " +
        "eleventh:11 twelfth:12 thirteenth:13 fourteenth:14 fifteenth:15 sixteenth:16 " +
        "seventeenth:17 eighteenth:18 nineteenth:19 twentieth:20 thirtieth:30 fortieth:40 " +
        "fiftieth:50 sixtieth:60 seventieth:70 eightieth:80 ninetieth:90 hundredth:100 " +
        "thousandth:1000 millionth:1000000",
    ),
    joiner: "and",
    articles: new Set(["a", "an"]),
    decades: words(
      "twenties:20 thirties:30 forties:40 fifties:50 sixties:60 seventies:70 eighties:80 nineties:90",
    ),
    decadeContext: new Set([]),
  },
  fr: {
    values: words(
      "zero:0 un une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 " +
        "douze:12 treize:13 quatorze:14 quinze:15 seize:16 vingt vingts:20 trente:30 quarante:40 " +
        "cinquante:50 soixante:60 septante:70 huitante octante:80 nonante:90",
    ),
    multipliers: words(
      "dizaine dizaines:10 douzaine douzaines:12 quinzaine:15 vingtaine:20 trentaine:30 " +
        "quarantaine:40 cinquantaine:50 centaine centaines:100 cent cents:100 mille:1000 " +
        "millier milliers:1000 million millions:1000000 milliard milliards:1000000000",
    ),
    ordinals: words("premier premiere premiers premieres:1 second seconde seconds secondes:2"),
    ordinalSuffix: "ieme",
    joiner: "et",
    articles: new Set([]),
    decades: {},
    decadeContext: new Set(["annees"]),
  },
  es: {
    values: words(
      "cero:0 un uno una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 " +
        "once:11 doce:12 trece:13 catorce:14 quince:15 dieciseis:16 diecisiete:17 dieciocho:18 " +
        "diecinueve:19 veinte:20 veintiun veintiuno veintiuna:21 veintidos:22 veintitres:23 " +
        "veinticuatro:24 veinticinco:25 veintiseis:26 veintisiete:27 veintiocho:28 " +
        "veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 " +
        "noventa:90 cien ciento:100 doscientos doscientas:200 trescientos trescientas:300 " +
        "cuatrocientos cuatrocientas:400 quinientos quinientas:500 seiscientos seiscientas:600 " +
        "setecientos setecientas:700 ochocientos ochocientas:800 novecientos novecientas:900",
    ),
    multipliers: words(
      "decena decenas:10 docena docenas:12 veintena:20 centenar centenares:100 mil:1000 " +
        "millar millares:1000 millon millones:1000000",
    ),
    // Masculine singular forms; feminine and plural forms are read as these (primera → primero).
    ordinals: words(
      "primer primero:1 segundo:2 tercer tercero:3 cuarto:4 quinto:5 sexto:6 septimo:7 " +
        "octavo:8 noveno nono:9 decimo:10 undecimo decimoprimero decimoprimer:11 " +
        "duodecimo decimosegundo:12 decimotercero decimotercer:13 decimocuarto:14 " +
        "decimoquinto:15 decimosexto:16 decimoseptimo:17 decimoctavo decimooctavo:18 " +
        "decimonoveno:19 vigesimo:20 trigesimo:30 cuadragesimo:40 quincuagesimo:50 " +
        "sexagesimo:60 septuagesimo:70 octogesimo:80 nonagesimo:90 centesimo:100 milesimo:1000",
    ),
    joiner: "y",
    articles: new Set([]),
    decades: {},
    decadeContext: new Set(["anos", "los", "decada"]),
  },
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
