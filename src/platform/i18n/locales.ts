import type { LocaleCode } from "../config.js";

/** Static facts about a site language: its name in itself, writing direction and the Intl locale used to format dates and numbers. */
export interface LocaleInfo {
  code: LocaleCode;
  /** The language's name in the language itself, for the language switcher. */
  label: string;
  dir: "ltr" | "rtl";
  /** Intl locale for dates and numbers (fr-FR writes 19/10/2021). */
  intl: string;
  /** Open Graph locale (og:locale). */
  ogLocale: string;
}

/** Every language Civitas has catalogs and formats for. */
export const LOCALES: Readonly<Record<LocaleCode, LocaleInfo>> = Object.freeze({
  en: { code: "en", label: "English", dir: "ltr", intl: "en-GB", ogLocale: "en_GB" },
  fr: { code: "fr", label: "Français", dir: "ltr", intl: "fr-FR", ogLocale: "fr_FR" },
  es: { code: "es", label: "Español", dir: "ltr", intl: "es-ES", ogLocale: "es_ES" },
  ar: { code: "ar", label: "العربية", dir: "rtl", intl: "ar", ogLocale: "ar_AR" },
});

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
