import fs from "node:fs";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import { type Config, type ConfigInput, mediaDir } from "../../../platform/config.js";
import { createProgress } from "../../../platform/cli/progress.js";
import { AppError } from "../../../platform/errors.js";
import { ITEM_TYPES, type ItemType } from "../../content/index.js";
import { runWordpressImport } from "./import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./plan.js";
import { type ImportReport, isSkipLine } from "./report.js";
import { readWxr, WxrFormatError } from "./wxr-reader.js";

/** What the command line hands the migration commands. */
export interface CliContext {
  configFrom(extra?: ConfigInput): Config;
  withDatabase(config: Config, work: (db: Kysely<DB>) => Promise<void>): Promise<void>;
  /** The database as it is, to read: never created nor migrated; undefined when there is none yet. */
  readDatabase(config: Config, work: (db: Kysely<DB> | undefined) => Promise<void>): Promise<void>;
}

/** Registers `civitas import wordpress FILE.xml [--media DIR] [--dry-run] [--json] [--type post=news]`. */
export function registerWordpressCommand(program: Command, cli: CliContext): void {
  const importCommand =
    program.commands.find((c) => c.name() === "import") ??
    program.command("import").description("import data from files");
  importCommand
    .command("wordpress")
    .description(
      "import a WordPress export (WXR): posts, pages, tags, featured images, translations, old addresses; all or nothing, again changes nothing",
    )
    .argument("<file>", "the WXR file WordPress's Tools → Export wrote")
    .option("--media <dir>", "the WordPress uploads folder (wp-content/uploads) to read files from")
    .option(
      "--dry-run",
      "print the report (created, updated, unchanged as the database stands) and write nothing",
    )
    .option("--json", "print the report as JSON")
    .option(
      "--type <mapping>",
      "post type to content type, e.g. --type post=news --type job=resource (repeatable)",
      collectTypes,
      {},
    )
    .action(
      async (
        file: string,
        opts: { media?: string; dryRun?: boolean; json?: boolean; type: Record<string, ItemType> },
      ) => {
        const config = cli.configFrom();
        const now = new Date();
        const reading = createProgress("Reading");
        const size = fs.statSync(file).size;
        let read = 0;
        const doc = await readWxr(fs.createReadStream(file), {
          onBytes: (bytes) => reading.update((read += bytes), size),
        }).catch((error: unknown) => {
          if (error instanceof WxrFormatError)
            throw new AppError({
              status: 400,
              code: "unreadable_file",
              message: `${file}: ${error.message}`,
            });
          throw error;
        });
        reading.done();
        const plan = planImport(doc, {
          typeMap: { ...DEFAULT_TYPE_MAP, ...opts.type },
          languages: config.languages,
          sourceLanguage: config.sourceLanguage,
          now,
        });
        const progress = createProgress("Importing");
        const run = (db: Kysely<DB> | undefined) =>
          runWordpressImport(db, {
            plan,
            uploadsDir: opts.media,
            mediaDir: mediaDir(config),
            isDryRun: opts.dryRun === true,
            actorId: null,
            now,
            onProgress: (done, total, label) => progress.update(done, total, label),
          });
        let report: ImportReport | undefined;
        // A dry run reads the database as it stands (never creating nor migrating it) and writes nothing.
        await (opts.dryRun ? cli.readDatabase : cli.withDatabase)(config, async (db) => {
          report = await run(db);
        });
        progress.done();
        if (!report) return;
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else printWordpressReport(report, (line) => process.stdout.write(`${line}\n`));
      },
    );
}

/** The report as text: one line per skipped item and per note, then the counts. */
export function printWordpressReport(report: ImportReport, write: (line: string) => void): void {
  const skipped = report.lines.filter(isSkipLine);
  const notes = report.lines.filter((line) => !isSkipLine(line));
  // Menu items are many and all skipped for one reason: one line says it.
  const menuItems = skipped.filter((line) => line.code === "skipped_menu_item").length;
  for (const [title, lines] of [
    ["Skipped", skipped.filter((line) => line.code !== "skipped_menu_item")],
    ["Notes", notes],
  ] as const) {
    if (lines.length === 0 && (title === "Notes" || menuItems === 0)) continue;
    write(`${title}:`);
    if (title === "Skipped" && menuItems > 0)
      write(
        `  ${menuItems} menu items (nav_menu_item): not imported, Civitas has no menus to fill (its navigation is built from the content types and languages)`,
      );
    for (const line of lines) {
      const post = line.postId
        ? `post ${line.postId}${line.title ? ` "${line.title}"` : ""}: `
        : "";
      write(`  ${post}${line.code}${line.detail ? ` (${line.detail})` : ""}`);
    }
  }
  const read = Object.entries(report.read)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  const items = Object.entries(report.items)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  write(`Read: ${read || "nothing"}; ${report.comments} comments (not imported).`);
  write(
    `${report.isDryRun ? "Would import" : "Imported"}: ${items || "no items"} (${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged), ${report.translations} translations, ${report.tags} tags, ${report.mediaStored} files (${report.mediaMissing} missing), ${report.redirects} old addresses, ${skipped.length} skipped.`,
  );
}

function collectTypes(value: string, previous: Record<string, ItemType>): Record<string, ItemType> {
  const match = /^([a-z0-9_-]+)=([a-z]+)$/.exec(value);
  const type = match?.[2] as ItemType | undefined;
  if (!match?.[1] || !type || !ITEM_TYPES.includes(type) || type === "event")
    throw new InvalidArgumentError(
      "must be post_type=news|resource|page (events need a start time WordPress does not have)",
    );
  return { ...previous, [match[1]]: type };
}
