/** A direct translation direction an engine offers, in ISO 639-1 site codes, with the engine's own mode name. */
export interface LanguagePair {
  readonly from: string;
  readonly to: string;
  /** The engine's name for the direction, e.g. Apertium's "eng-spa" or "es-fr". */
  readonly mode: string;
}

/** One translated segment: segment-format text plus the source-side words the engine did not know. */
export interface EngineOutput {
  text: string;
  unknownWords: string[];
}

/** What a caller asks an engine to translate: one direct pair, a batch of segments. */
export interface TranslationRequest {
  from: string;
  to: string;
  segments: readonly string[];
  timeoutMs?: number;
}

/** A machine-translation engine; segments in, segments out, same inline codes, same order. */
export interface TranslationEngine {
  readonly name: string;
  pairs(): Promise<LanguagePair[]>;
  translate(request: TranslationRequest): Promise<EngineOutput[]>;
  close(): Promise<void>;
}

const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  ara: "ar",
  arg: "an",
  ast: "ast",
  bre: "br",
  cat: "ca",
  ces: "cs",
  cym: "cy",
  dan: "da",
  deu: "de",
  ell: "el",
  eng: "en",
  epo: "eo",
  eus: "eu",
  fra: "fr",
  glg: "gl",
  hin: "hi",
  ita: "it",
  nld: "nl",
  nob: "nb",
  nno: "nn",
  oci: "oc",
  pol: "pl",
  por: "pt",
  ron: "ro",
  rus: "ru",
  spa: "es",
  swe: "sv",
  ukr: "uk",
  urd: "ur",
};

const ISO1_TO_ISO3: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO3_TO_ISO1).map(([iso3, iso1]) => [iso1, iso3]),
);

/** Turns an engine's language code (639-3 "spa" or 639-1 "es") into the site's code ("es"); unknown codes pass through. */
export function toSiteLanguage(code: string): string {
  const lower = code.toLowerCase();
  return ISO3_TO_ISO1[lower] ?? lower;
}

/** Turns a site code ("es") into the ISO 639-3 code ("spa") Apertium and APy use; unknown codes pass through. */
export function toIso3Language(code: string): string {
  const lower = code.toLowerCase();
  return ISO1_TO_ISO3[lower] ?? lower;
}

/**
 * Reads an Apertium mode name ("eng-spa", "es-fr") as a direct pair; variants
 * ("eng-cat_valencia", "eco-es-fr", "spa-eng_US") answer undefined.
 */
export function parseModeName(mode: string): LanguagePair | undefined {
  const match = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(mode);
  if (!match?.[1] || !match[2]) return undefined;
  return { from: toSiteLanguage(match[1]), to: toSiteLanguage(match[2]), mode };
}

/** The key used for a direction in overrides and variant maps: "en>fr". */
export function pairKey(from: string, to: string): string {
  return `${from}>${to}`;
}

/**
 * Keeps one pair per direction (the first mode in sorted order, unless
 * `variants` names one for that direction) so every engine lists directions the same way.
 */
export function dedupePairs(
  pairs: readonly LanguagePair[],
  variants: Readonly<Record<string, string>> = {},
): LanguagePair[] {
  const byKey = new Map<string, LanguagePair>();
  for (const pair of [...pairs].sort((a, b) => a.mode.localeCompare(b.mode))) {
    const key = pairKey(pair.from, pair.to);
    const chosen = variants[key];
    if (chosen !== undefined) {
      if (pair.mode === chosen) byKey.set(key, pair);
      continue;
    }
    if (!byKey.has(key)) byKey.set(key, pair);
  }
  return [...byKey.values()].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}
