import type { Kysely, Transaction } from "kysely";
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
