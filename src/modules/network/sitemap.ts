import type { Db } from "../../database.js";
import { everyLanguageEntries, type SitemapEntry } from "../content/index.js";
import { listCitySlugs } from "./directory.repository.js";
import { listEventSlugs } from "./event.repository.js";

/**
 * The network's public pages for the sitemap, in every language (their texts
 * fall back to the original, so each page exists in all of them): the cities
 * (map and list), each city, the hubs, the committee, the events page, each
 * event, and the iCalendar files.
 */
export async function listNetworkSitemapEntries(
  db: Db,
  languages: readonly string[],
): Promise<SitemapEntry[]> {
  const [cities, events] = await Promise.all([listCitySlugs(db), listEventSlugs(db)]);
  const pages = (rest: string, lastModified?: string) =>
    everyLanguageEntries(languages, rest, lastModified);
  // Calendar files are one per language (their names and descriptions), but not pages: no alternates.
  const files = (rest: string, lastModified?: string): SitemapEntry[] =>
    languages.map((lang) => ({ path: `/${lang}${rest}`, lastModified }));
  return [
    ...pages("/network"),
    ...pages("/network/hubs"),
    ...pages("/network/committee"),
    ...pages("/network/events"),
    ...files("/network/events.ics"),
    ...cities.flatMap((city) => pages(`/network/cities/${city.slug}`, city.updatedAt)),
    ...events.flatMap((event) => [
      ...pages(`/network/events/${event.slug}`, event.updatedAt),
      ...files(`/network/events/${event.slug}/calendar.ics`, event.updatedAt),
    ]),
  ];
}
