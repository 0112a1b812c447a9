import type { Db } from "../../database.js";
import {
  type CommitteeTermRow,
  isCurrentTerm,
  listCommitteeTerms,
} from "./committee.repository.js";
import {
  type CityFilter,
  type CityListRow,
  findCityBySlug,
  findHubById,
  findPeopleByIds,
  listCities,
  listCityCountries,
  listHubs,
} from "./directory.repository.js";
import {
  type EventDetails,
  findEventBySlug,
  listEvents,
  loadEventDetails,
} from "./event.repository.js";
import type { City, Hub, NetworkEvent, Person } from "./network.table.js";
import { listItemsTagged, type RelatedItem } from "./related.repository.js";

/** What the cities page shows: the filtered cities, every hub (legend, filter) and the countries. */
export interface CitiesPageData {
  cities: CityListRow[];
  hubs: (Hub & { cityCount: number })[];
  countries: string[];
  filter: CityFilter;
}

/** Loads the cities page for a filter, cities sorted as the reader's language sorts names. */
export async function loadCitiesPage(
  db: Db,
  filter: CityFilter,
  locale: string,
): Promise<CitiesPageData> {
  const collator = new Intl.Collator(locale);
  const [cities, hubs, countries] = [
    (await listCities(db, filter)).sort((a, b) => collator.compare(a.name, b.name)),
    await listHubs(db),
    await listCityCountries(db),
  ];
  return { cities, hubs, countries, filter };
}

/** Everything a city's page shows. */
export interface CityPageData {
  city: City;
  hub: Hub | undefined;
  contact: Person | undefined;
  terms: CommitteeTermRow[];
  related: RelatedItem[];
}

/** Loads a city's page; undefined for an unknown slug. */
export async function loadCityPage(db: Db, slug: string): Promise<CityPageData | undefined> {
  const city = await findCityBySlug(db, slug);
  if (!city) return undefined;
  const hub = city.hubId === null ? undefined : await findHubById(db, city.hubId);
  const [contact] =
    city.contactPersonId === null ? [] : await findPeopleByIds(db, [city.contactPersonId]);
  const terms = await listCommitteeTerms(db, city.id);
  const related = await listItemsTagged(db, { tagSlug: city.tagSlug ?? city.slug, limit: 6 });
  return { city, hub, contact, terms, related };
}

/** The hubs page: each hub with its cities and contact. */
export async function loadHubsPage(
  db: Db,
): Promise<{ hub: Hub; cities: CityListRow[]; contact: Person | undefined }[]> {
  const hubs = await listHubs(db);
  const cities = await listCities(db);
  const contacts = await findPeopleByIds(
    db,
    hubs.flatMap((h) => (h.contactPersonId === null ? [] : [h.contactPersonId])),
  );
  return hubs.map((hub) => ({
    hub,
    cities: cities.filter((c) => c.hubId === hub.id),
    contact: contacts.find((p) => p.id === hub.contactPersonId),
  }));
}

/** The committee page: current terms (co-chairs first), past terms, and its meetings. */
export async function loadCommitteePage(
  db: Db,
  today: string,
): Promise<{ current: CommitteeTermRow[]; past: CommitteeTermRow[]; meetings: NetworkEvent[] }> {
  const terms = await listCommitteeTerms(db);
  const current = terms
    .filter((term) => isCurrentTerm(term, today))
    .sort(
      (a, b) =>
        Number(b.role === "co-chair") - Number(a.role === "co-chair") ||
        a.cityName.localeCompare(b.cityName, "en"),
    );
  const past = terms.filter((term) => term.startsOn <= today && !isCurrentTerm(term, today));
  const meetings = await listEvents(db, { when: "all", now: today, committeeOnly: true });
  return { current, past, meetings };
}

/** The events page: upcoming (soonest first) and past (newest first). */
export async function loadEventsPage(
  db: Db,
  now: Date,
): Promise<{ upcoming: NetworkEvent[]; past: NetworkEvent[] }> {
  const at = now.toISOString();
  return {
    upcoming: await listEvents(db, { when: "upcoming", now: at }),
    past: await listEvents(db, { when: "past", now: at, limit: 100 }),
  };
}

/** An event's page; undefined for an unknown slug. */
export async function loadEventPage(db: Db, slug: string): Promise<EventDetails | undefined> {
  const event = await findEventBySlug(db, slug);
  return event ? loadEventDetails(db, event) : undefined;
}
