import { IntlMessageFormat } from "intl-messageformat";
import type { LocaleCode } from "../config.js";
import { EN, type MessageKey } from "./catalogs/en.js";
import type { Catalog } from "./catalog.js";
import { LOCALES } from "./locales.js";

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number | Date>;

/** Formats interface strings, dates, numbers and sizes for one language. */
export interface Translator {
  readonly locale: LocaleCode;
  t(key: MessageKey, values?: MessageValues): string;
  formatDate(iso: string, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number): string;
  formatBytes(bytes: number): string;
}

const CATALOGS: Partial<Record<LocaleCode, Catalog>> = { en: EN };
const translators = new Map<LocaleCode, Translator>();

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
  const intl = LOCALES[locale].intl;
  const catalog = CATALOGS[locale] ?? EN;
  const compiled = new Map<string, IntlMessageFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
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
      let format = compiled.get(key);
      if (!format) {
        const entry = catalog[key] ?? EN[key];
        format = new IntlMessageFormat(entry.message, intl);
        compiled.set(key, format);
      }
      const out = format.format(values);
      return typeof out === "string" ? out : String(out);
    },
    formatDate(iso, options = { dateStyle: "long", timeZone: "UTC" }) {
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
    formatBytes(bytes) {
      if (bytes < 10_000) return sizeFormats.smallKilobyte.format(Math.max(0.1, bytes / 1000));
      if (bytes < 1_000_000) return sizeFormats.kilobyte.format(bytes / 1000);
      return sizeFormats.megabyte.format(bytes / 1_000_000);
    },
  };
}
