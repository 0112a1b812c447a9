import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** The network's regions; their names come from the UI catalogs (`network.region.*`). */
export const REGIONS = [
  "africa",
  "asia-pacific",
  "europe",
  "latin-america-caribbean",
  "mena",
  "north-america",
  "south-asia",
] as const;
export type Region = (typeof REGIONS)[number];

/** Roles on the International Steering Committee. */
export const COMMITTEE_ROLES = ["co-chair", "member"] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** How people attend an event. */
export const EVENT_FORMATS = ["virtual", "in-person", "hybrid"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** What an organisation does for an event. */
export const EVENT_ORGANISATION_ROLES = ["organiser", "co-sponsor"] as const;
export type EventOrganisationRole = (typeof EVENT_ORGANISATION_ROLES)[number];

/** A government, agency or body that organises or sponsors events, or employs people. */
export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** ISO 3166-1 alpha-2, when the organisation belongs to one country. */
  country: string | null;
  website: string | null;
  sourceLanguage: string;
  createdAt: string;
  updatedAt: string;
}

/** A regional hub: a group of member cities of one region with a contact. */
export interface HubsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  region: Region;
  /** The hub's colour on the map, "#rrggbb". */
  color: string;
  contactPersonId: number | null;
  /** Markdown, in the source language. */
  description: string;
  sourceLanguage: string;
  createdAt: string;
  updatedAt: string;
}

/** A member city. */
export interface CitiesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The name in the city's own language and script, when it differs. */
  localName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: Region;
  latitude: number;
  longitude: number;
  hubId: number | null;
  /** "YYYY" or "YYYY-MM-DD". */
  memberSince: string | null;
  website: string | null;
  contactPersonId: number | null;
  /** Content tagged with this tag is the city's related content. */
  tagSlug: string | null;
  /** Markdown, in the source language. */
  profile: string;
  sourceLanguage: string;
  createdAt: string;
  updatedAt: string;
}

/** A person: mayor, speaker, committee representative. */
export interface PeopleTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The person's title or office, in the source language (translated for readers). */
  title: string;
  organisationId: number | null;
  cityId: number | null;
  sourceLanguage: string;
  createdAt: string;
  updatedAt: string;
}

/** A city's seat on the International Steering Committee for a period; past terms are history. */
export interface CommitteeTermsTable {
  id: Generated<number>;
  cityId: number;
  role: CommitteeRole;
  /** "YYYY-MM-DD". */
  startsOn: string;
  /** "YYYY-MM-DD", null while the term runs. */
  endsOn: string | null;
  representativeId: number | null;
  createdAt: string;
}

/** An event of the network (committee meetings included). */
export interface NetworkEventsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  /** Markdown, in the source language. */
  description: string;
  /** ISO-8601 UTC instants. */
  startsAt: string;
  endsAt: string;
  /** IANA zone the event is held in; times are shown in it. */
  timeZone: string;
  format: EventFormat;
  place: string;
  registrationUrl: string | null;
  participantCount: number | null;
  countryCount: number | null;
  recordingUrl: string | null;
  /** A content item (usually news) that summarises the event. */
  summaryItemId: number | null;
  isCommitteeMeeting: number;
  sourceLanguage: string;
  createdAt: string;
  updatedAt: string;
}

/** Organisers and co-sponsors of an event, in order. */
export interface EventOrganisationsTable {
  eventId: number;
  organisationId: number;
  role: EventOrganisationRole;
  position: number;
}

/** Speakers of an event, in order. */
export interface EventSpeakersTable {
  eventId: number;
  personId: number;
  position: number;
}

/** One session of an event's agenda. */
export interface EventSessionsTable {
  id: Generated<number>;
  eventId: number;
  position: number;
  startsAt: string | null;
  endsAt: string | null;
  title: string;
  sourceLanguage: string;
}

/** The tables whose texts readers see translated (`network_translations.table_name`). */
export const TRANSLATED_TABLES = [
  "cities",
  "hubs",
  "people",
  "organisations",
  "network_events",
  "event_sessions",
] as const;
export type TranslatedTable = (typeof TRANSLATED_TABLES)[number];

/** A text of the network assembled in a language from the translation memory. */
export interface NetworkTranslationsTable {
  tableName: TranslatedTable;
  rowId: number;
  field: string;
  language: string;
  /** Markdown fields stay Markdown. */
  text: string;
  /** "reviewed" when every unit it was assembled from was reviewed by a person. */
  state: "machine" | "reviewed";
  /** Error-severity findings over its units not yet reviewed; the `gate` policy holds texts with any. */
  errorCount: number;
  /** sha256 of the source text it translates: a different one means the source changed since. */
  sourceHash: string;
  updatedAt: string;
}

/** The network module's tables. */
export interface NetworkTables {
  organisations: OrganisationsTable;
  hubs: HubsTable;
  cities: CitiesTable;
  people: PeopleTable;
  committeeTerms: CommitteeTermsTable;
  networkEvents: NetworkEventsTable;
  eventOrganisations: EventOrganisationsTable;
  eventSpeakers: EventSpeakersTable;
  eventSessions: EventSessionsTable;
  networkTranslations: NetworkTranslationsTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type Hub = Selectable<HubsTable>;
export type NewHub = Insertable<HubsTable>;
export type City = Selectable<CitiesTable>;
export type NewCity = Insertable<CitiesTable>;
export type CityUpdate = Updateable<CitiesTable>;
export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type CommitteeTerm = Selectable<CommitteeTermsTable>;
export type NetworkEvent = Selectable<NetworkEventsTable>;
export type NewNetworkEvent = Insertable<NetworkEventsTable>;
export type EventSession = Selectable<EventSessionsTable>;
export type NetworkTranslation = Selectable<NetworkTranslationsTable>;
