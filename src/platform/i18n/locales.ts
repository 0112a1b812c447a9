import type { LocaleCode } from "../config.js";

/** Static facts about a site language: its name in itself, writing direction and the Intl locale used to format dates and numbers. */
export interface LocaleInfo {
  code: LocaleCode;
  /** The language's name in the language itself, for the language switcher. */
  label: string;
  dir: "ltr" | "rtl";
  /** Intl locale for dates, numbers and plural rules (fr-FR writes 19/10/2021). */
  intl: string;
  /** How a date alone is written when a view gives no format (a publication date). */
  date: Readonly<Intl.DateTimeFormatOptions>;
  /** Open Graph locale (og:locale). */
  ogLocale: string;
}

const LONG_DATE = Object.freeze({ dateStyle: "long", timeZone: "UTC" } as const);

/**
 * Every language Civitas has catalogs and formats for.
 *
 * Dates: English, Spanish and Arabic readers get the month written out
 * ("19 October 2021", "19 de octubre de 2021", "19 أكتوبر 2021"), which no
 * reader can misread as month/day. French keeps "19/10/2021", as the network's
 * French pages have always shown it and as French readers write it.
 *
 * Arabic: `ar` with Latin digits (`-u-nu-latn`). The network's Arabic readers
 * span the Maghreb, where Latin digits are the norm (CLDR's own ar-MA, ar-DZ and
 * ar-TN use them), and the Mashriq, where both are read and Latin digits are
 * usual on the web; the translated bodies keep their source's Latin digits too,
 * so Arabic-Indic digits in the interface would mix two digit systems on one
 * page. The extension pins this whatever the ICU version's default for `ar`
 * (older ICU gave Arabic-Indic digits). The calendar stays Gregorian.
 */
export const LOCALES: Readonly<Record<LocaleCode, LocaleInfo>> = Object.freeze({
  en: {
    code: "en",
    label: "English",
    dir: "ltr",
    intl: "en-GB",
    date: LONG_DATE,
    ogLocale: "en_GB",
  },
  fr: {
    code: "fr",
    label: "Français",
    dir: "ltr",
    intl: "fr-FR",
    date: Object.freeze({ day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
    ogLocale: "fr_FR",
  },
  es: {
    code: "es",
    label: "Español",
    dir: "ltr",
    intl: "es-ES",
    date: LONG_DATE,
    ogLocale: "es_ES",
  },
  ar: {
    code: "ar",
    label: "العربية",
    dir: "rtl",
    intl: "ar-u-nu-latn",
    date: LONG_DATE,
    ogLocale: "ar_AR",
  },
});

/** A language's own name ("Français", "العربية"), or its code when the site does not know it. */
export function languageLabel(code: string): string {
  return LOCALES[code as LocaleCode]?.label ?? code;
}

/** The direction text in a language is written in; left to right for a code the site does not know. */
export function textDirection(code: string): "ltr" | "rtl" {
  return LOCALES[code as LocaleCode]?.dir ?? "ltr";
}

/**
 * Picks the best of the offered languages for an Accept-Language header
 * (RFC 9110 quality values, primary subtag match), or the fallback.
 */
export function negotiateLanguage(
  header: string | undefined,
  offered: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  const wanted = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((w) => w.tag !== "" && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of wanted) {
    if (tag === "*") return fallback;
    const primary = tag.split("-")[0] ?? "";
    const match = offered.find((code) => code === tag || code === primary);
    if (match) return match;
  }
  return fallback;
}
