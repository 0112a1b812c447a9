import { type Command, InvalidArgumentError } from "commander";
import { createProgress } from "../../../platform/cli/progress.js";
import { LOCALE_CODES, type LocaleCode } from "../../../platform/config.js";
import { getTranslator } from "../../../platform/i18n/translator.js";
import { ApertiumLocalEngine } from "../engines/apertium-local.js";
import { planRoute, translateAlongRoute } from "../engines/routes.js";
import { plainText } from "../segments/index.js";
import { MAX_FILE_BYTES, UnreadableFileError, readBilingualDocument } from "./bilingual-file.js";
import { type BackTranslate, checkPairs } from "./check-pairs.js";
import { ApertiumLexicon } from "./lexicon/lexicon.js";

/** Exit code for input `civitas qa` cannot read. */
export const EXIT_UNREADABLE = 2;

/** `civitas qa --from en --to fr FILE`: checks a bilingual file (TSV, XLIFF 1.2/2.x) without a database. */
export function registerQaCommand(program: Command): void {
  program
    .command("qa <file>")
    .description(
      "check the translations of a bilingual file (TSV source<TAB>target, or XLIFF 1.2/2.x) and print the findings as JSON",
    )
    .requiredOption("--from <code>", "source language, e.g. en", parseLanguage)
    .requiredOption("--to <code>", "target language, e.g. fr", parseLanguage)
    .option("--round-trip", "translate each target back with the local Apertium (entities, chrF)")
    .option(
      "--route <path>",
      "the engine's path for the pair, e.g. en>es>fr (default: the route the installed pairs give)",
      parseRoute,
    )
    .option("--lang <code>", "language of the messages (en, fr, es, ar)", parseLocale, "en")
    .option("--max-bytes <n>", `largest file accepted (default ${MAX_FILE_BYTES})`, parseCount)
    .action(
      async (
        file: string,
        opts: {
          from: string;
          to: string;
          roundTrip?: boolean;
          route?: string[];
          lang: LocaleCode;
          maxBytes?: number;
        },
      ) => {
        let pairs;
        try {
          const document = await readBilingualDocument(file, opts.maxBytes ?? MAX_FILE_BYTES);
          for (const [option, asked, inFile] of [
            ["--from", opts.from, document.sourceLanguage],
            ["--to", opts.to, document.targetLanguage],
          ] as const) {
            if (inFile !== undefined && !sameLanguage(asked, inFile)) {
              throw new UnreadableFileError(
                `${file}: ${option} ${asked} but the file's language is ${inFile}`,
              );
            }
          }
          if (document.untranslated > 0) {
            process.stderr.write(
              `civitas qa: ${document.untranslated} untranslated segment(s) (no or empty target) not checked\n`,
            );
          }
          pairs = document.pairs;
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          process.stderr.write(`civitas qa: ${error.message}\n`);
          process.exitCode = EXIT_UNREADABLE;
          return;
        }
        const progress = pairs.length > 200 ? createProgress("qa") : undefined;
        const engine = opts.roundTrip ? new ApertiumLocalEngine() : undefined;
        // The gate's checks: Apertium's dictionaries along the route the engine would take.
        const lexicon = new ApertiumLexicon();
        const route =
          opts.route ??
          planRoute(await new ApertiumLocalEngine().pairs(), opts.from, opts.to) ??
          undefined;
        try {
          const backTranslate = engine
            ? await backTranslator(engine, opts.to, opts.from)
            : undefined;
          const reports = await checkPairs(pairs, {
            from: opts.from,
            to: opts.to,
            t: getTranslator(opts.lang).t,
            backTranslate,
            lexicon,
            route,
            onProgress: (done, total) => progress?.update(done, total),
          });
          progress?.done();
          process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        } finally {
          await engine?.close();
          await lexicon.close();
        }
      },
    );
}

async function backTranslator(
  engine: ApertiumLocalEngine,
  from: string,
  to: string,
): Promise<BackTranslate | undefined> {
  const route = planRoute(await engine.pairs(), from, to);
  if (!route) {
    process.stderr.write(
      `civitas qa: no Apertium route ${from} > ${to}; checking without round trip\n`,
    );
    return undefined;
  }
  return async (targets) => {
    const { outputs } = await translateAlongRoute(engine, route, targets);
    return outputs.map((output) => plainText(output.text));
  };
}

/** "fr" and "fr-FR" are one language for the checks (primary subtags compared). */
function sameLanguage(asked: string, inFile: string): boolean {
  return asked.toLowerCase() === inFile.toLowerCase().split(/[-_]/u)[0];
}

function parseLanguage(value: string): string {
  if (!/^[a-z]{2,3}$/.test(value))
    throw new InvalidArgumentError("a language code such as en or fr");
  return value;
}

function parseRoute(value: string): string[] {
  const route = value.split(">").map((code) => code.trim());
  if (route.length < 2 || route.some((code) => !/^[a-z]{2,3}$/.test(code)))
    throw new InvalidArgumentError("language codes joined by >, e.g. en>es>fr");
  return route;
}

function parseLocale(value: string): LocaleCode {
  const code = LOCALE_CODES.find((c) => c === value);
  if (!code) throw new InvalidArgumentError(`one of ${LOCALE_CODES.join(", ")}`);
  return code;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("a positive whole number");
  return n;
}
