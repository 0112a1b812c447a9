import { type RawBuilder, sql } from "kysely";
import { foldForSearch } from "./fold.js";

/**
 * A "column contains text" condition for both engines, blind to case and
 * accents ("bogota" finds "Bogotá", "ÉCOLE" finds "école": `civitas_fold`, see
 * fold.ts), where `%` and `_` typed by a person match themselves.
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(foldForSearch(text))}%`;
  return sql<boolean>`civitas_fold(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** A "column equals text" condition folded as containsText ("bogota" is "Bogotá"). */
export function equalsFolded(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`civitas_fold(${sql.ref(column)}) = ${foldForSearch(text)}`;
}

/** Orders first the rows whose column starts with the text (folded as containsText), then the rest. */
export function startingWithTextFirst(column: string, text: string): RawBuilder<number> {
  const pattern = `${escapeLike(foldForSearch(text))}%`;
  return sql<number>`case when civitas_fold(${sql.ref(column)}) like ${pattern} escape '\\' then 0 else 1 end`;
}

/** Escapes LIKE's wildcards and the escape character itself, for `escape '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
