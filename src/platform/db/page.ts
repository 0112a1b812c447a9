import { type SelectQueryBuilder, sql } from "kysely";

/** Which page of a list to read: how many rows to show and how many to skip. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/** One page of rows and the count of every row that matches. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/**
 * One page of what `matching` finds (its FROM, joins and WHERE, nothing selected)
 * and the count of all of it, read side by side. `rowsOf` selects and orders the
 * page's rows (a total order, so that pages neither repeat nor skip a row).
 */
export async function pageOf<DB, TB extends keyof DB, S, RB extends keyof DB, O>(
  matching: SelectQueryBuilder<DB, TB, S>,
  query: PageQuery,
  rowsOf: (matching: SelectQueryBuilder<DB, TB, S>) => SelectQueryBuilder<DB, RB, O>,
): Promise<Page<O>> {
  // Kysely cannot name the row type of a selection on a generic builder: the count is one row.
  const counted = matching
    .clearSelect()
    .select(sql<number | string>`count(*)`.as("total"))
    .executeTakeFirst() as Promise<{ total: number | string } | undefined>;
  const [rows, count] = await Promise.all([
    rowsOf(matching).limit(query.limit).offset(query.offset).execute(),
    counted,
  ]);
  return { rows: rows as O[], total: Number(count?.total ?? 0) };
}
