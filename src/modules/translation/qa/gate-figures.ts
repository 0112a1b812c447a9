import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { checkUnits } from "./check-batch.js";
import type { Finding } from "./finding.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { acceptedSenses, learnRejectedSenses, type RejectedSense } from "./check-senses.js";
import { gatherEvidence } from "./lexicon/evidence.js";
import {
  type BucketFigure,
  LENGTH_BUCKETS,
  lengthBucketOf,
  type ReliabilityFigures,
} from "./engine-reliability.js";

/**
 * The gate's figures on the two labelled sets of real text: the pipeline's own
 * output judged by careful bilingual reading (`labelled/pipeline/en-{lang}.tsv`:
 * expect ok|bad, reason, kind, source, target) and correct human translations
 * (`labelled/human/triples.tsv`: kind, en, fr, es). A unit is held when a check
 * finds an error; held bad output is caught, held correct text a false alarm.
 * The pipeline output is the engine's: the gate also weighs the route's
 * measured reliability (engine-reliability.ts); `checks` are the figures of
 * the checks alone. Human text is a person's: reliability never applies.
 */
export interface GateFigures {
  language: string;
  route: readonly string[];
  /** Pipeline output: bad held (tp), ok held (fp), bad passed (fn), ok passed (tn). */
  pipeline: { tp: number; fp: number; fn: number; tn: number };
  recall: number;
  precision: number;
  /** Per length bucket, the pipeline output that passed every check and how much was acceptable. */
  reliability: BucketFigure[];
  /** The same counts by the checks alone, without the route's reliability. */
  checks: { tp: number; fp: number; fn: number; tn: number; recall: number; precision: number };
  /** Correct human translations held, of all. */
  humanHeld: number;
  humanTotal: number;
  /** Error codes over held pipeline output: how many units each code held. */
  codes: Record<string, number>;
  /** Bad output the checks let through, with the reader's reason (held, if at all, only by the route's reliability). */
  missed: { reason: string; target: string }[];
  /** Correct text held, with the codes that held it. */
  falseAlarms: { target: string; codes: string[] }[];
}

const FOLDER = fileURLToPath(new URL("./labelled/", import.meta.url));

/** The two sets: the one the checks were tuned on, and other domains never tuned on. */
export type LabelledSetName = "dev" | "held-out";

const SET_FILES: Readonly<
  Record<LabelledSetName, { pipeline: (language: string) => string; human: string }>
> = {
  dev: { pipeline: (l) => `pipeline/en-${l}.tsv`, human: "human/triples.tsv" },
  "held-out": {
    pipeline: (l) => `held-out-domains/pipeline-en-${l}.tsv`,
    human: "held-out-domains/triples.tsv",
  },
};

/** The routes the pipeline takes from English (through Spanish to French, as `civitas languages` plans). */
export const LABELLED_ROUTES: Readonly<Record<string, readonly string[]>> = {
  fr: ["en", "es", "fr"],
  es: ["en", "es"],
};

/** The engine that wrote the labelled pipeline output. */
const LABELLED_ENGINE = "apertium";

/** The route's name as the engines give it ("apertium:en>es>fr"): the reliability figures' key. */
export function labelledEngineRoute(language: string): string {
  return `${LABELLED_ENGINE}:${(LABELLED_ROUTES[language] ?? ["en", language]).join(">")}`;
}

/**
 * The reliability of each labelled route (see engine-reliability.ts),
 * measured on the dev set only: per length bucket, the judged output that
 * passed every check and how much of it was acceptable.
 */
export async function measureReliability(
  lexicon: Lexicon,
  languages: readonly ("fr" | "es")[] = ["fr", "es"],
): Promise<Record<string, BucketFigure[]>> {
  const figures: Record<string, BucketFigure[]> = {};
  for (const language of languages) {
    figures[labelledEngineRoute(language)] = (await measureGate(lexicon, { language })).reliability;
  }
  return figures;
}

/** Measures the checks at the gate's threshold (one error holds) on both sets of a language. */
export async function measureGate(
  lexicon: Lexicon,
  input: {
    language: "fr" | "es";
    /** "dev": the sets the checks were tuned on; "held-out": other domains, never tuned on. */
    set?: LabelledSetName;
    /** Senses reviewers rejected (see simulateReviewerFixes). */
    rejectedSenses?: readonly RejectedSense[];
    /** The route reliability the gate weighs (the committed figures unless given). */
    reliability?: ReliabilityFigures;
  },
): Promise<GateFigures> {
  const files = SET_FILES[input.set ?? "dev"];
  const route = LABELLED_ROUTES[input.language] ?? ["en", input.language];
  const pipeline = readTsv(`${FOLDER}${files.pipeline(input.language)}`);
  const human = readTsv(`${FOLDER}${files.human}`);
  const check = (units: { source: string; target: string }[], engineRoute?: string) =>
    checkUnits({
      lexicon,
      sourceLanguage: "en",
      targetLanguage: input.language,
      route,
      units,
      rejectedSenses: input.rejectedSenses,
      engineRoute,
      ...(input.reliability ? { reliability: input.reliability } : {}),
    });
  const pipelineFindings = await check(
    pipeline.map((row) => ({ source: row.source ?? "", target: row.target ?? "" })),
    labelledEngineRoute(input.language),
  );
  const humanFindings = await check(
    human.map((row) => ({ source: row.en ?? "", target: row[input.language] ?? "" })),
  );
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const checks = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const codes: Record<string, number> = {};
  const missed: GateFigures["missed"] = [];
  const reliability = LENGTH_BUCKETS.map((b) => ({ label: b.label, passed: 0, acceptable: 0 }));
  pipeline.forEach((row, i) => {
    const errors = errorCodes(pipelineFindings[i] ?? []);
    const isBad = row.expect === "bad";
    const checkErrors = errors.filter((code) => code !== "engine-unproven");
    if (checkErrors.length === 0) {
      const bucket = reliability.find((b) => b.label === lengthBucketOf(row.source ?? "").label);
      if (bucket) {
        bucket.passed++;
        if (!isBad) bucket.acceptable++;
      }
    }
    if (checkErrors.length > 0) checks[isBad ? "tp" : "fp"]++;
    else if (isBad) {
      checks.fn++;
      missed.push({ reason: row.reason ?? "", target: row.target ?? "" });
    } else checks.tn++;
    for (const code of new Set(errors)) codes[code] = (codes[code] ?? 0) + 1;
    if (errors.length > 0) counts[isBad ? "tp" : "fp"]++;
    else counts[isBad ? "fn" : "tn"]++;
  });
  const falseAlarms = human.flatMap((row, i) => {
    const errors = errorCodes(humanFindings[i] ?? []);
    return errors.length > 0 ? [{ target: row[input.language] ?? "", codes: errors }] : [];
  });
  return {
    language: input.language,
    route,
    pipeline: counts,
    recall: ratio(counts.tp, counts.tp + counts.fn),
    precision: ratio(counts.tp, counts.tp + counts.fp),
    reliability,
    checks: {
      ...checks,
      recall: ratio(checks.tp, checks.tp + checks.fn),
      precision: ratio(checks.tp, checks.tp + checks.fp),
    },
    humanHeld: falseAlarms.length,
    humanTotal: human.length,
    codes,
    missed,
    falseAlarms,
  };
}

/**
 * The senses reviewers would have taught the gate by fixing the dev set's
 * machine output: where the bilingual reading names a wrong word with the
 * source word it stands for (`wrong word "Majeur" (Mayor)`), the fix takes the
 * word out and the same learning the review desk runs (learnRejectedSenses)
 * records what it can. Measured on the held-out set, never on the dev set.
 */
export async function simulateReviewerFixes(
  lexicon: Lexicon,
  input: { language: "fr" | "es" },
): Promise<RejectedSense[]> {
  const route = LABELLED_ROUTES[input.language] ?? ["en", input.language];
  const rows = readTsv(`${FOLDER}${SET_FILES.dev.pipeline(input.language)}`);
  const fixes: { source: string; target: string; corrected: string }[] = [];
  for (const row of rows) {
    const source = row.source ?? "";
    const target = row.target ?? "";
    let corrected = target;
    for (const [, wrong = "", gloss = ""] of (row.reason ?? "").matchAll(
      /"([^"]+)" \(([^)]+)\)/g,
    )) {
      // A reviewer's fix changes the wrong word, no more: one word quoted.
      if (/\s/.test(wrong) || !target.includes(wrong)) continue;
      // The gloss is the source word (take the wrong word out) or the right word (put it in).
      const isSourceWord = new RegExp(`\\b${escapeRegExp(gloss)}\\b`, "i").test(source);
      corrected = corrected.replace(wrong, isSourceWord ? " " : gloss);
    }
    if (corrected !== target) fixes.push({ source, target, corrected });
  }
  const machine = await gatherEvidence(lexicon, { route, units: fixes });
  const corrected =
    (await lexicon.analyse(
      input.language,
      fixes.map((f) => f.corrected),
    )) ?? [];
  const senses = new Map<string, RejectedSense>();
  fixes.forEach((_, i) => {
    const evidence = machine[i];
    if (!evidence || !corrected[i]) return;
    for (const sense of learnRejectedSenses({ machine: evidence, corrected: corrected[i] })) {
      const key = `${sense.sourceLemma}>${sense.targetWord}`;
      senses.set(key, { ...sense, fixes: (senses.get(key)?.fixes ?? 0) + 1 });
    }
  });
  // What people wrote or accepted unlearns a sense, as a reviewer's confirmation does:
  // the dev set's correct human translations and its acceptable machine output.
  const human = readTsv(`${FOLDER}${SET_FILES.dev.human}`);
  const accepted = [
    ...human.map((r) => ({ source: r.en ?? "", target: r[input.language] ?? "" })),
    ...rows
      .filter((r) => r.expect === "ok")
      .map((r) => ({ source: r.source ?? "", target: r.target ?? "" })),
  ];
  for (const evidence of await gatherEvidence(lexicon, { route, units: accepted })) {
    if (!evidence) continue;
    for (const sense of acceptedSenses(evidence))
      senses.delete(`${sense.sourceLemma}>${sense.targetWord}`);
  }
  return [...senses.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function errorCodes(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.severity === "error").map((f) => f.code);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function readTsv(path: string): Record<string, string>[] {
  // A set whose machine output is not judged yet has no pipeline file: nothing to count.
  if (!fs.existsSync(path)) return [];
  const [header = "", ...rows] = fs.readFileSync(path, "utf8").split("\n").filter(Boolean);
  const columns = header.split("\t");
  return rows.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}
