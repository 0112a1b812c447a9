#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { openConfiguredDatabase } from "./app.js";
import { MIGRATIONS } from "./migrations/index.js";
import { ConfigError, type ConfigInput, loadConfig } from "./platform/config.js";
import { migrateToLatest } from "./platform/db/migrate.js";
import { startServer } from "./server.js";

/** Builds the `civitas` command line; exported so tests can run commands in-process. */
export function buildCli(): Command {
  const program = new Command()
    .name("civitas")
    .description("Civitas: the multilingual website and translation desk of a network of cities.")
    .option(
      "--data <dir>",
      "data directory (SQLite database and media); default $CIVITAS_DATA or ./data",
    )
    .showHelpAfterError();

  const configFrom = (extra: ConfigInput = {}) => {
    const { data } = program.opts<{ data?: string }>();
    return loadConfig({ ...(data ? { dataDir: data } : {}), ...extra });
  };

  program
    .command("serve")
    .description("start the website (applies pending migrations first)")
    .option("--port <n>", "port to listen on (default $PORT or 3000)", parsePort)
    .option("--host <host>", "address to listen on (default 0.0.0.0)")
    .action(async (opts: { port?: number; host?: string }) => {
      const config = configFrom({
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.host ? { host: opts.host } : {}),
      });
      await startServer(config);
      console.log(
        `Civitas is serving ${config.baseUrl} (data: ${config.databaseUrl ? "PostgreSQL" : config.dataDir})`,
      );
    });

  program
    .command("migrate")
    .description("apply pending database migrations")
    .action(async () => {
      const database = openConfiguredDatabase(configFrom());
      try {
        const result = await migrateToLatest(database.db, MIGRATIONS);
        const applied = result.results?.filter((r) => r.status === "Success") ?? [];
        console.log(
          applied.length === 0
            ? "Database is up to date."
            : `Applied ${applied.length} migration(s): ${applied.map((r) => r.migrationName).join(", ")}`,
        );
      } finally {
        await database.destroy();
      }
    });

  program
    .command("demo")
    .description("load the demo network (running it again changes nothing)")
    .action(async () => {
      const { loadDemo } = await import("./demo/load-demo.js");
      const config = configFrom();
      const database = openConfiguredDatabase(config);
      try {
        await migrateToLatest(database.db, MIGRATIONS);
        const report = await loadDemo(database.db, {
          config,
          now: new Date(),
          log: (line) => process.stdout.write(line),
        });
        console.log(
          `Demo network: ${report.created} item(s) created, ${report.updated} updated, ${report.unchanged} unchanged.`,
        );
      } finally {
        await database.destroy();
      }
    });

  return program;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError("must be a port number (0-65535)");
  return port;
}

const isMain =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildCli()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(error.message);
      else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
