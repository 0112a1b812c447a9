import type { Kysely } from "kysely";
import type { DB } from "./database.js";
import type { DashboardPanel } from "./modules/content/admin/dashboard-panels.js";
import type { ContentLocalizer } from "./modules/content/localization.js";
import type { Config } from "./platform/config.js";
import type { DialectName } from "./platform/db/database.js";
import type { PageCache } from "./platform/http/page-cache.js";
import type { AssetManifest } from "./platform/ui/assets.js";

/** What buildApp hands every module's routes: configuration, database, assets, page cache and clock. */
export interface AppContext {
  config: Config;
  db: Kysely<DB>;
  dialect: DialectName;
  assets: AssetManifest;
  pageCache: PageCache;
  /** Content in the reader's language: the translation module's, or the source everywhere. */
  localizer: ContentLocalizer;
  /** Sections other modules add to the workspace dashboard (the review desk's reader reports). */
  dashboardPanels: readonly DashboardPanel[];
  /** The current time; injected so tests control it. */
  now(): Date;
}
