import type { Finding } from "./finding.js";
import { DEFAULT_LENGTH_RATIO, LENGTH_RATIOS } from "./language-data.js";

/** Shorter sources vary more: below this many characters the check stays silent. */
const MIN_SOURCE_CHARS = 20;

/**
 * A target far shorter or longer than the pair's usual range (a sentence half
 * lost, or text added). The range widens for short sources: the tolerance is
 * 3/√(source length), so 30 % at 100 characters and 55 % at 30.
 */
export function checkLength(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const sourceLength = source.trim().length;
  const targetLength = target.trim().length;
  if (sourceLength < MIN_SOURCE_CHARS || targetLength === 0) return [];
  const [low, high] =
    LENGTH_RATIOS[`${languages.sourceLanguage}>${languages.targetLanguage}`] ??
    DEFAULT_LENGTH_RATIO;
  const tolerance = 3 / Math.sqrt(sourceLength);
  const ratio = targetLength / sourceLength;
  if (ratio >= low * (1 - tolerance) && ratio <= high * (1 + tolerance)) return [];
  return [
    {
      code: "length-ratio",
      severity: "error",
      params: { ratio: Math.round(ratio * 100) / 100 },
      span: null,
    },
  ];
}
