import { countryName } from "./countries.js";

/** The longest search a reader may type in the directory. */
export const MAX_CITY_SEARCH = 80;

/**
 * Whether a city matches what a reader typed in the directory's search box:
 * every word found, ignoring case and accents, in the city's name or its
 * country's name in the reader's language ("bogota" finds Bogotá, "kenia"
 * finds Mombasa on a Spanish page).
 */
export function matchesCitySearch(
  city: { name: string; country: string },
  query: string,
  lang: string,
): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${city.name} ${countryName(city.country, lang)}`);
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}
