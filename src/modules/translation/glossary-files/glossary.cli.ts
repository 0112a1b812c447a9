import { type Command, Option } from "commander";
import { createProgress } from "../../../platform/cli/progress.js";
import { readBoundedFile } from "../../../platform/cli/read-file.js";
import { writeFileAtomically } from "../../../platform/cli/write-file.js";
import type { CliTools } from "../cli-tools.js";
import {
  exportGlossary,
  type GlossaryFormat,
  type GlossaryImportReport,
  importGlossaryFile,
  type TbxSkipReason,
} from "./glossary-files.service.js";
import { MAX_TBX_BYTES } from "./read-tbx.js";

/** `civitas glossary import FILE.(csv|tbx)` and `civitas glossary export --format tbx|csv --out FILE`. */
export function registerGlossaryCommands(program: Command, tools: CliTools): void {
  const glossary = program.command("glossary").description("manage the translation glossary");
  glossary
    .command("import <file>")
    .description(
      "import terms from TBX or CSV (columns source_language,target_language,source,target,status,part_of_speech,definition,note; only source,target required); all or nothing, a second import changes nothing",
    )
    .option(
      "--from <code>",
      "source language of a CSV without a source_language column (default: the site's)",
    )
    .option(
      "--to <code>",
      "target language of a CSV without a target_language column (or * for do-not-translate terms)",
    )
    .action(async (file: string, opts: { from?: string; to?: string }) => {
      const bytes = readBoundedFile(file, MAX_TBX_BYTES);
      const config = tools.configFrom();
      await tools.withDatabase(config, async (db) => {
        const progress = createProgress("Importing glossary");
        const report = await importGlossaryFile(db, {
          bytes,
          fileName: file,
          sourceLanguage: opts.from ?? config.sourceLanguage,
          ...(opts.to ? { targetLanguage: opts.to } : {}),
          languages: config.languages,
          actorId: null,
          now: new Date(),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.done();
        console.log(formatGlossaryReport(report));
      });
    });
  glossary
    .command("export")
    .description("write the glossary as TBX (TBX-Basic, ISO 30042:2008) or CSV")
    .addOption(
      new Option("--format <format>", "tbx or csv").choices(["tbx", "csv"]).makeOptionMandatory(),
    )
    .requiredOption("--out <file>", "the file to write")
    .action(async (opts: { format: GlossaryFormat; out: string }) => {
      const config = tools.configFrom();
      await tools.withDatabase(config, async (db) => {
        const { text, terms } = await exportGlossary(db, {
          format: opts.format,
          sourceLanguage: config.sourceLanguage,
          now: new Date(),
        });
        writeFileAtomically(opts.out, text);
        console.log(`Wrote ${terms} term(s) to ${opts.out}.`);
      });
    });
}

const REASONS: Record<TbxSkipReason, string> = {
  "language-not-on-site": "term(s) in a language not on the site",
  "no-source-term": "concept(s) without a term in the source language",
  "no-translation": "concept(s) without a term in another site language",
  "duplicate-in-file": "term(s) given twice in the file",
  invalid: "term(s) too long or otherwise invalid",
};

/** The import's report as the command prints it. */
export function formatGlossaryReport(report: GlossaryImportReport): string {
  const read =
    report.format === "tbx" ? `${report.entriesRead} concept(s)` : `${report.entriesRead} row(s)`;
  const lines = [
    `Read ${read}: ${report.terms} term(s), ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`,
  ];
  for (const [reason, count] of Object.entries(report.skipped)) {
    lines.push(`  skipped ${count} ${REASONS[reason as TbxSkipReason]}`);
  }
  return lines.join("\n");
}
