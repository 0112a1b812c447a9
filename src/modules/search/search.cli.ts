import type { Command } from "commander";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { createProgress } from "../../platform/cli/progress.js";
import type { Config, ConfigInput } from "../../platform/config.js";
import { searchEngineOf } from "./engines.js";
import { rebuildIndex } from "./indexer.service.js";

/** What the command line hands the search commands. */
export interface SearchCliContext {
  configFrom(extra?: ConfigInput): Config;
  withDatabase(config: Config, work: (db: Kysely<DB>) => Promise<void>): Promise<void>;
}

/** Registers `civitas search reindex`. */
export function registerSearchCommands(program: Command, cli: SearchCliContext): void {
  const search = program.command("search").description("the site's full-text search index");
  search
    .command("reindex")
    .description("rebuild the search index from what readers see now (search keeps answering)")
    .action(async () => {
      const config = cli.configFrom();
      await cli.withDatabase(config, async (db) => {
        const engine = searchEngineOf(db);
        const progress = createProgress("Indexing");
        const started = Date.now();
        const report = await rebuildIndex(
          { db, engine, config, now: () => new Date() },
          (done, total) => progress.update(done, total, "items"),
        );
        progress.done();
        console.log(
          `Indexed ${report.items} item(s) and ${report.network} city/hub/person row(s): ${report.documents} text(s) in ${((Date.now() - started) / 1000).toFixed(1)} s (${engine.name}).`,
        );
      });
    });
}
