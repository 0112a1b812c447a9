import type { SelectQueryBuilder } from "kysely";
import type { DB, Db } from "../../database.js";
import {
  type WorkspacePage,
  type WorkspacePageQuery,
  workspacePage,
} from "./directory.repository.js";
import type { CommitteeRole, CommitteeTerm } from "./network.table.js";

/** A committee term with its city and representative, as pages show it. */
export interface CommitteeTermRow extends CommitteeTerm {
  citySlug: string;
  cityName: string;
  cityCountry: string;
  representativeName: string | null;
  representativeTitle: string | null;
}

/** Committee terms joined with their city (what a page counts before it selects). */
function termsWithCities(db: Db) {
  return db.selectFrom("committeeTerms").innerJoin("cities", "cities.id", "committeeTerms.cityId");
}

/** The columns of a CommitteeTermRow, from terms joined with their city. */
function withCityAndRepresentative<S>(
  terms: SelectQueryBuilder<DB, "committeeTerms" | "cities", S>,
) {
  return terms
    .leftJoin("people", "people.id", "committeeTerms.representativeId")
    .selectAll("committeeTerms")
    .select([
      "cities.slug as citySlug",
      "cities.name as cityName",
      "cities.country as cityCountry",
      "people.name as representativeName",
      "people.title as representativeTitle",
    ]);
}

/** Every committee term, newest first (current and past: the committee's history). */
export async function listCommitteeTerms(db: Db, cityId?: number): Promise<CommitteeTermRow[]> {
  let query = withCityAndRepresentative(termsWithCities(db));
  if (cityId !== undefined) query = query.where("committeeTerms.cityId", "=", cityId);
  return query
    .orderBy("committeeTerms.startsOn", "desc")
    .orderBy("cities.name")
    .orderBy("committeeTerms.id")
    .execute();
}

/** One committee term by id, with its city and representative. */
export async function findCommitteeTerm(db: Db, id: number): Promise<CommitteeTermRow | undefined> {
  return withCityAndRepresentative(termsWithCities(db))
    .where("committeeTerms.id", "=", id)
    .executeTakeFirst();
}

/** Inserts a term. */
export async function insertCommitteeTerm(
  db: Db,
  term: {
    cityId: number;
    role: CommitteeRole;
    startsOn: string;
    endsOn: string | null;
    representativeId: number | null;
    createdAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto("committeeTerms")
    .values(term)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether a term is current on a day ("YYYY-MM-DD"). */
export function isCurrentTerm(term: Pick<CommitteeTerm, "startsOn" | "endsOn">, day: string) {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

/** Deletes a committee term. */
export async function deleteCommitteeTerm(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("committeeTerms").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** One page of the terms whose city's name contains the search, newest first; and their count. */
export async function pageCommitteeTerms(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<CommitteeTermRow>> {
  return workspacePage(termsWithCities(db), "cities.name", query, (matching) =>
    withCityAndRepresentative(matching)
      .orderBy("committeeTerms.startsOn", "desc")
      .orderBy("cities.name")
      .orderBy("committeeTerms.id"),
  );
}
