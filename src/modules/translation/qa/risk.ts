import type { Finding } from "./finding.js";

const WEIGHTS = { error: 0.4, warning: 0.15, info: 0.05 } as const;

/**
 * Findings that hold a unit without telling which sentence is worse: the
 * route's measured reliability holds every sentence of a length alike, so it
 * would only lift every risk together.
 */
const RISK_NEUTRAL: ReadonlySet<string> = new Set(["engine-unproven"]);

/**
 * A unit's risk in [0, 1]: what reviewers sort by. Each finding adds its
 * severity's weight (but the risk-neutral ones), each unknown word 0.1; a round-trip similarity (0..1, when
 * measured) adds up to 0.3 as it falls.
 */
export function riskOf(
  findings: readonly Finding[],
  unknownWords: readonly string[],
  roundTrip?: number,
): number {
  let risk = 0;
  for (const finding of findings) {
    if (!RISK_NEUTRAL.has(finding.code)) risk += WEIGHTS[finding.severity];
  }
  risk += 0.1 * unknownWords.length;
  if (roundTrip !== undefined) risk += 0.3 * (1 - Math.max(0, Math.min(1, roundTrip)));
  return Math.round(Math.min(1, risk) * 1000) / 1000;
}
