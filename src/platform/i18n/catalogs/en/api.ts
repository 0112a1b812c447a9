import type { Catalog } from "../../catalog.js";

/** English strings of the api part of the workspace (each entry with a note for translators). */
export const EN_API = {} as const satisfies Catalog;
