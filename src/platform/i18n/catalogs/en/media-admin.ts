import type { Catalog } from "../../catalog.js";

/** English strings of the media-admin part of the workspace (each entry with a note for translators). */
export const EN_MEDIA_ADMIN = {} as const satisfies Catalog;
