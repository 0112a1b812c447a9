import type { NameSource } from "../../translation/pipeline/index.js";
import { countryName } from "../countries.js";
import { listCityPlaces } from "../directory.repository.js";

/**
 * The network's places as the translation checks know them: every member city
 * as one group of its English and local forms, and each member city's country
 * as one group of its names in English and every site language (CLDR through
 * Intl.DisplayNames). A French translation that says "Tshwane" for Pretoria,
 * or "Finlande", uses no foreign word and drops no name.
 */
export function networkPlaceNames(languages: readonly string[]): NameSource {
  return async (db) => {
    const places = await listCityPlaces(db);
    const groups: string[][] = places.map((place) =>
      place.localName && place.localName !== place.name
        ? [place.name, place.localName]
        : [place.name],
    );
    for (const country of new Set(places.map((p) => p.country))) {
      groups.push([...new Set(["en", ...languages].map((l) => countryName(country, l)))]);
    }
    return groups;
  };
}
