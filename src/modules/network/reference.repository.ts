import { sql } from "kysely";
import type { Db } from "../../database.js";
import { containsText, equalsFolded, startingWithTextFirst } from "../../platform/db/like.js";
import { foldForSearch } from "../../platform/db/fold.js";
import type { ItemType } from "../content/index.js";
import type { Organisation, Person } from "./network.table.js";

// What the workspace's typed fields (a speaker, a contact person, a sponsor, an
// event's summary) suggest and resolve: a few rows by name, never a whole table.
// Names compare folded (`civitas_fold`: blind to case and accents) on both engines.

/** What a form needs to name a person: name, slug and title (to tell namesakes apart). */
export type PersonChoice = Pick<Person, "id" | "name" | "slug" | "title">;

/** What a form needs to name an organisation. */
export type OrganisationChoice = Pick<Organisation, "id" | "name" | "slug" | "country">;

/** A published (or archived) content item an event may link as its summary. */
export interface ItemChoice {
  id: number;
  type: ItemType;
  slug: string;
  title: string;
}

/** Up to `limit` people whose name contains the text, those starting with it first, then by name. */
export async function suggestPeople(db: Db, text: string, limit: number): Promise<PersonChoice[]> {
  return db
    .selectFrom("people")
    .select(["id", "name", "slug", "title"])
    .where(containsText("people.name", text))
    .orderBy(startingWithTextFirst("people.name", text))
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Up to `limit` people named exactly `name` (folded), by id. */
export async function findPeopleNamed(
  db: Db,
  name: string,
  limit: number,
): Promise<PersonChoice[]> {
  return db
    .selectFrom("people")
    .select(["id", "name", "slug", "title"])
    .where(equalsFolded("people.name", name))
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** People by id, as a form names them (missing ids are left out). */
export async function findPersonChoices(db: Db, ids: readonly number[]): Promise<PersonChoice[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("people")
    .select(["id", "name", "slug", "title"])
    .where("id", "in", [...ids])
    .execute();
}

/** A person by slug, as a form names them. */
export async function findPersonChoiceBySlug(
  db: Db,
  slug: string,
): Promise<PersonChoice | undefined> {
  return db
    .selectFrom("people")
    .select(["id", "name", "slug", "title"])
    .where("slug", "=", slug)
    .executeTakeFirst();
}

/** How many people bear each of these names (folded), keyed by the folded name. */
export async function countPeopleNamed(
  db: Db,
  names: readonly string[],
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom("people")
    .select([
      sql<string>`civitas_fold(${sql.ref("people.name")})`.as("folded"),
      (eb) => eb.fn.countAll<number | string>().as("n"),
    ])
    .where(sql<string>`civitas_fold(${sql.ref("people.name")})`, "in", uniqueFolded(names))
    .groupBy(sql`civitas_fold(${sql.ref("people.name")})`)
    .execute();
  return new Map(rows.map((r) => [r.folded, Number(r.n)]));
}

/** Up to `limit` organisations whose name contains the text, those starting with it first, then by name. */
export async function suggestOrganisations(
  db: Db,
  text: string,
  limit: number,
): Promise<OrganisationChoice[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "slug", "country"])
    .where(containsText("organisations.name", text))
    .orderBy(startingWithTextFirst("organisations.name", text))
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Up to `limit` organisations named exactly `name` (folded), by id. */
export async function findOrganisationsNamed(
  db: Db,
  name: string,
  limit: number,
): Promise<OrganisationChoice[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "slug", "country"])
    .where(equalsFolded("organisations.name", name))
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Organisations by id, as a form names them (missing ids are left out). */
export async function findOrganisationChoices(
  db: Db,
  ids: readonly number[],
): Promise<OrganisationChoice[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organisations")
    .select(["id", "name", "slug", "country"])
    .where("id", "in", [...ids])
    .execute();
}

/** An organisation by slug, as a form names it. */
export async function findOrganisationChoiceBySlug(
  db: Db,
  slug: string,
): Promise<OrganisationChoice | undefined> {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "slug", "country"])
    .where("slug", "=", slug)
    .executeTakeFirst();
}

/** How many organisations bear each of these names (folded), keyed by the folded name. */
export async function countOrganisationsNamed(
  db: Db,
  names: readonly string[],
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom("organisations")
    .select([
      sql<string>`civitas_fold(${sql.ref("organisations.name")})`.as("folded"),
      (eb) => eb.fn.countAll<number | string>().as("n"),
    ])
    .where(sql<string>`civitas_fold(${sql.ref("organisations.name")})`, "in", uniqueFolded(names))
    .groupBy(sql`civitas_fold(${sql.ref("organisations.name")})`)
    .execute();
  return new Map(rows.map((r) => [r.folded, Number(r.n)]));
}

/** The items an event may link as its summary: published or archived, read by their live title. */
function summaryItems(db: Db) {
  return db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select(["items.id", "items.type", "items.slug", "revisions.title"])
    .where("items.status", "in", ["published", "archived"]);
}

/** Up to `limit` summary items whose title contains the text, those starting with it first, then by title. */
export async function suggestSummaryItems(
  db: Db,
  text: string,
  limit: number,
): Promise<ItemChoice[]> {
  return summaryItems(db)
    .where(containsText("revisions.title", text))
    .orderBy(startingWithTextFirst("revisions.title", text))
    .orderBy("revisions.title")
    .orderBy("items.id")
    .limit(limit)
    .execute();
}

/** Up to `limit` summary items titled exactly `title` (folded), by id. */
export async function findSummaryItemsTitled(
  db: Db,
  title: string,
  limit: number,
): Promise<ItemChoice[]> {
  return summaryItems(db)
    .where(equalsFolded("revisions.title", title))
    .orderBy("items.id")
    .limit(limit)
    .execute();
}

/** Summary items by id (missing, unpublished or deleted ones are left out). */
export async function findSummaryItemChoices(
  db: Db,
  ids: readonly number[],
): Promise<ItemChoice[]> {
  if (ids.length === 0) return [];
  return summaryItems(db)
    .where("items.id", "in", [...ids])
    .execute();
}

/** A summary item by type and slug. */
export async function findSummaryItemBySlug(
  db: Db,
  type: ItemType,
  slug: string,
): Promise<ItemChoice | undefined> {
  return summaryItems(db)
    .where("items.type", "=", type)
    .where("items.slug", "=", slug)
    .executeTakeFirst();
}

/** How many summary items bear each of these titles (folded), keyed by the folded title. */
export async function countSummaryItemsTitled(
  db: Db,
  titles: readonly string[],
): Promise<Map<string, number>> {
  if (titles.length === 0) return new Map();
  const folded = sql<string>`civitas_fold(${sql.ref("revisions.title")})`;
  const rows = await db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select([folded.as("folded"), (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("items.status", "in", ["published", "archived"])
    .where(folded, "in", uniqueFolded(titles))
    .groupBy(folded)
    .execute();
  return new Map(rows.map((r) => [r.folded, Number(r.n)]));
}

function uniqueFolded(names: readonly string[]): string[] {
  return [...new Set(names.map(foldForSearch))];
}
