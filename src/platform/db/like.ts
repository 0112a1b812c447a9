import { type RawBuilder, sql } from "kysely";

/**
 * A case-insensitive "column contains text" condition for both engines, where
 * `%` and `_` typed by a person match themselves (lower() keeps PostgreSQL as
 * case-blind as SQLite's LIKE).
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** Orders first the rows whose column starts with the text (case-blind as containsText), then the rest. */
export function startingWithTextFirst(column: string, text: string): RawBuilder<number> {
  const pattern = `${escapeLike(text.toLowerCase())}%`;
  return sql<number>`case when lower(${sql.ref(column)}) like ${pattern} escape '\\' then 0 else 1 end`;
}

/** Escapes LIKE's wildcards and the escape character itself, for `escape '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
