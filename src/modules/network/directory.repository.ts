import {
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from "kysely";
import type { DB, Db } from "../../database.js";
import { containsText, equalsFolded, startingWithTextFirst } from "../../platform/db/like.js";
import { type Page, type PageQuery, pageOf } from "../../platform/db/page.js";
import type {
  City,
  CityUpdate,
  Hub,
  NewCity,
  NewHub,
  NewOrganisation,
  NewPerson,
  Organisation,
  Person,
  Region,
} from "./network.table.js";

/** The directory's entity tables that admin CRUD writes by id. */
export type DirectoryTable = "cities" | "hubs" | "people" | "organisations";

/** Filters of the public cities list. */
export interface CityFilter {
  region?: Region;
  hubId?: number;
  country?: string;
  /** Only cities that belong to a hub (the hubs page: the rest would be read for nothing). */
  inAnyHub?: boolean;
  /** Only cities with a current committee seat (at `today`, "YYYY-MM-DD"). */
  committeeOn?: string;
}

/** A city with the facts a list or the map shows. */
export interface CityListRow extends City {
  hubSlug: string | null;
  hubName: string | null;
  hubColor: string | null;
}

/** Cities matching the filter, by name. */
export async function listCities(db: Db, filter: CityFilter = {}): Promise<CityListRow[]> {
  return citiesWithHubs(db)
    .where(matchesFilter(filter))
    .orderBy("cities.name")
    .orderBy("cities.id")
    .execute();
}

/** What the directory sorts, searches and counts a city by: a few columns, light to read for every city. */
export interface DirectoryEntry {
  id: number;
  name: string;
  country: string;
  region: Region;
}

/** The cities matching the filter, by their entries (the directory reads the rest only for the page it shows). */
export async function listDirectoryEntries(
  db: Db,
  filter: CityFilter = {},
): Promise<DirectoryEntry[]> {
  return db
    .selectFrom("cities")
    .select(["cities.id", "cities.name", "cities.country", "cities.region"])
    .where(matchesFilter(filter))
    .execute();
}

/** Cities by id (in no particular order), with their hub. */
export async function listCitiesByIds(db: Db, ids: readonly number[]): Promise<CityListRow[]> {
  if (ids.length === 0) return [];
  return citiesWithHubs(db)
    .where("cities.id", "in", [...ids])
    .execute();
}

function citiesWithHubs(db: Db) {
  return db
    .selectFrom("cities")
    .leftJoin("hubs", "hubs.id", "cities.hubId")
    .selectAll("cities")
    .select(["hubs.slug as hubSlug", "hubs.name as hubName", "hubs.color as hubColor"]);
}

function matchesFilter(filter: CityFilter) {
  return (eb: ExpressionBuilder<DB, "cities">): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.region) conditions.push(eb("cities.region", "=", filter.region));
    if (filter.hubId !== undefined) conditions.push(eb("cities.hubId", "=", filter.hubId));
    if (filter.country) conditions.push(eb("cities.country", "=", filter.country));
    if (filter.inAnyHub) conditions.push(eb("cities.hubId", "is not", null));
    if (filter.committeeOn) {
      const day = filter.committeeOn;
      conditions.push(
        eb(
          "cities.id",
          "in",
          eb
            .selectFrom("committeeTerms")
            .select("committeeTerms.cityId")
            .where("committeeTerms.startsOn", "<=", day)
            .where((w) =>
              w.or([w("committeeTerms.endsOn", "is", null), w("committeeTerms.endsOn", ">=", day)]),
            ),
        ),
      );
    }
    return eb.and(conditions);
  };
}

/** The countries that have member cities, for the filter. */
export async function listCityCountries(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("cities")
    .select("country")
    .distinct()
    .orderBy("country")
    .execute();
  return rows.map((r) => r.country);
}

/** A city by its slug. */
export async function findCityBySlug(db: Db, slug: string): Promise<City | undefined> {
  return db.selectFrom("cities").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** What a form needs to name a city: its name, country and slug. */
export type CityChoice = Pick<City, "id" | "name" | "country" | "slug">;

/** Up to `limit` cities whose name contains the text (case-blind), those starting with it first, then by name. */
export async function suggestCities(db: Db, text: string, limit: number): Promise<CityChoice[]> {
  return db
    .selectFrom("cities")
    .select(["id", "name", "country", "slug"])
    .where(containsText("cities.name", text))
    .orderBy(startingWithTextFirst("cities.name", text))
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Up to `limit` cities named exactly `name`, blind to case and accents ("bogota" is Bogotá), by id. */
export async function findCitiesNamed(db: Db, name: string, limit: number): Promise<CityChoice[]> {
  return db
    .selectFrom("cities")
    .select(["id", "name", "country", "slug"])
    .where(equalsFolded("cities.name", name))
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** A city by id. */
export async function findCityById(db: Db, id: number): Promise<City | undefined> {
  return db.selectFrom("cities").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a city. */
export async function insertCity(db: Db, city: NewCity): Promise<City> {
  return db.insertInto("cities").values(city).returningAll().executeTakeFirstOrThrow();
}

/** Updates a city. */
export async function updateCity(db: Db, id: number, changes: CityUpdate): Promise<void> {
  await db.updateTable("cities").set(changes).where("id", "=", id).execute();
}

/** The "name|country" keys and slugs of every city, to find duplicates before an import writes. */
export async function listCityKeys(db: Db): Promise<{ slug: string; key: string }[]> {
  const rows = await db.selectFrom("cities").select(["slug", "name", "country"]).execute();
  return rows.map((r) => ({ slug: r.slug, key: cityKey(r.name, r.country) }));
}

/** Every city's English and local name and its country: the network's places. */
export async function listCityPlaces(
  db: Db,
): Promise<{ name: string; localName: string; country: string }[]> {
  return db.selectFrom("cities").select(["name", "localName", "country"]).execute();
}

/** How duplicates are recognised: the same name (case-insensitive) in the same country. */
export function cityKey(name: string, country: string): string {
  return `${name.trim().toLocaleLowerCase("en")}|${country.toUpperCase()}`;
}

/** Every hub by name, with its number of cities. */
export async function listHubs(db: Db): Promise<(Hub & { cityCount: number })[]> {
  return db
    .selectFrom("hubs")
    .selectAll("hubs")
    .select((eb) =>
      eb
        .selectFrom("cities")
        .select((c) => c.fn.countAll<number>().as("n"))
        .whereRef("cities.hubId", "=", "hubs.id")
        .as("cityCount"),
    )
    .orderBy("hubs.name")
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, cityCount: Number(r.cityCount ?? 0) })));
}

/** A hub by slug. */
export async function findHubBySlug(db: Db, slug: string): Promise<Hub | undefined> {
  return db.selectFrom("hubs").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** A hub by id. */
export async function findHubById(db: Db, id: number): Promise<Hub | undefined> {
  return db.selectFrom("hubs").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a hub. */
export async function insertHub(db: Db, hub: NewHub): Promise<Hub> {
  return db.insertInto("hubs").values(hub).returningAll().executeTakeFirstOrThrow();
}

/** The ids of a city's people, by name (what deleting the city unlinks). */
export async function listPersonIdsInCity(db: Db, cityId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("people")
    .select("id")
    .where("cityId", "=", cityId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}

/** People by id (missing ids are left out). */
export async function findPeopleByIds(db: Db, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("people").selectAll().where("id", "in", ids).execute();
}

/** A person by slug. */
export async function findPersonBySlug(db: Db, slug: string): Promise<Person | undefined> {
  return db.selectFrom("people").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Inserts a person. */
export async function insertPerson(db: Db, person: NewPerson): Promise<Person> {
  return db.insertInto("people").values(person).returningAll().executeTakeFirstOrThrow();
}

/** Every organisation by name. */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  return db.selectFrom("organisations").selectAll().orderBy("name").orderBy("id").execute();
}

/** An organisation by slug. */
export async function findOrganisationBySlug(
  db: Db,
  slug: string,
): Promise<Organisation | undefined> {
  return db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Inserts an organisation. */
export async function insertOrganisation(db: Db, org: NewOrganisation): Promise<Organisation> {
  return db.insertInto("organisations").values(org).returningAll().executeTakeFirstOrThrow();
}

/** One row of a directory table by id, as a plain record (the admin forms read it). */
export async function findDirectoryRow(
  db: Db,
  table: DirectoryTable,
  id: number,
): Promise<Record<string, unknown> | undefined> {
  return db.selectFrom(table).selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a row of a directory table (values already validated); returns its id. */
export async function insertDirectoryRow(
  db: Db,
  table: DirectoryTable,
  values: Record<string, unknown>,
): Promise<number> {
  const row = await db
    .insertInto(table)
    .values(values as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a row of a directory table (values already validated); false when it does not exist. */
export async function updateDirectoryRow(
  db: Db,
  table: DirectoryTable,
  id: number,
  values: Record<string, unknown>,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set(values as never)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many events use an organisation (as organiser or co-sponsor) or a person (as speaker). */
export async function countEventUses(db: Db, table: DirectoryTable, id: number): Promise<number> {
  if (table === "organisations") {
    const row = await db
      .selectFrom("eventOrganisations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("organisationId", "=", id)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  if (table === "people") {
    const row = await db
      .selectFrom("eventSpeakers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("personId", "=", id)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  return 0;
}

/** Deletes a row of a directory table; references to a person from hubs and cities are cleared first. */
export async function deleteDirectoryRow(
  db: Db,
  table: DirectoryTable,
  id: number,
): Promise<boolean> {
  if (table === "people") {
    await db
      .updateTable("hubs")
      .set({ contactPersonId: null })
      .where("contactPersonId", "=", id)
      .execute();
    await db
      .updateTable("cities")
      .set({ contactPersonId: null })
      .where("contactPersonId", "=", id)
      .execute();
  }
  const result = await db.deleteFrom(table).where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every city's slug and last change, by slug (the sitemap). */
export async function listCitySlugs(db: Db): Promise<{ slug: string; updatedAt: string }[]> {
  return db.selectFrom("cities").select(["slug", "updatedAt"]).orderBy("slug").execute();
}

/** One page of a workspace list: a name search (case-blind, "" for none), how many to skip and show. */
export interface WorkspacePageQuery extends PageQuery {
  search: string;
}

/** One page of rows and the count of every match. */
export type WorkspacePage<T> = Page<T>;

/**
 * One page of a workspace list: the rows of `from` whose `nameColumn` contains
 * the search (every row for an empty one), selected and ordered by `rowsOf`, and
 * the count of all matches.
 */
export function workspacePage<TB extends keyof DB, S, RB extends keyof DB, O>(
  from: SelectQueryBuilder<DB, TB, S>,
  nameColumn: string,
  query: WorkspacePageQuery,
  rowsOf: (matching: SelectQueryBuilder<DB, TB, S>) => SelectQueryBuilder<DB, RB, O>,
): Promise<WorkspacePage<O>> {
  const search = query.search.trim();
  return pageOf(search ? from.where(containsText(nameColumn, search)) : from, query, rowsOf);
}

/** One page of the cities whose name contains the search, by name, with their hub; and their count. */
export async function pageCities(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<CityListRow>> {
  return workspacePage(db.selectFrom("cities"), "cities.name", query, (cities) =>
    cities
      .leftJoin("hubs", "hubs.id", "cities.hubId")
      .selectAll("cities")
      .select(["hubs.slug as hubSlug", "hubs.name as hubName", "hubs.color as hubColor"])
      .orderBy("cities.name")
      .orderBy("cities.id"),
  );
}

/** One page of the hubs whose name contains the search, by name, with their number of cities; and their count. */
export async function pageHubs(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<Hub & { cityCount: number }>> {
  const page = await workspacePage(db.selectFrom("hubs"), "hubs.name", query, (hubs) =>
    hubs
      .selectAll("hubs")
      .select((eb) =>
        eb
          .selectFrom("cities")
          .select((c) => c.fn.countAll<number>().as("n"))
          .whereRef("cities.hubId", "=", "hubs.id")
          .as("cityCount"),
      )
      .orderBy("hubs.name")
      .orderBy("hubs.id"),
  );
  return { ...page, rows: page.rows.map((r) => ({ ...r, cityCount: Number(r.cityCount ?? 0) })) };
}

/** One page of the people whose name contains the search, by name; and their count. */
export async function pagePeople(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<Person>> {
  return workspacePage(db.selectFrom("people"), "people.name", query, (people) =>
    people.selectAll().orderBy("name").orderBy("id"),
  );
}

/** One page of the organisations whose name contains the search, by name; and their count. */
export async function pageOrganisations(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<Organisation>> {
  return workspacePage(db.selectFrom("organisations"), "organisations.name", query, (orgs) =>
    orgs.selectAll().orderBy("name").orderBy("id"),
  );
}
