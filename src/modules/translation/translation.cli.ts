import { type Command, InvalidArgumentError } from "commander";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
export type { CliTools } from "./cli-tools.js";
import { createProgress } from "../../platform/cli/progress.js";
import type { Config } from "../../platform/config.js";
import { ValidationError } from "../../platform/errors.js";
import type { CliTools } from "./cli-tools.js";
import { SIGNIFICANT_SHARE } from "./engines/route-figures.js";
import type { RouteFiguresReport } from "./engines/routes.js";
import { registerEnginesCommands } from "./engines.cli.js";
import { registerGlossaryCommands } from "./glossary-files/glossary.cli.js";
import { type NameSource, TranslationRuntime } from "./runtime.js";
import { type LanguageOutcome, translatePending } from "./translate.service.js";
import { registerMemoryCommands } from "./tmx/memory.cli.js";

/** `civitas languages`, `civitas translate`, `civitas engines evaluate`, `civitas memory …` and `civitas glossary …`. */
export function registerTranslationCommands(program: Command, tools: CliTools): void {
  program
    .command("languages")
    .description(
      "list the language pairs the translation engine offers and the route for each site language pair",
    )
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const config = tools.configFrom();
      const runtime = TranslationRuntime.fromConfig(config);
      try {
        await runtime.load();
        const report = runtime.describe();
        if (opts.json) {
          console.log(JSON.stringify({ engine: config.translation.engine, ...report }, null, 2));
          return;
        }
        console.log(`Engine: ${describeEngine(config)}`);
        console.log(
          `Pairs offered (${report.pairs.length}): ${report.pairs.map((p) => `${p.from}>${p.to} (${p.mode})`).join(", ") || "none"}`,
        );
        console.log(`Routes between the site's languages (${config.languages.join(", ")}):`);
        for (const route of report.routes) {
          const served = report.engines.find((e) => e.from === route.from && e.to === route.to);
          if (served && served.engine !== "apertium") {
            const cloud = served.isCloud
              ? "  (cloud: text leaves this server; allowed for this pair by CIVITAS_TRANSLATION_CLOUD)"
              : "  (on this machine or the private network)";
            const how = route.route
              ? `${served.engine} ${route.route.join(" > ")}${cloud}`
              : `none: ${served.engine} does not offer it, awaiting human translation${cloud}`;
            console.log(`  ${route.from} > ${route.to}: ${how}`);
            continue;
          }
          const how = route.route
            ? `${route.route.join(" > ")}${route.isDirect ? "" : "  (pivot)"}${config.translation.routes[`${route.from}>${route.to}`] ? "  (configured)" : ""}`
            : "none: awaiting human translation";
          const figures = route.figures ? `  ${describeFigures(route.figures)}` : "";
          console.log(`  ${route.from} > ${route.to}: ${how}${figures}`);
        }
        const measured = report.routes.find((route) => route.figures)?.figures;
        if (measured) {
          console.log(
            `chrF: mean sentence chrF × 100 against human translations, measured ${measured.date} with \`${measured.command}\`.`,
          );
        }
      } finally {
        await runtime.close();
      }
    });

  program
    .command("translate")
    .description("translate what is pending now (published items into every site language)")
    .option("--item <id>", "only this item", parsePositive)
    .option("--lang <code>", "only this language")
    .action(async (opts: { item?: number; lang?: string }) => {
      const config = tools.configFrom();
      if (opts.lang !== undefined && !(config.languages as readonly string[]).includes(opts.lang)) {
        throw new ValidationError(
          `"${opts.lang}" is not a site language (site languages: ${config.languages.join(", ")})`,
        );
      }
      await tools.withDatabase(config, async (db) => {
        const result = await runTranslations(
          db,
          config,
          { itemId: opts.item, languages: opts.lang ? [opts.lang] : undefined },
          tools.names?.(config),
        );
        console.log(summarize(result.revisions, result.outcomes));
        if (opts.item === undefined)
          await tools.translateOthers?.(db, config, {
            languages: opts.lang ? [opts.lang] : undefined,
          });
      });
    });

  registerEnginesCommands(program, tools);
  registerMemoryCommands(program, tools);

  registerGlossaryCommands(program, tools);
}

/** Translates pending work with a progress bar on stderr; used by `translate` and `demo`. */
export async function runTranslations(
  db: Kysely<DB>,
  config: Config,
  filter: { itemId?: number; languages?: readonly string[] } = {},
  names?: NameSource,
): Promise<{ revisions: number; outcomes: LanguageOutcome[] }> {
  const runtime = TranslationRuntime.fromConfig(config, undefined, names ? { names } : {});
  const progress = createProgress("Translating");
  try {
    await runtime.load();
    const result = await translatePending(
      { db, config, runtime, now: () => new Date() },
      { ...filter, onProgress: (done, total, label) => progress.update(done, total, label) },
    );
    progress.done();
    return result;
  } finally {
    await runtime.close();
  }
}

/** One line per language: segments reused and translated, versions assembled and live. */
export function summarize(revisions: number, outcomes: readonly LanguageOutcome[]): string {
  const byLanguage = new Map<string, LanguageOutcome[]>();
  for (const o of outcomes) byLanguage.set(o.language, [...(byLanguage.get(o.language) ?? []), o]);
  const lines = [`Translated ${revisions} revision(s).`];
  for (const [language, list] of byLanguage) {
    const sum = (f: (o: LanguageOutcome) => number) => list.reduce((n, o) => n + f(o), 0);
    const route = list.find((o) => o.route)?.route;
    lines.push(
      `  ${language}: ${route ? route.join(">") : "no engine route (awaiting human translation)"}; ` +
        `${sum((o) => o.translated)} segment(s) translated, ${sum((o) => o.reused)} from memory; ` +
        `${sum((o) => (o.assembled ? 1 : 0))} assembled, ${sum((o) => (o.live ? 1 : 0))} live`,
    );
  }
  return lines.join("\n");
}

/** "chrF 48.2 (en>ca>fr 48.9), measured on 380 references; no route significantly better (en>ca>fr best in 91.6 % of resamples)". */
function describeFigures(figures: RouteFiguresReport): string {
  const taken = figures.chrF === null ? "chrF not measured" : `chrF ${figures.chrF.toFixed(1)}`;
  const others = figures.alternatives
    .map((figure) => `${figure.route.join(">")} ${figure.chrF.toFixed(1)}`)
    .join(", ");
  const significance =
    figures.winShare < SIGNIFICANT_SHARE
      ? `; no route significantly better (${figures.best.join(">")} best in ${(100 * figures.winShare).toFixed(1)} % of resamples)`
      : "";
  return `${taken}${others ? ` (${others})` : ""}, measured on ${figures.references} references${significance}`;
}

function describeEngine(config: Config): string {
  const t = config.translation;
  if (t.engine === "apertium") return `apertium (local pipelines, modes in ${t.apertiumModes})`;
  if (t.engine === "apy") return `apertium-apy at ${t.apyUrl ?? "(CIVITAS_APY_URL not set)"}`;
  return "none (every language waits for human translation)";
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive number");
  return n;
}
