import type { Db } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { collatorFor } from "../../platform/i18n/collator.js";
import {
  type ContentLocalizer,
  findItemById,
  findTagBySlug,
  type ItemCard,
  listPublishedItems,
  type LocalizedCard,
} from "../content/index.js";
import { matchesCitySearch } from "./city-search.js";
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
  listCitiesByIds,
  listCityCountries,
  listDirectoryEntries,
  listHubs,
} from "./directory.repository.js";
import {
  type EventDetails,
  findEventBySlug,
  listEvents,
  listSummaryItemIds,
  loadEventDetails,
} from "./event.repository.js";
import type {
  City,
  EventSession,
  Hub,
  NetworkEvent,
  Organisation,
  Person,
} from "./network.table.js";
import {
  type LocalText,
  type Localized,
  loadNetworkTexts,
  type NetworkTexts,
  type PageTranslation,
} from "./translation/network-texts.js";

/** What the network's pages need to show their texts in the reader's language. */
export interface NetworkReader {
  db: Db;
  config: Config;
  lang: string;
  /** Content (summaries, related items) in the reader's language. */
  localizer: ContentLocalizer;
  /** Whether an engine can translate between two languages (a missing text is then on its way). */
  canTranslate(from: string, to: string): boolean;
}

export type LocalHub = Localized<Hub, "name" | "description">;
export type LocalPerson = Localized<Person, "title">;
export type LocalOrganisation = Localized<Organisation, "name">;
export type LocalEvent = Localized<NetworkEvent, "title" | "description" | "place">;
export type LocalSession = Localized<EventSession, "title">;

/** A content item (related news, an event published as content) as a network page lists it. */
export interface LocalCard {
  id: number;
  type: string;
  slug: string;
  title: LocalText;
  summary: LocalText;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string | null;
}

/** How many cities one page of the directory lists (and draws on its map). */
export const CITIES_PER_PAGE = 100;

/** What the cities page shows: one page of the matching cities, every hub (legend, filter) and the countries. */
export interface CitiesPageData {
  /** The cities of this page, sorted as the reader's language sorts names. */
  cities: CityListRow[];
  /** How many cities match the filter and the search, on every page. */
  total: number;
  /** How many regions the matching cities are in. */
  regions: number;
  page: number;
  pages: number;
  hubs: (LocalHub & { cityCount: number })[];
  countries: string[];
  filter: CityFilter;
  translation: PageTranslation;
}

/**
 * Loads one page of the cities matching a filter and what the reader typed in
 * the search box; undefined for a page past the last. Only the page's cities
 * are rendered, so the page's size does not grow with the network.
 */
export async function loadCitiesPage(
  reader: NetworkReader,
  options: { filter: CityFilter; search: string; page: number },
): Promise<CitiesPageData | undefined> {
  const { db } = reader;
  const { filter, search, page } = options;
  const collator = collatorFor(reader.lang);
  // Every match is sorted (as the reader's language sorts names, which SQL cannot),
  // but only by its entry: the page's cities are read whole, a hundred at most.
  const entries = await listDirectoryEntries(db, filter);
  const matching = (
    search === "" ? entries : entries.filter((city) => matchesCitySearch(city, search, reader.lang))
  ).sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  const pages = Math.max(1, Math.ceil(matching.length / CITIES_PER_PAGE));
  if (page > pages) return undefined;
  const shown = matching.slice((page - 1) * CITIES_PER_PAGE, page * CITIES_PER_PAGE);
  const rows = new Map(
    (
      await listCitiesByIds(
        db,
        shown.map((c) => c.id),
      )
    ).map((c) => [c.id, c]),
  );
  const hubs = await listHubs(db);
  const texts = await textsFor(reader, [["hubs", hubs]]);
  return {
    cities: shown.flatMap((entry) => rows.get(entry.id) ?? []),
    total: matching.length,
    regions: new Set(matching.map((c) => c.region)).size,
    page,
    pages,
    hubs: hubs.map((hub) => texts.localize("hubs", hub, ["name", "description"])),
    countries: await listCityCountries(db),
    filter,
    translation: texts.summary(),
  };
}

/** Everything a city's page shows. */
export interface CityPageData {
  city: Localized<City, "profile">;
  hub: LocalHub | undefined;
  contact: LocalPerson | undefined;
  terms: CommitteeTermRow[];
  related: LocalCard[];
  translation: PageTranslation;
}

/** Loads a city's page; undefined for an unknown slug. */
export async function loadCityPage(
  reader: NetworkReader,
  slug: string,
): Promise<CityPageData | undefined> {
  const { db } = reader;
  const city = await findCityBySlug(db, slug);
  if (!city) return undefined;
  const hub = city.hubId === null ? undefined : await findHubById(db, city.hubId);
  const [contact] =
    city.contactPersonId === null ? [] : await findPeopleByIds(db, [city.contactPersonId]);
  const texts = await textsFor(reader, [
    ["cities", [city]],
    ["hubs", hub ? [hub] : []],
    ["people", contact ? [contact] : []],
  ]);
  const tag = await findTagBySlug(db, city.tagSlug ?? city.slug);
  const related = tag
    ? (await listPublishedItems(db, { tagId: tag.id, limit: 6, offset: 0 })).cards
    : [];
  return {
    city: texts.localize("cities", city, ["profile"]),
    hub: hub && texts.localize("hubs", hub, ["name", "description"]),
    contact: contact && texts.localize("people", contact, ["title"]),
    terms: await listCommitteeTerms(db, city.id),
    related: await localizeContentCards(reader, related),
    translation: texts.summary(),
  };
}

/** One hub as the hubs page shows it. */
export interface HubEntry {
  hub: LocalHub;
  cities: CityListRow[];
  contact: LocalPerson | undefined;
}

/** The hubs page: each hub with its cities and contact. */
export async function loadHubsPage(
  reader: NetworkReader,
): Promise<{ hubs: HubEntry[]; translation: PageTranslation }> {
  const { db } = reader;
  const hubs = await listHubs(db);
  // Only the hubs' cities: an import of 10,000 cities without a hub made every render read them all.
  const cities = await listCities(db, { inAnyHub: true });
  const contacts = await findPeopleByIds(
    db,
    hubs.flatMap((h) => (h.contactPersonId === null ? [] : [h.contactPersonId])),
  );
  const texts = await textsFor(reader, [
    ["hubs", hubs],
    ["people", contacts],
  ]);
  const entries = hubs.map((hub) => {
    const contact = contacts.find((p) => p.id === hub.contactPersonId);
    return {
      hub: texts.localize("hubs", hub, ["name", "description"]),
      cities: cities.filter((c) => c.hubId === hub.id),
      contact: contact && texts.localize("people", contact, ["title"]),
    };
  });
  return { hubs: entries, translation: texts.summary() };
}

/** The committee page: current terms (co-chairs first), past terms, and its meetings. */
export async function loadCommitteePage(
  reader: NetworkReader,
  today: string,
): Promise<{
  current: CommitteeTermRow[];
  past: CommitteeTermRow[];
  meetings: LocalEvent[];
  translation: PageTranslation;
}> {
  const { db } = reader;
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
  const texts = await textsFor(reader, [["network_events", meetings]]);
  return {
    current,
    past,
    meetings: meetings.map((e) => localizeEvent(texts, e)),
    translation: texts.summary(),
  };
}

/** An entry of the events page: a network event, or an event published as content (a webinar's page). */
export type EventEntry =
  | { kind: "network"; event: LocalEvent }
  | { kind: "content"; card: LocalCard & { startsAt: string } };

/**
 * The reader's events page: the network's events and the events published as
 * content items, upcoming (soonest first) and past (newest first). A content
 * item that an event links as its summary is not listed again: the event links it.
 */
export async function loadEventsPage(
  reader: NetworkReader,
  now: Date,
): Promise<{ upcoming: EventEntry[]; past: EventEntry[]; translation: PageTranslation }> {
  const { db } = reader;
  const at = now.toISOString();
  const upcoming = await listEvents(db, { when: "upcoming", now: at });
  const past = await listEvents(db, { when: "past", now: at, limit: 100 });
  const texts = await textsFor(reader, [["network_events", [...upcoming, ...past]]]);
  const summaries = new Set(await listSummaryItemIds(db));
  const contentEvents = async (relation: "upcoming" | "past") => {
    const { cards } = await listPublishedItems(db, {
      type: "event",
      when: { relation, now: at },
      limit: 100,
      offset: 0,
    });
    const listed = await localizeContentCards(
      reader,
      cards.filter((c) => !summaries.has(c.id)),
    );
    return listed.flatMap((card): EventEntry[] =>
      card.startsAt ? [{ kind: "content", card: { ...card, startsAt: card.startsAt } }] : [],
    );
  };
  const network = (events: NetworkEvent[]) =>
    events.map((e): EventEntry => ({ kind: "network", event: localizeEvent(texts, e) }));
  const startOf = (entry: EventEntry) =>
    entry.kind === "network" ? entry.event.startsAt : entry.card.startsAt;
  return {
    upcoming: [...network(upcoming), ...(await contentEvents("upcoming"))].sort((a, b) =>
      startOf(a).localeCompare(startOf(b)),
    ),
    past: [...network(past), ...(await contentEvents("past"))].sort((a, b) =>
      startOf(b).localeCompare(startOf(a)),
    ),
    translation: texts.summary(),
  };
}

/** An event with everyone and everything its page shows, in the reader's language. */
export interface EventPageData {
  event: LocalEvent;
  organisers: LocalOrganisation[];
  sponsors: LocalOrganisation[];
  speakers: (LocalPerson & { organisationName: string | null })[];
  sessions: LocalSession[];
  /** The content item that summarises the event (its news), at its address in the reader's language. */
  summary: { type: string; slug: string; title: LocalText } | undefined;
  translation: PageTranslation;
}

/** An event's page; undefined for an unknown slug. */
export async function loadEventPage(
  reader: NetworkReader,
  slug: string,
): Promise<EventPageData | undefined> {
  const { db } = reader;
  const found = await findEventBySlug(db, slug);
  if (!found) return undefined;
  const details: EventDetails = await loadEventDetails(db, found);
  const texts = await textsFor(reader, [
    ["network_events", [found]],
    ["organisations", [...details.organisers, ...details.sponsors]],
    ["people", details.speakers],
    ["event_sessions", details.sessions],
  ]);
  return {
    event: localizeEvent(texts, found),
    organisers: details.organisers.map((o) => texts.localize("organisations", o, ["name"])),
    sponsors: details.sponsors.map((o) => texts.localize("organisations", o, ["name"])),
    speakers: details.speakers.map((p) => texts.localize("people", p, ["title"])),
    sessions: details.sessions.map((s) => texts.localize("event_sessions", s, ["title"])),
    summary: await localizeSummary(reader, found.summaryItemId, details.summary),
    translation: texts.summary(),
  };
}

async function localizeContentCards(
  reader: NetworkReader,
  cards: readonly ItemCard[],
): Promise<LocalCard[]> {
  const texts =
    cards.length === 0
      ? new Map<number, LocalizedCard>()
      : await reader.localizer.localizeCards(reader.db, cards, reader.lang);
  return cards.map((card) => {
    const text = texts.get(card.id);
    const lang = text?.textLanguage ?? card.sourceLanguage;
    return {
      id: card.id,
      type: card.type,
      slug: text?.slug ?? card.slug,
      title: { text: text?.title ?? card.title, lang },
      summary: { text: text?.summary ?? card.summary, lang },
      startsAt: card.startsAt,
      endsAt: card.endsAt,
      timeZone: card.timeZone,
    };
  });
}

function localizeEvent(texts: NetworkTexts, event: NetworkEvent): LocalEvent {
  return texts.localize("network_events", event, ["title", "description", "place"]);
}

async function textsFor(
  reader: NetworkReader,
  rows: readonly (readonly [Parameters<NetworkTexts["localize"]>[0], readonly { id: number }[]])[],
): Promise<NetworkTexts> {
  return loadNetworkTexts(reader.db, {
    lang: reader.lang,
    config: reader.config,
    canTranslate: reader.canTranslate,
    rows: rows.map(([table, list]) => ({ table, ids: list.map((r) => r.id) })),
  });
}

async function localizeSummary(
  reader: NetworkReader,
  itemId: number | null,
  source: EventDetails["summary"],
): Promise<EventPageData["summary"]> {
  const item = itemId === null || !source ? undefined : await findItemById(reader.db, itemId);
  if (!item || !source) return undefined;
  const localized = await reader.localizer.localizeItem(reader.db, item, reader.lang);
  return {
    type: source.type,
    slug: localized?.slug ?? source.slug,
    title: localized?.text
      ? { text: localized.text.title, lang: localized.textLanguage }
      : { text: source.title, lang: item.sourceLanguage },
  };
}
