import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { createProgress } from "../../platform/cli/progress.js";
import { type Config, type EngineName, isCloudEngine } from "../../platform/config.js";
import { chargeEngineBudget } from "./engine-budget.service.js";
import { recordEngineEvaluations } from "./engine-evaluations.repository.js";
import { pairKey } from "./engines/engine.js";
import { planRoute } from "./engines/routes.js";
import { UnreadableFileError } from "./qa/bilingual-file.js";
import {
  type EngineCandidate,
  type EngineScore,
  evaluateEngines,
  readReferenceFile,
} from "./qa/evaluate-engines.js";
import { TranslationRuntime } from "./runtime.js";

/** Exit code for a reference file `civitas engines evaluate` cannot read, or a pair no engine serves. */
export const EXIT_UNUSABLE = 2;

/** What the command borrows from the CLI. */
export interface EnginesCliTools {
  configFrom(): Config;
  withDatabase(config: Config, work: (db: Kysely<DB>) => Promise<void>): Promise<void>;
}

/** `civitas engines evaluate --from en --to fr FILE.tsv`. */
export function registerEnginesCommands(program: Command, tools: EnginesCliTools): void {
  const engines = program.command("engines").description("compare the translation engines");
  engines
    .command("evaluate <file>")
    .description(
      "translate the sources of a TSV file (source<TAB>reference) with every configured engine serving the pair; print chrF against the references and the share of sentences the gate would hold",
    )
    .requiredOption("--from <code>", "source language, e.g. en", parseLanguage)
    .requiredOption("--to <code>", "target language, e.g. fr", parseLanguage)
    .option("--json", "print JSON")
    .action(async (file: string, opts: { from: string; to: string; json?: boolean }) => {
      if (opts.from === opts.to) {
        throw new InvalidArgumentError("--from and --to must differ");
      }
      let rows;
      try {
        rows = await readReferenceFile(file);
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        process.stderr.write(`civitas engines evaluate: ${error.message}\n`);
        process.exitCode = EXIT_UNUSABLE;
        return;
      }
      const config = tools.configFrom();
      const runtime = TranslationRuntime.fromConfig(config);
      try {
        await runtime.load().catch(() => undefined);
        const { candidates, skipped } = await candidatesFor(runtime, opts.from, opts.to);
        if (candidates.length === 0) {
          process.stderr.write(
            `civitas engines evaluate: no configured engine serves ${opts.from}>${opts.to}${skipped.length ? ` (${skipped.map((s) => `${s.name}: ${s.reason}`).join("; ")})` : ""}\n`,
          );
          process.exitCode = EXIT_UNUSABLE;
          return;
        }
        await tools.withDatabase(config, async (db) => {
          const progress = createProgress("Evaluating engines");
          const scores = await evaluateEngines({
            from: opts.from,
            to: opts.to,
            rows,
            candidates,
            lexicon: runtime.lexicon,
            timeoutMs: config.translation.timeoutMs,
            charge: async (engine, segments) => {
              await chargeEngineBudget({ db, config, now: () => new Date() }, { engine, segments });
            },
            onProgress: (done, total, label) => progress.update(done, total, label),
          });
          progress.done();
          const evaluatedAt = new Date().toISOString();
          await recordEngineEvaluations(
            db,
            scores
              .filter((score) => score.error === undefined)
              .map((score) => ({
                from: opts.from,
                to: opts.to,
                engine: score.name,
                route: score.route,
                sentences: score.sentences,
                chrF: score.chrF,
                heldShare: score.heldByGate,
                fileName: path.basename(file),
                evaluatedAt,
              })),
          );
          const sorted = [...scores].sort((a, b) => b.chrF - a.chrF);
          if (opts.json) {
            console.log(
              JSON.stringify(
                { from: opts.from, to: opts.to, sentences: rows.length, scores: sorted, skipped },
                null,
                2,
              ),
            );
          } else {
            console.log(describeScores(opts.from, opts.to, rows.length, sorted, skipped));
          }
        });
      } finally {
        await runtime.close();
      }
    });
}

/** An engine configured but not evaluated for the pair, and why. */
export interface SkippedEngine {
  name: EngineName;
  reason: string;
}

/**
 * Every configured engine that serves the pair: Apertium along the route it
 * would take, every other engine directly; a cloud engine only where the
 * administrator allowed the pair to leave the server.
 */
export async function candidatesFor(
  runtime: TranslationRuntime,
  from: string,
  to: string,
): Promise<{ candidates: EngineCandidate[]; skipped: SkippedEngine[] }> {
  const { config } = runtime;
  const candidates: EngineCandidate[] = [];
  const skipped: SkippedEngine[] = [];
  if (runtime.engine) {
    const route = planRoute(runtime.pairs, from, to, config.translation.routes, config.languages);
    if (route) candidates.push({ name: "apertium", engine: runtime.engine, route });
    else skipped.push({ name: "apertium", reason: "no route between the installed pairs" });
  }
  for (const [name, engine] of runtime.engines) {
    const settings = config.translation[name as Exclude<EngineName, "apertium">];
    const isCloud = isCloudEngine(name, settings && "url" in settings ? settings.url : undefined);
    if (isCloud && !config.translation.cloudPairs.includes(pairKey(from, to))) {
      skipped.push({
        name,
        reason: `sends text off this server; add ${pairKey(from, to)} to CIVITAS_TRANSLATION_CLOUD to evaluate it`,
      });
      continue;
    }
    const pairs = await engine.pairs().catch((error: unknown) => error);
    if (!Array.isArray(pairs)) {
      skipped.push({
        name,
        reason: `cannot list its pairs (${pairs instanceof Error ? pairs.message : String(pairs)})`,
      });
    } else if (!pairs.some((p: { from: string; to: string }) => p.from === from && p.to === to)) {
      skipped.push({ name, reason: `does not offer ${pairKey(from, to)}` });
    } else {
      candidates.push({ name, engine, route: [from, to] });
    }
  }
  return { candidates, skipped };
}

function describeScores(
  from: string,
  to: string,
  sentences: number,
  scores: readonly EngineScore[],
  skipped: readonly SkippedEngine[],
): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const lines = [
    `Engines for ${from} > ${to} on ${sentences} sentence(s):`,
    `  ${"engine".padEnd(16)}${"route".padEnd(28)}${"chrF".padStart(6)}  ${"best wins".padStart(9)}  ${"held by gate".padStart(12)}  ${"held by checks".padStart(14)}`,
  ];
  for (const score of scores) {
    if (score.error !== undefined) {
      lines.push(`  ${score.name.padEnd(16)}${score.route.padEnd(28)}failed: ${score.error}`);
      continue;
    }
    const wins = score.bestWins === null ? "best" : percent(score.bestWins);
    lines.push(
      `  ${score.name.padEnd(16)}${score.route.padEnd(28)}${score.chrF.toFixed(1).padStart(6)}  ${wins.padStart(9)}  ${percent(score.heldByGate).padStart(12)}  ${percent(score.heldByChecks).padStart(14)}`,
    );
  }
  for (const skip of skipped) lines.push(`  ${skip.name}: not evaluated, ${skip.reason}`);
  lines.push(
    "chrF: mean sentence chrF × 100 against the references. Best wins: share of 1,000 paired bootstrap resamples in which the best engine's mean beats this one's (≥ 95 % = significantly better).",
    "Held by gate: share of sentences the gate would hold now (checks plus the route's judged reliability; a route nobody judged holds everything). Held by checks: share the checks alone would hold.",
  );
  return lines.join("\n");
}

function parseLanguage(value: string): string {
  if (!/^[a-z]{2,3}$/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not a language code like en or fr`);
  }
  return value;
}
