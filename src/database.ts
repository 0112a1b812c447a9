import type { Kysely, Transaction } from "kysely";
import { type Config, sqliteFile } from "./platform/config.js";
import { type Database, openDatabase } from "./platform/db/database.js";
import type { ContentTables } from "./modules/content/content.table.js";
import type { NetworkTables } from "./modules/network/network.table.js";
import type { TranslationTables } from "./modules/translation/translation.table.js";
import type { ReviewTables } from "./modules/translation/review/review.table.js";
import type { MigrationTables } from "./modules/migration/migration.table.js";
import type { SearchTables } from "./modules/search/search.table.js";
import type { PlatformTables } from "./platform/platform.table.js";

/** Every table of Civitas, assembled from the modules' table files. */
export interface DB
  extends
    PlatformTables,
    ContentTables,
    TranslationTables,
    NetworkTables,
    ReviewTables,
    SearchTables,
    MigrationTables {}

/** A database handle or an open transaction: repositories take either, so the caller owns the transaction. */
export type Db = Kysely<DB> | Transaction<DB>;

/**
 * Opens the database the configuration names: PostgreSQL when DATABASE_URL is
 * set, else SQLite in the data directory. Here, not in app.ts, so that what
 * only needs the database (job processes, CLI commands, benches) does not
 * load the web application's ~600 modules.
 */
export function openConfiguredDatabase(config: Config): Database<DB> {
  return config.databaseUrl
    ? openDatabase<DB>({ dialect: "postgres", url: config.databaseUrl })
    : openDatabase<DB>({ dialect: "sqlite", file: sqliteFile(config) });
}
