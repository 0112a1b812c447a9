import type { Finding } from "./finding.js";
import { MONTHS, NUMBER_WORDS } from "./language-data.js";
import { fold, tokenize } from "./text.js";

interface NumberAt {
  value: string;
  start: number;
  end: number;
}

/**
 * Numbers of the source missing from the target, numbers the target invents
 * (38 → 83), and months of a date that differ. Group separators and decimal
 * commas are normalised (1,000 = 1 000 = 1.000; 1.5 = 1,5), ordinals compare by
 * their digits (76th = 76e = 76.º), a number written out in words excuses the
 * digits ("two" = 2), and English 12-hour times compare as 24-hour ones.
 */
export function checkNumbers(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const a = numbersOf(source, languages.sourceLanguage);
  const b = numbersOf(target, languages.targetLanguage);
  const wordsInTarget = wordNumbers(target, languages.targetLanguage);
  const wordsInSource = wordNumbers(source, languages.sourceLanguage);
  const findings: Finding[] = [];
  for (const value of difference(
    a.map((n) => n.value),
    b.map((n) => n.value),
  )) {
    if (wordsInTarget.has(value)) continue;
    findings.push({
      code: "number-missing",
      severity: "error",
      params: { number: value },
      span: null,
    });
  }
  for (const value of difference(
    b.map((n) => n.value),
    a.map((n) => n.value),
  )) {
    if (wordsInSource.has(value)) continue;
    const at = b.find((n) => n.value === value);
    findings.push({
      code: "number-added",
      severity: "error",
      params: { number: value },
      span: at ? [at.start, at.end] : null,
    });
  }
  findings.push(...checkMonths(source, target, languages));
  return findings;
}

function checkMonths(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const sourceMonths = MONTHS[languages.sourceLanguage];
  const targetMonths = MONTHS[languages.targetLanguage];
  if (!sourceMonths || !targetMonths) return [];
  // "May" is also a verb in English: only a capitalised May next to a number counts.
  const monthsOf = (text: string, names: readonly string[]) =>
    tokenize(text).flatMap((token, i, all) => {
      const index = names.indexOf(fold(token.text));
      if (index < 0) return [];
      if (fold(token.text) === "may" && !nearNumber(all, i)) return [];
      return [{ index, token }];
    });
  const expected = monthsOf(source, sourceMonths);
  const found = monthsOf(target, targetMonths);
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

function nearNumber(tokens: readonly { text: string }[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\p{N}/u.test(t.text));
}

function numbersOf(text: string, lang: string): NumberAt[] {
  const out: NumberAt[] = [];
  const times = [...(lang === "en" ? twelveHourTimes(text) : []), ...clockTimes(text)];
  for (const time of times) out.push(...time.values);
  // Digits with group separators (1,000 / 1 000 / 1.000) or decimals are one number.
  for (const match of text.matchAll(/\p{Nd}+(?:[.,\u00A0\u202F ]\p{Nd}+)*/gu)) {
    const start = match.index;
    if (times.some((t) => start >= t.start && start < t.end)) continue;
    const raw = match[0];
    const groups = raw.split(/[.,\u00A0\u202F ]/);
    const isGrouped = groups.slice(1).every((g) => g.length === 3);
    const value = isGrouped
      ? groups.join("")
      : raw.replace(/[\u00A0\u202F ]/g, "").replace(",", ".");
    out.push({ value: value.replace(/^0+(?=\d)/, ""), start, end: start + raw.length });
  }
  return out;
}

/** "18:00", "18 h 00", "18h30": the hour, and the minutes unless 00. */
function clockTimes(text: string): { start: number; end: number; values: NumberAt[] }[] {
  const out: { start: number; end: number; values: NumberAt[] }[] = [];
  for (const match of text.matchAll(/(?<![\p{N}.,])(\d{1,2})\s?[:h]\s?(\d{2})(?!\p{N})/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const values: NumberAt[] = [{ value: String(Number(match[1])), start, end }];
    if (match[2] !== "00") values.push({ value: String(Number(match[2])), start, end });
    out.push({ start, end, values });
  }
  return out;
}

/** "6 p.m." → 18, "6:30 pm" → 18 and 30. */
function twelveHourTimes(text: string): { start: number; end: number; values: NumberAt[] }[] {
  const out: { start: number; end: number; values: NumberAt[] }[] = [];
  for (const match of text.matchAll(/\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?![\p{L}])/giu)) {
    const hour = (Number(match[1]) % 12) + (match[3]?.toLowerCase() === "p" ? 12 : 0);
    const start = match.index;
    const end = start + match[0].length;
    const values: NumberAt[] = [{ value: String(hour), start, end }];
    if (match[2] !== undefined && match[2] !== "00")
      values.push({ value: String(Number(match[2])), start, end });
    out.push({ start, end, values });
  }
  return out;
}

function wordNumbers(text: string, lang: string): Set<string> {
  const table = NUMBER_WORDS[lang] ?? {};
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    const value = table[token.text.toLowerCase()];
    if (value !== undefined) out.add(String(value));
  }
  return out;
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const value of a) {
    const at = left.indexOf(value);
    if (at >= 0) left.splice(at, 1);
    else out.push(value);
  }
  return out;
}
