import type { Catalog } from "../../catalog.js";

/** English strings of the content-admin part of the workspace (each entry with a note for translators). */
export const EN_CONTENT_ADMIN = {} as const satisfies Catalog;
