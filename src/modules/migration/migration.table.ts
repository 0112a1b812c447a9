import type { Selectable } from "kysely";

/** What an import made of one thing of a source; the key of idempotent imports. */
export interface ImportMappingsTable {
  source: string;
  kind: "item" | "media" | "tag";
  sourceKey: string;
  targetId: number;
  createdAt: string;
}

/** An old address answered with a 301 to its new one. */
export interface RedirectsTable {
  fromPath: string;
  toPath: string;
  origin: string;
  createdAt: string;
}

/** The migration module's tables. */
export interface MigrationTables {
  importMappings: ImportMappingsTable;
  redirects: RedirectsTable;
}

export type ImportMapping = Selectable<ImportMappingsTable>;
export type Redirect = Selectable<RedirectsTable>;
