import { plainText } from "../segments/index.js";
import { ENGINE_RELIABILITY } from "./engine-reliability.figures.js";
import type { Finding } from "./finding.js";
import type { BucketFigure, ReliabilityFigures } from "./reliability-figure.js";

/**
 * How far a pass of the checks can be trusted, by engine route and sentence
 * length, measured on the route's own output judged by careful bilingual
 * reading (bench/engine-reliability.ts writes engine-reliability.figures.ts).
 *
 * The checks catch the failures they know; a sentence they pass is still
 * broken as often as the route is poor. On Apertium's en>es>fr, sentences of
 * 15 words or more that passed every check were acceptable in 0 of 62 judged:
 * publishing them would publish broken French. So machine output goes live
 * only where, on the route's judged output of that length, what passed the
 * checks was acceptable at least PROVEN.minShare of the time over at least
 * PROVEN.minJudged sentences; elsewhere the unit carries an `engine-unproven`
 * error that says the figure. A route nobody judged is unproven.
 */
export const PROVEN = { minJudged: 20, minShare: 0.9 } as const;

/** Source length in words: the buckets the figures are counted in. */
export const LENGTH_BUCKETS = [
  { label: "1–3", maxWords: 3 },
  { label: "4–7", maxWords: 7 },
  { label: "8–14", maxWords: 14 },
  { label: "15+", maxWords: Number.POSITIVE_INFINITY },
] as const;

export type { BucketFigure, ReliabilityFigures } from "./reliability-figure.js";

/** The bucket of a source text (segment inline format or plain). */
export function lengthBucketOf(source: string): (typeof LENGTH_BUCKETS)[number] {
  const words = plainText(source).split(/\s+/).filter(Boolean).length;
  return (
    LENGTH_BUCKETS.find((b) => words <= b.maxWords) ?? LENGTH_BUCKETS[LENGTH_BUCKETS.length - 1]!
  );
}

/** True when the figures prove a pass of the checks on this bucket. */
export function isProven(figure: BucketFigure | undefined): boolean {
  return (
    figure !== undefined &&
    figure.passed >= PROVEN.minJudged &&
    figure.acceptable / figure.passed >= PROVEN.minShare
  );
}

/**
 * The `engine-unproven` error for one unit of engine output along `route`
 * (as the engine names it, "apertium:en>es>fr"), or null when the route's
 * figures prove a pass of the checks at this length.
 */
export function checkReliability(
  route: string,
  source: string,
  figures: ReliabilityFigures = ENGINE_RELIABILITY,
): Finding | null {
  const bucket = lengthBucketOf(source);
  const figure = figures[route]?.find((f) => f.label === bucket.label);
  if (isProven(figure)) return null;
  return {
    code: "engine-unproven",
    severity: "error",
    params: {
      route: route.replace(/^[^:]*:/, "").replaceAll(">", " → "),
      words: bucket.label,
      passed: figure?.passed ?? 0,
      acceptable: figure?.acceptable ?? 0,
    },
    span: null,
  };
}
