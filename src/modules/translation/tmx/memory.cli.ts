import type { Command } from "commander";
import { Option } from "commander";
import { createProgress } from "../../../platform/cli/progress.js";
import { readBoundedFile } from "../../../platform/cli/read-file.js";
import { writeFileAtomically } from "../../../platform/cli/write-file.js";
import { ValidationError } from "../../../platform/errors.js";
import type { CliTools } from "../cli-tools.js";
import { TranslationRuntime } from "../runtime.js";
import { MAX_TMX_BYTES } from "./read-tmx.js";
import { exportTmx, importTmx, type TmxImportReport, type TmxSkipReason } from "./tmx.service.js";

/** `civitas memory import FILE.tmx` and `civitas memory export --out FILE.tmx [--from --to] [--origin]`. */
export function registerMemoryCommands(program: Command, tools: CliTools): void {
  const memory = program.command("memory").description("exchange the translation memory as TMX");
  memory
    .command("import <file>")
    .description(
      "add the translations of a TMX file (1.1–1.4b, any encoding) to the memory as reviewed human translations; all or nothing, a second import changes nothing",
    )
    .action(async (file: string) => {
      const bytes = readBoundedFile(file, MAX_TMX_BYTES);
      const config = tools.configFrom();
      await tools.withDatabase(config, async (db) => {
        const runtime = TranslationRuntime.fromConfig(
          config,
          undefined,
          tools.names ? { names: tools.names(config) } : {},
        );
        try {
          await runtime.load();
          const progress = createProgress("Importing translation memory");
          const report = await importTmx(db, {
            bytes,
            languages: config.languages,
            runtime,
            actorId: null,
            now: new Date(),
            onProgress: (done, total) => progress.update(done, total),
          });
          progress.done();
          console.log(formatTmxReport(report));
        } finally {
          await runtime.close();
        }
      });
    });
  memory
    .command("export")
    .description("write the memory as TMX 1.4b")
    .requiredOption("--out <file>", "the TMX file to write")
    .option("--from <code>", "only this source language")
    .option("--to <code>", "only this target language")
    .addOption(
      new Option("--origin <which>", "human: reviewed units only; all: machine output too")
        .choices(["human", "all"])
        .default("human"),
    )
    .action(async (opts: { out: string; from?: string; to?: string; origin: "human" | "all" }) => {
      const config = tools.configFrom();
      for (const code of [opts.from, opts.to]) {
        if (code !== undefined && !(config.languages as readonly string[]).includes(code)) {
          throw new ValidationError(
            `"${code}" is not a site language (site languages: ${config.languages.join(", ")})`,
          );
        }
      }
      await tools.withDatabase(config, async (db) => {
        const { xml, units } = await exportTmx(db, {
          ...(opts.from ? { sourceLanguage: opts.from } : {}),
          ...(opts.to ? { targetLanguage: opts.to } : {}),
          origin: opts.origin,
          adminLanguage: config.sourceLanguage,
          now: new Date(),
        });
        writeFileAtomically(opts.out, xml);
        console.log(`Wrote ${units} unit(s) to ${opts.out}.`);
      });
    });
}

const REASONS: Record<TmxSkipReason, string> = {
  "language-not-on-site": "language not on the site",
  "same-language": "same language as the source",
  "no-source": "no segment in the source language, or no translation",
  unreadable: "unreadable segment",
  empty: "empty segment",
  "codes-mismatch": "inline codes differ from the source's",
  "duplicate-in-file": "another translation of the same segment earlier in the file",
  "memory-differs": "the memory holds a different translation (kept)",
};

/** The import's report as the command prints it. */
export function formatTmxReport(report: TmxImportReport): string {
  const pairs = Object.entries(report.pairs)
    .map(([pair, n]) => `${pair} ${n}`)
    .join(", ");
  const lines = [
    `Read ${report.unitsRead} unit(s): ${report.added} translation(s) added${pairs ? ` (${pairs})` : ""}, ${report.unchanged} unchanged.`,
  ];
  for (const [reason, count] of Object.entries(report.skipped)) {
    lines.push(`  skipped ${count}: ${REASONS[reason as TmxSkipReason]}`);
  }
  if (report.flagged > 0) {
    lines.push(
      `  ${report.flagged} added but failing the checks: kept unreviewed, the gate holds pages using them until a person reviews them in the review desk`,
    );
    for (const unit of report.flaggedUnits.slice(0, 20)) {
      lines.push(`    ${unit.language}: ${unit.target} [${unit.findings.join(", ")}]`);
    }
  }
  return lines.join("\n");
}
