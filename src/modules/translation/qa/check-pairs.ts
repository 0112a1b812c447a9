import { plainText } from "../segments/index.js";
import type { BilingualPair } from "./bilingual-file.js";
import type { CheckTerm } from "./check-glossary.js";
import { checkUnits } from "./check-batch.js";
import { chrF } from "./chrf.js";
import type { Severity } from "./finding.js";
import { type Translate, formatFinding } from "./format.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { riskOf } from "./risk.js";

/** What `civitas qa` prints for one pair. */
export interface PairReport {
  index: number;
  ref: string;
  risk: number;
  /** chrF of the source against the back-translated target, when measured. */
  roundTrip?: number;
  findings: { code: string; severity: Severity; span: [number, number] | null; message: string }[];
}

/** Translates targets back into the source language (plain text out), for the round-trip measures. */
export type BackTranslate = (targets: readonly string[]) => Promise<string[]>;

/** Checks the pairs of a bilingual file, batch by batch, reporting progress. */
export async function checkPairs(
  pairs: readonly BilingualPair[],
  options: {
    from: string;
    to: string;
    t: Translate;
    terms?: readonly CheckTerm[];
    backTranslate?: BackTranslate | undefined;
    /** The dictionaries (the gate's language, meaning and grammar checks need them). */
    lexicon?: Lexicon | undefined;
    /** The engine's path for the pair (en>es>fr), so words of the pivot are recognised. */
    route?: readonly string[] | undefined;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<PairReport[]> {
  const reports: PairReport[] = [];
  const batchSize = 100;
  for (let start = 0; start < pairs.length; start += batchSize) {
    const batch = pairs.slice(start, start + batchSize);
    const back = options.backTranslate
      ? await options.backTranslate(batch.map((p) => p.target))
      : [];
    const checked = await checkUnits({
      lexicon: options.lexicon,
      sourceLanguage: options.from,
      targetLanguage: options.to,
      route: options.route,
      units: batch.map((pair, i) => ({
        source: pair.source,
        target: pair.target,
        backTranslation: back[i],
      })),
      terms: options.terms ?? [],
    });
    batch.forEach((pair, i) => {
      const backTranslation = back[i];
      const findings = checked[i] ?? [];
      const roundTrip =
        backTranslation === undefined
          ? undefined
          : round(chrF(backTranslation, plainText(pair.source)));
      reports.push({
        index: start + i,
        ref: pair.ref,
        risk: riskOf(findings, [], roundTrip),
        ...(roundTrip === undefined ? {} : { roundTrip }),
        findings: findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          span: f.span,
          message: formatFinding(options.t, f),
        })),
      });
    });
    options.onProgress?.(Math.min(pairs.length, start + batchSize), pairs.length);
  }
  return reports;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
