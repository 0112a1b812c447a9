import fs from "node:fs";
import { type Command, InvalidArgumentError } from "commander";
import { findUserByEmail } from "../../../platform/auth/user.repository.js";
import { createProgress } from "../../../platform/cli/progress.js";
import { ValidationError } from "../../../platform/errors.js";
import { TranslationRuntime } from "../runtime.js";
import type { CliTools } from "../cli-tools.js";
import { exportForTranslation } from "./export.service.js";
import { type ImportReport, XliffImportError, importXliff } from "./import.service.js";
import { MAX_XLIFF_BYTES } from "./read.js";

/** Exit code of an import that refused some units (the others were saved). */
export const EXIT_SOME_REFUSED = 1;
/** Exit code of a file refused as a whole (nothing saved). */
export const EXIT_FILE_REFUSED = 2;

/** `civitas xliff export` and `civitas xliff import`: files for translators. */
export function registerXliffCommands(program: Command, tools: CliTools): void {
  const xliff = program.command("xliff").description("exchange XLIFF files with translators");
  xliff
    .command("export")
    .description("write what awaits a person in a language (held or pending sentences) as XLIFF")
    .requiredOption("--lang <code>", "target language, e.g. fr")
    .option("--item <id...>", "these items", (value: string, previous: number[] = []) => [
      ...previous,
      parsePositive(value),
    ])
    .option("--all", "every published item")
    .option("--version <version>", "XLIFF version: 2.1 (default) or 1.2", parseVersion, "2.1")
    .requiredOption("--out <file>", "where to write the file")
    .action((opts: ExportOptions) => exportCommand(tools, opts));

  xliff
    .command("import <file>")
    .description(
      "import a translated XLIFF file: each unit checked, accepted ones saved as a person's translation",
    )
    .requiredOption("--as <email>", "the translator or reviewer the translations are saved for")
    .option("--lang <code>", "the language expected (the file's trgLang must be it)")
    .option("--dry-run", "check and report without saving")
    .option("--json", "print the report as JSON")
    .action((file: string, opts: ImportOptions) => importCommand(tools, file, opts));
}

interface ExportOptions {
  lang: string;
  item?: number[];
  all?: boolean;
  version: "2.1" | "1.2";
  out: string;
}

/** `civitas xliff export`: writes the file and says what it holds. */
async function exportCommand(tools: CliTools, opts: ExportOptions): Promise<void> {
  if (!opts.all && (opts.item ?? []).length === 0) {
    throw new ValidationError("name items with --item ID or ask for --all");
  }
  const config = tools.configFrom();
  await tools.withDatabase(config, async (db) => {
    const progress = createProgress("Exporting");
    const result = await exportForTranslation(
      { db, config },
      {
        language: opts.lang,
        itemIds: opts.item ?? [],
        all: opts.all,
        version: opts.version,
        onProgress: (done, total) => progress.update(done, total),
      },
    );
    progress.done();
    fs.writeFileSync(opts.out, result.xliff);
    console.log(
      `Wrote ${result.units} sentence(s) of ${result.items} item(s) for ${opts.lang} to ${opts.out} (XLIFF ${opts.version}).`,
    );
  });
}

interface ImportOptions {
  as: string;
  lang?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `civitas xliff import`: checks the file's size, imports it for a person, prints the report and sets the exit code. */
async function importCommand(tools: CliTools, file: string, opts: ImportOptions): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new ValidationError(`${file}: no such file`);
  if (stat.size > MAX_XLIFF_BYTES) {
    throw new ValidationError(`${file}: ${stat.size} bytes, over the limit of ${MAX_XLIFF_BYTES}`);
  }
  const bytes = fs.readFileSync(file);
  const config = tools.configFrom();
  await tools.withDatabase(config, async (db) => {
    const person = await findUserByEmail(db, opts.as);
    if (!person) throw new ValidationError(`no person ${opts.as}`);
    const runtime = TranslationRuntime.fromConfig(
      config,
      undefined,
      tools.names ? { names: tools.names(config) } : {},
    );
    const progress = createProgress("Importing");
    try {
      await runtime.load();
      const report = await importXliff(
        { db, config, runtime, now: () => new Date() },
        {
          bytes,
          language: opts.lang,
          actorId: person.id,
          ip: "cli",
          dryRun: opts.dryRun,
          onProgress: (done, total) => progress.update(done, total),
        },
      );
      progress.done();
      console.log(opts.json ? JSON.stringify(report, null, 2) : describeReport(report));
      if (report.refused > 0) process.exitCode = EXIT_SOME_REFUSED;
    } catch (error) {
      if (!(error instanceof XliffImportError)) throw error;
      process.stderr.write(`civitas xliff import: ${file}: ${error.rule}: ${error.message}\n`);
      process.exitCode = EXIT_FILE_REFUSED;
    } finally {
      await runtime.close();
    }
  });
}

/** The report as text: one line per unit, then the totals. */
export function describeReport(report: ImportReport): string {
  const lines = report.units.map((u) => {
    const why = u.status === "refused" ? `: ${u.reason ?? ""} (${u.detail ?? ""})` : "";
    const checks = u.errors ? ` — held by the gate's checks: ${(u.findings ?? []).join(", ")}` : "";
    return `${u.status.padEnd(12)} ${u.ref}${why}${checks}`;
  });
  const verb = report.dryRun ? "would be accepted" : "accepted";
  lines.push(
    `${report.language}: ${report.accepted} ${verb}, ${report.refused} refused, ${report.untranslated} untranslated; ${report.pages} page(s) re-assembled.`,
  );
  return lines.join("\n");
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("a positive whole number");
  return n;
}

function parseVersion(value: string): "2.1" | "1.2" {
  if (value !== "2.1" && value !== "1.2") throw new InvalidArgumentError("2.1 or 1.2");
  return value;
}
