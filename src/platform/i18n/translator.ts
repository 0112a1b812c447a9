import { IntlMessageFormat } from "intl-messageformat";
import type { LocaleCode } from "../config.js";
import type { CatalogOf } from "./catalog.js";
import { AR } from "./catalogs/ar.js";
import { EN, type MessageKey } from "./catalogs/en.js";
import { ES } from "./catalogs/es.js";
import { FR } from "./catalogs/fr.js";
import { LOCALES } from "./locales.js";
import { listArguments } from "./message-ast.js";

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number | Date>;

/** Formats interface strings, dates, numbers and sizes for one language. */
export interface Translator {
  readonly locale: LocaleCode;
  t(key: MessageKey, values?: MessageValues): string;
  /** Without options, the language's usual way of writing a date alone (see LOCALES). */
  formatDate(iso: string, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number): string;
  formatBytes(bytes: number): string;
  /**
   * A time zone's name for readers of the language ("heure de l’Est
   * nord-américain" for America/New_York in French), as it stands at the
   * given instant; the IANA name when Intl does not know the zone.
   */
  formatTimeZone(zone: string, at: string): string;
}

/** Every language's catalog; each is complete, which the compiler checks. */
export const CATALOGS: Readonly<Record<LocaleCode, CatalogOf<typeof EN>>> = Object.freeze({
  en: EN,
  fr: FR,
  es: ES,
  ar: AR,
});

// First-strong isolate … pop directional isolate (Unicode bidi algorithm).
const FSI = "\u2068";
const PDI = "\u2069";
const translators = new Map<LocaleCode, Translator>();

/** A language's name in the translator's language ("anglais" in French), or its code when the catalogs do not name it. */
export function languageName(t: Translator, code: string): string {
  const key = `language.name.${code}`;
  return key in EN ? t.t(key as MessageKey) : code;
}

/** The translator of a language, built once and reused (message formats are compiled lazily and kept). */
export function getTranslator(locale: LocaleCode): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

function createTranslator(locale: LocaleCode): Translator {
  const { intl, dir, date: defaultDate } = LOCALES[locale];
  const catalog = CATALOGS[locale];
  // In a right-to-left sentence, a Latin name or title interpolated as is can
  // drag the punctuation around it to the wrong side; isolating it cannot. In a
  // left-to-right one, the same holds for a right-to-left name or one carrying a
  // bidirectional control (stored before they were refused): those are isolated.
  const isolate = dir === "rtl";
  const compiled = new Map<string, CompiledMessage>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const defaultDateFormat = new Intl.DateTimeFormat(intl, defaultDate);
  const numberFormat = new Intl.NumberFormat(intl);
  const sizeFormats = {
    smallKilobyte: new Intl.NumberFormat(intl, {
      style: "unit",
      unit: "kilobyte",
      unitDisplay: "short",
      maximumFractionDigits: 1,
    }),
    kilobyte: new Intl.NumberFormat(intl, {
      style: "unit",
      unit: "kilobyte",
      unitDisplay: "short",
      maximumFractionDigits: 0,
    }),
    megabyte: new Intl.NumberFormat(intl, {
      style: "unit",
      unit: "megabyte",
      unitDisplay: "short",
      maximumFractionDigits: 1,
    }),
  };
  return {
    locale,
    t(key, values) {
      let message = compiled.get(key);
      if (!message) {
        message = compile(catalog[key].message, intl);
        compiled.set(key, message);
      }
      // A message without values always reads the same: formatted once (a page shows dozens).
      if (!values && message.plain !== undefined) return message.plain;
      const { format, textArguments } = message;
      const out = format.format(values ? isolateText(values, textArguments, isolate) : values);
      const text = typeof out === "string" ? out : String(out);
      if (!values) message.plain = text;
      return text;
    },
    formatDate(iso, options = defaultDate) {
      if (options === defaultDate) return defaultDateFormat.format(new Date(iso));
      const cacheKey = JSON.stringify(options);
      let format = dateFormats.get(cacheKey);
      if (!format) {
        format = new Intl.DateTimeFormat(intl, options);
        dateFormats.set(cacheKey, format);
      }
      return format.format(new Date(iso));
    },
    formatNumber(value) {
      return numberFormat.format(value);
    },
    formatTimeZone(zone, at) {
      return timeZoneName(intl, zone, new Date(at));
    },
    formatBytes(bytes) {
      if (bytes < 10_000) return sizeFormats.smallKilobyte.format(Math.max(0.1, bytes / 1000));
      if (bytes < 1_000_000) return sizeFormats.kilobyte.format(bytes / 1000);
      return sizeFormats.megabyte.format(bytes / 1_000_000);
    },
  };
}

/** The generic long name of a zone in a locale, from Intl (a bad zone gives its own name back). */
function timeZoneName(intl: string, zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(intl, {
      timeZone: zone,
      timeZoneName: "longGeneric",
    }).formatToParts(Number.isNaN(at.getTime()) ? new Date(0) : at);
    return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
  } catch {
    return zone;
  }
}

interface CompiledMessage {
  format: IntlMessageFormat;
  /** Arguments shown as they are (not plural or select selectors, not numbers). */
  textArguments: ReadonlySet<string>;
  /** The message formatted without values, once asked for. */
  plain?: string;
}

function compile(message: string, intl: string): CompiledMessage {
  const format = new IntlMessageFormat(message, intl);
  const textArguments = new Set<string>();
  for (const [name, kinds] of listArguments(format.getAst())) {
    if (kinds.size === 1 && kinds.has("argument")) textArguments.add(name);
  }
  return { format, textArguments };
}

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation
// forms), the right-to-left mark and the explicit embeddings, overrides and isolates.
const NEEDS_ISOLATION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e\u2066-\u2069]/u;

function isolateText(
  values: MessageValues,
  textArguments: ReadonlySet<string>,
  always: boolean,
): MessageValues {
  const out: MessageValues = { ...values };
  for (const name of textArguments) {
    const value = values[name];
    if (typeof value === "string" && (always || NEEDS_ISOLATION.test(value)))
      out[name] = FSI + value + PDI;
  }
  return out;
}
