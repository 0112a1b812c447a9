import { sql } from "kysely";
import type { Db } from "../../database.js";
import { containsText, equalsFolded, startingWithTextFirst } from "../../platform/db/like.js";
import { foldForSearch } from "../../platform/db/fold.js";
import type { ItemType } from "../content/index.js";

// What the workspace's typed fields (a speaker, a contact person, a sponsor, an
// event's summary) suggest and resolve: a few rows by name, never a whole table.
// Names compare folded (`civitas_fold`: blind to case and accents) on both engines.

/**
 * The directory's tables a form names an entry of, and the column that tells
 * namesakes apart in a suggestion: a person's title, an organisation's country.
 */
const DETAIL = { people: "title", organisations: "country" } as const;

/** A table of the directory whose entries a form names. */
export type NamedTable = keyof typeof DETAIL;

/** What a form needs to name a person or an organisation: name, slug, and its detail (`DETAIL`). */
export interface NamedChoice {
  id: number;
  name: string;
  slug: string;
  detail: string | null;
}

/** The columns every query below reads, the detail under one name. */
function named(db: Db, table: NamedTable) {
  return db
    .selectFrom(table)
    .select(["id", "name", "slug", sql<string | null>`${sql.ref(DETAIL[table])}`.as("detail")]);
}

/** A published (or archived) content item an event may link as its summary. */
export interface ItemChoice {
  id: number;
  type: ItemType;
  slug: string;
  title: string;
}

/** Up to `limit` entries whose name contains the text, those starting with it first, then by name. */
export async function suggestNamed(
  db: Db,
  table: NamedTable,
  text: string,
  limit: number,
): Promise<NamedChoice[]> {
  return named(db, table)
    .where(containsText("name", text))
    .orderBy(startingWithTextFirst("name", text))
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Up to `limit` entries named exactly `name` (folded), by id. */
export async function findNamed(
  db: Db,
  table: NamedTable,
  name: string,
  limit: number,
): Promise<NamedChoice[]> {
  return named(db, table).where(equalsFolded("name", name)).orderBy("id").limit(limit).execute();
}

/** Entries by id, as a form names them (missing ids are left out). */
export async function findNamedChoices(
  db: Db,
  table: NamedTable,
  ids: readonly number[],
): Promise<NamedChoice[]> {
  if (ids.length === 0) return [];
  return named(db, table)
    .where("id", "in", [...ids])
    .execute();
}

/** An entry by slug, as a form names it. */
export async function findNamedChoiceBySlug(
  db: Db,
  table: NamedTable,
  slug: string,
): Promise<NamedChoice | undefined> {
  return named(db, table).where("slug", "=", slug).executeTakeFirst();
}

/** How many entries bear each of these names (folded), keyed by the folded name. */
export async function countNamed(
  db: Db,
  table: NamedTable,
  names: readonly string[],
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const folded = sql<string>`civitas_fold(${sql.ref("name")})`;
  const rows = await db
    .selectFrom(table)
    .select([folded.as("folded"), (eb) => eb.fn.countAll<number | string>().as("n")])
    .where(folded, "in", uniqueFolded(names))
    .groupBy(folded)
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
