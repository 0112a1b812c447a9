import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { Config, ConfigInput } from "../../platform/config.js";
import type { NameSource } from "./runtime.js";

/** What the translation commands borrow from the CLI: configuration and a migrated database. */
export interface CliTools {
  configFrom(extra?: ConfigInput): Config;
  withDatabase(config: Config, work: (db: Kysely<DB>) => Promise<void>): Promise<void>;
  /** The names the checks allow as they are (the network's places), from the composition root. */
  names?: (config: Config) => NameSource;
  /**
   * The other texts `civitas translate` translates after the items (the network's), given by the
   * composition root so translation imports no module that depends on it.
   */
  translateOthers?: (
    db: Kysely<DB>,
    config: Config,
    filter: { languages?: readonly string[] },
  ) => Promise<void>;
}
