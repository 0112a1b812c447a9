import fs from "node:fs/promises";
import type { Command } from "commander";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { Config, ConfigInput } from "../../platform/config.js";
import { AppError } from "../../platform/errors.js";
import type { MessageKey } from "../../platform/i18n/catalogs/en.js";
import { getTranslator } from "../../platform/i18n/translator.js";
import { importCities, IMPORT_LIMITS, type ImportReport } from "./city-import.js";

/** What the command line hands the network's commands. */
export interface CliContext {
  configFrom(extra?: ConfigInput): Config;
  withDatabase(config: Config, work: (db: Kysely<DB>) => Promise<void>): Promise<void>;
}

/** Registers `civitas import cities FILE.csv [--skip-invalid]`. */
export function registerNetworkCommands(program: Command, cli: CliContext): void {
  const importCommand =
    program.commands.find((c) => c.name() === "import") ??
    program.command("import").description("import data from files");
  importCommand
    .command("cities")
    .description(
      "import member cities from a CSV file; nothing is written unless every row is valid",
    )
    .argument("<file>", "CSV file: name,country,region,latitude,longitude[,local_name,slug,hub,…]")
    .option("--skip-invalid", "write the valid rows and skip (and list) the invalid ones")
    .action(async (file: string, opts: { skipInvalid?: boolean }) => {
      const stat = await fs.stat(file);
      if (stat.size > IMPORT_LIMITS.bytes)
        throw new AppError({
          status: 400,
          code: "file_too_large",
          message: `${file} is too large`,
        });
      const bytes = await fs.readFile(file);
      const config = cli.configFrom();
      await cli.withDatabase(config, async (db) => {
        const report = await importCities(db, {
          bytes,
          skipInvalid: opts.skipInvalid === true,
          sourceLanguage: config.sourceLanguage,
          actorId: null,
          now: new Date(),
          onProgress: progressOnStderr(),
        });
        printReport(report, (line) => process.stdout.write(`${line}\n`));
        if (report.fileProblem || (report.invalid.length > 0 && report.written === 0))
          throw new AppError({
            status: 400,
            code: "import_refused",
            message: "Nothing was imported.",
          });
      });
    });
}

/** Writes the report in English: a summary line, then one line per invalid row. */
export function printReport(report: ImportReport, write: (line: string) => void): void {
  const t = getTranslator("en");
  if (report.fileProblem) {
    write(`${t.t(report.fileProblem.problem as MessageKey)} ${report.fileProblem.detail}`.trim());
    return;
  }
  for (const row of report.invalid) {
    const problems = row.problems
      .map((p) => `${p.field === "row" ? "" : `${p.field}: `}${t.t(p.problem as MessageKey)}`)
      .join(" ");
    write(`line ${row.line}${row.name ? ` (${row.name})` : ""}: ${problems}`);
  }
  write(
    report.written > 0 || report.invalid.length === 0
      ? t.t("network.import.done", { written: report.written, rows: report.rows })
      : t.t("network.import.nothingWritten", { invalid: report.invalid.length }),
  );
}

/** A progress line on standard error for files of more than a thousand rows. */
function progressOnStderr() {
  return (phase: string, done: number, total: number) => {
    if (total < 1000) return;
    process.stderr.write(
      `\rImporting cities: ${phase} ${done}/${total}${done === total ? "\n" : ""}`,
    );
  };
}
