/**
 * Per-language abbreviation rules for sentence splitting (see README.md,
 * "Sentences"). Entries are written without their final period and compared
 * as written or lower-cased.
 */

/** What a language knows about periods that do not end sentences. */
export interface AbbreviationRules {
  /** Never end a sentence: a name or an example follows ("Dr.", "M.", "e.g."). */
  titles: ReadonlySet<string>;
  /** Do not end a sentence before a number ("p. 3", "No. 5", "vol. 2"). */
  numberPrefixes: ReadonlySet<string>;
  /** May end a sentence: kept together unless a usual sentence opener follows ("U.S.", "etc."). */
  ambiguous: ReadonlySet<string>;
  /** Capitalised words that usually open a sentence, which a proper noun would not be. */
  starters: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const UNIVERSAL_TITLES = "e.g i.e cf viz vs Dr Prof St";
const UNIVERSAL_NUMBERS = "p pp no nos nr vol vols fig figs art n";

const EN: AbbreviationRules = {
  titles: set(
    `${UNIVERSAL_TITLES} Mr Mrs Ms Mx Messrs Sr Rev Hon Gen Col Capt Cpt Lt Sgt Gov Sen Rep ` +
      "Pres Supt Mt Ft Dept Univ Assn approx ca v",
  ),
  numberPrefixes: set(`${UNIVERSAL_NUMBERS} ch chap sec para ed eq ref tel ex op pt`),
  ambiguous: set("etc al Inc Ltd Corp Co Jr Bros a.m p.m"),
  starters: set(
    "The A An In On At It Its He She We They I You This That These Those There Here But And " +
      "Or So Yet However Then If When While As After Before Since Although Today Yesterday " +
      "Tomorrow Our My Your His Her Their Also Meanwhile Moreover Furthermore Finally " +
      "According For From With By Some Many Most All Each Every No One Two Three What Who " +
      "Why How Where Last Next This",
  ),
};

const FR: AbbreviationRules = {
  titles: set(`${UNIVERSAL_TITLES} M MM Mme Mmes Mlle Mlles Pr Me Mgr Ste c.-à-d p.ex`),
  numberPrefixes: set(`${UNIVERSAL_NUMBERS} t chap éd al tél`),
  ambiguous: set("etc av apr J.-C Cie"),
  starters: set(
    "Le La Les L Un Une Des Du De Il Elle Ils Elles On Nous Vous Je Tu Ce Cet Cette Ces " +
      "Mais Et Ou Donc Puis Alors Ainsi Cependant Pourtant En Au Aux Dans Pour Par Sur Si " +
      "Quand Lors Après Avant Depuis Selon Aujourd Hier Demain Notre Nos Votre Leur Leurs " +
      "Son Sa Ses Mon Ma Mes Enfin Toutefois Par Chaque Tous Toutes Certains Plusieurs " +
      "Quel Quelle Qui Pourquoi Comment Où Dès",
  ),
};

const ES: AbbreviationRules = {
  titles: set(
    `${UNIVERSAL_TITLES} Sr Sra Srta Sres Dra Ud Uds Vd Vds D Dña Lic Ing Excmo Excma Ilmo ` +
      "Ilma Sto Sta EE p.ej",
  ),
  numberPrefixes: set(`${UNIVERSAL_NUMBERS} pág págs núm cap tel`),
  ambiguous: set("etc UU Cía"),
  starters: set(
    "El La Los Las Lo Un Una Unos Unas En Pero Y O Sin Con Por Para Este Esta Estos Estas " +
      "Ese Esa Eso Él Ella Ellos Ellas Nosotros Se Si Cuando Después Antes Desde Según Hoy " +
      "Ayer Mañana Nuestro Nuestra Su Sus Mi Mis También Además Sin Embargo Así Cada Todos " +
      "Todas Muchos Qué Quién Por Cómo Dónde Al Del",
  ),
};

// Arabic has no letter case, so only the unambiguous lists apply.
const AR: AbbreviationRules = {
  titles: set(`${UNIVERSAL_TITLES} د أ أ.د م.د`),
  numberPrefixes: set(`${UNIVERSAL_NUMBERS} ص ج ع رقم`),
  ambiguous: set("etc"),
  starters: set(""),
};

const DEFAULT: AbbreviationRules = {
  titles: set(UNIVERSAL_TITLES),
  numberPrefixes: set(UNIVERSAL_NUMBERS),
  ambiguous: set("etc"),
  starters: set(""),
};

const RULES: Record<string, AbbreviationRules> = { en: EN, fr: FR, es: ES, ar: AR };

/** The rules for a language tag ("en-GB" → English); unknown languages get the universal ones. */
export function abbreviationRulesFor(lang: string): AbbreviationRules {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? "";
  return RULES[base] ?? DEFAULT;
}
