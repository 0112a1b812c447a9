import type { Finding } from "./finding.js";
import { CAPITALISED_MONTHS, MONTHS } from "./language-data.js";
import { digitQuantities, type Quantity, wordQuantities } from "./number-reading.js";
import { fold, rememberRecent, tokenize } from "./text.js";

/**
 * Numbers of the source missing from the target, numbers the target invents
 * (38 → 83), and months of a date that differ. Group separators and decimal
 * commas are normalised (1,000 = 1 000 = 1.000; 1.5 = 1,5), ordinals compare by
 * their digits (76th = 76e = 76.º), clock times and durations compare in
 * minutes (2:30 p.m. = 14 h 30 = 14:30; 2 h 30 = two and a half hours), and a
 * number, time or decade written out in words excuses the other text's digits
 * ("forty-two" = 42, "las siete y media de la tarde" = 7:30 p.m., "el V Foro" =
 * the 5th Forum, "los años noventa" = the 1990s). See number-reading.ts.
 */
export function checkNumbers(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const a = quantitiesOf(source, languages.sourceLanguage);
  const b = quantitiesOf(target, languages.targetLanguage);
  const { unmatchedA, unmatchedB } = match(a, b);
  // Numbers written out only excuse digits left unmatched: most units have none, and reading
  // a text's words as numbers was a quarter of the checks' time.
  const wordsInTarget =
    unmatchedA.length > 0 ? wordQuantities(target, languages.targetLanguage) : new Set<string>();
  const wordsInSource =
    unmatchedB.length > 0 ? wordQuantities(source, languages.sourceLanguage) : new Set<string>();
  const findings: Finding[] = [];
  for (const quantity of unmatchedA) {
    if (quantity.keys.some((key) => wordsInTarget.has(key))) continue;
    findings.push({
      code: "number-missing",
      severity: "error",
      params: { number: quantity.label },
      span: null,
    });
  }
  for (const quantity of unmatchedB) {
    if (quantity.keys.some((key) => wordsInSource.has(key))) continue;
    findings.push({
      code: "number-added",
      severity: "error",
      params: { number: quantity.label },
      span: [quantity.start, quantity.end],
    });
  }
  findings.push(...checkMonths(source, target, languages));
  return findings;
}

// A batch's sources are read again for each target language (the answers are read-only).
const quantitiesOf = rememberRecent(digitQuantities);

/** Above this many pairs of quantities, the greedy matching stands alone. */
const EXACT_MATCHING_LIMIT = 40_000;

/** Pairs the quantities of both texts sharing a key (a maximum matching), and returns those left over. */
function match(
  a: readonly Quantity[],
  b: readonly Quantity[],
): { unmatchedA: Quantity[]; unmatchedB: Quantity[] } {
  const partnerOfB = new Map<number, number>();
  const fits = (i: number, j: number) =>
    a[i]?.keys.some((key) => b[j]?.keys.includes(key)) ?? false;
  const augment = (i: number, seen: Set<number>): boolean => {
    for (let j = 0; j < b.length; j++) {
      if (seen.has(j) || !fits(i, j)) continue;
      seen.add(j);
      const partner = partnerOfB.get(j);
      if (partner === undefined || augment(partner, seen)) {
        partnerOfB.set(j, i);
        return true;
      }
    }
    return false;
  };
  const matchedA = new Set<number>();
  // Greedily first, through an index of keys (linear); the exact matching, whose
  // augmenting paths cost up to |a|·|b| each, only repairs what that left, and only
  // for texts of ordinary size: a hostile text of thousands of "1" once took minutes.
  const byKey = new Map<string, number[]>();
  for (let j = b.length - 1; j >= 0; j--) {
    for (const key of b[j]!.keys) {
      const list = byKey.get(key);
      if (list) list.push(j);
      else byKey.set(key, [j]);
    }
  }
  const left: number[] = [];
  a.forEach((quantity, i) => {
    for (const key of quantity.keys) {
      const list = byKey.get(key) ?? [];
      while (list.length > 0 && partnerOfB.has(list.at(-1)!)) list.pop();
      const free = list.pop();
      if (free !== undefined) {
        partnerOfB.set(free, i);
        return;
      }
    }
    left.push(i);
  });
  if (a.length * b.length <= EXACT_MATCHING_LIMIT) for (const i of left) augment(i, new Set());
  for (const i of partnerOfB.values()) matchedA.add(i);
  return {
    unmatchedA: a.filter((_, i) => !matchedA.has(i)),
    unmatchedB: b.filter((_, j) => !partnerOfB.has(j)),
  };
}

function checkMonths(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const sourceMonths = MONTHS[languages.sourceLanguage];
  const targetMonths = MONTHS[languages.targetLanguage];
  if (!sourceMonths || !targetMonths) return [];
  const expected = monthsOf(source, languages.sourceLanguage);
  const found = monthsOf(target, languages.targetLanguage);
  const findings: Finding[] = [];
  for (const month of expected) {
    if (found.some((f) => f.index === month.index)) continue;
    const wrong = found.find((f) => !expected.some((e) => e.index === f.index));
    findings.push({
      code: "date-mismatch",
      severity: "error",
      params: { month: month.token.text },
      span: wrong ? [wrong.token.start, wrong.token.end] : null,
    });
  }
  return findings;
}

/**
 * The month names of a text, with their month (0 = January). Where months are
 * capitalised (English), a lower-case "march" or "may" is a verb; "May" is also
 * one at a sentence start, so it counts only next to a number. Remembered: a
 * batch's sources are read again for each target language (read-only).
 */
const monthsOf = rememberRecent((text: string, lang: string) => {
  const names = MONTHS[lang] ?? [];
  return tokenize(text).flatMap((token, i, all) => {
    const name = fold(token.text);
    const index = names.indexOf(name);
    if (index < 0) return [];
    if (CAPITALISED_MONTHS.has(lang) && !/^\p{Lu}/u.test(token.text)) return [];
    if (name === "may" && !nearNumber(all, i)) return [];
    return [{ index, token }];
  });
});

function nearNumber(tokens: readonly { text: string }[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\p{N}/u.test(t.text));
}
