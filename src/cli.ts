#!/usr/bin/env node
import { existsSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { MIGRATIONS } from "./migrations/index.js";
import type { Kysely } from "kysely";
import { type DB, openConfiguredDatabase } from "./database.js";
import {
  createApiToken,
  listApiTokens,
  revokeApiTokenById,
} from "./platform/auth/api-token.service.js";
import { createUser, resetPassword } from "./platform/auth/user.service.js";
import {
  type Config,
  ConfigError,
  type ConfigInput,
  loadConfig,
  sqliteFile,
} from "./platform/config.js";
import { AppError, ValidationError } from "./platform/errors.js";
import { countMigrations, migrateToLatest } from "./platform/db/migrate.js";
import { registerNetworkCommands } from "./modules/network/import.command.js";
import { networkPlaceNames } from "./modules/network/translation/place-names.js";
import { runNetworkTranslations } from "./modules/network/translation/translate-network.cli.js";
import { registerTranslationCommands } from "./modules/translation/translation.cli.js";
import { registerQaCommand } from "./modules/translation/qa/qa.cli.js";
import { registerXliffCommands } from "./modules/translation/xliff/xliff.cli.js";
import { registerSearchCommands } from "./modules/search/search.cli.js";
import { registerWordpressCommand } from "./modules/migration/wordpress/wordpress.command.js";

/**
 * Where a run of the command line reads and writes: the process's own by default; tests give
 * strings and collect the output, so a command runs in-process (`runCli`) without a new tsx.
 * Commands of the modules still print with `console.log` (spy on it to read them).
 */
export interface CliIo {
  /** The environment configuration is read from (default: the process's, in platform/config.ts). */
  env?: NodeJS.ProcessEnv;
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The process's standard streams and environment. */
export const PROCESS_IO: CliIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
};

/**
 * Runs `civitas <argv>` (arguments after the program name) and resolves with its exit code:
 * 0, commander's own (help, a bad option), or 1 after printing a public error's message.
 */
export async function runCli(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    await buildCli(io).parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error: unknown) {
    if (error instanceof CommanderError) return error.exitCode;
    reportError(error, io);
    return 1;
  }
}

/** Builds the `civitas` command line; exported so tests can run commands in-process. */
export function buildCli(io: CliIo = PROCESS_IO): Command {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const program = new Command()
    .name("civitas")
    .description("Civitas: the multilingual website and translation desk of a network of cities.")
    .option(
      "--data <dir>",
      "data directory (SQLite database and media); default $CIVITAS_DATA or ./data",
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const configFrom = (extra: ConfigInput = {}) => {
    const { data } = program.opts<{ data?: string }>();
    return loadConfig({ ...(data ? { dataDir: data } : {}), ...extra }, io.env);
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
      // Loaded here: the other commands never need the web application's modules.
      const { startServer } = await import("./server.js");
      await startServer(config);
      out(
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
        out(
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
      const { buildDemoSite } = await import("./demo/demo-site.js");
      const config = configFrom();
      const database = openConfiguredDatabase(config);
      try {
        await migrateToLatest(database.db, MIGRATIONS);
        await buildDemoSite(database.db, config, (line) => io.stdout.write(line));
      } finally {
        await database.destroy();
      }
    });

  registerTranslationCommands(program, {
    configFrom,
    withDatabase,
    names: (config) => networkPlaceNames(config.languages),
    translateOthers: runNetworkTranslations,
  });
  registerQaCommand(program);
  registerXliffCommands(program, {
    configFrom,
    withDatabase,
    names: (config) => networkPlaceNames(config.languages),
  });

  const user = program.command("user").description("manage the people who run the site");
  user
    .command("add")
    .description("create a user; the password is read from standard input")
    .requiredOption("--email <email>", "e-mail address (the sign-in name)")
    .requiredOption("--role <role>", "admin, editor or reviewer")
    .option("--name <name>", "display name (default: the address's local part)")
    .option(
      "--language <code>",
      "language of the user's notifications, one of the site's (default: the source language)",
    )
    .action(async (opts: { email: string; role: string; name?: string; language?: string }) => {
      const config = configFrom();
      if (opts.language !== undefined && !config.languages.includes(opts.language as never)) {
        throw new ValidationError(
          `--language must be one of the site's languages (${config.languages.join(", ")})`,
        );
      }
      const password = await readPassword(io);
      await withDatabase(config, async (db) => {
        const created = await createUser(db, {
          email: opts.email,
          role: opts.role,
          displayName: opts.name,
          preferredLanguage: opts.language ?? null,
          password,
          actorId: null,
          now: new Date(),
        });
        out(`Created ${created.role} ${created.email} (id ${created.id}).`);
      });
    });
  user
    .command("reset-password")
    .description(
      "set a new password (read from standard input), sign the user out everywhere and revoke their API tokens",
    )
    .requiredOption("--email <email>", "e-mail address")
    .action(async (opts: { email: string }) => {
      const password = await readPassword(io);
      await withDatabase(configFrom(), async (db) => {
        const { revokedTokens } = await resetPassword(db, {
          email: opts.email,
          password,
          actorId: null,
          now: new Date(),
        });
        out(
          `Password changed for ${opts.email.toLowerCase()}; every session of this user has ended and ${revokedTokens} API token(s) were revoked.`,
        );
      });
    });

  const token = program.command("token").description("manage API tokens (Authorization: Bearer)");
  token
    .command("create")
    .description("create an API token for a user; it is printed once and only its hash is kept")
    .requiredOption("--email <email>", "the user the token acts as")
    .option("--name <name>", "what the token is for (default: API token)")
    .action(async (opts: { email: string; name?: string }) => {
      await withDatabase(configFrom(), async (db) => {
        const created = await createApiToken(db, {
          email: opts.email,
          ...(opts.name === undefined ? {} : { name: opts.name }),
          actorId: null,
          now: new Date(),
        });
        io.stderr.write(
          `Created API token ${created.apiToken.id} ("${created.apiToken.name}") for ${opts.email.toLowerCase()}; it is shown only this once:\n`,
        );
        out(created.token);
      });
    });
  token
    .command("revoke")
    .description("revoke an API token so it opens nothing any more")
    .requiredOption("--id <id>", "the token's id (see token list)", parseId)
    .action(async (opts: { id: number }) => {
      await withDatabase(configFrom(), async (db) => {
        const revoked = await revokeApiTokenById(db, {
          id: opts.id,
          actorId: null,
          now: new Date(),
        });
        out(`Revoked API token ${revoked.id} ("${revoked.name}").`);
      });
    });
  token
    .command("list")
    .description("list a user's API tokens (never their secrets)")
    .requiredOption("--email <email>", "e-mail address")
    .action(async (opts: { email: string }) => {
      await withDatabase(configFrom(), async (db) => {
        const tokens = await listApiTokens(db, { email: opts.email });
        if (tokens.length === 0) out("No API tokens.");
        for (const t of tokens) {
          const state = t.revokedAt ? `revoked ${t.revokedAt}` : "active";
          out(
            `${t.id}\t${t.name}\tcreated ${t.createdAt}\tlast used ${t.lastUsedAt ?? "never"}\t${state}`,
          );
        }
      });
    });

  registerNetworkCommands(program, { configFrom, withDatabase });
  registerSearchCommands(program, { configFrom, withDatabase });
  registerWordpressCommand(program, { configFrom, withDatabase, readDatabase });
  return program;
}

/** Opens the configured database, migrates it, runs the work and closes it. */
async function withDatabase(
  config: Config,
  work: (db: Kysely<DB>) => Promise<void>,
): Promise<void> {
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    await work(database.db);
  } finally {
    await database.destroy();
  }
}

/**
 * Opens the configured database only to read it (a dry run): a SQLite file that does not exist is
 * not created and a database Civitas never migrated is not migrated (the work gets undefined:
 * nothing is there yet); one that is behind the code's migrations is refused, not migrated.
 */
async function readDatabase(
  config: Config,
  work: (db: Kysely<DB> | undefined) => Promise<void>,
): Promise<void> {
  if (!config.databaseUrl && !existsSync(sqliteFile(config))) return work(undefined);
  const database = openConfiguredDatabase(config);
  try {
    const { applied, pending } = await countMigrations(database.db, MIGRATIONS);
    if (applied === 0) return await work(undefined);
    if (pending > 0)
      throw new ValidationError(
        `The database is ${pending} migration(s) behind this version: run \`civitas migrate\` first`,
      );
    await work(database.db);
  } finally {
    await database.destroy();
  }
}

/** Reads a password from standard input: the first line, never echoed as an argument or kept in shell history. */
async function readPassword(io: CliIo): Promise<string> {
  if (io.stdin.isTTY) io.stderr.write("Password (then Enter): ");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 8192) throw new ValidationError("The password on standard input is too long");
    chunks.push(buffer);
    if (buffer.includes(10)) break;
  }
  const password = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  if (password === "") throw new ValidationError("No password on standard input");
  return password;
}

function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new InvalidArgumentError("must be a positive number");
  return id;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError("must be a port number (0-65535)");
  return port;
}

/** Prints what went wrong: a public error's message (and a validation error's details), else the stack. */
function reportError(error: unknown, io: CliIo): void {
  if (error instanceof ConfigError || (error instanceof AppError && error.isPublic)) {
    io.stderr.write(`${error.message}\n`);
    if (error instanceof ValidationError) {
      for (const detail of error.details as { path?: string; message?: string }[])
        io.stderr.write(`  ${detail.path ? `${detail.path}: ` : ""}${detail.message ?? ""}\n`);
    }
  } else
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

const isMain =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
